package io.github.civicdata.cli;

import io.github.civicdata.core.Report;
import io.github.civicdata.core.Severity;
import io.github.civicdata.metadata.Catalog;
import io.github.civicdata.metadata.CatalogQuery;
import io.github.civicdata.metadata.DatasetRecord;
import io.github.civicdata.metadata.DisclosureLevel;
import io.github.civicdata.vocab.Vocabulary;
import io.github.civicdata.rdf.DcatCatalogInfo;
import io.github.civicdata.rdf.DcatFormat;
import io.github.civicdata.rdf.DcatWriter;
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
 * {@code civicdata catalog export <dir> --format csv|turtle|jsonld|rdfxml}: writes the catalogue as
 * the data-item list for spreadsheet users (CSV, UTF-8 with BOM, CRLF, formula-safe, Japanese headers
 * by default) or as one DCAT graph. Problems in the directory are summarised on standard error.
 *
 * <p>The DCAT graph is what a portal harvests, so by default it holds the open records only,
 * without their internal inventory part (department, source system, retention, personal-data
 * flag); {@code --include-inventory} exports every record with its inventory (for exchange between
 * a city's own systems). {@code --disclosure} keeps the records at one level, in either format.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a catalogue directory as a data-item list (CSV for Excel) or as one DCAT graph.",
            "カタログのディレクトリをデータ項目一覧（Excel向けCSV）またはひとつのDCATグラフとして出力します。"},
        footer = {"", "Exit codes: 0 exported, 1 the directory held no record, 2 usage error, 3 unreadable directory or unwritable output."})
final class CatalogExportCommand implements Callable<Integer> {

    /** The export formats. */
    enum Format { CSV, TURTLE, JSONLD, RDFXML, OPENDATA_LIST }

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ReaderLimitsOption limits;

    @Parameters(index = "0", paramLabel = "DIR", description = "The catalogue directory (JSON and DCAT record files).")
    Path dir;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = HyphenatedEnums.ExportFormat.class,
            description = "Export format: csv (data-item list), turtle, jsonld, rdfxml (DCAT), opendata-list (the 45-column オープンデータ一覧, 06).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the CSV headers and labels, and of messages: ${COMPLETION-CANDIDATES} (default: ja).")
    ReportOptions.Lang lang;

    @Mixin
    CatalogInfoOptions catalogInfo;

    @Option(names = "--dataset-base", paramLabel = "IRI",
            description = "Base of the dcat:Dataset IRIs (default: urn:civicdata:dataset:<code>:<identifier>).")
    String datasetBase;

    @Option(names = "--templates", paramLabel = "DIR", description = "Also know the city's own templates (*.json) in DIR.")
    Path templates;

    @Option(names = "--disclosure", paramLabel = "LEVEL",
            description = "Export only the records at this disclosure level: open, internal, confidential (a record without inventory is open).")
    String disclosure;

    @Option(names = "--include-inventory",
            description = "DCAT formats: export every record with its internal inventory part (default: open records only, without inventory, as a portal harvests them).")
    boolean includeInventory;

    @Override
    public Integer call() {
        Locale locale = UiLocale.of(lang, ReportOptions.Lang.JA);
        Vocabulary v = VocabCli.vocabulary(templates);
        Catalog catalog = MetadataCli.loadCatalog(dir, MetadataCli.checks(v), Integer.MAX_VALUE, limits);
        if (catalog.entries().isEmpty()) {
            spec.commandLine().getErr().println(MetadataCli.text(locale, "catalog.cmd.empty", dir));
            spec.commandLine().getErr().flush();
            return ExitCode.FINDINGS;
        }
        Optional<DisclosureLevel> level = Optional.ofNullable(disclosure).map(MetadataCli::disclosure);
        boolean publication = format != Format.CSV && !includeInventory;
        if (publication && level.isPresent() && level.get() != DisclosureLevel.OPEN) {
            throw UserException.usage("catalog.cmd.export-not-open", disclosure);
        }
        CatalogQuery.Builder query = CatalogQuery.builder();
        level.or(() -> publication ? Optional.of(DisclosureLevel.OPEN) : Optional.empty()).ifPresent(query::disclosure);
        Catalog chosen = catalog.filter(query.build());
        List<DatasetRecord> records = chosen.records().stream()
                .map(r -> publication ? r.withoutInventory() : r).toList();
        int leftOut = catalog.entries().size() - records.size();
        if (format == Format.CSV) {
            write(out -> chosen.writeDataItemList(out, MetadataCli.itemNames(v), locale));
        } else if (format == Format.OPENDATA_LIST) {
            OpenDataListExport.write(records, output, spec.commandLine(), locale);
        } else {
            DcatWriter.Builder b = DcatWriter.builder().format(switch (format) {
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
            DcatCatalogInfo info = catalogInfo.info(records, locale, spec.commandLine().getErr());
            DcatWriter w = b.build();
            write(out -> w.writeCatalog(info, records, out));
        }
        Report report = catalog.report();
        long n = report.count(Severity.ERROR) + report.count(Severity.WARNING);
        if (n > 0) {
            spec.commandLine().getErr().println(MetadataCli.text(locale, "catalog.cmd.load-problems", n, dir));
        }
        if (leftOut > 0) {
            spec.commandLine().getErr().println(publication
                    ? MetadataCli.text(locale, "catalog.cmd.left-out-not-open", leftOut)
                    : MetadataCli.text(locale, "catalog.cmd.left-out-level", leftOut, disclosure));
        }
        spec.commandLine().getErr().println(MetadataCli.text(locale, "catalog.cmd.exported", records.size(),
                output == null ? "-" : output));
        spec.commandLine().getErr().flush();
        return ExitCode.OK;
    }

    private void write(Outputs.Body body) {
        Outputs.write(output, spec.commandLine().getOut(), body);
    }
}
