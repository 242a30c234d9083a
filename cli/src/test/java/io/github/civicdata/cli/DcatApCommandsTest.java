package io.github.civicdata.cli;

import static io.github.civicdata.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.civicdata.core.Finding;
import io.github.civicdata.rdf.DcatApShapes;
import io.github.civicdata.rdf.DcatFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DCAT-AP 3.0.1: the shipped example catalogue exports conform; {@code metadata validate --profile dcat-ap}. */
class DcatApCommandsTest {

    static final Path CATALOG = Path.of("..", "examples", "data", "catalog");

    @TempDir
    Path tmp;

    @Test
    void everyExportOfTheExampleCatalogueConforms() throws Exception {
        for (String format : List.of("turtle", "jsonld", "rdfxml")) {
            Path out = tmp.resolve("catalog." + format);
            CliRun.Result r = run("catalog", "export", CATALOG.toString(), "--format", format, "-o", out.toString());
            assertThat(r.code()).as(r.err()).isZero();
            DcatFormat f = DcatFormat.parse(format).orElseThrow();
            List<Finding> violations = DcatApShapes.standard().check(Files.readAllBytes(out), out.toString(), f);
            assertThat(violations).as(format).isEmpty();
        }
    }

    @Test
    void everyExampleRecordExportsAlone() throws Exception {
        List<Path> files = new ArrayList<>();
        try (var s = Files.list(CATALOG)) {
            s.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().forEach(files::add);
        }
        int checked = 0;
        for (Path f : files) {
            Path out = tmp.resolve(f.getFileName() + ".ttl");
            CliRun.Result r = run("metadata", "convert", f.toString(), "--to", "turtle", "-o", out.toString());
            if (r.code() != 0) {
                continue; // the deliberately broken files (11, 13) give no record
            }
            checked++;
            List<Finding> v = DcatApShapes.standard().check(Files.readAllBytes(out), out.toString(), DcatFormat.TURTLE);
            assertThat(v).as(f.toString()).isEmpty();
        }
        assertThat(checked).isEqualTo(12);
    }

