package io.github.civicdata.cli;

import io.github.civicdata.core.Report;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.report.ReportFormat;
import io.github.civicdata.core.report.ReportWriter;
import io.github.civicdata.validation.csvw.CsvwInput;
import io.github.civicdata.validation.csvw.CsvwProcessor;
import io.github.civicdata.validation.csvw.CsvwResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code csvw rdf} and {@code csvw json} share: the input, the output file (written
 * atomically, and not at all when an error in the metadata stops the conversion), and the findings
 * (data problems are warnings in a conversion), shown on standard error or written with
 * {@code --report}.
 */
abstract class CsvwConvertCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|METADATA",
            description = "A CSV file, or a CSVW metadata file (.json, or content starting with '{').")
    Path file;

    @Option(names = "--metadata", paramLabel = "FILE",
            description = "User-supplied metadata for FILE (wins over any metadata next to it).")
    Path metadata;

    @Option(names = "--minimal", description = "Minimal mode: only what the cells say, without table group, tables and rows.")
    boolean minimal;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the result to FILE (default: standard output).")
    Path output;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Write the findings to FILE instead of standard error.")
    Path reportFile;

    @Option(names = "--report-format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Format of the findings: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReportFormat reportFormat = ReportFormat.TEXT;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit with 1 when a finding is at or above LEVEL: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReportOptions.FailOn failOn = ReportOptions.FailOn.ERROR;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of text findings: ${COMPLETION-CANDIDATES}.")
    ReportOptions.Lang lang;

    @Option(names = "--severity", paramLabel = "RULE=LEVEL", description = "Change a csvw.* rule's severity; repeatable.")
    List<String> severities = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "RULE", description = "Do not report a csvw.* rule; repeatable.")
    List<String> disabled = new ArrayList<>();

    /** Thrown inside an output body to drop the output when the conversion stopped. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    /** Runs the conversion into {@code out}; returns the result. */
    abstract CsvwResult convert(CsvwProcessor processor, CsvwInput input, OutputStream out) throws IOException;

    @Override
    public Integer call() {
        CsvwInput input = CsvwCli.input(file, metadata);
        CsvwProcessor processor = CsvwCli.processor(severities, disabled, Report.DEFAULT_MAX_FINDINGS, false)
                .minimal(minimal).build();
        CsvwResult[] result = new CsvwResult[1];
        try {
            Outputs.write(output, spec.commandLine().getOut(), out -> {
                result[0] = convert(processor, input, out);
                if (!result[0].completed() && output != null) {
                    throw new Stopped();
                }
            });
        } catch (Stopped e) {
            // the metadata had errors: no output file; the findings say why
        }
        Report r = result[0].report();
        writeFindings(r);
        Optional<Severity> t = failOn == ReportOptions.FailOn.NEVER ? Optional.empty() : Severity.parse(failOn.name());
        int code = t.isPresent() && !r.conforms(t.get()) ? ExitCode.FINDINGS : ExitCode.OK;
        return ValidateCommand.withInternalErrors(code, r, spec.commandLine().getErr());
    }

    private void writeFindings(Report r) {
        java.util.Locale locale = lang != null ? (lang == ReportOptions.Lang.JA ? java.util.Locale.JAPANESE
                : java.util.Locale.ENGLISH) : "ja".equals(java.util.Locale.getDefault().getLanguage())
                        ? java.util.Locale.JAPANESE : java.util.Locale.ENGLISH;
        ReportWriter w = ReportWriter.builder(reportFormat).locale(locale)
                .failOn(failOn == ReportOptions.FailOn.NEVER ? Optional.empty() : Severity.parse(failOn.name())).build();
        if (reportFile != null) {
            Outputs.writeFile(reportFile, o -> w.write(r, o));
            return;
        }
        if (r.findings().isEmpty() && reportFormat == ReportFormat.TEXT) {
            return;
        }
        PrintWriter err = spec.commandLine().getErr();
        try {
            OutputStream o = new PrintWriterStream(err);
            w.write(r, o);
            o.flush();
        } catch (IOException e) {
            // standard error cannot be written: nothing else can report it
        }
    }
}
