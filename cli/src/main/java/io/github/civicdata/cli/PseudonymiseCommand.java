package io.github.civicdata.cli;

import io.github.civicdata.anonymize.AnonymizationException;
import io.github.civicdata.anonymize.CsvOptions;
import io.github.civicdata.anonymize.FormulaProtection;
import io.github.civicdata.anonymize.Pseudonymizer;
import io.github.civicdata.anonymize.Replacement;
import io.github.civicdata.core.report.ReportFormat;
import io.github.civicdata.core.report.ReportWriter;
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
 * {@code civicdata pseudonymise <in.csv> --config <config.json> --output <out.csv> [--mapping <map.csv>] [--report <report.json>]}:
 * makes 仮名加工情報: columns with the role {@code pseudonymise} get keyed-hash or surrogate
 * pseudonyms, {@code delete} columns are left out, {@code identifying} columns become {@code *};
 * the others are kept. Streams the file.
 */
@Command(name = "pseudonymise", aliases = "pseudonymize", mixinStandardHelpOptions = true,
        description = {"Pseudonymise a CSV file (仮名加工情報): keyed-hash or surrogate pseudonyms, deleted identification codes.",
            "CSV ファイルを仮名加工します（鍵付きハッシュまたは代替 ID への置換、個人識別符号の削除）。"},
        footer = {"", "Exit codes: 0 done, 2 configuration or usage error, 3 unreadable input or internal error."})
final class PseudonymiseCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN.csv", description = "The CSV file to pseudonymise (UTF-8 or Shift_JIS).")
    Path input;

    @Option(names = "--config", required = true, paramLabel = "CONFIG.json",
            description = "Attribute roles: pseudonymise (method hmac-sha256 with keyFile, or surrogate), delete, identifying.")
    Path config;

    @Option(names = "--output", required = true, paramLabel = "OUT.csv", description = "The pseudonymised CSV to write.")
    Path output;

    @Option(names = "--mapping", paramLabel = "MAPPING.csv",
            description = "Write the table from values to surrogates here (needed with surrogates; keep it apart).")
    Path mapping;

    @Option(names = "--report", paramLabel = "REPORT.json", description = "Write the JSON report (replacements, never values).")
    Path report;

    @Option(names = "--formula-protection", paramLabel = "MODE", defaultValue = "except_numbers",
            description = "Protect output cells starting with = + - @ tab CR by a leading ': ${COMPLETION-CANDIDATES}.")
    FormulaProtection protection = FormulaProtection.EXCEPT_NUMBERS;

    @Override
    public Integer call() {
        List<Map.Entry<String, Path>> inputs = List.of(Map.entry("IN.csv", input), Map.entry("--config", config));
        refuse("--output", output, inputs);
        List<Map.Entry<String, Path>> taken = List.of(Map.entry("IN.csv", input), Map.entry("--config", config),
                Map.entry("--output", output));
        if (mapping != null) {
            refuse("--mapping", mapping, taken);
        }
        if (report != null) {
            refuse("--report", report, taken);
            if (mapping != null && AnonymizeCommand.sameFile(report, mapping)) {
                throw UserException.usage("anonymize.same-file", "--report", report, "--mapping");
            }
        }
        AnonymizeConfig cfg = AnonymizeConfig.read(config);
        try {
            Pseudonymizer p = cfg.pseudonymizer();
            if (p.hasSurrogates() && mapping == null) {
                throw UserException.usage("anonymize.mapping-required", config);
            }
            CsvOptions opts = CsvOptions.defaults().withFormulaProtection(protection);
            Optional<Character> d = cfg.delimiter();
            if (d.isPresent()) {
                opts = opts.withDelimiter(d.get());
            }
            CsvOptions readOptions = opts;
            Pseudonymizer.Run[] run = new Pseudonymizer.Run[1];
            // every file is staged and moved into place together, after all were written
            try (Outputs.Batch files = new Outputs.Batch()) {
                files.add(output, out -> run[0] = p.run(input, readOptions, out,
                        CsvOptions.defaults().withFormulaProtection(protection)));
                if (mapping != null) {
                    files.add(mapping, out -> run[0].writeMapping(out));
                }
                if (report != null) {
                    ReportWriter.Builder b = ReportWriter.builder(ReportFormat.JSON);
                    run[0].reportMembers().forEach(b::extra);
                    ReportWriter w = b.build();
                    files.add(report, out -> w.write(io.github.civicdata.core.Report.builder()
                            .source(io.github.civicdata.core.SourceInfo.builder(input.toString()).rows(run[0].rows()).build())
                            .build(), out));
                }
                files.commit();
            }
            var out = spec.commandLine().getOut();
            out.println(CliMessages.bilingual("pseudonymise.summary", run[0].rows()));
            if (run[0].blankLines() > 0) {
                out.println(CliMessages.bilingual("pseudonymise.blank-lines", run[0].blankLines()));
            }
            for (Replacement r : run[0].replacements()) {
                out.println("  " + r.column() + ": " + r.method());
            }
            out.flush();
            return ExitCode.OK;
        } catch (AnonymizationException e) {
            throw AnonymizeCommand.toUser(e);
        }
    }

    private static void refuse(String option, Path out, List<Map.Entry<String, Path>> others) {
        for (Map.Entry<String, Path> o : others) {
            if (AnonymizeCommand.sameFile(out, o.getValue())) {
                throw UserException.usage("anonymize.same-file", option, out, o.getKey());
            }
        }
    }
}
