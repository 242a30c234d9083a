package io.github.civicdata.maven;

import io.github.civicdata.core.Report;
import io.github.civicdata.core.Severity;
import io.github.civicdata.metadata.BilingualText;
import io.github.civicdata.metadata.Catalog;
import io.github.civicdata.metadata.CatalogQuery;
import io.github.civicdata.metadata.DatasetRecord;
import io.github.civicdata.metadata.DisclosureLevel;
import io.github.civicdata.metadata.MetadataJson;
import io.github.civicdata.metadata.Publisher;
import io.github.civicdata.vocab.Vocabulary;
import io.github.civicdata.rdf.DcatCatalogInfo;
import io.github.civicdata.rdf.DcatFormat;
import io.github.civicdata.rdf.DcatWriter;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code civicdata:catalog-export}: writes a catalogue directory as the data-item list (CSV for
 * spreadsheet users) or as one DCAT graph (Turtle, JSON-LD, RDF/XML), as
 * {@code civicdata catalog export} does. By default a DCAT export holds the open records only,
 * without their internal inventory part; {@code includeInventory} exports every record with it.
 * The file is written to a temporary file and moved into place. Bound to {@code package} by
 * default. The build fails when the directory holds no record; problems while loading are counted
 * in the log ({@code civicdata:metadata-validate} gives them in full and can fail the build).
 */
