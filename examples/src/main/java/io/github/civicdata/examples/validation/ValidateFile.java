package io.github.civicdata.examples.validation;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.LocalizedText;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.SourceInfo;
import io.github.civicdata.validation.Validator;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Validates a municipal CSV export against the machine-readability rules and prints every finding
 * with its place, its bilingual message and the suggested fix.
 *
 * <p>Run after building ({@code mvn -B -q package -DskipTests}), from the repository root:
 * {@code java -cp cli/target/civicdata.jar:examples/target/classes
 * io.github.civicdata.examples.validation.ValidateFile [file]} (default
 * {@code examples/data/validation/aed_defects_sjis.csv}).
 */
public final class ValidateFile {

    /** The example's input when no file is given. */
    static final Path DEFAULT = Path.of("examples", "data", "validation", "aed_defects_sjis.csv");

    private ValidateFile() {
    }

    /**
     * Runs the example.
     *
     * @param args an optional file to validate
     */
    public static void main(String[] args) {
        Path file = args.length > 0 ? Path.of(args[0]) : DEFAULT;
        boolean conforms = run(file, new PrintStream(System.out, true, StandardCharsets.UTF_8));
        // Only the CLI sets exit codes (STYLE.md); `civicdata validate` exits 1 here.
        System.out.println(conforms ? "conforms" : "does not conform (civicdata validate would exit 1)");
    }

    static boolean run(Path file, PrintStream out) {
        // One validator checks any number of files; the encoding (here Shift_JIS) is detected.
        Validator validator = Validator.builder().build();
        Report report = validator.validate(file);

        SourceInfo source = report.sources().get(0);
        out.printf("%s: %s, %d rows%n", source.name(), source.encoding().orElse("?"), source.rows().orElse(0));
        for (Finding f : report.findings()) {
            LocalizedText message = Messages.get().localize(f);
            String line = f.location().line().isPresent() ? "line " + f.location().line().getAsLong() : "file";
            out.printf("%s %s, column %s [%s %s]%n", f.location().source(), line,
                    f.location().header().orElse("-"), f.severity().id(), f.ruleId());
            out.println("  ja: " + message.ja());
            out.println("  en: " + message.en());
            f.suggestion().ifPresent(s -> out.println("  suggestion: " + s));
        }
        out.printf("%d error(s), %d warning(s), %d info%n", report.count(Severity.ERROR),
                report.count(Severity.WARNING), report.count(Severity.INFO));
        return report.conforms();
    }
}
