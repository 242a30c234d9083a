package io.github.civicdata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The c4 reproducers that need a process of their own: a signal in the middle of writing, and a
 * heap too small for the input. Each runs a child JVM on the test class path (about a second).
 */
class ChildProcessReliabilityTest {

    @TempDir
    Path dir;

    List<String> parts() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).toList();
        }
    }

    /**
     * Issue 9, c4-sigterm-partial-output: SIGTERM while {@code --output} was being written left a
     * truncated file under the final name. Now the file being written is a hidden temporary file,
     * deleted when the JVM stops; the final name keeps its previous content (or does not exist).
     */
    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void c4SigtermPartialOutput() throws Exception {
        for (boolean previous : new boolean[] {true, false}) {
            Path target = dir.resolve(previous ? "big-out2.csv" : "new-out.csv");
            if (previous) {
                Files.writeString(target, "OLD COMPLETE REPORT\n");
            }
            Process p = ChildJvm.builder(dir, List.of("-Xmx64m"), OutputsChild.class, List.of(target.toString()))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).isEqualTo("WRITING");
                // mid-write: the content is in a temporary file, the final name is untouched
                assertThat(parts()).hasSize(1);
                assertThat(Files.size(dir.resolve(parts().get(0)))).isPositive();
                if (previous) {
                    assertThat(target).hasContent("OLD COMPLETE REPORT");
                } else {
                    assertThat(target).doesNotExist();
                }
                p.destroy(); // SIGTERM
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            } finally {
                p.destroyForcibly();
            }
            assertThat(p.exitValue()).isEqualTo(143); // 128 + SIGTERM
            assertThat(parts()).as("temporary file removed by the shutdown hook").isEmpty();
            if (previous) {
                assertThat(target).hasContent("OLD COMPLETE REPORT");
            } else {
                assertThat(target).doesNotExist();
            }
        }
    }

    /** About 40 MB of residents with a long unique note per row: more than a 32 MB heap can hold. */
    Path bigResidents() throws IOException {
        Path f = dir.resolve("big-residents.csv");
        Random rnd = new Random(9);
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("住民ID,年齢,性別,メモ\n");
            char[] note = new char[200];
            for (int i = 0; i < 200_000; i++) {
                for (int k = 0; k < note.length; k++) {
                    note[k] = (char) ('a' + rnd.nextInt(26));
                }
                w.write(i + "," + (20 + rnd.nextInt(60)) + "," + (rnd.nextBoolean() ? "男" : "女") + ",");
                w.write(note);
                w.write('\n');
            }
        }
        return f;
    }

    /**
     * Issue 9, c4-oom-anonymize-risk-xmx64m: {@code risk} and {@code anonymize} out of memory printed
     * an OutOfMemoryError trace and exited 1. Now: exit 3 and the bilingual message with the heap,
     * the input size and what to change.
     */
    @Test
    void c4OomAnonymizeRiskXmx64m() throws Exception {
        Path big = bigResidents();
        Files.writeString(dir.resolve("sex.csv"), "男;*\n女;*\n");
        Path config = Files.writeString(dir.resolve("config.json"), "{\"attributes\": {"
                + "\"住民ID\": {\"role\": \"identifying\"},"
                + "\"年齢\": {\"role\": \"quasi-identifying\", \"hierarchy\": {\"builder\": \"intervals\", \"widths\": [10]}},"
                + "\"性別\": {\"role\": \"quasi-identifying\", \"hierarchy\": \"sex.csv\"}},"
                + "\"privacy\": [{\"model\": \"k-anonymity\", \"k\": 5}]}");
        List<String> heap = List.of("-Xmx32m", "-XX:+UseSerialGC");
        ChildJvm.Result risk = ChildJvm.run(dir, heap, Main.class,
                List.of("risk", big.toString(), "--quasi-identifiers", "年齢,性別"), null, 120);
        ChildJvm.Result anon = ChildJvm.run(dir, heap, Main.class,
                List.of("anonymize", big.toString(), "--config", config.toString(), "--output",
                        dir.resolve("x64.csv").toString()), null, 120);
        for (ChildJvm.Result r : List.of(risk, anon)) {
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.ERROR);
            assertThat(r.err()).contains("Out of memory").contains("メモリ不足").contains("-Xmx")
                    .contains("MB of Java heap").contains("MB of input in 1 file(s)")
                    .doesNotContain("OutOfMemoryError").doesNotContain("\tat ").doesNotContain("Exception in thread");
        }
        assertThat(risk.err()).contains("'civicdata risk'").contains("fewer quasi-identifiers");
        assertThat(anon.err()).contains("'civicdata anonymize'").contains("hierarchy levels");
        assertThat(dir.resolve("x64.csv")).doesNotExist();
        assertThat(parts()).isEmpty();
    }
}