@Mojo(name = "catalog-export", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class CatalogExportMojo extends AbstractMojo {

    /** The export formats. */
    enum Format { CSV, TURTLE, JSONLD, RDFXML }

    /** The project's directory: relative paths in the configuration are resolved against it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** The catalogue directory (JSON and DCAT record files; CLI: the argument). */
    @Parameter(property = "civicdata.catalog", required = true)
    File catalog;

    /** Export format: csv, turtle, jsonld, rdfxml (CLI: {@code --format}). */
    @Parameter(property = "civicdata.exportFormat", defaultValue = "turtle")
    String format = "turtle";

    /** The file written (CLI: {@code --output}; default: target/civicdata/catalog.&lt;extension&gt;). */
    @Parameter(property = "civicdata.exportFile")
    File outputFile;

    /** The directory of the default output file. */
    @Parameter(defaultValue = "${project.build.directory}/civicdata", readonly = true)
    File outputDirectory;

    /** Language of the CSV headers and of the log: ja or en (default ja; CLI: {@code --lang}). */
    @Parameter(property = "civicdata.lang")
    String lang;

    /** IRI of the dcat:Catalog (CLI: {@code --catalog-iri}). */
    @Parameter(property = "civicdata.catalogIri")
    String catalogIri;

    /** Title of the dcat:Catalog (CLI: {@code --title}). */
    @Parameter(property = "civicdata.title")
    String title;

    /** Base of the dcat:Dataset IRIs (CLI: {@code --dataset-base}). */
    @Parameter(property = "civicdata.datasetBase")
    String datasetBase;

    /** Also know the city's own templates (*.json) in this directory (CLI: {@code --templates}). */
    @Parameter(property = "civicdata.templates")
    File templates;

    /** Export only the records at this level: open, internal, confidential (CLI: {@code --disclosure}). */
    @Parameter(property = "civicdata.disclosure")
    String disclosure;

    /** DCAT formats: every record with its internal inventory part (CLI: {@code --include-inventory}). */
    @Parameter(property = "civicdata.includeInventory", defaultValue = "false")
    boolean includeInventory;

    /** Largest record file read, in bytes (CLI: {@code --max-bytes}). */
    @Parameter(property = "civicdata.maxBytes", defaultValue = "" + MetadataJson.DEFAULT_MAX_BYTES)
    long maxBytes = MetadataJson.DEFAULT_MAX_BYTES;

    /** Deepest nesting read (CLI: {@code --max-nesting-depth}). */
    @Parameter(property = "civicdata.maxNestingDepth", defaultValue = "" + MetadataJson.DEFAULT_MAX_NESTING_DEPTH)
    int maxNestingDepth = MetadataJson.DEFAULT_MAX_NESTING_DEPTH;

    /** Longest number read, in characters (CLI: {@code --max-number-length}). */
    @Parameter(property = "civicdata.maxNumberLength", defaultValue = "" + MetadataJson.DEFAULT_MAX_NUMBER_LENGTH)
    int maxNumberLength = MetadataJson.DEFAULT_MAX_NUMBER_LENGTH;

    /** Skip the goal. */
    @Parameter(property = "civicdata.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Locale locale = lang == null || lang.isBlank() ? Locale.JAPANESE : switch (lang.trim().toLowerCase(Locale.ROOT)) {
            case "ja" -> Locale.JAPANESE;
            case "en" -> Locale.ENGLISH;
            default -> throw FindingsMojo.configuration("maven.bad-lang", lang);
        };
        if (skip) {
            getLog().info(PluginMessages.text(locale, "maven.skipped", "catalog-export"));
            return;
        }
        Format f = format(format);
        MetadataWiring.Limits limits = MetadataValidateMojo.limits(maxBytes, maxNestingDepth, maxNumberLength);
        Path base = basedir == null ? Path.of("").toAbsolutePath() : basedir.toPath().toAbsolutePath();
        Path dir = base.resolve(catalog.toPath());
        if (!Files.exists(dir)) {
            throw FindingsMojo.configuration("maven.file-not-found", dir);
        }
        Vocabulary v = MetadataValidateMojo.vocabulary(base, templates);
        Catalog loaded;
        try {
            loaded = MetadataWiring.catalog(MetadataWiring.checks(v), limits).load(dir);
        } catch (NotDirectoryException e) {
            throw FindingsMojo.configuration("maven.file-not-found", dir);
        } catch (IOException e) {
            throw new MojoExecutionException(PluginMessages.bilingual("maven.file-unreadable", dir,
                    String.valueOf(e.getMessage())), e);
        }
        if (loaded.entries().isEmpty()) {
            throw new MojoFailureException(PluginMessages.bilingual("maven.catalog-empty", dir));
        }
        Optional<DisclosureLevel> level = Optional.empty();
        if (disclosure != null && !disclosure.isBlank()) {
            level = Optional.of(DisclosureLevel.byId(disclosure.trim().toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> FindingsMojo.configuration("maven.bad-disclosure", disclosure)));
        }
        boolean publication = f != Format.CSV && !includeInventory;
        if (publication && level.isPresent() && level.get() != DisclosureLevel.OPEN) {
            throw FindingsMojo.configuration("maven.export-not-open", disclosure);
        }
        CatalogQuery.Builder query = CatalogQuery.builder();
        level.or(() -> publication ? Optional.of(DisclosureLevel.OPEN) : Optional.empty()).ifPresent(query::disclosure);
        Catalog chosen = loaded.filter(query.build());
        List<DatasetRecord> records = chosen.records().stream().map(r -> publication ? r.withoutInventory() : r).toList();
        Path out = outputFile != null ? base.resolve(outputFile.toPath())
                : outputDirectory.toPath().resolve("catalog." + extension(f));
        try {
            if (f == Format.CSV) {
                ReportFiles.atomic(out, o -> chosen.writeDataItemList(o, MetadataWiring.itemNames(v), locale));
            } else {
                DcatWriter w = writer(f);
                DcatCatalogInfo info = info(loaded.records());
                ReportFiles.atomic(out, o -> w.writeCatalog(info, records, o));
            }
        } catch (IOException e) {
            throw new MojoExecutionException(PluginMessages.bilingual("maven.cannot-write", out, String.valueOf(e.getMessage())), e);
        }
        Report report = loaded.report();
        long problems = report.count(Severity.ERROR) + report.count(Severity.WARNING);
        if (problems > 0) {
            getLog().warn(PluginMessages.text(locale, "maven.catalog-load-problems", problems, dir));
        }
        int leftOut = loaded.entries().size() - records.size();
        if (leftOut > 0) {
            getLog().info(PluginMessages.text(locale, "maven.catalog-left-out", leftOut));
        }
        getLog().info(PluginMessages.text(locale, "maven.catalog-exported", records.size(), out));
    }

    static Format format(String s) throws MojoExecutionException {
        try {
            return Format.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw FindingsMojo.configuration("maven.bad-export-format", s);
        }
    }

    static String extension(Format f) {
        return switch (f) {
            case CSV -> "csv";
            case TURTLE -> "ttl";
            case JSONLD -> "jsonld";
            case RDFXML -> "rdf";
        };
    }

    private DcatWriter writer(Format f) throws MojoExecutionException {
        DcatWriter.Builder b = DcatWriter.builder().format(switch (f) {
            case TURTLE -> DcatFormat.TURTLE;
            case JSONLD -> DcatFormat.JSON_LD;
            default -> DcatFormat.RDF_XML;
        });
        if (datasetBase != null && !datasetBase.isBlank()) {
            try {
                b.datasetBase(datasetBase.trim());
            } catch (IllegalArgumentException e) {
                throw FindingsMojo.configuration("maven.bad-iri", datasetBase);
            }
        }
        return b.build();
    }

    private DcatCatalogInfo info(List<DatasetRecord> all) throws MojoExecutionException {
        Set<Publisher> publishers = all.stream().map(DatasetRecord::publisher).collect(Collectors.toSet());
        Publisher only = publishers.size() == 1 ? publishers.iterator().next() : null;
        String iri = catalogIri != null && !catalogIri.isBlank() ? catalogIri.trim()
                : "urn:civicdata:catalog:" + (only == null ? "all" : only.code().value());
        String t = title != null && !title.isBlank() ? title
                : (only != null && only.name().isPresent() ? only.name().get() + " " : "") + "データカタログ";
        try {
            DcatCatalogInfo info = DcatCatalogInfo.of(iri, BilingualText.of(t));
            return only == null ? info : info.withPublisher(only);
        } catch (IllegalArgumentException e) {
            throw FindingsMojo.configuration("maven.bad-iri", iri);
        }
    }
}
