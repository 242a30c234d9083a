package io.github.civicdata.cli;

import static io.github.civicdata.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.civicdata.cli.CliRun.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code civicdata fix}: the outputs, the summary and the report of what remains, exit codes
 * (0, 1 findings remain or refused, 2 usage, 3 unreadable input or unwritable output), and that
 * every file goes through {@link Outputs} (nothing left behind, nothing written when refused).
 */
class FixCommandTest {

    static final Path AED = Path.of("..", "examples", "data", "validation", "aed_defects_sjis.csv");
    static final Path CLEAN = Path.of("..", "examples", "data", "validation", "aed_clean.csv");

    @TempDir
    Path dir;

    @Test
    void theExampleFileIsFixedAgainstTheTemplateAndWhatRemainsIsReported() throws IOException {
        Path out = dir.resolve("out.csv");
        Path log = dir.resolve("changes.json");
        Path side = dir.resolve("notes.json");
        Result r = run("fix", AED.toString(), "--template", "aed@2021-suisho", "-o", out.toString(), "--changes",
                log.toString(), "--sidecar", side.toString(), "--lang", "en");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.FINDINGS); // a duplicate NO, a missing required value …
        assertThat(r.err()).contains("CP932 → UTF-8", "5 data row(s) written in 22 column(s)", "title 1, blank 3, note 2",
                "halfwidth-kana 1", "What remains in");
        assertThat(r.out()).contains("unique-error", "constraint-error").doesNotContain("L1-08").doesNotContain("L3-06");
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("都道府県コード又は市区町村コード,NO,")
                .contains("132195,1,東京都,狛江市,みどり台市民センター,ミドリダイシミンセンター");
        JsonNode changes = new ObjectMapper().readTree(log.toFile());
        assertThat(changes.path("changes").size()).isGreaterThan(10);
        assertThat(changes.path("summary").toString()).contains("\"transformation\":\"halfwidth-kana\"");
        assertThat(new ObjectMapper().readTree(side.toFile()).path("entries").toString()).contains("出典：狛江市");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aCleanFileExitsZeroAndItsOutputIsItsContentInUtf8() throws IOException {
        Path out = dir.resolve("clean.csv");
        Result r = run("fix", CLEAN.toString(), "--template", "aed@2021-suisho", "-o", out.toString());
        assertThat(r.code()).as(r.err() + r.out()).isEqualTo(ExitCode.OK);
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).hasSize(6);
    }

    @Test
    void aDryRunWritesOnlyTheLogToStandardOutput() throws IOException {
        Path out = dir.resolve("never.csv");
        Result r = run("fix", AED.toString(), "--dry-run", "--lang", "ja");
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).startsWith("\uFEFFfile,line,row,column,header,rule,transformation,action,before,after")
                .contains("ﾐﾄﾞﾘﾀﾞｲｼﾐﾝｾﾝﾀｰ,ミドリダイシミンセンター").contains("項目名行の上のタイトル");
        assertThat(out).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aRefusalWritesNothing() throws IOException {
        Path in = dir.resolve("two.csv");
        Files.writeString(in, "地区,人口,世帯数\n北区,10,8\n南区,20,15\n\n地区,面積\n北区,3.2\n南区,4.1\n");
        Path out = dir.resolve("out.csv");
        Result r = run("fix", in.toString(), "-o", out.toString(), "--changes", dir.resolve("c.csv").toString());
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.err()).contains("2 tables", "--table", "表が 2 個");
        assertThat(out).doesNotExist();
        assertThat(dir.resolve("c.csv")).doesNotExist();
        assertThat(leftovers()).isEmpty();
        Result second = run("fix", in.toString(), "-o", out.toString(), "--table", "2");
        assertThat(second.code()).as(second.err()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(out)).isEqualTo("地区,面積\n北区,3.2\n南区,4.1\n");
        assertThat(run("fix", in.toString(), "-o", out.toString(), "--table", "5").code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void usageErrorsAreExit2() {
        String out = dir.resolve("o.csv").toString();
        assertThat(run("fix", AED.toString()).code()).isEqualTo(ExitCode.USAGE);
        Result unknown = run("fix", AED.toString(), "-o", out, "--skip", "nonsense");
        assertThat(unknown.code()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("nonsense").contains("civicdata fix --help");
        assertThat(run("fix", AED.toString(), "-o", out, "--skip", "formulas").code()).isEqualTo(ExitCode.USAGE);
        assertThat(run("fix", AED.toString(), "-o", out, "--template", "nope").code()).isEqualTo(ExitCode.USAGE);
        assertThat(run("fix", AED.toString(), "-o", AED.toString()).code()).isEqualTo(ExitCode.USAGE);
        assertThat(run("fix", AED.toString(), "-o", out, "--table", "0").code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void anUnreadableInputOrAnUnwritableOutputIsExit3() {
        Result missing = run("fix", dir.resolve("none.csv").toString(), "-o", dir.resolve("o.csv").toString());
        assertThat(missing.code()).isEqualTo(ExitCode.ERROR);
        assertThat(missing.err()).contains("file not found");
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "/dev/full is not available here");
        Result r = run("fix", AED.toString(), "-o", full.toString());
        assertThat(r.code()).isEqualTo(ExitCode.ERROR);
        assertThat(r.err()).contains("cannot write /dev/full").doesNotContain("Exception");
    }

    /** A file of 4 MB or more is fixed with the table written on a thread of its own: its failure is exit 3 too. */
    @Test
    void anUnwritableOutputOfALargeFileIsExit3() throws IOException {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "/dev/full is not available here");
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "the table is written on the fixing thread");
        Path big = dir.resolve("big.csv");
        StringBuilder sb = new StringBuilder("名称,所在地,電話番号,開設日\n");
        for (int i = 1; i <= 60_000; i++) {
            sb.append("市民センター").append(i).append(",東京都狛江市和泉本町").append(i % 4 + 1).append("-").append(i % 30 + 1)
                    .append(",03-3430-").append(1000 + i % 9000).append(",2020-04-01\n");
        }
        Files.writeString(big, sb, StandardCharsets.UTF_8);
        assertThat(Files.size(big)).isGreaterThan(4L << 20);
        Result r = run("fix", big.toString(), "-o", full.toString());
        assertThat(r.code()).isEqualTo(ExitCode.ERROR);
        assertThat(r.err()).contains("cannot write /dev/full").doesNotContain("Exception");
        Path ok = dir.resolve("big.fixed.csv");
        Result fine = run("fix", big.toString(), "-o", ok.toString(), "--fail-on", "never");
        assertThat(fine.code()).as(fine.err()).isEqualTo(ExitCode.OK);
        assertThat(Files.readAllLines(ok, StandardCharsets.UTF_8)).hasSize(60_001);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void theReportOfWhatRemainsCanGoToAFileAsJson() throws IOException {
        Path report = dir.resolve("remaining.json");
        Result r = run("fix", AED.toString(), "-o", dir.resolve("o.csv").toString(), "--report", report.toString(),
                "--format", "json", "--fail-on", "never");
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(new ObjectMapper().readTree(report.toFile()).path("findings").size()).isPositive();
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
