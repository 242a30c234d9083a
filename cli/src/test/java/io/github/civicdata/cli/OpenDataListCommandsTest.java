package io.github.civicdata.cli;

import static io.github.civicdata.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code catalog export --format opendata-list}, {@code metadata convert --from opendata-list}, and the 06 template. */
class OpenDataListCommandsTest {

    @TempDir
    Path tmp;

    private Path export() {
        Path out = tmp.resolve("06_opendata.csv");
        CliRun.Result r = run("catalog", "export", DcatApCommandsTest.CATALOG.toString(), "--format", "opendata-list",
                "-o", out.toString(), "--lang", "en");
        assertThat(r.code()).as(r.err()).isZero();
        return out;
    }

    @Test
    void exportWritesTheFortyFiveColumnsOneRowPerDistribution() throws Exception {
        Path out = export();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("\uFEFFデータセット_ID,全国地方公共団体コード,地方公共団体名,データセット_タイトル,")
                .endsWith(",ファイル_API対応有無,ファイル_著作権表記");
        assertThat(lines.get(0).split(",", -1)).hasSize(45);
        // 11 open records; 01 and 06 have two distributions, 12 none: 13 rows
        assertThat(lines).hasSize(1 + 13);
        assertThat(lines.stream().filter(l -> l.startsWith("aobadai-resident-registry"))).isEmpty();
    }

    /** Every example catalogue: the directories {@code examples/data/catalog*}. */
    static List<Path> exampleCatalogues() throws Exception {
        try (var dirs = Files.list(DcatApCommandsTest.CATALOG.getParent())) {
            List<Path> found = dirs.filter(Files::isDirectory).filter(d -> d.getFileName().toString().startsWith("catalog"))
                    .sorted().toList();
            assertThat(found).contains(DcatApCommandsTest.CATALOG);
            return found;
        }
    }

