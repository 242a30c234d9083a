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

    private Result assertConfigError(String json, int code, String... fragments) throws IOException {
        Path c = config(json);
        Result r = run("anonymize", tmp.resolve("people.csv").toString(), "--config", c.toString(),
                "--output", tmp.resolve("o.csv").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(code);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Internal error")
                .doesNotContain("内部エラー");
        for (String f : fragments) {
            assertThat(r.err()).contains(f);
        }
        return r;
    }

    /** A configuration with one quasi-identifier {@code column} whose hierarchy is {@code hierarchy} (JSON). */
    static String oneQuasiIdentifier(String column, String hierarchy, String extra) {
        return "{\"attributes\": {\"" + column + "\": {\"role\": \"quasi-identifying\", \"hierarchy\": " + hierarchy
                + "}}, \"privacy\": [{\"model\": \"k-anonymity\", \"k\": 2}], \"suppressionLimit\": 0.5" + extra + "}";
    }

    /** Regression (review of issue 5, G1): each of these ended as "Internal error", exit 3. */
    @Test
    void badBuilderSettingsAreConfigErrorsNamingFilePointerValueAndExpectation() throws IOException {
        assertConfigError(oneQuasiIdentifier("年齢", "{\"builder\": \"intervals\", \"widths\": [5, 7]}", ""),
                ExitCode.USAGE, "config.json", "/attributes/年齢/hierarchy/widths/1 = 7",
                "must be a multiple of the previous width 5", "倍数");
        assertConfigError(oneQuasiIdentifier("年齢", "{\"builder\": \"intervals\", \"widths\": [0]}", ""),
                ExitCode.USAGE, "config.json", "/widths/0 = 0", "positive integer", "正の整数");
        assertConfigError(oneQuasiIdentifier("郵便番号", "{\"builder\": \"masking\", \"maskRight\": [-1]}", ""),
                ExitCode.USAGE, "/attributes/郵便番号/hierarchy/maskRight/0 = -1", "positive integer", "正の整数");
        assertConfigError(oneQuasiIdentifier("郵便番号", "{\"builder\": \"masking\", \"maskRight\": [4, 2]}", ""),
                ExitCode.USAGE, "/maskRight/1 = 2", "more characters", "found 2 after 4");
        assertConfigError(oneQuasiIdentifier("年齢", "{\"builder\": \"dates\", \"levels\": [\"weeks\"]}", ""),
                ExitCode.USAGE, "/levels/0 = \"weeks\"", "month, year, decade", "不明");
        assertConfigError(oneQuasiIdentifier("年齢", "{\"builder\": \"dates\", \"levels\": [\"year\", \"month\"]}", ""),
                ExitCode.USAGE, "/levels", "'month' after 'year'");
        assertConfigError(oneQuasiIdentifier("年齢", "{\"builder\": \"dates\", \"format\": \"yyyy-MM-ddQQQQQQQ\"}", ""),
                ExitCode.USAGE, "/attributes/年齢/hierarchy/format", "yyyy-MM-ddQQQQQQQ", "not a valid date pattern",
                "日付のパターン");
        assertConfigError(oneQuasiIdentifier("年齢", "{\"builder\": \"dates\", \"calendar\": \"lunar\"}", ""),
                ExitCode.USAGE, "/calendar", "lunar", "iso, japanese");
        assertConfigError(oneQuasiIdentifier("性別",
                "{\"builder\": \"ordered\", \"order\": [\"男\", \"女\"], \"groupSizes\": [0]}", ""),
                ExitCode.USAGE, "/attributes/性別/hierarchy/groupSizes/0 = 0", "at least 2", "2 以上");
        assertConfigError(oneQuasiIdentifier("性別", "{\"builder\": \"pyramids\"}", ""),
                ExitCode.USAGE, "pyramids", "intervals, masking, dates, ordered, areas");
    }

    /** Regression (review of issue 5, G2): wrongly typed or missing values were read as 0 or false, exit 0. */
    @Test
    void wronglyTypedOrMissingValuesAreConfigErrors() throws IOException {
        String intervals = "{\"builder\": \"intervals\", \"widths\": [10]";
        assertConfigError(oneQuasiIdentifier("年齢", intervals + ", \"topCoding\": {\"from\": \"abc\", \"label\": \"x\"}}", ""),
                ExitCode.USAGE, "/attributes/年齢/hierarchy/topCoding/from must be an integer, found \"abc\"", "整数");
        assertConfigError(oneQuasiIdentifier("年齢", intervals + ", \"bottomCoding\": {\"label\": \"young\"}}", ""),
                ExitCode.USAGE, "/attributes/年齢/hierarchy/bottomCoding/below is missing; it must be an integer",
                "がありません");
        assertConfigError(oneQuasiIdentifier("年齢", intervals + ", \"origin\": 1.5}", ""),
                ExitCode.USAGE, "/origin must be an integer, found 1.5");
        assertConfigError(oneQuasiIdentifier("年齢", "{\"builder\": \"intervals\", \"widths\": [\"5\"]}", ""),
                ExitCode.USAGE, "/widths/0 must be an integer, found \"5\"");
        assertConfigError(oneQuasiIdentifier("年齢", "{\"builder\": \"intervals\", \"widths\": 5}", ""),
                ExitCode.USAGE, "/widths must be an array, found 5", "配列");
        assertConfigError(oneQuasiIdentifier("郵便番号", "{\"builder\": \"masking\", \"maskRight\": [true]}", ""),
                ExitCode.USAGE, "/maskRight/0 must be an integer, found true");
        assertConfigError(oneQuasiIdentifier("性別", "{\"builder\": \"ordered\", \"order\": [\"男\", \"女\"], \"groupSizes\": [2.0]}", ""),
                ExitCode.USAGE, "/groupSizes/0 must be an integer, found 2.0");
        assertConfigError(oneQuasiIdentifier("性別", "{\"builder\": \"ordered\", \"order\": [\"男\", \"女\"]}", ""),
                ExitCode.USAGE, "/groupSizes is missing; it must be an array");
        assertConfigError(oneQuasiIdentifier("性別", "\"sex.csv\"", ", \"riskThreshold\": \"high\""),
                ExitCode.USAGE, "/riskThreshold must be a number, found \"high\"", "数値");
        assertConfigError(oneQuasiIdentifier("性別", "\"sex.csv\"", ", \"recordSuppressedRows\": \"yes\""),
                ExitCode.USAGE, "/recordSuppressedRows must be true or false, found \"yes\"");
        assertConfigError(oneQuasiIdentifier("性別", "\"sex.csv\"", ", \"metric\": 5"),
                ExitCode.USAGE, "/metric must be a string, found 5");
        assertConfigError(oneQuasiIdentifier("性別", "\"sex.csv\"", "")
                .replace("\"suppressionLimit\": 0.5", "\"suppressionLimit\": \"5%\""),
                ExitCode.USAGE, "/suppressionLimit must be a number, found \"5%\"");
        assertConfigError(baseConfig("{\"model\": \"k-anonymity\", \"k\": 2.5}", ""),
                ExitCode.USAGE, "/privacy/0/k must be an integer, found 2.5");
        assertConfigError(baseConfig("{\"model\": \"k-anonymity\", \"k\": 10000000000}", ""),
                ExitCode.USAGE, "/privacy/0/k must be an integer, found 10000000000");
        Result r = assertConfigError("{\"attributes\": {\"年齢\": \"quasi-identifying\"}, \"privacy\": []}",
                ExitCode.USAGE, "/attributes/年齢 must be an object");
        // "a integer", "a array": the article is right now
        assertThat(r.err()).doesNotContain("a integer").doesNotContain("a array")
                .contains("must be an object, found \"quasi-identifying\"");
    }

    /** Regression (review of issue 5, G4): a sensitive column's value appeared in the coverage error. */
    @Test
    void sensitiveValuesNeverAppearInMessages() throws IOException {
        Files.writeString(tmp.resolve("disease_missing.csv"), "喘息;*\n風邪;*\n骨折;*\n高血圧;*\n");
        String privacy = "{\"model\": \"k-anonymity\", \"k\": 2}, {\"model\": \"distinct-l-diversity\","
                + " \"attribute\": \"疾病\", \"l\": 2}";
        Result r = assertConfigError(baseConfig(privacy, ", \"suppressionLimit\": 0.5")
                .replace("\"疾病\": {\"role\": \"sensitive\"}", "\"疾病\": {\"role\": \"sensitive\", \"hierarchy\": \"disease_missing.csv\"}"),
                ExitCode.USAGE, "disease_missing.csv", "'疾病'", "data row 11", "values of sensitive columns are not shown",
                "機微列の値は表示しません");
        assertThat(r.err()).doesNotContain("糖尿病");
        r = assertConfigError(baseConfig(privacy, "").replace("\"疾病\": {\"role\": \"sensitive\"}",
                "\"疾病\": {\"role\": \"sensitive\", \"hierarchy\": {\"builder\": \"intervals\", \"widths\": [10]}}"),
                ExitCode.USAGE, "/attributes/疾病/hierarchy", "data row 1", "'疾病'");
        for (String disease : List.of("喘息", "風邪", "骨折", "高血圧", "糖尿病")) {
            assertThat(r.err()).doesNotContain(disease);
        }
    }

    /** Observation of the review of issue 5: --output could overwrite the input. */
    @Test
    void refusesToOverwriteItsInputs() throws IOException {
        Path c = config(baseConfig("{\"model\": \"k-anonymity\", \"k\": 2}", ", \"suppressionLimit\": 0.2"));
        Path in = tmp.resolve("people.csv");
        byte[] before = Files.readAllBytes(in);
        Result r = run("anonymize", in.toString(), "--config", c.toString(), "--output",
                tmp.resolve("sub/../people.csv").toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--output").contains("same file as IN.csv").contains("同じファイル");
        r = run("anonymize", in.toString(), "--config", c.toString(), "--output", tmp.resolve("o.csv").toString(),
                "--report", c.toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--report").contains("same file as --config");
        r = run("anonymize", in.toString(), "--config", c.toString(), "--output", tmp.resolve("o.csv").toString(),
                "--report", tmp.resolve("o.csv").toString());
        assertThat(r.err()).contains("same file as --output");
        assertThat(Files.readAllBytes(in)).isEqualTo(before);
        assertThat(Files.readString(c)).startsWith("{\"attributes\"");
    }

    static final Path EXAMPLE_DATA = Path.of("..", "examples", "data", "anonymize");

    /** The CLI configuration shipped with the example data, as docs/anonymize.md runs it. */
    @Test
    void shippedExampleConfigurationRuns() throws IOException {
        Path out = tmp.resolve("residents-anonymised.csv");
        Path rep = tmp.resolve("residents-report.json");
        Result r = run("anonymize", EXAMPLE_DATA.resolve("residents.csv").toString(), "--config",
                EXAMPLE_DATA.resolve("config.json").toString(), "--output", out.toString(), "--report", rep.toString(),
                "--lang", "en");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        // the same result as ResidentTableExample (docs/anonymize.md)
        assertThat(r.out()).contains("Records: 3000 in, 2953 out, 47 suppressed.")
                .contains("Levels: 年齢=4/4, 性別=0/1, 町字=0/3, 世帯類型=1/2");
        JsonNode j = new ObjectMapper().readTree(rep.toFile());
        assertThat(j.get("heights").get("町字").asInt()).isEqualTo(3);
        assertThat(j.get("inputRows").asLong()).isEqualTo(j.get("outputRows").asLong() + j.get("suppressedRows").asLong());
        assertThat(j.get("suppressedRows").asLong()).isLessThanOrEqualTo(60);
        int level = j.get("levels").get("町字").asInt();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("住民ID,氏名,年齢,性別,町字,世帯類型,要介護度");
        List<String> expected = List.of(List.of("中央区手取本町", "須屋", "光の森"), List.of("熊本市", "合志市", "菊陽町"),
                List.of("熊本県"), List.of("*")).get(level);
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> {
            assertThat(l).startsWith("*,*,");
            if (level > 0) {
                assertThat(expected).contains(l.split(",")[4]);
            }
        });
    }

    /** G6 of the review of issue 5: 町字 → 市区町村 → 都道府県 → * from plain rows, a file or vocab's code list. */
    @Test
    void areasBuilderFromFilesOrTheStandardCodeList() throws IOException {
        Path towns = EXAMPLE_DATA.resolve("towns.csv").toAbsolutePath();
        Path munis = EXAMPLE_DATA.resolve("municipalities.csv").toAbsolutePath();
        Files.writeString(tmp.resolve("areas.csv"), "町字,市区町村,年齢\n"
                + "須屋,合志市,30\n御代志,合志市,31\n光の森,菊陽町,30\n原水,菊陽町,32\n東区健軍,熊本市,30\n北区植木町,熊本市,33\n");
        for (String m : List.of("\"" + munis.toString().replace("\\", "/") + "\"", "\"standard\"")) {
            Path c = config("{\"attributes\": {\"町字\": {\"role\": \"quasi-identifying\", \"hierarchy\": {\"builder\": \"areas\","
                    + " \"towns\": \"" + towns.toString().replace("\\", "/") + "\", \"municipalities\": " + m + "}},"
                    + " \"市区町村\": {\"role\": \"quasi-identifying\", \"hierarchy\": {\"builder\": \"areas\", \"municipalities\": " + m + "}}},"
                    + " \"privacy\": [{\"model\": \"k-anonymity\", \"k\": 2}]}");
            Path out = tmp.resolve("areas-out.csv");
            Result r = run("anonymize", tmp.resolve("areas.csv").toString(), "--config", c.toString(), "--output",
                    out.toString(), "--lang", "en");
            assertThat(r.code()).as(m + r.err()).isEqualTo(ExitCode.OK);
            assertThat(r.out()).as(m).contains("町字=1/3").contains("市区町村=0/2");
            assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).as(m).containsExactly("町字,市区町村,年齢",
                    "合志市,合志市,30", "合志市,合志市,31", "菊陽町,菊陽町,30", "菊陽町,菊陽町,32", "熊本市,熊本市,30", "熊本市,熊本市,33");
        }
        // the standard list: codes, names and prefecture + name; ambiguous and unknown names are explained
        Files.writeString(tmp.resolve("munis.csv"), "市区町村,年齢\n431001,30\n熊本県合志市,30\n菊陽町,31\n熊本市中央区,31\n");
        Path c = config(oneQuasiIdentifier("市区町村", "{\"builder\": \"areas\", \"municipalities\": \"standard\"}", ""));
        Result r = run("anonymize", tmp.resolve("munis.csv").toString(), "--config", c.toString(), "--output",
                tmp.resolve("o.csv").toString(), "--lang", "en");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("市区町村=1/2");
        assertThat(Files.readAllLines(tmp.resolve("o.csv"), StandardCharsets.UTF_8)).containsOnly("市区町村,年齢",
                "熊本県,30", "熊本県,31");
        Files.writeString(tmp.resolve("munis.csv"), "市区町村,年齢\n府中市,30\n");
        r = run("anonymize", tmp.resolve("munis.csv").toString(), "--config", c.toString(), "--output",
                tmp.resolve("o.csv").toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("'府中市' names 2 municipalities").contains("東京都府中市").contains("広島県府中市")
                .contains("/attributes/市区町村/hierarchy");
        Files.writeString(tmp.resolve("munis.csv"), "市区町村,年齢\nネバーランド市,30\n");
        r = run("anonymize", tmp.resolve("munis.csv").toString(), "--config", c.toString(), "--output",
                tmp.resolve("o.csv").toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("'ネバーランド市' is not a municipality").contains("コード表");
        // a towns file without the expected columns
        Files.writeString(tmp.resolve("towns.csv"), "town_name,city\n須屋,合志市\n");
        c = config(oneQuasiIdentifier("町字", "{\"builder\": \"areas\", \"towns\": \"towns.csv\", \"municipalities\": \"standard\"}", ""));
        r = run("anonymize", tmp.resolve("areas.csv").toString(), "--config", c.toString(), "--output",
                tmp.resolve("o.csv").toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        // the header is not quoted (issue 9: a file given by mistake had its first line echoed)
        assertThat(r.err()).contains("towns.csv").contains("町字 / town").doesNotContain("town_name");
    }

    /** Issue 12: the areas builder accepts an アドレス・ベース・レジストリ 町字マスター file (町字ID → 市区町村 → 都道府県). */
    @Test
    void areasBuilderFromTheAbrTownFile() throws IOException {
        Path abr = Path.of("../vocab/src/test/resources/reference/address/abr_mt_town_pref30_wakayama_2026-03-10.csv")
                .toAbsolutePath().normalize();
        assertThat(Files.exists(abr)).as(abr.toString()).isTrue();
        String file = abr.toString().replace("\\", "/");
        Files.writeString(tmp.resolve("towns.csv"), "町字,年齢\n葵町,30\n秋月,31\n赤沼,30\n且来,32\n");
        Path c = config(oneQuasiIdentifier("町字", "{\"builder\": \"areas\", \"towns\": \"" + file + "\"}", ""));
        Path out = tmp.resolve("towns-out.csv");
        Result r = run("anonymize", tmp.resolve("towns.csv").toString(), "--config", c.toString(), "--output",
                out.toString(), "--lang", "en");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        // 葵町 and 秋月 are in 和歌山市, 赤沼 and 且来 in 海南市: one level up, two groups of two
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).containsExactly("町字,年齢",
                "和歌山市,30", "和歌山市,31", "海南市,30", "海南市,32");
        // 上野 is in three municipalities of the file: refused with the municipalities named
        Files.writeString(tmp.resolve("towns.csv"), "町字,年齢\n上野,30\n葵町,31\n");
        r = run("anonymize", tmp.resolve("towns.csv").toString(), "--config", c.toString(), "--output",
                out.toString(), "--lang", "en");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("上野").contains("302015 和歌山市").contains("lgCodes");
        // narrowed to 和歌山市, or labelled with 町字 and municipality, it works
        c = config(oneQuasiIdentifier("町字", "{\"builder\": \"areas\", \"towns\": \"" + file
                + "\", \"lgCodes\": [\"302015\"]}", ""));
        r = run("anonymize", tmp.resolve("towns.csv").toString(), "--config", c.toString(), "--output",
                out.toString(), "--lang", "en");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).containsExactly("町字,年齢", "和歌山市,30",
                "和歌山市,31");
        Files.writeString(tmp.resolve("towns.csv"), "町字,年齢\n和歌山市上野,30\n紀の川市上野,31\n");
        c = config(oneQuasiIdentifier("町字", "{\"builder\": \"areas\", \"towns\": \"" + file
                + "\", \"townLabel\": \"full-name\", \"municipalities\": \"standard\"}", ""));
        r = run("anonymize", tmp.resolve("towns.csv").toString(), "--config", c.toString(), "--output",
                out.toString(), "--lang", "en");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).containsExactly("町字,年齢", "和歌山県,30",
                "和歌山県,31");
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
