package io.github.civicdata.examples.fix;

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

/**
 * データ整形 of a workbook: a sheet with a title block merged over the table, a 地区 column merged
 * vertically, 開館日 in 和暦 (as text, and as a date shown in an era format), a number typed with
 * full-width digits, a formula and a note below the data ({@link ExcelExportWorkbook} writes it)
 * becomes a UTF-8 CSV: the title and the note go to the sidecar, the merged 地区 is repeated on
 * every row of its range, the dates become ISO 8601, the formula its cached value; every change is
 * in the log. The fixed file validates without a finding.
 *
 * <p>Run after building ({@code mvn -B -q package -DskipTests}), from the repository root:
 * {@code java -cp cli/target/civicdata.jar:examples/target/classes
 * io.github.civicdata.examples.fix.FixWorkbookExample [output folder]} (default {@code target/fix-example}).
 */
public final class FixWorkbookExample {

    private FixWorkbookExample() {
    }

    /**
     * Runs the example.
     *
     * @param args an optional output folder
     * @throws IOException if the folder or the workbook cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/fix-example");
        run(out, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    static Report run(Path folder, PrintStream out) throws IOException {
        Files.createDirectories(folder);
        Path book = folder.resolve("kominkan.xlsx");
        ExcelExportWorkbook.write(book);
        Path fixed = folder.resolve("kominkan.csv");
        FixResult r = Fixer.builder().build().fix(book, FixOutputs.builder()
                .table(fixed)
                .changes(folder.resolve("kominkan_changes.csv"))
                .sidecar(folder.resolve("kominkan_sidecar.json"))
                .build());
        out.printf("%s (sheet %s): %d data rows, not written: %s%n", book.getFileName(), r.sheet().orElse("?"),
                r.rowsWritten(), r.rowsNotWritten());
        out.println("changes: " + r.changes());
        out.print(Files.readString(fixed, StandardCharsets.UTF_8));
        Report check = Validator.builder().build().validate(fixed);
        out.printf("validated: %d finding(s)%n", check.total());
        return check;
    }
}
