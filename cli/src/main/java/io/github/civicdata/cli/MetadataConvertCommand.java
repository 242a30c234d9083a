package io.github.civicdata.cli;

import io.github.civicdata.core.Report;
import io.github.civicdata.core.SourceInfo;
import io.github.civicdata.metadata.DatasetRecord;
import io.github.civicdata.metadata.MetadataJson;
import io.github.civicdata.metadata.RecordReadResult;
import io.github.civicdata.rdf.DcatFormat;
import io.github.civicdata.rdf.DcatWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code civicdata metadata convert <in> [--from F] --to T}: converts a record between the JSON
 * form, DCAT (Turtle, JSON-LD, RDF/XML), and from CKAN {@code package_show} JSON. Problems found
 * while reading are listed on standard error; exit code 1 when nothing could be converted.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert dataset records between JSON, DCAT (Turtle, JSON-LD, RDF/XML) and from CKAN package_show JSON.",
            "データセットのレコードを JSON・DCAT（Turtle、JSON-LD、RDF/XML）の間で変換し、CKAN の package_show JSON を取り込みます。"},
        footer = {"", "Exit codes: 0 converted, 1 nothing could be converted (see the findings on standard error), 2 usage error, 3 unreadable input."})
final class MetadataConvertCommand implements Callable<Integer> {

    /** The output formats of {@code --to}. */
    enum Output { JSON, TURTLE, JSONLD, RDFXML }

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ReaderLimitsOption limits;

    @Parameters(index = "0", paramLabel = "IN", description = "The record file.")
    Path input;

    @Option(names = "--from", paramLabel = "FORMAT", converter = HyphenatedEnums.Input.class,
            description = "Input format: json, ckan, turtle, jsonld, rdfxml, opendata-list (default: by extension, .csv is opendata-list; a .json file that looks like a CKAN package is read as CKAN).")
    MetadataCli.Input from;

    @Option(names = "--to", required = true, paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES}.")
    Output to;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of standard output (for --to json and several records: a directory, one <identifier>.json each).")
    Path output;

    @Option(names = "--publisher", paramLabel = "CODE",
            description = "Local government code to use for CKAN packages that name none.")
    String publisher;

    @Option(names = "--dataset-base", paramLabel = "IRI",
            description = "Base of the dcat:Dataset IRIs (default: urn:civicdata:dataset:<code>:<identifier>).")
    String datasetBase;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the messages: ${COMPLETION-CANDIDATES} (default: the system language).")
    ReportOptions.Lang lang;

    @Override
    public Integer call() {
        MetadataCli.requireExists(input);
        Locale locale = UiLocale.of(lang);
        MetadataCli.Input format = from != null ? from : MetadataCli.detect(input, limits.value());
        RecordReadResult r = MetadataCli.reader(format, Optional.empty(), MetadataCli.publisher(publisher), limits).read(input);
        Report report = Report.builder().source(SourceInfo.of(r.source())).rules(r.rules()).addAll(r.findings()).build();
        MetadataCli.printFindings(report, spec.commandLine().getErr(), locale);
        List<DatasetRecord> records = r.records();
        if (records.isEmpty()) {
            spec.commandLine().getErr().println(MetadataCli.text(locale, "metadata.cmd.nothing-converted", input));
            spec.commandLine().getErr().flush();
            return ExitCode.FINDINGS;
        }
        if (to == Output.JSON) {
            writeJson(records);
        } else {
            DcatWriter.Builder b = DcatWriter.builder().format(switch (to) {
                case TURTLE -> DcatFormat.TURTLE;
                case JSONLD -> DcatFormat.JSON_LD;
                default -> DcatFormat.RDF_XML;
            });
            if (datasetBase != null) {
                try {
                    b.datasetBase(datasetBase);
                } catch (IllegalArgumentException e) {
                    throw UserException.usage("metadata.cmd.dataset-base", datasetBase);
                }
            }
            DcatWriter w = b.build();
            write(output, out -> {
                if (records.size() == 1) {
                    w.write(records.get(0), out);
                } else {
                    w.write(records, out);
                }
            });
        }
        return ExitCode.OK;
    }

    private void writeJson(List<DatasetRecord> records) {
        if (records.size() == 1) {
            write(output, out -> out.write(MetadataJson.write(records.get(0)).getBytes(StandardCharsets.UTF_8)));
            return;
        }
        if (output == null || (Files.exists(output) && !Files.isDirectory(output))) {
            throw UserException.usage("metadata.cmd.several-records", records.size(), input);
        }
        for (DatasetRecord rec : records) {
            String name = rec.identifier().replaceAll("[^A-Za-z0-9._-]", "_") + ".json";
            write(output.resolve(name), out -> out.write(MetadataJson.write(rec).getBytes(StandardCharsets.UTF_8)));
        }
    }

    private void write(Path file, Outputs.Body body) {
        Outputs.write(file, spec.commandLine().getOut(), body);
    }
}
