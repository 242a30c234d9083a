package io.github.civicdata.benchmarks.validation;

import io.github.civicdata.core.Report;
import io.github.civicdata.validation.Validator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-cell cost of the checks, per kind of cell: a 20,000-row × 10-column CSV (UTF-8, in the
 * page cache) whose cells are all of one kind ({@code ascii}: numbers, codes and Latin words;
 * {@code kana}: katakana; {@code kanji}: kanji with kana; {@code facility}: the mixed rows of
 * {@link ConformingCsv}), validated on one thread with the rules only or with the template of
 * {@link ConformingCsv}, or with its Table Schema (three pattern constraints, bounds, a time
 * column); template and schema are only meaningful for {@code facility} (for the others their
 * columns do not match and they add the header checks only). The score is per row
 * ({@code @OperationsPerInvocation}), so with {@code -prof gc} the {@code gc.alloc.rate.norm} line
 * is the bytes allocated per row (of 10 cells), the figure issue 16 asks for. That figure includes
 * what is allocated once per file (buffers, the head window, the delimiter sample, the template's
 * header matching), spread over the rows; {@code validate200k} validates a file of the same kind
 * with ten times the rows, so that the bytes per row of the checks alone are
 * {@code (200,000 × B(validate200k) − 20,000 × B(validate)) / 180,000} and the bytes per file are
 * {@code 20,000 × (B(validate) − that)}.
 *
 * <p>Run (short, for a loaded machine; re-measure idle with the defaults):
 * {@code java -jar benchmarks/target/benchmarks.jar CellChecksBenchmark -prof gc -wi 2 -i 3 -w 1s -r 1s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CellChecksBenchmark {

    /** Data rows of each file. */
    static final int ROWS = 20_000;
    /** Data rows of the larger file of {@link #validate200k}. */
    static final int ROWS_BIG = 200_000;

    @Param({"ascii", "kana", "kanji", "facility"})
    public String cells;

    @Param({"rules", "template", "schema"})
    public String checks;

    private Path file;
    private Path big;
    private Validator validator;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        file = Files.createTempFile("civicdata-cells-", ".csv");
        big = Files.createTempFile("civicdata-cells-big-", ".csv");
        if (cells.equals("facility")) {
            ConformingCsv.write(file, ROWS);
            ConformingCsv.write(big, ROWS_BIG);
        } else {
            ConformingCsv.write(file, 0); // for its schema beside the file
            write(file, cells, ROWS);
            write(big, cells, ROWS_BIG);
        }
        Validator.Builder b = Validator.builder().threads(1);
        if (checks.equals("template")) {
            b.template(ConformingCsv.template());
        } else if (checks.equals("schema")) {
            b.schema(schemaFile());
        }
        validator = b.build();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(schemaFile());
        Files.deleteIfExists(big);
        Files.deleteIfExists(big.resolveSibling(big.getFileName().toString().replace(".csv", ".schema.json")));
    }

    /** The Table Schema {@link ConformingCsv#write} puts beside the file (patterns, bounds, a time column). */
    private Path schemaFile() {
        return file.resolveSibling(file.getFileName().toString().replace(".csv", ".schema.json"));
    }

    private static void write(Path f, String kind, int rows) throws IOException {
        Random rnd = new Random(16);
        String kana = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモ";
        String kanji = "東京都狛江市和泉本町市民会館図書館体育館公民館役所保育園消防署公園土日休館";
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(f, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("列1,列2,列3,列4,列5,列6,列7,列8,列9,列10\r\n");
            StringBuilder sb = new StringBuilder();
            for (int r = 1; r <= rows; r++) {
                sb.setLength(0);
                for (int c = 0; c < 10; c++) {
                    if (c > 0) {
                        sb.append(',');
                    }
                    int len = 3 + rnd.nextInt(8);
                    for (int k = 0; k < len; k++) {
                        switch (kind) {
                            case "ascii" -> sb.append(c % 2 == 0 ? (char) ('0' + rnd.nextInt(10))
                                    : (char) ('a' + rnd.nextInt(26)));
                            case "kana" -> sb.append(kana.charAt(rnd.nextInt(kana.length())));
                            default -> sb.append(k % 3 == 2 ? kana.charAt(rnd.nextInt(kana.length()))
                                    : kanji.charAt(rnd.nextInt(kanji.length())));
                        }
                    }
                }
                sb.append("\r\n");
                w.append(sb);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long validate() {
        Report r = validator.validate(file);
        return r.total();
    }

    @Benchmark
    @OperationsPerInvocation(ROWS_BIG)
    public long validate200k() {
        Report r = validator.validate(big);
        return r.total();
    }
}
