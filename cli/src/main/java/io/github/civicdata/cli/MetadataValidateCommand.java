package io.github.civicdata.cli;

import io.github.civicdata.core.Report;
import io.github.civicdata.core.SourceInfo;
import io.github.civicdata.metadata.Catalog;
import io.github.civicdata.metadata.RecordChecks;
import io.github.civicdata.metadata.RecordReadResult;
import io.github.civicdata.vocab.Vocabulary;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code civicdata metadata validate <file|dir>...}: checks record files (JSON against the
 * published schema, DCAT against the SHACL shapes, CKAN by import) and the record checks
 * (dates, check digits, templates of the vocabulary, licence, L3-08); a directory is loaded as a
 * catalogue (with the duplicate-identifier check).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validate dataset records: JSON (.json), DCAT (.ttl, .jsonld, .rdf), CKAN package_show JSON, or a directory of them.",
            "データセットのレコード（JSON、DCAT、CKAN）またはそのディレクトリを検証します。"},
        footer = {"", "Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage error, 3 unreadable input."})
final class MetadataValidateCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ReaderLimitsOption limits;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Record files or catalogue directories.")
    List<Path> inputs;

    @Option(names = "--from", paramLabel = "FORMAT", converter = HyphenatedEnums.Input.class,
            description = "Input format of the files: json, ckan, turtle, jsonld, rdfxml, opendata-list (default: by extension, .csv is opendata-list; a .json file that looks like a CKAN package is read as CKAN).")
    MetadataCli.Input from;

    @Option(names = "--publisher", paramLabel = "CODE",
            description = "Local government code to use for CKAN packages that name none.")
    String publisher;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Also accept the city's own templates (*.json) in DIR in conformsTo.")
    Path templates;

    @Mixin
    ReportOptions reportOptions;

    @Mixin
    DcatApProfileOption profile;

    @Override
    public Integer call() {
        Vocabulary v = VocabCli.vocabulary(templates);
        RecordChecks checks = MetadataCli.checks(v);
        Report.Builder report = reportOptions.newBuilder();
        for (Path in : inputs) {
            MetadataCli.requireExists(in);
        }
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                Catalog c = MetadataCli.loadCatalog(in, checks, Integer.MAX_VALUE, limits);
                report.merge(c.report());
                profile.check(c, report, limits.value());
                continue;
            }
            MetadataCli.Input format = from != null ? from : MetadataCli.detect(in, limits.value());
            RecordReadResult r = MetadataCli.reader(format, Optional.of(checks), MetadataCli.publisher(publisher), limits).read(in);
            report.source(SourceInfo.of(r.source())).rules(r.rules()).addAll(r.findings());
            profile.check(in, format, r, report, limits.value());
        }
        Report built = report.build();
        OutputStream out = new PrintWriterStream(spec.commandLine().getOut());
        int code = reportOptions.emit(built, out);
        reportOptions.summarizeIfFile(built, spec.commandLine().getErr());
        return code;
    }
}
