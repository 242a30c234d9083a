package io.github.civicdata.benchmarks.vocab;

import io.github.civicdata.vocab.DatasetTemplate;
import io.github.civicdata.vocab.TemplateColumn;
import io.github.civicdata.vocab.Vocabulary;
import io.github.civicdata.vocab.format.FormatChecks;
import io.github.civicdata.vocab.format.FormatResult;
import io.github.civicdata.vocab.format.ValueChecker;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Per-cell format checks as the validation module runs them: the compiled {@link ValueChecker} of
 * each column of 13 公衆トイレ一覧 (2026-08, 39 columns) applied to {@value #CELLS} cells of
 * realistic values, row by row. {@code invalidPercent} of the cells are invalid (wrong time form,
 * 和暦 date, half-width katakana, lost leading zero, impossible latitude); the score is cells per
 * second.
 *
 * <p>Run: {@code mvn -B -q -Pbench package -DskipTests -pl benchmarks -am && java -jar
 * benchmarks/target/benchmarks.jar FormatChecksBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FormatChecksBenchmark {

    static final int CELLS = 39 * 2_000;

    @Param({"0", "10"})
    public int invalidPercent;

    private ValueChecker[] checkers;
    private String[] values;

    @Setup
    public void setup() {
        DatasetTemplate t = Vocabulary.standard().template("public-toilet").orElseThrow();
        FormatChecks checks = FormatChecks.standard();
        List<TemplateColumn> cols = t.columns();
        checkers = new ValueChecker[CELLS];
        values = new String[CELLS];
        Random rnd = new Random(42);
        for (int i = 0; i < CELLS; i++) {
            TemplateColumn c = cols.get(i % cols.size());
            checkers[i] = checks.checker(c.item());
            boolean bad = rnd.nextInt(100) < invalidPercent;
            values[i] = value(c, bad, rnd);
        }
    }

    private static String value(TemplateColumn c, boolean bad, Random rnd) {
        String id = c.item().id();
        switch (id) {
            case "local-government-code":
            case "located-local-government-code":
                return bad ? "92011" : "011002";
            case "latitude":
                return bad ? "369.56056" : String.format("%.6f", 35 + rnd.nextDouble() * 8);
            case "longitude":
                return String.format("%.6f", 130 + rnd.nextDouble() * 12);
            case "available-start-time":
            case "available-end-time":
                return bad ? "9:00" : "09:00";
            case "name-kana":
                return bad ? "ｻｯﾎﾟﾛｴｷ" : "サッポロエキ";
            case "wheelchair-toilet":
            case "baby-care-toilet":
            case "ostomate-toilet":
                return bad ? "あり" : "有";
            default:
                return c.item().example().orElse("テキスト");
        }
    }

    @Benchmark
    @OperationsPerInvocation(CELLS)
    public void checkCells(Blackhole bh) {
        for (int i = 0; i < CELLS; i++) {
            FormatResult r = checkers[i].check(values[i]);
            bh.consume(r);
        }
    }
}
