package io.github.civicdata.cli;

import static io.github.civicdata.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.civicdata.cli.CliRun.Result;
import io.github.civicdata.rdf.csvw.CsvwRdfWriter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code civicdata csvw validate|rdf|json} and {@code validate --schema} with CSVW metadata. */
class CsvwCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Path csv;
    Path meta;

    @BeforeEach
    void files() throws Exception {
        csv = Files.writeString(dir.resolve("shelters.csv"), "ID,名称,収容人数\nS1,市民会館,300\nS2,第一小学校,500\n");
        meta = Files.writeString(dir.resolve("shelters.csv-metadata.json"), """
                {"@context": ["http://www.w3.org/ns/csvw", {"@language": "ja"}],
                 "url": "shelters.csv",
                 "dc:title": "避難所一覧",
                 "tableSchema": {
                   "aboutUrl": "http://example.org/shelter/{id}",
                   "lang": "ja",
                   "columns": [
                     {"name": "id", "titles": "ID", "required": true},
                     {"name": "name", "titles": "名称", "propertyUrl": "http://schema.org/name"},
                     {"name": "capacity", "titles": "収容人数", "datatype": {"base": "integer", "minimum": 0},
                      "propertyUrl": "http://schema.org/maximumAttendeeCapacity"}],
                   "primaryKey": "id"}}
                """);
    }

    private static List<String> lines(String rdf, String lang) {
        return CsvwRdfWriter.lines(new ByteArrayInputStream(rdf.getBytes(StandardCharsets.UTF_8)), lang, null);
    }

    @Test
    void rdfFromACsvFileFindsItsMetadata() {
        Result r = run("csvw", "rdf", "--format", "ntriples", csv.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("<http://example.org/shelter/S1> <http://schema.org/name> \"市民会館\"@ja .",
                "<http://example.org/shelter/S2> <http://schema.org/maximumAttendeeCapacity> "
                        + "\"500\"^^<http://www.w3.org/2001/XMLSchema#integer> .",
                "<http://purl.org/dc/terms/title> \"避難所一覧\"@ja");
        Result ttl = run("csvw", "rdf", csv.toString());
        assertThat(ttl.out()).contains("@prefix schema:", "schema:name");
        assertThat(lines(ttl.out(), "TURTLE")).hasSameSizeAs(lines(r.out(), "NTRIPLES"));
        Result jsonld = run("csvw", "rdf", "--format", "jsonld", "--minimal", csv.toString());
        assertThat(lines(jsonld.out(), "JSONLD")).hasSize(6);
    }

    @Test
    void aMetadataFileAloneReadsItsTablesFromTheirUrls() throws Exception {
        Path out = dir.resolve("out").resolve("shelters.json");
        Result r = run("csvw", "json", meta.toString(), "-o", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        JsonNode j = JSON.readTree(out.toFile());
        assertThat(j.at("/tables/0/dc:title").asText()).isEqualTo("避難所一覧");
        assertThat(j.at("/tables/0/row/1/describes/0/schema:maximumAttendeeCapacity").asInt()).isEqualTo(500);
        assertThat(j.at("/tables/0/row/1/describes/0/id").asText()).isEqualTo("S2");
        Result minimal = run("csvw", "json", "--minimal", meta.toString());
        assertThat(JSON.readTree(minimal.out()).get(0).get("@id").asText()).isEqualTo("http://example.org/shelter/S1");
    }

    @Test
    void dataProblemsAreWarningsInAConversionAndErrorsInValidation() throws Exception {
        Files.writeString(csv, "ID,名称,収容人数\nS1,市民会館,三百\nS1,第一小学校,-5\n");
        Result rdf = run("csvw", "rdf", "--format", "ntriples", "--lang", "en", csv.toString());
        assertThat(rdf.code()).isEqualTo(ExitCode.OK);
        assertThat(rdf.out()).contains("<http://schema.org/maximumAttendeeCapacity> \"三百\" .");
        assertThat(rdf.err()).contains("warning csvw.datatype", "warning csvw.primary-key", "warning csvw.constraint");
        Result v = run("csvw", "validate", "--lang", "en", csv.toString());
        assertThat(v.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(v.out()).contains("error csvw.datatype", "三百 is not a valid integer", "row 1", "column 3",
                "error csvw.primary-key", "S1");
    }

    @Test
    void anErrorInTheMetadataStopsTheConversionAndWritesNoFile() throws Exception {
        Files.writeString(meta, "{\"@context\": \"http://www.w3.org/ns/csvw\", \"url\": \"shelters.csv\", "
                + "\"tableSchema\": {\"columns\": [{\"name\": \"a\"}, {\"name\": \"a\"}, {\"name\": \"b\"}]}}");
        Path out = dir.resolve("x.ttl");
        Result r = run("csvw", "rdf", "--lang", "en", meta.toString(), "-o", out.toString());
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(out).doesNotExist();
        assertThat(r.err()).contains("csvw.metadata.structure", "/tableSchema/columns/1", "Two columns are named a");
    }

    @Test
    void aRemoteTableIsReportedNeverFetched() throws Exception {
        Files.writeString(meta, "{\"@context\": \"http://www.w3.org/ns/csvw\", "
                + "\"url\": \"https://example.invalid/data.csv\"}");
        Result r = run("csvw", "validate", "--lang", "en", meta.toString());
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains("error csvw.remote", "https://example.invalid/data.csv", "not fetched");
    }

    @Test
    void validateSchemaRunsCsvwSemanticsAndRulesNoneLeavesOnlyThem() throws Exception {
        Path data = Files.writeString(dir.resolve("data.csv"), "ID,名称,収容人数\nS1,市民会館,300\nS2,第①小学校,多数\n");
        Result all = run("validate", "--lang", "en", "--format", "json", "--schema", meta.toString(), data.toString());
        assertThat(all.code()).isEqualTo(ExitCode.FINDINGS);
        JsonNode j = JSON.readTree(all.out());
        List<String> rules = new ArrayList<>();
        j.get("findings").forEach(f -> rules.add(f.get("rule").asText()));
        assertThat(rules).contains("csvw.datatype", "csvw.metadata.location", "L1-08");
        Result none = run("validate", "--rules", "none", "--format", "json", "--schema", meta.toString(),
                data.toString());
        List<String> only = new ArrayList<>();
        JSON.readTree(none.out()).get("findings").forEach(f -> only.add(f.get("rule").asText()));
        assertThat(only).contains("csvw.datatype").allMatch(x -> x.startsWith("csvw."));
        Result quiet = run("validate", "--rules", "none", "--severity", "csvw.metadata.location=info",
                "--disable", "csvw.datatype", "--schema", meta.toString(), data.toString());
        assertThat(quiet.code()).as(quiet.out()).isEqualTo(ExitCode.OK);
        assertThat(run("validate", "--rules", "some", clean()).code()).isEqualTo(ExitCode.USAGE);
    }

    private String clean() throws Exception {
        return Files.writeString(dir.resolve("clean.csv"), "名称\n市役所\n").toString();
    }

    @Test
    void aTemplateExportAndACityCsvGiveRdfWithTheVocabularyIris() throws Exception {
        Result t = run("template", "public-toilet", "--format", "csvw");
        Path tmeta = Files.writeString(dir.resolve("public-toilet.csv-metadata.json"), t.out());
        JsonNode cols = JSON.readTree(t.out()).at("/tableSchema/columns");
        List<String> header = new ArrayList<>();
        List<String> row = new ArrayList<>();
        for (JsonNode c : cols) {
            header.add(c.at("/titles/ja").asText());
            row.add(switch (c.get("name").asText()) {
                case "local_government_code" -> "131016";
                case "id" -> "T001";
                case "name" -> "中央公園トイレ";
                default -> "";
            });
        }
        Path city = Files.writeString(dir.resolve("chiyoda-toilets.csv"),
                String.join(",", header) + "\n" + String.join(",", row) + "\n");
        Result r = run("csvw", "rdf", "--format", "ntriples", "--fail-on", "never", "--lang", "en", city.toString(),
                "--metadata", tmeta.toString());
        assertThat(r.out()).as(r.err()).contains("<https://civicdata.github.io/ns/item/name> \"中央公園トイレ\" .",
                "<https://civicdata.github.io/ns/item/local-government-code> \"131016\" .");
        assertThat(r.err()).as(r.err()).contains("csvw.metadata.location", "public-toilet.csv");
    }

    @Test
    void usageErrors() {
        assertThat(run("csvw", "rdf", "--format", "rdfxml", csv.toString()).code()).isEqualTo(ExitCode.USAGE);
        assertThat(run("csvw", "rdf", "--prefix", "nope", csv.toString()).code()).isEqualTo(ExitCode.USAGE);
        assertThat(run("csvw", "json", dir.resolve("missing.csv").toString()).code()).isEqualTo(ExitCode.ERROR);
        assertThat(run("csvw").code()).isEqualTo(ExitCode.USAGE);
        assertThat(run("csvw", "validate", "--severity", "csvw.nope=info", csv.toString()).code())
                .isEqualTo(ExitCode.USAGE);
    }
}