    @Test
    void profileReportsViolationsWithFocusNodeAndPath() throws Exception {
        Path old = tmp.resolve("old.ttl");
        Files.writeString(old, """
                @prefix dcat: <http://www.w3.org/ns/dcat#> .
                @prefix dct:  <http://purl.org/dc/terms/> .
                <https://example.org/d1> a dcat:Dataset ; dct:identifier "d1" ; dct:title "公園"@ja ;
                    dct:publisher [ dct:identifier "132993" ] ;
                    dcat:distribution [ a dcat:Distribution ;
                        dct:format <http://publications.europa.eu/resource/authority/file-type/CSV> ;
                        dcat:downloadURL <https://example.org/park.csv> ] .
                """, StandardCharsets.UTF_8);
        CliRun.Result plain = run("metadata", "validate", old.toString(), "--format", "json");
        assertThat(plain.out()).doesNotContain("metadata.dcat-ap\"");
        CliRun.Result r = run("metadata", "validate", "--profile", "dcat-ap", old.toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(r.out());
        List<String> seen = new ArrayList<>();
        for (JsonNode f : report.path("findings")) {
            if (f.path("rule").asText().equals("metadata.dcat-ap")) {
                seen.add(f.path("message").path("en").asText());
                assertThat(f.path("message").path("ja").asText()).isNotBlank()
                        .isNotEqualTo(f.path("message").path("en").asText());
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(
                "<https://example.org/d1>: dct:description is mandatory in DCAT-AP 3 but missing (shape Dataset_Shape).",
                "<https://example.org/d1>: the value [dct:publisher of <https://example.org/d1>] of dct:publisher is not"
                        + " typed foaf:Agent, the class DCAT-AP 3 expects (shape Dataset_Shape).",
                "[dcat:distribution of <https://example.org/d1>]: dcat:accessURL is mandatory in DCAT-AP 3 but missing"
                        + " (shape Distribution_Shape).",
                "[dcat:distribution of <https://example.org/d1>]: the value"
                        + " <http://publications.europa.eu/resource/authority/file-type/CSV> of dct:format is not typed"
                        + " dct:MediaTypeOrExtent, the class DCAT-AP 3 expects (shape Distribution_Shape).");
    }

    @Test
    void profileOnAJsonRecordChecksItsExport() throws Exception {
        Path dir = tmp.resolve("c");
        Files.createDirectories(dir);
        Files.copy(CATALOG.resolve("01-public-toilet.json"), dir.resolve("01.json"));
        CliRun.Result r = run("metadata", "validate", "--profile", "dcat-ap", dir.resolve("01.json").toString(),
                "--format", "json");
        assertThat(r.code()).as(r.out()).isZero();
        CliRun.Result d = run("metadata", "validate", "--profile", "dcat-ap", dir.toString(), "--format", "json");
        assertThat(d.code()).as(d.out()).isZero();
    }

    @Test
    void unknownProfileIsAUsageError() {
        CliRun.Result r = run("metadata", "validate", "--profile", "dcat-ap-de", CATALOG.resolve("01-public-toilet.json").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("dcat-ap-de");
    }

    /** (path shape) of each dcat-ap-recommended warning in a JSON report, and no mandatory violation. */
    private static List<String> recommended(CliRun.Result r) throws Exception {
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(report.path("findings").isArray()).as(r.out() + r.err()).isTrue();
        List<String> out = new ArrayList<>();
        for (JsonNode f : report.path("findings")) {
            String rule = f.path("rule").asText();
            assertThat(rule).as(f.toString()).isNotEqualTo("metadata.dcat-ap");
            if (rule.equals("metadata.dcat-ap-recommended")) {
                assertThat(f.path("severity").asText()).isEqualTo("warning");
                String m = f.path("message").path("en").asText();
                out.add(m.substring(m.indexOf(": ") + 2, m.indexOf(" is recommended")) + " "
                        + m.substring(m.indexOf("(shape ") + 7, m.lastIndexOf(')')));
            }
        }
        return out;
    }

    /**
     * The recommended shapes on the example catalogue (every readable record as its DCAT export, the
     * RDF files as they are): 66 warnings, each for a fact the records do not hold; none for what the
     * writer derives from the record (publisher type, licence type, each file's licence).
     */
    @Test
    void recommendedProfileWarnsOnlyOfWhatTheRecordsDoNotHold() throws Exception {
        CliRun.Result r = run("metadata", "validate", CATALOG.toString(), "--profile", "dcat-ap-recommended",
                "--format", "json", "--lang", "en");
        List<String> w = recommended(r);
        assertThat(w).hasSize(66);
        assertThat(new java.util.TreeSet<>(w)).containsExactly(
                "dcat:bbox Location_Shape", "dcat:centroid Location_Shape", "dcat:contactPoint Dataset_Shape",
                "dcat:distribution Dataset_Shape", "dcat:endDate PeriodOfTime_Shape", "dcat:keyword Dataset_Shape",
                "dcat:theme Dataset_Shape", "dct:description Distribution_Shape", "dct:license Distribution_Shape",
                "dct:spatial Dataset_Shape", "dct:temporal Dataset_Shape",
                "http://data.europa.eu/r5r/availability Distribution_Shape");
        assertThat(w.stream().filter(x -> x.equals("dct:license Distribution_Shape"))).as("09: no licence").hasSize(1);
        CliRun.Result bad = run("metadata", "validate", CATALOG.toString(), "--profile", "dcat-ap-strict");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("dcat-ap-recommended");
    }

    /** The catalogue export: language and theme taxonomy derived from the records, the homepage as given. */
    @Test
    void theCatalogueExportCarriesWhatItHonestlyCan() throws Exception {
        Path out = tmp.resolve("catalog.ttl");
        CliRun.Result e = run("catalog", "export", CATALOG.toString(), "--format", "turtle", "-o", out.toString(),
                "--homepage", "https://www.city.komae.example.lg.jp/opendata/");
        assertThat(e.code()).as(e.err()).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("language/JPN", "language/ENG",
                "dcat:themeTaxonomy", "foaf:homepage");
        CliRun.Result r = run("metadata", "validate", out.toString(), "--profile", "dcat-ap-recommended",
                "--format", "json", "--lang", "en");
        List<String> w = recommended(r);
        assertThat(w.stream().filter(x -> x.endsWith(" Catalog_Shape")).sorted()).containsExactly(
                "dct:issued Catalog_Shape", "dct:license Catalog_Shape", "dct:modified Catalog_Shape",
                "dct:spatial Catalog_Shape");
        assertThat(w).hasSize(59);
        assertThat(run("catalog", "export", CATALOG.toString(), "--format", "turtle", "-o", out.toString(),
                "--homepage", "ftp://x").code()).isEqualTo(2);
    }
}
