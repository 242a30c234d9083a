package io.github.civicdata.examples.fix;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.Report;
import io.github.civicdata.validation.FixOutputs;
import io.github.civicdata.validation.FixResult;
import io.github.civicdata.validation.Fixer;
import io.github.civicdata.validation.Validator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * データ整形 of an Excel export: the shipped Shift_JIS AED list with a title row, blank rows,
 * half-width katakana, 和暦, a 5-digit code, a ditto mark, ㈱ and ②, layout spaces, full-width
 * digits, latitude and longitude in one cell and notes below the data becomes a UTF-8 CSV in the
 * columns of the 推奨データセット AED template ({@code aed@2021-suisho}), with a change log and a
 * sidecar; the fixed file is then validated against the template. What remains needs a person
 * (a duplicate NO, a missing required 設置位置, {@code 24:00}, two extension numbers in one cell):
 * the fixer never invents a value.
 *
 * <p>Run after building ({@code mvn -B -q package -DskipTests}), from the repository root:
 * {@code java -cp cli/target/civicdata.jar:examples/target/classes
 * io.github.civicdata.examples.fix.FixExcelExport [output folder]} (default {@code target/fix-example}).
 */
public final class FixExcelExport {

    /** The example's input, relative to the repository root. */
    static final Path INPUT = Path.of("examples", "data", "validation", "aed_defects_sjis.csv");

    private FixExcelExport() {
    }

    /**
     * Runs the example.
     *
     * @param args an optional output folder
     * @throws IOException if the output folder cannot be made
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/fix-example");
        run(INPUT, out, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    static Report run(Path input, Path folder, PrintStream out) throws IOException {
        Files.createDirectories(folder);
        Path fixed = folder.resolve("aed_fixed.csv");
        Fixer fixer = Fixer.builder().template("aed@2021-suisho").build();
        FixResult r = fixer.fix(input, FixOutputs.builder()
                .table(fixed)
                .changes(folder.resolve("aed_changes.csv"))
                .sidecar(folder.resolve("aed_sidecar.json"))
                .build());
        out.printf("%s: %s -> UTF-8, %d data rows, not written: %s%n", r.source(), r.encoding(), r.rowsWritten(),
                r.rowsNotWritten());
        out.println("changes: " + r.changes() + ", left for a person: " + r.unfixable());
        List<String> lines = Files.readAllLines(fixed, StandardCharsets.UTF_8);
        out.println(lines.get(0));
        out.println(lines.get(1));

        Report check = Validator.builder().template("aed@2021-suisho").build().validate(fixed);
        out.printf("validated against aed@2021-suisho: %d finding(s) left for a person%n", check.total());
        for (Finding f : check.findings()) {
            out.printf("  line %d %s %s: %s%n", f.location().line().orElse(0), f.ruleId(),
                    f.location().header().orElse(""), Messages.get().localize(f).in(Locale.ENGLISH));
        }
        return check;
    }
}
