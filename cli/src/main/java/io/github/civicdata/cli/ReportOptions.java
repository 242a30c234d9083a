package io.github.civicdata.cli;

import io.github.civicdata.core.Report;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.report.ReportFormat;
import io.github.civicdata.core.report.ReportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The report options shared by every command that produces findings ({@code --format},
 * {@code --output}, {@code --fail-on}, {@code --lang}, {@code --max-findings}), and the code that
 * writes the report and computes the exit code. Use it as a picocli {@code @Mixin}.
 *
 * <pre>{@code
 * @Mixin ReportOptions report;
 * ...
 * Report r = report.newBuilder()...build();
 * return report.emit(r, out);
 * }</pre>
 */
public final class ReportOptions {

    /** The values of {@code --fail-on}. */
    public enum FailOn {
        /** Fail on errors (the default). */
        ERROR,
        /** Fail on errors and warnings. */
        WARNING,
        /** Never fail because of findings. */
        NEVER;

        Optional<Severity> severity() {
            return this == NEVER ? Optional.empty() : Severity.parse(name());
        }
    }

    /** The values of {@code --lang}. */
    public enum Lang {
        /** Japanese. */
        JA,
        /** English. */
        EN;

        Locale locale() {
            return this == JA ? Locale.JAPANESE : Locale.ENGLISH;
        }
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReportFormat format = ReportFormat.TEXT;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit with 1 when a finding is at or above LEVEL: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailOn failOn = FailOn.ERROR;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of text reports: ${COMPLETION-CANDIDATES} (default: ja when the system language is Japanese, else en).")
    Lang lang;

    @Option(names = "--max-findings", paramLabel = "N", defaultValue = "" + Report.DEFAULT_MAX_FINDINGS,
            description = "List at most N findings; counts still cover all (default: ${DEFAULT-VALUE}).")
    int maxFindings = Report.DEFAULT_MAX_FINDINGS;

    /**
     * A report builder honouring {@code --max-findings}.
     *
     * @return the builder
     * @throws UserException if {@code --max-findings} is negative
     */
    public Report.Builder newBuilder() {
        if (maxFindings < 0) {
            throw UserException.usage("cli.max-findings-negative", maxFindings);
        }
        return Report.builder().maxFindings(maxFindings);
    }

    /**
     * @return the locale of text output
     */
    public Locale locale() {
        if (lang != null) {
            return lang.locale();
        }
        return "ja".equals(Locale.getDefault().getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
    }

    /**
     * @return the fail-on threshold, empty for {@code never}
     */
    public Optional<Severity> failOn() {
        return failOn.severity();
    }

    /**
     * Writes the report where the options say and returns the exit code.
     *
     * @param report the report
     * @param stdout standard output, used when there is no {@code --output}
     * @return {@link ExitCode#OK} or {@link ExitCode#FINDINGS}
     * @throws UserException if the output file cannot be written
     */
    public int emit(Report report, OutputStream stdout) {
        return emit(report, stdout, Map.of());
    }

    /**
     * Writes the report, with extra top-level JSON members, and returns the exit code.
     *
     * @param report the report
     * @param stdout standard output, used when there is no {@code --output}
     * @param extra extra JSON members (ignored by other formats)
     * @return {@link ExitCode#OK} or {@link ExitCode#FINDINGS}
     * @throws UserException (exit 3) if the output file or standard output cannot be written
     */
    public int emit(Report report, OutputStream stdout, Map<String, ?> extra) {
        ReportWriter.Builder b = ReportWriter.builder(format).locale(locale()).failOn(failOn());
        extra.forEach(b::extra);
        ReportWriter writer = b.build();
        if (output == null) {
            try {
                writer.write(report, stdout);
                stdout.flush();
            } catch (IOException e) {
                throw UserException.unreadable("cli.stdout-unwritable");
            }
            // a write error on standard output is found by Main after the command (exit 3)
        } else {
            Outputs.writeFile(output, o -> writer.write(report, o)); // atomic; exit 3 if it cannot be written
        }
        return exitCode(report);
    }

    /**
     * The exit code for a report under {@code --fail-on}.
     *
     * @param report the report
     * @return 1 if a finding is at or above the threshold, else 0
     */
    public int exitCode(Report report) {
        Optional<Severity> t = failOn();
        return t.isPresent() && !report.conforms(t.get()) ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /**
     * Writes a one-line summary to standard error when the report went to a file, so that people
     * running the command see the outcome.
     *
     * @param report the report
     * @param err standard error
     */
    public void summarizeIfFile(Report report, PrintWriter err) {
        if (output != null) {
            err.println(io.github.civicdata.core.Messages.get().format(locale(), "report.summary",
                    report.count(Severity.ERROR), report.count(Severity.WARNING), report.count(Severity.INFO)));
            if (report.rows() == 0 && report.sources().stream().noneMatch(s -> s.rows().isPresent())) {
                return; // not about tables (metadata records): no cells to count
            }
            err.println(io.github.civicdata.core.Messages.get().format(locale(), "report.affected",
                    report.cells(Severity.ERROR), report.rows(Severity.ERROR), report.cells(Severity.WARNING),
                    report.rows(Severity.WARNING), report.cells(Severity.INFO), report.rows(Severity.INFO)));
        }
    }
}
