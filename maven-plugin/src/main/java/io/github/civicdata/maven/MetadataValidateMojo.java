package io.github.civicdata.maven;

import io.github.civicdata.core.Report;
import io.github.civicdata.core.SourceInfo;
import io.github.civicdata.metadata.Catalog;
import io.github.civicdata.metadata.LocalGovernmentCode;
import io.github.civicdata.metadata.MetadataJson;
import io.github.civicdata.metadata.Publisher;
import io.github.civicdata.metadata.RecordChecks;
import io.github.civicdata.metadata.RecordReadResult;
import io.github.civicdata.vocab.Vocabulary;
import io.github.civicdata.vocab.VocabularyException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code civicdata:metadata-validate}: checks dataset records (civicdata JSON, DCAT in Turtle,
 * JSON-LD or RDF/XML, CKAN package JSON) or directories of them (loaded as a catalogue, with the
 * duplicate-identifier check), as {@code civicdata metadata validate} does; writes the reports and
 * fails the build when a finding is at or above {@code failOn}. Bound to {@code verify} by default.
 */
@Mojo(name = "metadata-validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class MetadataValidateMojo extends FindingsMojo {

    /** Record files or catalogue directories, relative to the project directory (CLI: the arguments). */
    @Parameter(property = "civicdata.records", required = true)
    List<String> records = new ArrayList<>();

    /** Format of the files: json, ckan, turtle, jsonld, rdfxml (default: by extension; CLI: {@code --from}). */
    @Parameter(property = "civicdata.from")
    String from;

    /** Local government code for CKAN packages that name none (CLI: {@code --publisher}). */
    @Parameter(property = "civicdata.publisher")
    String publisher;

    /** Also accept the city's own templates (*.json) in this directory (CLI: {@code --templates}). */
    @Parameter(property = "civicdata.templates")
    File templates;

    /** Largest record file read, in bytes (CLI: {@code --max-bytes}). */
    @Parameter(property = "civicdata.maxBytes", defaultValue = "" + MetadataJson.DEFAULT_MAX_BYTES)
    long maxBytes = MetadataJson.DEFAULT_MAX_BYTES;

    /** Deepest nesting read (CLI: {@code --max-nesting-depth}). */
    @Parameter(property = "civicdata.maxNestingDepth", defaultValue = "" + MetadataJson.DEFAULT_MAX_NESTING_DEPTH)
    int maxNestingDepth = MetadataJson.DEFAULT_MAX_NESTING_DEPTH;

    /** Longest number read, in characters (CLI: {@code --max-number-length}). */
    @Parameter(property = "civicdata.maxNumberLength", defaultValue = "" + MetadataJson.DEFAULT_MAX_NUMBER_LENGTH)
    int maxNumberLength = MetadataJson.DEFAULT_MAX_NUMBER_LENGTH;

    /** Base name of the report files. */
    @Parameter(property = "civicdata.metadataReportName", defaultValue = "civicdata-metadata")
    String reportName = "civicdata-metadata";

    @Override
    String reportName() {
        return reportName;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info(PluginMessages.text(locale(), "maven.skipped", "metadata-validate"));
            return;
        }
        if (records == null || records.stream().allMatch(String::isBlank)) {
            throw configuration("maven.no-files");
        }
        MetadataWiring.Limits limits = limits(maxBytes, maxNestingDepth, maxNumberLength);
        Optional<MetadataWiring.Input> format = Optional.empty();
        if (from != null && !from.isBlank()) {
            format = Optional.of(MetadataWiring.input(from).orElseThrow(() -> configuration("maven.bad-from", from)));
        }
        Vocabulary v = vocabulary(base(), templates);
        RecordChecks checks = MetadataWiring.checks(v);
        Optional<Publisher> ckanPublisher = publisher(publisher);
        Report.Builder report = Report.builder().maxFindings(checkedMaxFindings());
        for (String entry : records) {
            if (entry.isBlank()) {
                continue;
            }
            Path in = base().resolve(entry.trim());
            if (!Files.exists(in)) {
                throw configuration("maven.file-not-found", in);
            }
            if (Files.isDirectory(in)) {
                try {
                    report.merge(MetadataWiring.catalog(checks, limits).load(in).report());
                } catch (IOException e) {
                    throw new MojoExecutionException(PluginMessages.bilingual("maven.file-unreadable", in,
                            String.valueOf(e.getMessage())), e);
                }
                continue;
            }
            MetadataWiring.Input f = format.orElseGet(() -> MetadataWiring.detect(in, limits.maxBytes()));
            RecordReadResult r = MetadataWiring.reader(f, checks, ckanPublisher, limits).read(in);
            report.source(SourceInfo.of(r.source())).rules(r.rules()).addAll(r.findings());
        }
        finish(report.build());
    }

    static MetadataWiring.Limits limits(long maxBytes, int maxNestingDepth, int maxNumberLength) throws MojoExecutionException {
        if (maxBytes < 1) {
            throw configuration("maven.not-positive", "maxBytes", maxBytes);
        }
        if (maxNestingDepth < 1 || maxNestingDepth == Integer.MAX_VALUE) {
            throw configuration("maven.not-positive", "maxNestingDepth", maxNestingDepth);
        }
        if (maxNumberLength < 1) {
            throw configuration("maven.not-positive", "maxNumberLength", maxNumberLength);
        }
        return new MetadataWiring.Limits(maxBytes, maxNestingDepth, maxNumberLength);
    }

    /** The standard vocabulary, plus a city's template files when {@code templates} is given. */
    static Vocabulary vocabulary(Path base, File templates) throws MojoExecutionException {
        if (templates == null) {
            return Vocabulary.standard();
        }
        try {
            return Vocabulary.builder().addTemplates(base.resolve(templates.toPath())).build();
        } catch (VocabularyException e) {
            throw new MojoExecutionException(e.text().ja() + System.lineSeparator() + e.text().en(), e);
        }
    }

    static Optional<Publisher> publisher(String code) throws MojoExecutionException {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        LocalGovernmentCode c;
        try {
            c = LocalGovernmentCode.parse(code.trim());
        } catch (IllegalArgumentException e) {
            throw configuration("maven.bad-publisher", code);
        }
        if (!c.hasValidCheckDigit()) {
            throw configuration("maven.publisher-check-digit", code, c.withCorrectCheckDigit().value());
        }
        return Optional.of(Publisher.of(c));
    }
}
