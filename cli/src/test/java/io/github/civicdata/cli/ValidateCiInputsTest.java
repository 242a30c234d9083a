package io.github.civicdata.cli;

import static io.github.civicdata.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.civicdata.cli.CliRun.Result;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.everit.json.schema.Schema;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} with inputs as CI gives them (issue 10 part 5): directories, quoted glob
 * patterns, missing files among several; the delimiter detected and stated; and the JUnit and SARIF
 * reports of real runs valid against the schemas CI tools read (kept with their licences in core's
 * test resources, {@code core/src/test/resources/schemas/SOURCES.md}).
 */
class ValidateCiInputsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCHEMAS = Path.of("..", "core", "src", "test", "resources", "schemas");

    @TempDir
    Path dir;
    Path data;

    @BeforeEach
    void tree() throws Exception {
        data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("toilets.csv"), "名称,住所\n市役所,東京都千代田区\n");
        Path sub = Files.createDirectories(data.resolve("2024/aed"));
        Files.writeString(sub.resolve("aed.CSV"), "名称,カナ\n市役所,ｼﾔｸｼｮ\n");
        Files.writeString(sub.resolve("wards.tsv"), "区\t人口\n東区\t312569\n");
        Files.writeString(sub.resolve("README.md"), "# not data\n");
        Path hidden = Files.createDirectories(data.resolve(".git"));
        Files.writeString(hidden.resolve("config.csv"), "a,b\n1,2\n");
        Files.writeString(data.resolve(".~lock.toilets.csv#"), "lock\n");
    }

    private static List<String> sources(Result r) throws Exception {
        List<String> names = new ArrayList<>();
        for (JsonNode s : JSON.readTree(r.out()).get("sources")) {
            names.add(s.get("name").asText().replace('\\', '/'));
        }
        return names;
    }

    @Test
    void aDirectoryIsSearchedRecursivelyForDataFiles() throws Exception {
        Result r = run("validate", "--format", "json", "--fail-on", "never", data.toString());
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(sources(r)).extracting(n -> n.substring(n.indexOf("data/")))
                .containsExactly("data/2024/aed/aed.CSV", "data/2024/aed/wards.tsv", "data/toilets.csv");
    }

    @Test
    void quotedGlobPatternsAreExpandedAlsoAcrossNoDirectory() throws Exception {
        Result deep = run("validate", "--format", "json", "--fail-on", "never", data + "/**/*.csv");
        assertThat(sources(deep)).extracting(n -> n.substring(n.indexOf("data/")))
                .containsExactly("data/toilets.csv");
        Result ci = run("validate", "--format", "json", "--fail-on", "never", data + "/**/*.{csv,CSV}");
        assertThat(sources(ci)).hasSize(2);
        Result one = run("validate", "--format", "json", "--fail-on", "never", data + "/2024/*/w*.tsv");
        assertThat(sources(one)).singleElement().asString().endsWith("data/2024/aed/wards.tsv");
        // a file named twice is validated once
        Result twice = run("validate", "--format", "json", "--fail-on", "never", data.resolve("toilets.csv").toString(),
                data + "/*.csv");
        assertThat(sources(twice)).hasSize(1);
    }

    @Test
    void aMissingFileAmongSeveralIsAFindingAndTheOthersAreStillValidated() throws Exception {
        Path missing = dir.resolve("gone.csv");
        Path out = dir.resolve("reports/r.json");
        Result r = run("validate", "--format", "json", "-o", out.toString(), data.resolve("toilets.csv").toString(),
                missing.toString(), data + "/nothing/*.csv");
        assertThat(r.code()).as("findings, not an unreadable run").isEqualTo(ExitCode.FINDINGS);
        assertThat(r.err()).contains("gone.csv", "file not found", "見つかりません", "no file matches");
        JsonNode j = JSON.readTree(out.toFile());
        assertThat(j.get("sources")).hasSize(3);
        assertThat(j.get("countsByRule").get("file.unreadable").asInt()).isEqualTo(2);
        assertThat(j.toString()).contains("The file does not exist.").contains("No file matches this pattern or directory");
        assertThat(run("validate", "--fail-on", "never", data.resolve("toilets.csv").toString(), missing.toString()).code())
                .isEqualTo(ExitCode.OK);
    }

    @Test
    void nothingReadableIsExitThreeWithTheReportStillWritten() throws Exception {
        Result r = run("validate", "--format", "json", dir.resolve("a.csv").toString(), dir + "/none/**/*.csv");
        assertThat(r.code()).isEqualTo(ExitCode.ERROR);
        assertThat(JSON.readTree(r.out()).get("countsByRule").get("file.unreadable").asInt()).isEqualTo(2);
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(run("validate", empty.toString()).code()).isEqualTo(ExitCode.ERROR);
    }

    @Test
    void theDelimiterIsDetectedAndShownOrStated() throws Exception {
        Path semi = Files.writeString(dir.resolve("export.csv"), "名称;住所;人数\n市役所;東京都千代田区;10\n会館;東京都港区;20\n");
        Result text = run("validate", "--lang", "en", semi.toString());
        assertThat(text.out()).contains("delimiter \";\"").contains("csv.delimiter").contains("--delimiter \";\"");
        assertThat(text.code()).isEqualTo(ExitCode.OK);
        Result stated = run("validate", "--lang", "en", "--delimiter", ";", semi.toString());
        assertThat(stated.out()).contains("delimiter \";\"").doesNotContain("csv.delimiter");
        Result tab = run("validate", "--format", "json", "--delimiter", "tab", data.resolve("2024/aed/wards.tsv").toString());
        assertThat(JSON.readTree(tab.out()).get("sources").get(0).get("delimiter").asText()).isEqualTo("\t");
    }

    @Test
    void summaryLinesCountCellsAndRows() {
        Result r = run("validate", "--lang", "en", "--fail-on", "never", data.toString());
        assertThat(r.out()).containsPattern("Cells and rows with findings: errors \\d+ cell\\(s\\) in \\d+ row\\(s\\)");
        Result toFile = run("validate", "--lang", "en", "-o", dir.resolve("r.txt").toString(), data.toString());
        assertThat(toFile.err()).contains("Cells and rows with findings");
    }

    @Test
    void junitOfARealRunIsValidAgainstJunit10Xsd() throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        javax.xml.validation.Validator xsd = f.newSchema(SCHEMAS.resolve("junit-10.xsd").toFile()).newValidator();
        Result r = run("validate", "--format", "junit", data.toString(), dir.resolve("gone.csv").toString());
        xsd.validate(new StreamSource(new StringReader(r.out())));
        // one test case per file and rule, not per finding
        int files = 4;
        int rules = io.github.civicdata.validation.ValidationRules.all().size();
        assertThat(r.out().split("<testcase ", -1)).hasSize(files * rules + 1);
    }

    @Test
    void sarifOfARealRunIsValidAgainstTheSarifSchema() throws Exception {
        Schema sarif;
        try (InputStream in = Files.newInputStream(SCHEMAS.resolve("sarif-schema-2.1.0.json"))) {
            sarif = SchemaLoader.builder().schemaJson(new JSONObject(new JSONTokener(in))).build().load().build();
        }
        Result r = run("validate", "--format", "sarif", data.toString(), dir.resolve("gone.csv").toString());
        sarif.validate(new JSONObject(new JSONTokener(r.out())));
        JsonNode run = JSON.readTree(r.out()).get("runs").get(0);
        for (JsonNode rule : run.get("tool").get("driver").get("rules")) {
            assertThat(rule.get("helpUri").asText()).contains("/docs/rules.md#");
            assertThat(rule.get("name").asText()).isNotBlank();
        }
        Result again = run("validate", "--format", "sarif", data.toString(), dir.resolve("gone.csv").toString());
        assertThat(JSON.readTree(again.out()).findValuesAsText("civicdataFinding/v1"))
                .isEqualTo(run.findValuesAsText("civicdataFinding/v1")).isNotEmpty();
        assertThat(new String(r.out().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).contains("\"summary\"");
    }
}
