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

    /**
     * The example catalogue's 06 file against the project's 06 template ({@code
     * open-data-list@2024-observed}): no template finding and no machine-readability finding except
     * two that are not the writer's: L3-06 for the invented code 132993 of the example city (not a
     * municipality of the shipped list), and L1-07 on データセット_対象期間 for a closed period
     * ({@code 2024-06-01/2024-07-31}): the layout has one column for the period, rule 1-2 asks for
     * one value per cell (an open-ended period {@code 2024-04-01/..} passes).
     */
    @Test
    void theExportValidatesAgainstTheProjectsTemplate() throws Exception {
        Path out = export();
        CliRun.Result v = run("validate", "--template", "open-data-list@2024-observed", out.toString(),
                "--format", "json", "--fail-on", "warning");
        assertThat(v.code()).as(v.err()).isNotEqualTo(2);
        JsonNode report = new ObjectMapper().readTree(v.out());
        for (JsonNode f : report.path("findings")) {
            String where = f.path("header").asText();
            assertThat(f.path("rule").asText() + " " + where).as(f.toString())
                    .isIn("L3-06 全国地方公共団体コード", "L1-07 データセット_対象期間");
        }
    }

    /** Records of a real municipality without a closed period: the 06 file validates clean (exit 0 at --fail-on warning). */
    @Test
    void aListOfARealCityValidatesClean() throws Exception {
        Path dir = tmp.resolve("catalog");
        Files.createDirectories(dir);
        String record = Files.readString(DcatApCommandsTest.CATALOG.resolve("01-public-toilet.json"), StandardCharsets.UTF_8)
                .replace("132993", "131016").replace("青葉台市", "千代田区");
        Files.writeString(dir.resolve("01.json"), record, StandardCharsets.UTF_8);
        Path out = tmp.resolve("06.csv");
        CliRun.Result e = run("catalog", "export", dir.toString(), "--format", "opendata-list", "-o", out.toString());
        assertThat(e.code()).as(e.err()).isZero();
        CliRun.Result v = run("validate", "--template", "open-data-list@2024-observed", out.toString(),
                "--format", "json", "--fail-on", "warning");
        JsonNode report = new ObjectMapper().readTree(v.out());
        assertThat(report.path("findings")).as(v.out()).isEmpty();
        assertThat(v.code()).isZero();
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
        assertThat(toilet).contains("\"code\": \"132993\"").contains("公衆トイレ一覧").contains("downloadURL");
        CliRun.Result byExtension = run("metadata", "validate", out.toString(), "--format", "json");
        JsonNode findings = new ObjectMapper().readTree(byExtension.out()).path("findings");
        assertThat(findings).as("read as an オープンデータ一覧 by its .csv extension").isNotEmpty();
        for (JsonNode f : findings) {
            assertThat(f.path("rule").asText()).as(f.toString()).startsWith("metadata.")
                    .isNotEqualTo("metadata.opendata-list");
        }
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
