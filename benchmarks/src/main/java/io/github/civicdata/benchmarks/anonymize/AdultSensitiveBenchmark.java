package io.github.civicdata.benchmarks.anonymize;

import io.github.civicdata.anonymize.Anonymizer;
import io.github.civicdata.anonymize.CsvOptions;
import io.github.civicdata.anonymize.Hierarchy;
import io.github.civicdata.anonymize.Metric;
import io.github.civicdata.anonymize.PrivacyModel;
import io.github.civicdata.anonymize.Table;
import java.nio.file.Path;
import java.util.List;
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
 * Optimal search on Adult with a sensitive attribute, the configuration of ARX's own benchmark
 * (anonbench) and of the notes' §4.4: {@code occupation} sensitive, the other 8 attributes as
 * quasi-identifiers, 5-anonymity plus recursive-(4,3)-diversity or 0.2-closeness with
 * hierarchical EMD (occupation hierarchy), suppression 0 % and 2 %, Loss objective. Times
 * {@link Anonymizer#search(Table)} as {@link AdultSearchBenchmark} does, on 1 thread.
 *
 * <p>Input: {@code anonymize/src/test/resources/adult/} by relative path from the repository root
 * (override with {@code -Dcivicdata.adult=/path/to/dir}).
 *
 * <p>Run from the repository root:
 * <pre>
 * mvn -B -Pbench -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar AdultSensitiveBenchmark -wi 5 -i 9 -f 1
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 9)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx4g"})
public class AdultSensitiveBenchmark {

    /** QI8 attribute order of the notes' table. */
    static final List<String> QI8 = List.of("age", "education", "marital-status", "native-country", "race",
            "salary-class", "sex", "workclass");

    @Param({"recursive-4-3-diversity", "0.2-closeness"})
    public String model;

    @Param({"0", "0.02"})
    public double suppression;

    /** Threads the search may use (ARX is single-threaded; {@code -p threads=2} for both cores). */
    @Param({"1"})
    public int threads;

    private Table table;
    private Anonymizer anonymizer;

    /** Loads the table and builds the anonymiser; prints the optimum once. */
    @Setup
    public void setUp() {
        Path dir = AdultSearchBenchmark.adultDir();
        table = Table.read(dir.resolve("adult.csv"), CsvOptions.defaults());
        Anonymizer.Builder b = Anonymizer.builder();
        for (String q : QI8) {
            b.quasiIdentifier(q, Hierarchy.read(dir.resolve("adult_hierarchy_" + q + ".csv")));
        }
        b.sensitive("occupation", Hierarchy.read(dir.resolve("adult_hierarchy_occupation.csv")));
        b.privacyModel(PrivacyModel.kAnonymity(5));
        if (model.startsWith("recursive")) {
            b.privacyModel(PrivacyModel.recursiveLDiversity("occupation", 4, 3));
        } else {
            b.privacyModel(PrivacyModel.tCloseness("occupation", 0.2, PrivacyModel.TCloseness.Distance.HIERARCHICAL));
        }
        anonymizer = b.suppressionLimit(suppression).metric(Metric.LOSS).threads(threads).build();
        Anonymizer.SearchOutcome o = anonymizer.search(table);
        System.out.println("# optimum " + model + " supp=" + suppression + ": "
                + AdultSearchBenchmark.transformation(o, QI8) + " value=" + o.value() + " checked=" + o.checked());
    }

    /**
     * @return the optimum (consumed by JMH)
     */
    @Benchmark
    public Anonymizer.SearchOutcome search() {
        return anonymizer.search(table);
    }
}
