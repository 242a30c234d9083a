package io.github.civicdata.examples.validation;

import io.github.civicdata.core.Report;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.report.ReportFormat;
import io.github.civicdata.core.report.ReportWriter;
import io.github.civicdata.validation.Validator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A CI pipeline gating publication: a house policy (machine-dependent characters are only
 * warnings, the encoding statement is not checked, values of personal columns stay out of logs),
 * several files in one report, SARIF for the code-scanning dashboard, and the exit status from the
 * report.
 *
 * <p>Run after building ({@code mvn -B -q package -DskipTests}), from the repository root:
 * {@code java -cp cli/target/civicdata.jar:examples/target/classes
 * io.github.civicdata.examples.validation.CiReport [report.sarif]}
 */
public final class CiReport {

    private CiReport() {
    }

    /**
     * Runs the example.
     *
     * @param args an optional SARIF output file (default {@code examples/target/validation.sarif})
     */
    public static void main(String[] args) {
        Path sarif = Path.of(args.length > 0 ? args[0] : "examples/target/validation.sarif");
        int status = run(ValidateAgainstTemplate.DATA, sarif, new PrintStream(System.out, true, StandardCharsets.UTF_8));
        // Only the CLI sets exit codes (STYLE.md); a pipeline runs `civicdata validate`, which exits with this status.
        System.out.println("exit status a CI step would get: " + status);
    }

    static int run(Path data, Path sarif, PrintStream out) {
        Validator validator = Validator.builder()
                .severity("L1-08", Severity.WARNING)   // by id …
                .disable("L3-08")                       // … or by alias: "1-10", "blank-row" work too
                .hideValues(true)
                .maxFindings(200)
                .build();
        Report report = validator.validate(List.of(data.resolve("aed_clean.csv"), data.resolve("aed_defects_sjis.csv")));
        try {
            Files.createDirectories(sarif.toAbsolutePath().getParent());
            try (OutputStream o = Files.newOutputStream(sarif)) {
                ReportWriter.builder(ReportFormat.SARIF).failOn(Optional.of(Severity.ERROR)).build().write(report, o);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.printf("%d source(s), %d finding(s) (%d errors), SARIF written to %s%n", report.sources().size(),
                report.total(), report.count(Severity.ERROR), sarif);
        return report.conforms(Severity.ERROR) ? 0 : 1;
    }
}
