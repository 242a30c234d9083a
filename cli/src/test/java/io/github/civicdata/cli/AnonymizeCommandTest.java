package io.github.civicdata.cli;

import static io.github.civicdata.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.civicdata.cli.CliRun.Result;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnonymizeCommandTest {

    @TempDir
    Path tmp;

    static Path resource(String name) {
        try {
            return Path.of(AnonymizeCommandTest.class.getResource("/anonymize/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies the test data into the temp dir and writes a config there. */
    Path config(String json) throws IOException {
        for (String f : List.of("people.csv", "people_sjis.csv", "age.csv", "sex.csv", "age_missing.csv")) {
            Files.copy(resource(f), tmp.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Path c = tmp.resolve("config.json");
        Files.writeString(c, json);
        return c;
    }

    static String baseConfig(String privacy, String extra) {
        return "{\"attributes\": {\"年齢\": {\"role\": \"quasi-identifying\", \"hierarchy\": \"age.csv\"},"
                + "\"性別\": {\"role\": \"quasi-identifying\", \"hierarchy\": \"sex.csv\"},"
                + "\"郵便番号\": {\"role\": \"quasi-identifying\", \"hierarchy\": {\"builder\": \"masking\", \"maskRight\": [4]}},"
                + "\"疾病\": {\"role\": \"sensitive\"}, \"氏名\": {\"role\": \"identifying\"}},"
                + "\"privacy\": [" + privacy + "]" + extra + "}";
    }

    @Test
    void anonymizesAndWritesReport() throws IOException {
        Path c = Files.copy(resource("config.json"), tmp.resolve("config.json"));
        config(Files.readString(c));
        Path out = tmp.resolve("out/out.csv");
        Path rep = tmp.resolve("report.json");
        Result r = run("anonymize", tmp.resolve("people.csv").toString(), "--config", c.toString(),
                "--output", out.toString(), "--report", rep.toString(), "--lang", "en");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("Records: 60 in");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("氏名,年齢,性別,郵便番号,疾病,残高");
        for (String line : lines.subList(1, lines.size())) {
            assertThat(line).startsWith("*,");
            String balance = line.substring(line.lastIndexOf(',') + 1);
            assertThat(balance).doesNotStartWith("'"); // plain numbers are not prefixed
        }
        JsonNode j = new ObjectMapper().readTree(rep.toFile());
        for (String key : List.of("tool", "conforms", "counts", "sources", "findings", "inputRows", "outputRows",
                "suppressedRows", "levels", "minClassSize", "loss", "risk")) {
            assertThat(j.has(key)).as(key).isTrue();
        }
        assertThat(j.get("inputRows").asLong()).isEqualTo(60);
        assertThat(j.get("outputRows").asLong() + j.get("suppressedRows").asLong()).isEqualTo(60);
        assertThat(lines).hasSize(1 + j.get("outputRows").asInt());
        assertThat(j.get("minClassSize").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(j.get("suppressedRowNumbers").size()).isEqualTo(j.get("suppressedRows").asInt());
        for (String when : List.of("before", "after")) {
            for (String risk : List.of("prosecutor", "journalist", "marketer")) {
                assertThat(j.get("risk").get(when).has(risk)).as(when + "." + risk).isTrue();
            }
        }
        assertThat(j.get("risk").get("after").get("prosecutor").asDouble()).isLessThanOrEqualTo(1.0 / 3);
        assertThat(j.get("levels").has("年齢")).isTrue();
        assertThat(j.get("loss").has("loss")).isTrue();
        assertThat(j.get("loss").has("discernibility")).isTrue();
    }

    @Test
    void shiftJisInputKeepsDelimiter() throws IOException {
        Path c = config(baseConfig("{\"model\": \"k-anonymity\", \"k\": 2}", ", \"suppressionLimit\": 0.2"));
        Path out = tmp.resolve("out.csv");
        Result r = run("anonymize", tmp.resolve("people_sjis.csv").toString(), "--config", c.toString(),
                "--output", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8).get(0)).isEqualTo("氏名;年齢;性別;郵便番号;疾病;残高");
    }

    private void assertConfigError(String json, int code, String... fragments) throws IOException {
        Path c = config(json);
        Result r = run("anonymize", tmp.resolve("people.csv").toString(), "--config", c.toString(),
                "--output", tmp.resolve("o.csv").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(code);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        for (String f : fragments) {
            assertThat(r.err()).contains(f);
        }
    }

    @Test
    void unknownColumn() throws IOException {
        assertConfigError("{\"attributes\": {\"住所\": {\"role\": \"identifying\"}, \"性別\": {\"role\": \"quasi-identifying\","
                + " \"hierarchy\": \"sex.csv\"}}, \"privacy\": [{\"model\": \"k-anonymity\", \"k\": 2}]}",
                ExitCode.USAGE, "住所", "Column", "列");
    }

    @Test
    void hierarchyMissingAValue() throws IOException {
        assertConfigError("{\"attributes\": {\"年齢\": {\"role\": \"quasi-identifying\", \"hierarchy\": \"age_missing.csv\"}},"
                + " \"privacy\": [{\"model\": \"k-anonymity\", \"k\": 2}]}", ExitCode.USAGE, "age_missing.csv", "年齢",
                "has no row for the value", "(first in data row", "行がありません");
    }

    @Test
    void kTooSmallAndTooLarge() throws IOException {
        assertConfigError(baseConfig("{\"model\": \"k-anonymity\", \"k\": 1}", ""), ExitCode.USAGE, "k must be at least 2",
                "2 以上");
        assertConfigError(baseConfig("{\"model\": \"k-anonymity\", \"k\": 61}", ""), ExitCode.USAGE,
                "larger than the table (60 records)", "60 件");
    }

    @Test
    void unknownMetricAndModel() throws IOException {
        assertConfigError(baseConfig("{\"model\": \"k-anonymity\", \"k\": 2}", ", \"metric\": \"precision\""),
                ExitCode.USAGE, "precision", "loss, discernibility, aecs, entropy");
        assertConfigError(baseConfig("{\"model\": \"delta-presence\", \"k\": 2}", ""), ExitCode.USAGE, "delta-presence");
        assertConfigError("{\"attributes\": ", ExitCode.USAGE, "JSON");
    }

    @Test
    void unreadableFiles() throws IOException {
        Path c = config(baseConfig("{\"model\": \"k-anonymity\", \"k\": 2}", ""));
        Result r = run("anonymize", tmp.resolve("nope.csv").toString(), "--config", c.toString(), "--output",
                tmp.resolve("o.csv").toString());
        assertThat(r.code()).isEqualTo(ExitCode.ERROR);
        assertThat(r.err()).contains("nope.csv").contains("not found").contains("見つかりません");
        Path ragged = tmp.resolve("ragged.csv");
        Files.writeString(ragged, "氏名,年齢,性別,郵便番号,疾病,残高\n佐藤,30,男,8600001,風邪\n");
        r = run("anonymize", ragged.toString(), "--config", c.toString(), "--output", tmp.resolve("o.csv").toString());
        assertThat(r.code()).isEqualTo(ExitCode.ERROR);
        assertThat(r.err()).contains("row 1").contains("expected 6 fields");
        r = run("anonymize", tmp.resolve("people.csv").toString(), "--config", tmp.resolve("none.json").toString(),
                "--output", tmp.resolve("o.csv").toString());
        assertThat(r.code()).isEqualTo(ExitCode.ERROR);
    }

    @Test
    void riskCommand() throws IOException {
        config("{}");
        Result r = run("risk", tmp.resolve("people.csv").toString(), "--quasi-identifiers", "年齢,性別,郵便番号",
                "--k", "2", "--lang", "en");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains("prosecutor 1").contains("anon.k-violated");
        r = run("risk", tmp.resolve("people.csv").toString(), "--quasi-identifiers", "性別", "--format", "json");
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("risk").get("records").asInt()).isEqualTo(60);
        assertThat(j.get("risk").get("classes").asInt()).isEqualTo(2);
        r = run("risk", tmp.resolve("people.csv").toString(), "--quasi-identifiers", "nope");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("nope");
    }
}
