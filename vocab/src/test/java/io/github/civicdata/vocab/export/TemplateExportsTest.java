package io.github.civicdata.vocab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.civicdata.core.testing.Golden;
import io.github.civicdata.vocab.DatasetTemplate;
import io.github.civicdata.vocab.Vocabulary;
import io.github.civicdata.vocab.VocabIris;
import java.io.IOException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.json.JSONObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Golden files for two templates in every format (src/test/resources/golden/export, see the README
 * there), compared as text. (The Turtle export and its golden files are in civicdata-rdf.)
 */
class TemplateExportsTest {

    private final Vocabulary v = Vocabulary.standard();

    @ParameterizedTest
    @CsvSource({
        "public-toilet, 2026-08", "public-toilet, 2021-suisho", "aed, 2021-suisho",
        "designated-emergency-evacuation-site, 2026-08"})
    void golden(String id, String version) throws IOException {
        DatasetTemplate t = v.template(id, version).orElseThrow();
        for (ExportFormat f : ExportFormat.values()) {
            String out = TemplateExports.export(f, t);
            ExportChecks.check(f, t, out);
            String name = "export/" + id + "@" + version + "." + f.fileSuffix();
            Golden.assertMatches(name, out);
        }
    }

    @Test
    void jsonSchemaRejectsBadRows() {
        DatasetTemplate t = v.template("public-toilet").orElseThrow();
        Schema s = ExportChecks.loadJsonSchema(TemplateExports.export(ExportFormat.JSON_SCHEMA, t));
        JSONObject row = ExportChecks.exampleRow(t);
        s.validate(row);
        for (String[] bad : new String[][] {{"緯度", "\"north\""}, {"男性トイレ総数", "-1"}, {"利用開始時間", "\"9:00\""},
            {"車椅子使用者用トイレ有無", "\"あり\""}, {"名称_カナ", "\"さっぽろ\""}, {"全国地方公共団体コード", "\"92011\""},
            {"画像", "\"www.example.jp\""}, {"緯度", "91"}}) {
            JSONObject r = new JSONObject(row.toString());
            r.put(bad[0], new JSONObject("{\"v\":" + bad[1] + "}").get("v"));
            assertThatThrownBy(() -> s.validate(r)).as(bad[0] + "=" + bad[1]).isInstanceOf(ValidationException.class);
        }
    }

    @Test
    void formatsParseByName() {
        assertThat(ExportFormat.parse("json-schema")).contains(ExportFormat.JSON_SCHEMA);
        assertThat(ExportFormat.parse("TABLE_SCHEMA")).contains(ExportFormat.TABLE_SCHEMA);
        assertThat(ExportFormat.parse("csvw")).contains(ExportFormat.CSVW);
        assertThat(ExportFormat.parse("ttl")).isEmpty();
    }

    @Test
    void csvwReadsAsJsonLdWithTheShippedContext() {
        DatasetTemplate t = v.template("public-toilet", "2026-08").orElseThrow();
        Model m = CsvwJsonLd.parse(TemplateExports.export(ExportFormat.CSVW, t), "http://example.org/data/");
        String table = VocabIris.template(t) + "/csvw";
        String q = "PREFIX csvw: <http://www.w3.org/ns/csvw#>\n"
                + "SELECT ?url ?name ?title ?base ?required ?property WHERE { <" + table + "> csvw:url ?url ;"
                + " csvw:tableSchema/csvw:column/rdf:first ?c . ?c csvw:name ?name ; csvw:title ?title ;"
                + " csvw:datatype/csvw:base ?base ; csvw:required ?required ; csvw:propertyUrl ?property }";
        try (QueryExecution qe = QueryExecution.create("PREFIX rdf: <" + RDF.getURI() + ">\n" + q, m)) {
            QuerySolution first = qe.execSelect().next();
            assertThat(first.getResource("url").getURI()).isEqualTo("http://example.org/data/public-toilet.csv");
            assertThat(first.getLiteral("name").getLexicalForm()).isEqualTo("local_government_code");
            assertThat(first.getLiteral("title").getLexicalForm()).isEqualTo("全国地方公共団体コード");
            assertThat(first.getLiteral("title").getLanguage()).isEqualTo("ja");
            assertThat(first.getLiteral("base").getLexicalForm()).isEqualTo("string");
            assertThat(first.getLiteral("required").getBoolean()).isFalse();
            assertThat(first.getLiteral("property").getLexicalForm())
                    .isEqualTo(VocabIris.BASE + "item/local-government-code");
        }
    }

    @Test
    void csvwParseFetchesNothingRemote() {
        String other = "{\"@context\": [\"http://www.w3.org/ns/csvw\", \"http://example.org/other-context\"],"
                + " \"@id\": \"http://example.org/t\", \"url\": \"t.csv\"}";
        assertThatThrownBy(() -> CsvwJsonLd.parse(other, "http://example.org/"))
                .hasStackTraceContaining("remote documents are not loaded: http://example.org/other-context");
    }

    @Test
    void shippedCsvwContextMapsEveryTermIntoTheCsvwNamespace() {
        JsonNode ctx = ExportChecks.read(CsvwJsonLd.contextText()).get("@context");
        ctx.fields().forEachRemaining(e -> {
            if (e.getValue().isObject()) {
                assertThat(e.getValue().get("@id").asText()).as(e.getKey()).startsWith("csvw:");
            }
        });
        assertThat(ctx.get("columns").get("@container").asText()).isEqualTo("@list");
        assertThat(ctx.get("titles").get("@container").asText()).isEqualTo("@language");
    }

    @Test
    void tableSchemaSchemaRejectsWhatTheSpecDoesNotAllow() {
        Schema s = ExportChecks.tableSchemaSchema();
        String ok = "{\"fields\": [{\"name\": \"緯度\", \"type\": \"number\", \"constraints\": {\"minimum\": 20}}]}";
        s.validate(new JSONObject(ok));
        for (String[] bad : new String[][] {{"\"type\": \"number\"", "\"type\": \"float\""},
            {"\"constraints\"", "\"contraints\""}, {"\"minimum\"", "\"pattern\""},
            {"\"name\": \"緯度\", ", ""}, {"\"type\": \"number\"", "\"type\": \"number\", \"format\": \"email\""}}) {
            String json = ok.replace(bad[0], bad[1]);
            assertThatThrownBy(() -> s.validate(new JSONObject(json))).as(json).isInstanceOf(ValidationException.class);
        }
    }
}
