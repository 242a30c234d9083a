package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Report;
import io.github.civicdata.validation.Validator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, item 13 ({@code c1-cols-100k-needs-128m.sh}): a 6.4 MB CSV of 21 lines and 100,000
 * columns needed more than 96 MB of heap (each of the 16,384 checked columns held about 6 KB of
 * distinct-value tables before a row was read). It is validated in a JVM with a 64 MB heap, as a
 * user would run it.
 */
class WideFileTest {

    @TempDir
    Path dir;

    /** The reproducer's file: a header c0 … c99999 and 20 rows of (i * j) % 97. */
    static Path cols100k(Path dir) throws IOException {
        Path f = dir.resolve("cols-100k.csv");
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 100_000; i++) {
                w.write((i == 0 ? "" : ",") + "c" + i);
            }
            w.write('\n');
            for (int j = 0; j < 20; j++) {
                for (int i = 0; i < 100_000; i++) {
                    w.write((i == 0 ? "" : ",") + (i * j) % 97);
                }
                w.write('\n');
            }
        }
        return f;
    }

    @Test
    void c1Cols100kNeeds128m() throws Exception {
        Path f = cols100k(dir);
        ProbeProcess.Result r = ProbeProcess.run(dir, List.of("-Xmx64m"), List.of(f.toString()));
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
    }

    @Test
    void theWideFileGetsTheColumnLimitFinding() throws IOException {
        Report r = Validator.builder().build().validate(cols100k(dir));
        assertThat(r.findings()).extracting(Finding::ruleId).contains("limit.columns");
        assertThat(r.sources().get(0).rows()).hasValue(20);
    }
}
