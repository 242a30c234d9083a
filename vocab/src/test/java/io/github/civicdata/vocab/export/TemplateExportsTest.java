package io.github.civicdata.vocab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.civicdata.core.Golden;
import io.github.civicdata.vocab.DatasetTemplate;
import io.github.civicdata.vocab.Vocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.json.JSONObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Golden files for two templates in every format (src/test/resources/golden/export, see the README
 * there). JSON outputs are compared as text; Turtle by graph isomorphism.
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
            if (f == ExportFormat.TURTLE) {
                goldenGraph(name, out);
            } else {
                Golden.assertMatches(name, out);
            }
        }
    }

    private static void goldenGraph(String relative, String actual) throws IOException {
        Path file = Path.of("src", "test", "resources", "golden").resolve(relative);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(file).as("golden file %s is missing; run with -Dgolden.update=true", file).exists();
        Model expected = ExportChecks.parseTurtle(Files.readString(file, StandardCharsets.UTF_8));
        Model got = ExportChecks.parseTurtle(actual);
        assertThat(got.isIsomorphicWith(expected)).as("graph differs from golden file %s", file).isTrue();
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
}
