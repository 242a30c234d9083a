package io.github.civicdata.cli;

import io.github.civicdata.anonymize.AnonymizationException;
import io.github.civicdata.anonymize.AnonymizationResult;
import io.github.civicdata.anonymize.Anonymizer;
import io.github.civicdata.anonymize.CsvOptions;
import io.github.civicdata.anonymize.FormulaProtection;
import io.github.civicdata.anonymize.Table;
import io.github.civicdata.core.report.ReportFormat;
import io.github.civicdata.core.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code civicdata anonymize <in.csv> --config <config.json> --output <out.csv> [--report <report.json>]}:
 * anonymises a CSV file as the configuration says, writes the anonymised CSV (the input's header,
 * column order and delimiter) and optionally the JSON report, and prints a summary.
 */
@Command(name = "anonymize", mixinStandardHelpOptions = true,
        description = {"Anonymise a CSV file: k-anonymity, l-diversity, t-closeness with optimal generalisation.",
            "CSV ファイルを匿名加工します（k-匿名性・l-多様性・t-近接性、最適な一般化）。"},
        footer = {"", "Exit codes: 0 done, 2 configuration or usage error, 3 unreadable input or internal error."})
final class AnonymizeCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN.csv", description = "The CSV file to anonymise (UTF-8 or Shift_JIS).")
    Path input;

    @Option(names = "--config", required = true, paramLabel = "CONFIG.json",
            description = "Attribute roles, hierarchies, privacy models, suppression limit and metric.")
    Path config;

    @Option(names = "--output", required = true, paramLabel = "OUT.csv", description = "The anonymised CSV to write.")
    Path output;

    @Option(names = "--report", paramLabel = "REPORT.json", description = "Write the JSON report here.")
    Path report;

    @Option(names = "--formula-protection", paramLabel = "MODE", defaultValue = "except_numbers",
            description = "Protect output cells starting with = + - @ tab CR by a leading ': ${COMPLETION-CANDIDATES} (default: except_numbers).")
    FormulaProtection protection = FormulaProtection.EXCEPT_NUMBERS;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of the summary: ${COMPLETION-CANDIDATES}.")
    ReportOptions.Lang lang;

    @Override
    public Integer call() {
        refuseOverwriting("--output", output, List.of(Map.entry("IN.csv", input), Map.entry("--config", config)));
        if (report != null) {
            refuseOverwriting("--report", report, List.of(Map.entry("IN.csv", input), Map.entry("--config", config),
                    Map.entry("--output", output)));
        }
        AnonymizeConfig cfg = AnonymizeConfig.read(config);
        try {
            CsvOptions opts = CsvOptions.defaults().withFormulaProtection(protection);
            Optional<Character> d = cfg.delimiter();
            if (d.isPresent()) {
                opts = opts.withDelimiter(d.get());
            }
            Table table = Table.read(input, opts);
            Anonymizer anonymizer = cfg.anonymizer(table);
            AnonymizationResult result = anonymizer.anonymize(table);
            // both files are staged and moved into place together, after both were written
            try (Outputs.Batch files = new Outputs.Batch()) {
                files.add(output, out -> result.output().write(out, CsvOptions.defaults().withFormulaProtection(protection)));
                if (report != null) {
                    ReportWriter.Builder b = ReportWriter.builder(ReportFormat.JSON);
                    result.reportMembers().forEach(b::extra);
                    ReportWriter w = b.build();
                    files.add(report, out -> w.write(result.report(), out));
                }
                files.commit();
            }
            spec.commandLine().getOut().print(result.summary(locale()));
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        } catch (AnonymizationException e) {
            throw toUser(e);
        }
    }

    java.util.Locale locale() {
        if (lang != null) {
            return lang == ReportOptions.Lang.JA ? java.util.Locale.JAPANESE : java.util.Locale.ENGLISH;
        }
        return "ja".equals(java.util.Locale.getDefault().getLanguage()) ? java.util.Locale.JAPANESE
                : java.util.Locale.ENGLISH;
    }

    /** An output file must not be one of the command's inputs (or the other output). */
    private static void refuseOverwriting(String option, Path out, List<Map.Entry<String, Path>> others) {
        for (Map.Entry<String, Path> o : others) {
            if (sameFile(out, o.getValue())) {
                throw UserException.usage("anonymize.same-file", option, out, o.getKey());
            }
        }
    }

    static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall back to comparing the paths
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    static UserException toUser(AnonymizationException e) {
        int code = e.kind() == AnonymizationException.Kind.INPUT ? ExitCode.ERROR : ExitCode.USAGE;
        return new UserException(code, e.text());
    }

}
