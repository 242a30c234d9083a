package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.Severity;
import io.github.civicdata.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bug of the validator on one file (simulated by a progress listener that throws, which its
 * contract forbids) becomes a {@code validation.internal-error} finding for that file; the other
 * files of the run keep their reports.
 */
class InternalErrorTest {

    @TempDir
    Path dir;

    static final String KANA = "名称,カナ\n市役所,ｼﾔｸｼｮ\n";

    private static Validator failingOn(String source) {
        return Validator.builder().progress((s, done, total) -> {
            if (s.endsWith(source)) {
                throw new IllegalStateException("simulated bug");
            }
        }).build();
    }

    @Test
    void internalErrorOnOneFileKeepsTheReportOfTheOthers() throws IOException {
        Path a = Files.writeString(dir.resolve("a.csv"), KANA);
        Path b = Files.writeString(dir.resolve("b.csv"), KANA);
        Path c = Files.writeString(dir.resolve("c.csv"), KANA);
        Report r = failingOn("b.csv").validate(List.of(a, b, c));
        assertThat(r.sources()).extracting(s -> s.name()).containsExactly(a.toString(), b.toString(), c.toString());
        assertThat(r.findings()).filteredOn(f -> f.location().source().equals(a.toString()))
                .extracting(Finding::ruleId).containsExactly("L1-08");
        assertThat(r.findings()).filteredOn(f -> f.location().source().equals(c.toString()))
                .extracting(Finding::ruleId).containsExactly("L1-08");
        Finding internal = r.findings().stream().filter(f -> f.ruleId().equals(Validator.INTERNAL_ERROR))
                .findFirst().orElseThrow();
        assertThat(internal.location().source()).isEqualTo(b.toString());
        assertThat(internal.severity()).isEqualTo(Severity.ERROR);
        // names the exception and where it was thrown, never a value of the data
        assertThat(internal.arguments().get(0)).isEqualTo("java.lang.IllegalStateException");
        assertThat(internal.arguments().get(1).toString()).startsWith("InternalErrorTest.lambda$");
        assertThat(r.countsByRule()).containsEntry(Validator.INTERNAL_ERROR, 1L);
    }

    @Test
    void internalErrorInAWorkbookIsNotMistakenForAnUnreadableWorkbook() throws IOException {
        Path x = XlsxFixtures.write(dir, "x", XlsxFixtures.cases().get("clean"));
        Report r = failingOn("x.xlsx").validate(List.of(x));
        assertThat(r.findings()).extracting(Finding::ruleId).contains(Validator.INTERNAL_ERROR)
                .doesNotContain("xlsx.unreadable");
    }

    @Test
    void internalErrorOnAStreamIsAFindingToo() {
        Report r = failingOn("s.csv").validate(new ByteArrayInputStream(KANA.getBytes(StandardCharsets.UTF_8)), "s.csv");
        assertThat(r.findings()).extracting(Finding::ruleId).contains(Validator.INTERNAL_ERROR);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void failureOnTheDecodingThreadOfALargeFileDoesNotHang() throws IOException {
        // files of 4 MB or more are decoded on a second thread; the listener is called there every 8 MB
        Path big = dir.resolve("big.csv");
        byte[] row = "市民会館,10\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream o = Files.newOutputStream(big)) {
            o.write("名称,人数\n".getBytes(StandardCharsets.UTF_8));
            for (long n = 0; n < (9L << 20); n += row.length) {
                o.write(row);
            }
        }
        Path small = Files.writeString(dir.resolve("small.csv"), KANA);
        Report r = failingOn("big.csv").validate(List.of(big, small));
        assertThat(r.findings()).extracting(Finding::ruleId).contains(Validator.INTERNAL_ERROR, "L1-08");
    }
}
