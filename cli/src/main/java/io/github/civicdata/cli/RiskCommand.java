package io.github.civicdata.cli;

import io.github.civicdata.anonymize.AnonymizationException;
import io.github.civicdata.anonymize.CsvOptions;
import io.github.civicdata.anonymize.RiskAnalysis;
import io.github.civicdata.anonymize.RiskProfile;
import io.github.civicdata.anonymize.Table;
import io.github.civicdata.core.report.ReportFormat;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code civicdata risk <in.csv> --quasi-identifiers a,b,c [--k K] [--threshold T]}: prints the
 * re-identification risk profile of a CSV file without changing it.
 */
@Command(name = "risk", mixinStandardHelpOptions = true,
        description = {"Print the re-identification risk of a CSV file through its quasi-identifiers.",
            "準識別子による CSV ファイルの再識別リスクを表示します（データは変更しません）。"},
        footer = {"", "Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage error, 3 unreadable input."})
final class RiskCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN.csv", description = "The CSV file (UTF-8 or Shift_JIS).")
    Path input;

    @Option(names = {"-q", "--quasi-identifiers"}, required = true, split = ",", paramLabel = "COLUMN",
            description = "The quasi-identifier columns, comma-separated.")
    List<String> quasiIdentifiers;

    @Option(names = "--k", paramLabel = "K", description = "Report equivalence classes smaller than K as errors.")
    Integer k;

    @Option(names = "--threshold", paramLabel = "T", defaultValue = "" + RiskProfile.DEFAULT_THRESHOLD,
            description = "Risk threshold for records at risk (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--delimiter", paramLabel = "C", description = "Field delimiter (detected when absent).")
    Character delimiter;

    @Mixin
    ReportOptions reportOptions;

    @Override
    public Integer call() {
        try {
            CsvOptions opts = delimiter == null ? CsvOptions.defaults() : CsvOptions.defaults().withDelimiter(delimiter);
            Table table = Table.read(input, opts);
            RiskAnalysis r = RiskAnalysis.of(table, quasiIdentifiers, threshold,
                    k == null ? OptionalInt.empty() : OptionalInt.of(k));
            OutputStream out = new PrintWriterStream(spec.commandLine().getOut());
            if (reportOptions.format == ReportFormat.TEXT && reportOptions.output == null) {
                spec.commandLine().getOut().println(r.summary(reportOptions.locale()));
                spec.commandLine().getOut().flush();
            }
            int code = reportOptions.emit(r.report(), out, r.reportMembers());
            reportOptions.summarizeIfFile(r.report(), spec.commandLine().getErr());
            return code;
        } catch (AnonymizationException e) {
            throw AnonymizeCommand.toUser(e);
        }
    }
}
