package io.github.civicdata.cli;

import io.github.civicdata.core.Report;
import io.github.civicdata.validation.csvw.CsvwResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code civicdata csvw validate FILE|METADATA}: CSVW validation only (no machine-readability
 * rules); exit 0 conforms, 1 findings at or above {@code --fail-on}, 2 usage, 3 unreadable input.
 */
@Command(name = "validate", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Validate a CSV file (its metadata is located: FILE-metadata.json, csv-metadata.json) or a "
                + "CSVW metadata file (its tables are read from their urls) with CSVW semantics.",
            "CSV ファイル（メタデータを FILE-metadata.json、csv-metadata.json から探します）または CSVW メタデータ"
                + "（表はその url から読みます）を CSVW の意味で検証します。"},
        footer = {"", "Exit codes: 0 conforms, 1 findings at or above --fail-on, 2 usage error, 3 unreadable input."})
final class CsvwValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|METADATA",
            description = "A CSV file, or a CSVW metadata file (.json, or content starting with '{').")
    private Path file;

    @Option(names = "--metadata", paramLabel = "FILE",
            description = "User-supplied metadata for FILE (wins over any metadata next to it).")
    private Path metadata;

    @Mixin
    private ReportOptions report;

    @Option(names = "--severity", paramLabel = "RULE=LEVEL", description = "Change a csvw.* rule's severity; repeatable.")
    private List<String> severities = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "RULE", description = "Do not report a csvw.* rule; repeatable.")
    private List<String> disabled = new ArrayList<>();

    @Option(names = "--hide-values", description = "Leave cell values out of the report (personal data).")
    private boolean hideValues;

    @Override
    public Integer call() {
        report.newBuilder();
        CsvwResult r = CsvwCli.processor(severities, disabled, report.maxFindings, hideValues).build()
                .validate(CsvwCli.input(file, metadata));
        Report rep = r.report();
        int code = report.emit(rep, new PrintWriterStream(spec.commandLine().getOut()));
        report.summarizeIfFile(rep, spec.commandLine().getErr());
        return ValidateCommand.withInternalErrors(code, rep, spec.commandLine().getErr());
    }
}
