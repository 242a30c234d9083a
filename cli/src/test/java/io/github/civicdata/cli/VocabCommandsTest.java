package io.github.civicdata.cli;

import static io.github.civicdata.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.civicdata.cli.CliRun.Result;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The templates, template and code commands, run through {@link Main#run}. */
class VocabCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyCommandHasHelp() {
        for (String c : new String[] {"templates", "template", "code"}) {
            Result r = run(c, "--help");
            assertThat(r.code()).isEqualTo(ExitCode.OK);
            assertThat(r.out()).contains("Usage: civicdata " + c).contains("Exit codes");
        }
        assertThat(run("--help").out()).contains("templates").contains("template").contains("code");
    }

    @Test
    void templatesAsTextAndJson() throws Exception {
        Result text = run("templates", "--lang", "en");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("public-toilet").contains("2026-08").contains("2021-suisho")
                .contains("公衆トイレ一覧 / Public toilets").contains("* partial");
        Result json = run("templates", "--format", "json");
        assertThat(json.code()).isZero();
        JsonNode arr = JSON.readTree(json.out());
        assertThat(arr.size()).isEqualTo(29);
        // provenance and confidence of every template; the companion of a two-file dataset
        assertThat(text.out()).contains("COLUMNS FROM").contains("derived-gif 12, observed 4")
                .contains("polling-place").contains("+ facility@2024-observed (施設_ID)");
        for (JsonNode t : arr) {
            assertThat(t.get("provenance").isTextual()).isTrue();
            assertThat(t.get("confidence").isTextual()).isTrue();
            if (t.get("id").asText().equals("polling-place")) {
                assertThat(t.get("provenance").asText()).isEqualTo("observed: derived-gif 12, observed 4");
                assertThat(t.get("companion").get("key").asText()).isEqualTo("施設_ID");
            }
            assertThat(t.get("id").isTextual()).isTrue();
            assertThat(t.get("name").isTextual()).isTrue();
            assertThat(t.get("nameEn").isTextual()).isTrue();
            assertThat(t.get("version").isTextual()).isTrue();
            assertThat(t.get("columns").isInt()).isTrue();
        }
        JsonNode toilet = null;
        for (JsonNode t : arr) {
            if (t.get("id").asText().equals("public-toilet") && t.get("version").asText().equals("2026-08")) {
                toilet = t;
            }
        }
        assertThat(toilet).isNotNull();
        assertThat(toilet.get("columns").asInt()).isEqualTo(39);
        assertThat(toilet.get("name").asText()).isEqualTo("公衆トイレ一覧");
        assertThat(toilet.get("latest").asBoolean()).isTrue();
    }

    @Test
    void templateExportsInEveryFormat() throws Exception {
        Result schema = run("template", "public-toilet", "--format", "json-schema");
        assertThat(schema.code()).isZero();
        SchemaLoader.builder().draftV7Support().schemaJson(new JSONObject(schema.out())).build().load().build();
        Result table = run("template", "aed", "--version", "2021-suisho", "--format", "table-schema");
        assertThat(table.code()).isZero();
        assertThat(JSON.readTree(table.out()).get("fields").size()).isEqualTo(22);
        Result csvw = run("template", "public-toilet", "--format", "csvw");
        assertThat(JSON.readTree(csvw.out()).get("tableSchema").get("columns").size()).isEqualTo(39);
        Result ttl = run("template", "public-toilet", "--version", "2021-suisho", "--format", "turtle");
        assertThat(ttl.code()).isZero();
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(ttl.out())).lang(Lang.TURTLE).parse(m);
        assertThat(m.size()).isPositive();
        Result txt = run("template", "designated-emergency-evacuation-site", "--lang", "en");
        assertThat(txt.code()).isZero();
        assertThat(txt.out()).contains("名称_英字").contains("name-en").contains("◎ required");
    }

    @Test
    void templateToFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("sub/toilet.schema.json");
        Result r = run("template", "public-toilet", "--format", "json-schema", "-o", out.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(JSON.readTree(Files.readString(out)).get("properties").size()).isEqualTo(39);
    }

    @Test
    void unknownTemplateVersionOrFormatIsAUsageErrorInBothLanguages() {
        Result r = run("template", "nope");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("テンプレート \"nope\" はありません").contains("Unknown template \"nope\"");
        Result near = run("template", "toilet");
        assertThat(near.code()).isEqualTo(ExitCode.USAGE);
        assertThat(near.err()).contains("did you mean \"public-toilet\"");
        Result v = run("template", "aed", "--version", "2026-08");
        assertThat(v.code()).isEqualTo(ExitCode.USAGE);
        assertThat(v.err()).contains("Versions: 2021-suisho");
        Result f = run("template", "aed", "--format", "yaml");
        assertThat(f.code()).isEqualTo(ExitCode.USAGE);
        assertThat(f.err()).contains("yaml");
        assertThat(run("template").code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void cityTemplatesAndMalformedFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("benches.json"), """
                {"id": "city-benches", "version": "1", "name": "ベンチ一覧", "nameEn": "Benches",
                 "columns": [{"header": "名称", "obligation": "◎"}, {"header": "緯度", "obligation": "○"}]}
                """);
        Result ok = run("template", "city-benches", "--templates", dir.toString(), "--format", "table-schema");
        assertThat(ok.code()).isZero();
        assertThat(JSON.readTree(ok.out()).get("fields").size()).isEqualTo(2);
        assertThat(run("templates", "--templates", dir.toString(), "--format", "json").out()).contains("city-benches");
        Files.writeString(dir.resolve("broken.json"), """
                {"id": "broken", "version": "1", "name": "x", "nameEn": "x",
                 "columns": [{"header": "名称", "obligaton": "◎"}]}
                """);
        Result bad = run("templates", "--templates", dir.toString());
        assertThat(bad.code()).isEqualTo(ExitCode.ERROR);
        assertThat(bad.err()).contains("broken.json").contains("line 2").contains("2 行目").contains("obligaton");
        assertThat(bad.err()).doesNotContain("Exception");
    }

    @Test
    void codeExplainsAndExitsOneWhenInvalid() throws Exception {
        Result ok = run("code", "011002", "--lang", "en");
        assertThat(ok.code()).isEqualTo(ExitCode.OK);
        assertThat(ok.out()).contains("Normalised: 011002").contains("北海道").contains("札幌市")
                .contains("Check digit: 2 (correct)");
        Result lost = run("code", "92011", "--lang", "en");
        assertThat(lost.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(lost.out()).contains("092011").contains("宇都宮市").contains("lost its leading zero");
        Result wrong = run("code", "011003", "--format", "json");
        assertThat(wrong.code()).isEqualTo(ExitCode.FINDINGS);
        JsonNode w = JSON.readTree(wrong.out());
        assertThat(w.get("verdict").asText()).isEqualTo("WRONG_CHECK_DIGIT");
        assertThat(w.get("checkDigit").get("correct").asBoolean()).isFalse();
        assertThat(w.get("message").get("ja").asText()).contains("検査数字");
        Result five = run("code", "13101", "--format", "json");
        assertThat(five.code()).isEqualTo(ExitCode.OK);
        JsonNode f = JSON.readTree(five.out());
        assertThat(f.get("normalized").asText()).isEqualTo("131016");
        assertThat(f.get("municipality").get("name").asText()).isEqualTo("千代田区");
        assertThat(f.get("prefecture").get("name").asText()).isEqualTo("東京都");
        assertThat(run("code", "abc").code()).isEqualTo(ExitCode.FINDINGS);
        Result pref = run("code", "13", "--lang", "en");
        assertThat(pref.code()).isEqualTo(ExitCode.OK);
        assertThat(pref.out()).contains("PREFECTURE_CODE").contains("東京都");
        Result lostPref = run("code", "1", "--lang", "en");
        assertThat(lostPref.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(lostPref.out()).contains("LEADING_ZERO_RESTORED").contains("Normalised: 010006")
                .contains("北海道").contains("lost its leading zero");
        Result ja = run("code", "16322", "--lang", "ja");
        assertThat(ja.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(ja.out()).contains("候補: 163228").contains("候補: 016322");
        assertThat(run("code").code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void codeOfAnOldWardSaysWhenItEndedAndWhatItIsNow() throws Exception {
        Result naka = run("code", "221317", "--lang", "en");
        assertThat(naka.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(naka.out()).contains("Verdict: FORMER").contains("Old code: 221317 浜松市中区")
                .contains("In effect: 2007-04-01 to 2023-12-31 (abolished)")
                .contains("Ended: 2024-01-01 区の再編").contains("Now: 221384 静岡県浜松市中央区");
        Result then = run("code", "221317", "--as-of", "2023-06-30", "--format", "json");
        assertThat(then.code()).isEqualTo(ExitCode.OK);
        JsonNode j = JSON.readTree(then.out());
        assertThat(j.get("verdict").asText()).isEqualTo("FORMER_IN_EFFECT");
        assertThat(j.get("record").get("validUntil").asText()).isEqualTo("2023-12-31");
        assertThat(j.get("record").get("successors").get(0).asText()).isEqualTo("221384");
        assertThat(j.get("currentCodes").get(0).asText()).isEqualTo("221384");
        // a merged town names the municipality it was merged into and when
        Result tanno = run("code", "015482", "--lang", "ja");
        assertThat(tanno.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(tanno.out()).contains("廃止: 2006-03-05 合併").contains("現在: 012084 北海道北見市");
        assertThat(run("code", "221317", "--as-of", "2023-13-01").code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void codeFindsCodesByNameReadingAndRomanisedName() throws Exception {
        Result old = run("code", "浜松市中区", "--lang", "en");
        assertThat(old.code()).isEqualTo(ExitCode.OK);
        assertThat(old.out()).contains("221317 静岡県浜松市中区").contains("2023-12-31")
                .contains("Now: 221384 静岡県浜松市中央区");
        Result kana = run("code", "ハママツシチュウオウク", "--format", "json");
        JsonNode k = JSON.readTree(kana.out());
        assertThat(k.get("matches")).hasSize(1);
        assertThat(k.get("matches").get(0).get("code").asText()).isEqualTo("221384");
        assertThat(k.get("matches").get(0).get("nameRoman").asText()).isEqualTo("Hamamatsu-shi Chuo-ku");
        assertThat(run("code", "Hamamatsu-shi Chuo-ku").out()).contains("221384");
        Result none = run("code", "どこにもない町", "--lang", "en");
        assertThat(none.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(none.out()).contains("No code has the name");
    }
}
