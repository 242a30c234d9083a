package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 14 (speed): rows handed to the writer thread ({@link FixWriterThread}) live in reused
 * batches, and a data row whose values need nothing is handed over as it is (its cells and its
 * statistics in one entry). With tiny batches (one to three of them, a few rows or characters each)
 * every buffer is reused many times in a table of a few hundred rows: a batch overwritten before the
 * writer thread has written it, a row whose characters were copied from the wrong record, a tally
 * lost or counted twice, would change the bytes. Each generated table mixes rows written as they are
 * with rows that change (full-width digits, ditto marks below rows written as they are, empty
 * required-looking cells, quoted commas and line breaks, cells longer than a batch, blank rows,
 * ragged rows) and a unit that appears only after the plan's first rows (the statistics tallied on
 * the writer thread must then ask for a second pass); every output and the result must be byte for
 * byte what the fixer writes on one thread.
 */
class FixWriterBatchProperties {

    private static Path dir;

    @BeforeContainer
    static void makeDir() throws IOException {
        dir = Files.createTempDirectory("civicdata-fix-batches-");
    }

    @AfterContainer
    static void removeDir() throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Property(tries = 40)
    void tinyWriterBatchesWriteTheBytesOneThreadWrites(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int batches,
            @ForAll @IntRange(min = 1, max = 5) int rows, @ForAll @IntRange(min = 1, max = 300) int chars,
            @ForAll boolean template) throws IOException {
        Random rnd = new Random(seed);
        // half the tables are longer than the plan's first rows (their statistics are tallied on the writer thread)
        int n = rnd.nextBoolean() ? 200 + rnd.nextInt(700) : FixRun.PLAN_ROWS + 50 + rnd.nextInt(500);
        boolean lateUnit = rnd.nextBoolean();
        Path f = dir.resolve("t" + Long.toHexString(seed) + ".csv");
        Files.writeString(f, table(rnd, n, lateUnit), StandardCharsets.UTF_8);
        Fixer.Builder one = Fixer.builder().threads(1);
        Fixer.Builder tiny = Fixer.builder().threads(2).pipelineThreshold(0).writerBatches(batches, rows, chars);
        if (template) {
            one.template("aed");
            tiny.template("aed");
        }
        List<String> expected = run(f, one, "one");
        List<String> actual = run(f, tiny, "tiny");
        assertThat(expected.get(0)).doesNotContain(Validator.INTERNAL_ERROR).contains(" rows, ");
        assertThat(actual).as("batches %d × %d rows / %d chars, %d rows", batches, rows, chars, n)
                .isEqualTo(expected);
        Statistics.label("passes").collect(expected.get(0).contains("2 passes") ? "2 (plan contradicted)" : "1");
    }

    /** The default batches, on the same kind of table (the sizes the benchmark runs with). */
    @Example
    void defaultBatchesWriteTheBytesOneThreadWrites() throws IOException {
        Path f = dir.resolve("default.csv");
        Files.writeString(f, table(new Random(7), 5_000, true), StandardCharsets.UTF_8);
        assertThat(run(f, Fixer.builder().threads(2).pipelineThreshold(0), "two"))
                .isEqualTo(run(f, Fixer.builder().threads(1), "one2"));
    }

    /** A table of facilities: most rows clean, some with defects the fixer changes or moves. */
    static String table(Random rnd, int n, boolean lateUnit) {
        StringBuilder sb = new StringBuilder("ID,名称,区分,住所,緯度,経度,電話番号,開始時間,定員,備考\n");
        String[] names = {"市民会館", "図書館", "体育館", "公民館", "保育園", "消防署", "公園"};
        for (int r = 1; r <= n; r++) {
            int kind = rnd.nextInt(40);
            if (kind == 0) {
                sb.append('\n'); // a blank row (removed, logged)
                continue;
            }
            sb.append(r).append(',');
            sb.append(kind == 1 ? "\"" + names[r % names.length] + ",別館\"" : names[r % names.length] + r).append(',');
            // a ditto mark below a row that is most often written as it is
            sb.append(kind == 2 ? "〃" : kind == 3 ? "同上" : r % 3 == 0 ? "公立" : "私立").append(',');
            sb.append(kind == 4 ? "\"東京都\n狛江市\"" : "東京都狛江市和泉本町" + (r % 4) + "-" + (r % 7)).append(',');
            sb.append(kind == 5 ? "３５.６" : "35.6" + r % 10).append(',');
            sb.append(kind == 6 ? "" : "139.5" + r % 10).append(',');
            sb.append(kind == 7 ? "０３-3430-1111" : "03-3430-" + (1000 + r % 9000)).append(',');
            sb.append(kind == 8 ? "９:００" : r % 2 == 0 ? "09:00" : "08:30").append(',');
            String capacity = Integer.toString(10 + r % 90);
            sb.append(kind == 9 ? "1,234" : lateUnit && r > n - 5 ? capacity + "人" : capacity);
            if (kind != 10) {
                sb.append(',').append(kind == 11 ? "x".repeat(400 + rnd.nextInt(400))
                        : kind == 12 ? "=1+2" : kind == 13 ? "ｶﾀｶﾅ" : kind == 14 ? "㈱" : r % 5 == 0 ? "土日休館" : "");
            }
            if (kind == 15) {
                sb.append(",extra");
            }
            sb.append(kind == 16 ? "\r\n" : "\n");
        }
        return sb.toString();
    }

    /** The result and each output (table, change log, sidecar), as text. */
    private static List<String> run(Path f, Fixer.Builder b, String name) {
        try {
            Path out = Files.createDirectories(dir.resolve(f.getFileName() + "-" + name));
            Path table = out.resolve("table.csv");
            Path log = out.resolve("changes.csv");
            Path side = out.resolve("sidecar.json");
            FixResult r = b.build().fix(f, FixOutputs.builder().table(table).changes(log).sidecar(side)
                    .locale(Locale.ENGLISH).build());
            List<String> parts = new ArrayList<>();
            parts.add(r.rowsWritten() + " rows, " + r.passes() + " passes, refused " + r.refused() + ", "
                    + r.changes() + ", " + r.unfixable() + " unfixable, " + r.rowsNotWritten() + " " + r.findings());
            for (Path p : List.of(table, log, side)) {
                parts.add(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
            return parts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
