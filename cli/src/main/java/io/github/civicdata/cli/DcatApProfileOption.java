package io.github.civicdata.cli;

import io.github.civicdata.core.Report;
import io.github.civicdata.metadata.Catalog;
import io.github.civicdata.metadata.CatalogEntry;
import io.github.civicdata.metadata.RecordReadResult;
import io.github.civicdata.rdf.DcatApShapes;
import io.github.civicdata.rdf.DcatFormat;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * {@code metadata validate --profile dcat-ap}: also checks the input against the DCAT-AP 3.0.1
 * mandatory and range shapes. A DCAT file (Turtle, JSON-LD, RDF/XML) is checked as it is; a JSON or
 * CKAN record as civicdata would export it to DCAT.
 */
final class DcatApProfileOption {

    @Option(names = "--profile", paramLabel = "PROFILE",
            description = {"Also check against an application profile: dcat-ap (the DCAT-AP 3.0.1 mandatory and range SHACL shapes; "
                    + "a DCAT file as it is, a JSON or CKAN record as its DCAT export); dcat-ap-recommended (also the "
                    + "recommended-property shapes, as warnings)."})
    String profile;

    private boolean on() {
        if (profile == null) {
            return false;
        }
        if (!profile.equalsIgnoreCase("dcat-ap") && !profile.equalsIgnoreCase("dcat-ap-recommended")) {
            throw UserException.usage("metadata.cmd.bad-profile", profile);
        }
        return true;
    }

    private DcatApShapes shapes() {
        return profile.equalsIgnoreCase("dcat-ap-recommended") ? DcatApShapes.recommended() : DcatApShapes.standard();
    }

    /** The findings of the shapes themselves (parse problems were reported by the reader already). */
    private static boolean ofTheShapes(io.github.civicdata.core.Finding f) {
        return f.ruleId().equals(io.github.civicdata.metadata.MetadataRules.DCAT_AP)
                || f.ruleId().equals(io.github.civicdata.metadata.MetadataRules.DCAT_AP_RECOMMENDED);
    }

    /** Checks one file that was read with {@code format}. */
    void check(Path file, MetadataCli.Input format, RecordReadResult read, Report.Builder report, long maxBytes) {
        if (!on()) {
            return;
        }
        DcatApShapes shapes = shapes();
        report.rules(shapes.rules());
        Optional<DcatFormat> rdf = switch (format) {
            case TURTLE -> Optional.of(DcatFormat.TURTLE);
            case JSONLD -> Optional.of(DcatFormat.JSON_LD);
            case RDFXML -> Optional.of(DcatFormat.RDF_XML);
            default -> Optional.empty();
        };
        if (rdf.isPresent()) {
            // parse problems were reported by the reader already
            report.addAll(shapes.check(file, rdf, maxBytes).stream()
                    .filter(DcatApProfileOption::ofTheShapes).toList());
        } else {
            read.records().forEach(r -> report.addAll(shapes.check(r, read.source())));
        }
    }

    /** Checks a catalogue directory: its DCAT files as they are, its other records as their export. */
    void check(Catalog catalog, Report.Builder report, long maxBytes) {
        if (!on()) {
            return;
        }
        DcatApShapes shapes = shapes();
        report.rules(shapes.rules());
        Set<String> done = new HashSet<>();
        for (CatalogEntry e : catalog.entries()) {
            Optional<DcatFormat> rdf = DcatFormat.fromFileName(e.source());
            if (rdf.isEmpty()) {
                report.addAll(shapes.check(e.record(), e.source()));
            } else if (done.add(e.source())) {
                report.addAll(shapes.check(Path.of(e.source()), rdf, maxBytes).stream()
                        .filter(DcatApProfileOption::ofTheShapes).toList());
            }
        }
    }
}
