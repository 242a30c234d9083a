package io.github.civicdata.benchmarks.anonymize;

import io.github.civicdata.anonymize.Anonymizer;
import io.github.civicdata.anonymize.Metric;
import io.github.civicdata.anonymize.PrivacyModel;
import io.github.civicdata.anonymize.Table;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Optimal k-anonymity search on the generated benchmark of issue 17: 30,000 records of
 * {@link SyntheticPopulation} (seed {@link SyntheticPopulation#SEED}), its 8 quasi-identifiers
 * ({@link SyntheticPopulation#QI8}: zip with 9,226 and birth date with 18,792 distinct values at
 * level 0; 23,040 transformations), k = 2, 5, 10, 50, suppression limit 0 % and 2 %, Loss and DM*.
 * It mimics the second public benchmark of the side-by-side ARX comparison (same row count,
 * number of quasi-identifiers, high-cardinality columns and lattice size); the data are generated,
 * so no file is read. Times {@link Anonymizer#search(Table)} as {@link AdultSearchBenchmark} does;
 * the optimum and the transformations checked are printed once per trial.
 *
 * <p>Run from the repository root:
 * <pre>
 * mvn -B -Pbench -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar GeneratedSearchBenchmark -wi 5 -i 9 -f 1
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 9)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx4g"})
public class GeneratedSearchBenchmark {

    @Param({"2", "5", "10", "50"})
    public int k;

    @Param({"0", "0.02"})
    public double suppression;

    @Param({"loss", "discernibility"})
    public String metric;

    @Param({"30000"})
    public int rows;

    private Table table;
    private Anonymizer anonymizer;

    /** Generates the table and builds the anonymiser; prints the optimum once. */
    @Setup
    public void setUp() {
        table = SyntheticPopulation.table(rows, SyntheticPopulation.SEED, SyntheticPopulation.QI8);
        anonymizer = SyntheticPopulation.builder(table, SyntheticPopulation.QI8).privacyModel(PrivacyModel.kAnonymity(k))
                .suppressionLimit(suppression).metric(Metric.ofConfigName(metric)).build();
        Anonymizer.SearchOutcome o = anonymizer.search(table);
        System.out.println("# optimum k=" + k + " supp=" + suppression + " " + metric + ": "
                + AdultSearchBenchmark.transformation(o, SyntheticPopulation.QI8) + " value=" + o.value() + " checked="
                + o.checked());
    }

    /**
     * @return the optimum (consumed by JMH)
     */
    @Benchmark
    public Anonymizer.SearchOutcome search() {
        return anonymizer.search(table);
    }
}
