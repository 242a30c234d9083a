package io.github.civicdata.cli;

import static io.github.civicdata.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.civicdata.cli.CliRun.Result;
import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.Severity;
import io.github.civicdata.validation.Validator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code validate} ends when the validator itself fails: out of memory, an internal error on
 * one file, a workbook that POI cannot read among good files.
 */
class ValidateFailuresTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void outOfMemoryIsExit3WithTheSettingsThatBoundMemory() {
        assertThatThrownBy(() -> ValidateCommand.validateWithinMemory(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, 1_000_000)).isInstanceOfSatisfying(UserException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.ERROR);
            assertThat(e.text().en()).contains("--max-unique-values", "1000000", "-Xmx").doesNotContain("heap space");
            assertThat(e.text().ja()).contains("--max-unique-values", "-Xmx", "メモリが不足");
        });
    }

    /** Review gap 9: a raw OutOfMemoryError stack trace and exit 1 with the default unique bound. */
    @Test
    void outOfMemoryInARealRunPrintsNoStackTrace() throws Exception {
        Path schema = Files.writeString(dir.resolve("s.json"), "{\"fields\":[{\"name\":\"ID\",\"type\":\"string\","
                + "\"constraints\":{\"unique\":true}},{\"name\":\"n\",\"type\":\"integer\"}]}");
        Path csv = dir.resolve("ids.csv");
        Random rnd = new Random(1);
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("ID,n\n");
            for (int i = 0; i < 700_000; i++) {
                w.write(String.format("X%012x,1%n", rnd.nextLong() >>> 16));
            }
        }
        // the unique table doubles to 32 MB at 524,288 values: more than a 48 MB heap can give
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "validate", "--schema", schema.toString(), csv.toString()));
        Process p = new ProcessBuilder(cmd).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(err).isEqualTo(ExitCode.ERROR);
        assertThat(err).contains("--max-unique-values", "-Xmx", "メモリが不足").doesNotContain("\tat ")
                .doesNotContain("java.lang.OutOfMemoryError");
    }

    @Test
    void internalErrorOnAFileIsExit3AfterTheReport() {
        Report.Builder b = Report.builder();
        b.add(Finding.builder("L1-08", Severity.ERROR).location(Location.of("a.csv")).build());
        Report findings = b.build();
        b.add(Finding.builder(Validator.INTERNAL_ERROR, Severity.ERROR).location(Location.of("b.csv"))
                .args("java.lang.IllegalStateException", "X.y:1").build());
        Report broken = b.build();
        StringWriter err = new StringWriter();
        assertThat(ValidateCommand.withInternalErrors(ExitCode.FINDINGS, findings, new PrintWriter(err, true)))
                .isEqualTo(ExitCode.FINDINGS);
        assertThat(err.toString()).isEmpty();
        assertThat(ValidateCommand.withInternalErrors(ExitCode.FINDINGS, broken, new PrintWriter(err, true)))
                .isEqualTo(ExitCode.ERROR);
        assertThat(err.toString()).contains("internal error", "内部エラー", "validation.internal-error");
        // even when --max-findings left the finding out of the list
        Report truncated = Report.builder().maxFindings(0).add(broken.findings().get(1)).build();
        assertThat(ValidateCommand.withInternalErrors(ExitCode.OK, truncated, new PrintWriter(new StringWriter())))
                .isEqualTo(ExitCode.ERROR);
    }

    @Test
    void brokenWorkbookAmongGoodFilesKeepsTheirReport() throws IOException {
        // review gap 1: an NPE in POI ended the whole run with exit 3 and no report
        Path good = Files.writeString(dir.resolve("good.csv"), "名称,人数\n市役所,10\n");
        Path broken = dir.resolve("broken.xlsx");
        try (var in = ValidateFailuresTest.class.getResourceAsStream("/validate/npe-missing-comments-part.xlsx")) {
            Files.copy(in, broken);
        }
        Path out = dir.resolve("r.json");
        Result r = run("validate", good.toString(), broken.toString(), "--format", "json", "-o", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.FINDINGS);
        JsonNode j = JSON.readTree(out.toFile());
        assertThat(j.get("sources")).hasSize(2);
        assertThat(j.get("countsByRule").get("xlsx.unreadable").asInt()).isEqualTo(1);
        assertThat(j.get("countsByRule").has(Validator.INTERNAL_ERROR)).isFalse();
        assertThat(j.toString()).contains("The comments of this sheet cannot be read",
                "xl/comments1.xml is missing: named by xl/worksheets/_rels/sheet1.xml.rels");
    }
}
