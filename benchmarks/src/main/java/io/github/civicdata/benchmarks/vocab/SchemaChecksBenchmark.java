package io.github.civicdata.benchmarks.vocab;

import io.github.civicdata.vocab.DataItem;
import io.github.civicdata.vocab.Datatype;
import io.github.civicdata.vocab.FormatConstraints;
import io.github.civicdata.vocab.format.FormatChecks;
import io.github.civicdata.vocab.format.FormatResult;
import io.github.civicdata.vocab.format.ValueChecker;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-cell checks of the Table Schema of {@code ConformingCsv} (the schema of
 * {@code benchmarks/scripts/validate-vs-parse.sh}) alone, as {@code validate --schema} calls them:
 * the compiled {@link ValueChecker} of each constrained field (two patterns of digits, a katakana
 * pattern, two numbers with bounds, a time) on {@value #ROWS} rows of the file's values, each read
 * through a reused view of a char array (no string per cell), as the validator's cells are. The
 * score is per row (six checked cells); with {@code -prof gc}, {@code gc.alloc.rate.norm} is the
 * bytes allocated per row (0 expected).
 *
 * <p>Run: {@code mvn -B -q -Pbench package -DskipTests && java -jar benchmarks/target/benchmarks.jar
 * SchemaChecksBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SchemaChecksBenchmark {

    static final int ROWS = 10_000;
    private static final int COLS = 6;

    private ValueChecker[] checkers;
    private char[][] cells;
    private final View view = new View();

    /** A reused view of a char array, like the validator's cell view. */
    static final class View implements CharSequence {
        private char[] a;
        private int length;

        View set(char[] chars) {
            a = chars;
            length = chars.length;
            return this;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            if (index < 0 || index >= length) {
                throw new IndexOutOfBoundsException(index);
            }
            return a[index];
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return new String(a, from, to - from);
        }

        @Override
        public String toString() {
            return new String(a, 0, length);
        }
    }

    @Setup
    public void setup() {
        FormatChecks checks = FormatChecks.standard();
        DataItem[] items = {
            item(Datatype.STRING, FormatConstraints.builder().pattern("[0-9]{6}").build()),
            item(Datatype.STRING, FormatConstraints.builder().pattern("[ァ-ヶー]+").build()),
            item(Datatype.DECIMAL, FormatConstraints.builder().minimum(new BigDecimal(20))
                    .maximum(new BigDecimal(46)).build()),
            item(Datatype.DECIMAL, FormatConstraints.builder().minimum(new BigDecimal(122))
                    .maximum(new BigDecimal(154)).build()),
            item(Datatype.STRING, FormatConstraints.builder().pattern("[0-9-]+").build()),
            item(Datatype.TIME, FormatConstraints.none()),
        };
        checkers = new ValueChecker[COLS];
        for (int c = 0; c < COLS; c++) {
            checkers[c] = checks.checker(items[c]);
        }
        Random rnd = new Random(20260401);
        String kana = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモ";
        cells = new char[ROWS * COLS][];
        for (int r = 0; r < ROWS; r++) {
            StringBuilder k = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                k.append(kana.charAt(rnd.nextInt(kana.length())));
            }
            String[] row = {"132195", k.toString(), String.format(Locale.ROOT, "35.%06d", 600000 + rnd.nextInt(60000)),
                String.format(Locale.ROOT, "139.%06d", 550000 + rnd.nextInt(60000)), "03-3430-" + (1000 + r % 9000),
                r % 2 == 0 ? "09:00" : "08:30"};
            for (int c = 0; c < COLS; c++) {
                cells[r * COLS + c] = row[c].toCharArray();
            }
        }
    }

    private static DataItem item(Datatype t, FormatConstraints c) {
        return DataItem.builder("bench", "bench", "bench").datatype(t).constraints(c).build();
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public int checkRows() {
        int valid = 0;
        for (int i = 0; i < cells.length; i++) {
            FormatResult r = checkers[i % COLS].check(view.set(cells[i]));
            if (r.isValid()) {
                valid++;
            }
        }
        if (valid != cells.length) {
            throw new IllegalStateException("not all valid: " + valid);
        }
        return valid;
    }
}
