package io.github.civicdata.examples.validation;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.Report;
import io.github.civicdata.validation.Validator;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A vendor certifying an export: validate files against the 推奨データセット AED template
 * ({@code aed@2021-suisho}). The clean file conforms; the defective one fails with template
 * findings (type errors with suggested values, a lost check digit, a duplicate NO, a missing
 * required value) on top of the machine-readability findings.
 *
 * <p>Run after building ({@code mvn -B -q package -DskipTests}), from the repository root:
 * {@code java -cp cli/target/civicdata.jar:examples/target/classes
 * io.github.civicdata.examples.validation.ValidateAgainstTemplate}
 */
public final class ValidateAgainstTemplate {

    /** The example data, relative to the repository root. */
    static final Path DATA = Path.of("examples", "data", "validation");

    private ValidateAgainstTemplate() {
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(DATA, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    static void run(Path data, PrintStream out) {
        Validator validator = Validator.builder()
                .template("aed@2021-suisho")   // id@version; "aed" alone means the latest version
                .build();
        for (Path file : List.of(data.resolve("aed_clean.csv"), data.resolve("aed_defects_sjis.csv"))) {
            Report report = validator.validate(file);
            out.printf("%s: %s against %s%n", file.getFileName(), report.conforms() ? "conforms" : "does not conform",
                    report.sources().get(0).template().orElse("-"));
            for (Finding f : report.findings()) {
                if (f.ruleId().startsWith("template.") || f.ruleId().endsWith("-error") || f.ruleId().equals("L3-06")) {
                    out.printf("  line %d %s %s: %s%s%n", f.location().line().orElse(0), f.ruleId(),
                            f.location().header().orElse(""), Messages.get().localize(f).in(Locale.ENGLISH),
                            f.suggestion().map(s -> " -> " + s).orElse(""));
                }
            }
        }
    }
}
