package io.github.civicdata.cli;

import static io.github.civicdata.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.civicdata.cli.CliRun.Result;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code civicdata validate} and {@code civicdata rules}, run through {@link Main#run}. */
class ValidateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Path clean;
    Path defects;
    Path warnings;

    @BeforeEach
    void files() throws Exception {
        clean = Files.writeString(dir.resolve("clean.csv"), "名称,住所,人数\n市役所,東京都千代田区,10\n市民会館,東京都千代田区,20\n");
        defects = Files.write(dir.resolve("defects.csv"),
                ("名称,カナ,人数\n第①会議室,ｼﾐﾝ,10人\n㈱会館,シミン,20\n図書館,トショカン,30\n体育館,タイイクカン,40\n")
                        .getBytes(Charset.forName("windows-31j")));
        warnings = Files.writeString(dir.resolve("warn.csv"), "名称,備考\n市役所,午前〜午後\n");
    }

    @Test
    void exitCodesFollowFailOn() {
        assertThat(run("validate", clean.toString()).code()).isEqualTo(ExitCode.OK);
        assertThat(run("validate", defects.toString()).code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run("validate", "--fail-on", "never", defects.toString()).code()).isEqualTo(ExitCode.OK);
        assertThat(run("validate", warnings.toString()).code()).isEqualTo(ExitCode.OK);
        assertThat(run("validate", "--fail-on", "warning", warnings.toString()).code()).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void textReportNamesFileLineColumnRuleAndSuggestion() {
        Result r = run("validate", "--lang", "en", defects.toString());
        assertThat(r.out()).contains("defects.csv:2: error L1-08:").contains("(株)会館", "第1会議室").contains("L2-01")
                .contains("column 1 (名称)").contains("encoding CP932").contains("L3-08");
        Result ja = run("validate", "--lang", "ja", defects.toString());
        assertThat(ja.out()).contains("機種依存文字").contains("修正案");
    }

    @Test
    void severalFilesGiveOneJsonReport() throws Exception {
        Result r = run("validate", "--format", "json", clean.toString(), defects.toString());
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("sources")).hasSize(2);
        assertThat(j.get("findings").size()).isGreaterThan(2);
        assertThat(j.toString()).contains("L1-08", "L2-01", "L3-08");
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void sarifJunitAndOutputFile() throws Exception {
        assertThat(JSON.readTree(run("validate", "--format", "sarif", defects.toString()).out()).get("version").asText())
                .isEqualTo("2.1.0");
        assertThat(run("validate", "--format", "junit", defects.toString()).out()).contains("<testsuite");
        Path out = dir.resolve("reports/r.json");
        Result r = run("validate", "--format", "json", "--output", out.toString(), defects.toString());
        assertThat(r.out()).isEmpty();
        assertThat(JSON.readTree(out.toFile()).get("findings").size()).isPositive();
    }

    @Test
    void headerRowChosenByEvidenceOrStated() throws Exception {
        Path kv = Files.writeString(dir.resolve("kv.csv"),
                "タイトル,区別人口\n作成日,2024-04-01\n単位,人\n地区,人口,世帯数\n北,1200,540\n南,980,410\n東,1500,600\n");
        Result chosen = run("validate", "--lang", "en", "--fail-on", "never", kv.toString());
        assertThat(chosen.out()).contains("kv.csv:4: info data.header-row: The column names were taken from line 4")
                .doesNotContain("extra-cell");
        Result stated = run("validate", "--lang", "en", "--fail-on", "never", "--header-row", "4", kv.toString());
        assertThat(stated.out()).contains("as set with headerRow / --header-row").doesNotContain("extra-cell");
        Result beyond = run("validate", "--lang", "en", "--header-row", "40", kv.toString());
        assertThat(beyond.out()).contains("data.header-row", "line 40");
        assertThat(beyond.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run("validate", "--header-row", "0", kv.toString()).code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void templateAndSchema() throws Exception {
        Path aed = Files.writeString(dir.resolve("aed.csv"), "名称,住所\n市役所,東京都千代田区\n");
        Result r = run("validate", "--template", "aed@2021-suisho", "--format", "json", aed.toString());
        assertThat(r.out()).contains("template.missing-column").contains("名称_カナ").contains("aed@2021-suisho");
        Path schema = Files.writeString(dir.resolve("s.json"),
                "{\"fields\": [{\"name\": \"名称\", \"constraints\": {\"required\": true}}, {\"name\": \"住所\"}]}");
        assertThat(run("validate", "--schema", schema.toString(), aed.toString()).code()).isEqualTo(ExitCode.OK);
    }

    @Test
    void usageErrorsAreBilingualWithExitCode2() throws Exception {
        Result t = run("validate", "--template", "no-such", clean.toString());
        assertThat(t.code()).isEqualTo(ExitCode.USAGE);
        assertThat(t.err()).contains("no-such").contains("テンプレート");
        assertThat(run("validate", "--template", "aed", "--schema", "x.json", clean.toString()).code())
                .isEqualTo(ExitCode.USAGE);
        assertThat(run("validate", "--encoding", "klingon", clean.toString()).code()).isEqualTo(ExitCode.USAGE);
        assertThat(run("validate", "--severity", "L1-08", clean.toString()).code()).isEqualTo(ExitCode.USAGE);
        assertThat(run("validate", "--severity", "L9-99=info", clean.toString()).code()).isEqualTo(ExitCode.USAGE);
        assertThat(run("validate", "--max-columns", "0", clean.toString()).code()).isEqualTo(ExitCode.USAGE);
        Path badSchema = Files.writeString(dir.resolve("bad.json"), "{\"x\": 1}");
        assertThat(run("validate", "--schema", badSchema.toString(), clean.toString()).code()).isEqualTo(ExitCode.USAGE);
        assertThat(run("validate").code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void missingFileIsUnreadableWithExitCode3() {
        Result r = run("validate", dir.resolve("nope.csv").toString());
        assertThat(r.code()).isEqualTo(ExitCode.ERROR);
        assertThat(r.err()).contains("nope.csv").contains("file not found").contains("見つかりません");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void severityOverrideDisableAndMaxFindings() throws Exception {
        assertThat(run("validate", "--severity", "L1-08=info", "--severity", "L2-01=warning", "--disable", "L3-08",
                defects.toString()).code()).isEqualTo(ExitCode.OK);
        Result r = run("validate", "--format", "json", "--max-findings", "1", defects.toString());
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("findings")).hasSize(1);
        assertThat(j.get("truncated").asBoolean()).isTrue();
        Result hidden = run("validate", "--hide-values", "--format", "json", defects.toString());
        assertThat(hidden.out()).doesNotContain("ｼﾐﾝ");
    }

    @Test
    void rulesListsEveryRuleInTextAndJson() throws Exception {
        Result t = run("rules", "--lang", "en");
        assertThat(t.code()).isEqualTo(ExitCode.OK);
        assertThat(t.out()).contains("L1-01", "L3-09", "extra-cell", "manual", "automatic", "[1-10]")
                .contains("機種依存文字を使用していないか").contains("Machine-dependent characters are not used");
        JsonNode j = JSON.readTree(run("rules", "--format", "json").out());
        assertThat(j.size()).isGreaterThanOrEqualTo(50);
        JsonNode l302 = null;
        for (JsonNode r : j) {
            if (r.get("id").asText().equals("L3-02")) {
                l302 = r;
            }
        }
        assertThat(l302).isNotNull();
        assertThat(l302.get("mode").asText()).isEqualTo("manual");
        assertThat(l302.get("title").get("ja").asText()).isEqualTo("回答のコード表が別添されているか");
        assertThat(l302.get("checks").get("en").asText()).isNotBlank();
    }

    @Test
    void helpListsTheOptions() {
        Result r = run("validate", "--help");
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("--template", "--schema", "--encoding", "--format", "--fail-on", "--max-findings",
                "--lang", "--output", "--severity", "--max-field-length");
        assertThat(run("rules", "--help").code()).isEqualTo(ExitCode.OK);
    }

    /** Runs with standard error taken for a terminal or not. */
    private static Result runWithStderrTerminal(boolean terminal, String... args) {
        java.util.function.BooleanSupplier saved = ValidateCommand.stderrTerminal;
        ValidateCommand.stderrTerminal = () -> terminal;
        try {
            return run(args);
        } finally {
            ValidateCommand.stderrTerminal = saved;
        }
    }

    @Test
    void progressGoesToStderrOnlyWhenItIsATerminal() {
        Result onTerminal = runWithStderrTerminal(true, "validate", "--progress", "always", clean.toString());
        assertThat(onTerminal.err()).startsWith("\r").contains("clean.csv: 100% (0 / 0 MB)");
        assertThat(onTerminal.out()).doesNotContain("100%");
        Result redirected = runWithStderrTerminal(false, "validate", "--progress", "always", clean.toString());
        assertThat(redirected.err()).contains("clean.csv: 100%").doesNotContain("\r");
        assertThat(runWithStderrTerminal(true, "validate", "--progress", "never", clean.toString()).err()).isEmpty();
        // auto: small files get none, and a redirected stderr none at all
        assertThat(runWithStderrTerminal(true, "validate", clean.toString()).err()).isEmpty();
        assertThat(runWithStderrTerminal(false, "validate", clean.toString()).err()).isEmpty();
        assertThat(run("validate", "--progress", "sometimes", clean.toString()).code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void terminalDevicesAreRecognisedByTheirPath() {
        assertThat(Terminal.isTerminalDevice("/dev/pts/3")).isTrue();
        assertThat(Terminal.isTerminalDevice("/dev/tty1")).isTrue();
        assertThat(Terminal.isTerminalDevice("/dev/null")).isFalse();
        assertThat(Terminal.isTerminalDevice("pipe:[12345]")).isFalse();
        assertThat(Terminal.isTerminalDevice("/tmp/err.log")).isFalse();
    }

    @Test
    void jsonAndSarifCarryTheFrictionlessCodeAndDisableTakesACode() throws Exception {
        Path blank = Files.writeString(dir.resolve("blank.csv"), "地区,,人口\n北,,1\n南,,2\n,,\n東,,3\n西,,4\n");
        JsonNode j = JSON.readTree(run("validate", "--format", "json", blank.toString()).out());
        assertThat(j.get("findings").findValuesAsText("code")).contains("blank-row");
        JsonNode sarif = JSON.readTree(run("validate", "--format", "sarif", blank.toString()).out());
        assertThat(sarif.findValuesAsText("code")).contains("blank-row");
        String text = run("validate", "--lang", "en", "--disable", "blank-row", blank.toString()).out();
        assertThat(text).contains("Column 2 has neither a name").doesNotContain("blank row(s) that split");
    }
}