    /**
     * The 06 file written from every example catalogue validates against the project's 06 template
     * ({@code open-data-list@2024-observed}) with no finding at all: the closed period
     * {@code 2024-06-01/2024-07-31} is one value of the period column データセット_対象期間, and the
     * publisher code is real (132195 狛江市).
     */
    @ParameterizedTest
    @MethodSource("exampleCatalogues")
    void theExportOfEveryExampleCatalogueValidatesWithNoFinding(Path catalogue) throws Exception {
        Path out = tmp.resolve(catalogue.getFileName() + "-06.csv");
        CliRun.Result e = run("catalog", "export", catalogue.toString(), "--format", "opendata-list", "-o", out.toString());
        assertThat(e.code()).as(e.err()).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).as("the closed period is in the file")
                .contains(",2024-06-01/2024-07-31,");
        CliRun.Result v = run("validate", "--template", "open-data-list@2024-observed", out.toString(),
                "--format", "json", "--fail-on", "warning");
        JsonNode report = new ObjectMapper().readTree(v.out());
        assertThat(report.path("findings").isArray()).as(v.out() + v.err()).isTrue();
        assertThat(report.path("findings")).as(v.out()).isEmpty();
        assertThat(report.path("sources").get(0).path("rows").asLong()).as(v.out()).isGreaterThan(0);
        assertThat(v.code()).as(v.out()).isZero();
    }

    /** What is wrong in a record is not hidden by the writer: a wrong check digit is L3-06 in the 06 file. */
    @Test
    void aWrongCodeInARecordIsFoundInTheList() throws Exception {
        Path dir = tmp.resolve("catalog");
        Files.createDirectories(dir);
        String record = Files.readString(DcatApCommandsTest.CATALOG.resolve("01-public-toilet.json"), StandardCharsets.UTF_8)
                .replace("\"code\": \"132195\"", "\"code\": \"132190\"");
        Files.writeString(dir.resolve("01.json"), record, StandardCharsets.UTF_8);
        Path out = tmp.resolve("06.csv");
        CliRun.Result e = run("catalog", "export", dir.toString(), "--format", "opendata-list", "-o", out.toString());
        assertThat(e.code()).as(e.err()).isZero();
        CliRun.Result v = run("validate", "--template", "open-data-list@2024-observed", out.toString(),
                "--format", "json", "--fail-on", "warning");
        JsonNode findings = new ObjectMapper().readTree(v.out()).path("findings");
        assertThat(findings).as(v.out()).hasSize(2); // one row per distribution: CSV and Excel
        for (JsonNode f : findings) {
            assertThat(f.path("rule").asText() + " " + f.path("header").asText()).isEqualTo("L3-06 全国地方公共団体コード");
            assertThat(f.path("value").asText()).isEqualTo("132190");
        }
        assertThat(v.code()).isEqualTo(1);
    }

    @Test
    void convertReadsItBackIntoRecords() throws Exception {
        Path out = export();
        Path json = tmp.resolve("records");
        Files.createDirectories(json);
        CliRun.Result c = run("metadata", "convert", out.toString(), "--from", "opendata-list", "--to", "json",
                "-o", json.toString());
        assertThat(c.code()).as(c.err()).isZero();
        try (var files = Files.list(json)) {
            assertThat(files.count()).isEqualTo(11);
        }
        String toilet = Files.readString(json.resolve("aobadai-public-toilet.json"), StandardCharsets.UTF_8);
        assertThat(toilet).contains("\"code\": \"132195\"").contains("公衆トイレ一覧").contains("downloadURL");
        CliRun.Result byExtension = run("metadata", "validate", out.toString(), "--format", "json");
        JsonNode findings = new ObjectMapper().readTree(byExtension.out()).path("findings");
        assertThat(findings).as("read as an オープンデータ一覧 by its .csv extension").isNotEmpty();
        for (JsonNode f : findings) {
            assertThat(f.path("rule").asText()).as(f.toString()).startsWith("metadata.")
                    .isNotEqualTo("metadata.opendata-list");
        }
    }

    /** A Shift_JIS (CP932) copy of the exported list converts to the same records, file for file. */
    @Test
    void aShiftJisListConvertsAsItsUtf8Twin() throws Exception {
        Path utf8 = export();
        String text = Files.readString(utf8, StandardCharsets.UTF_8);
        Path sjis = tmp.resolve("06_sjis.csv");
        Files.write(sjis, text.substring(1).getBytes(java.nio.charset.Charset.forName("windows-31j")));
        assertThat(new String(Files.readAllBytes(sjis), java.nio.charset.Charset.forName("windows-31j")))
                .as("the list survives CP932").isEqualTo(text.substring(1));
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Files.createDirectories(a);
        Files.createDirectories(b);
        CliRun.Result ca = run("metadata", "convert", utf8.toString(), "--from", "opendata-list", "--to", "json", "-o", a.toString());
        CliRun.Result cb = run("metadata", "convert", sjis.toString(), "--from", "opendata-list", "--to", "json", "-o", b.toString());
        assertThat(ca.code()).as(ca.err()).isZero();
        assertThat(cb.code()).as(cb.err()).isZero();
        try (var files = Files.list(a)) {
            List<Path> all = files.sorted().toList();
            assertThat(all).hasSize(11);
            for (Path f : all) {
                assertThat(Files.readString(b.resolve(f.getFileName()), StandardCharsets.UTF_8)).as(f.toString())
                        .isEqualTo(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
    }

    /** An undecodable list is exit 1 with a bilingual message naming the file and the line. */
    @Test
    void anUndecodableListNamesFileAndLine() throws Exception {
        Path utf8 = export();
        byte[] b = Files.readAllBytes(utf8);
        int second = 0;
        while (b[second] != '\n') {
            second++;
        }
        b[second + 3] = (byte) 0xFF; // inside line 2
        Path bad = tmp.resolve("broken.csv");
        Files.write(bad, b);
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        CliRun.Result c = run("metadata", "convert", bad.toString(), "--from", "opendata-list", "--to", "json",
                "-o", out.toString());
        assertThat(c.code()).isEqualTo(1);
        assertThat(c.err()).contains("broken.csv:2:").contains("line 2");
        CliRun.Result ja = run("metadata", "convert", bad.toString(), "--from", "opendata-list", "--to", "json",
                "-o", out.toString(), "--lang", "ja");
        assertThat(ja.code()).isEqualTo(1);
        assertThat(ja.err()).contains("broken.csv:2:").contains("2 行目");
    }

    /** The writer's header is the project's 06 template, column for column. */
    @Test
    void theLayoutIsTheTemplate() {
        assertThat(io.github.civicdata.metadata.OpenDataList.HEADER).containsExactlyElementsOf(
                io.github.civicdata.vocab.Vocabulary.standard().template("open-data-list", "2024-observed")
                        .orElseThrow().headers());
    }

    @Test
    void anUnwritableOutputIsExitThree() throws Exception {
        Path blocker = tmp.resolve("file");
        Files.writeString(blocker, "x");
        CliRun.Result r = run("catalog", "export", DcatApCommandsTest.CATALOG.toString(), "--format", "opendata-list",
                "-o", blocker.resolve("06.csv").toString());
        assertThat(r.code()).isEqualTo(3);
    }
}
