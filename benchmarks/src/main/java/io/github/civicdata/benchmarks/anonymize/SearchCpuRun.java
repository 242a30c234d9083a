package io.github.civicdata.benchmarks.anonymize;

import io.github.civicdata.anonymize.Anonymizer;
import io.github.civicdata.anonymize.CsvOptions;
import io.github.civicdata.anonymize.Hierarchy;
import io.github.civicdata.anonymize.Metric;
import io.github.civicdata.anonymize.PrivacyModel;
import io.github.civicdata.anonymize.Table;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The search scenarios of {@link AdultSearchBenchmark} and {@link GeneratedSearchBenchmark}, timed
 * by the CPU time of the searching thread ({@link ThreadMXBean#getCurrentThreadCpuTime()}) instead
 * of wall time: on a shared, loaded machine (where JMH's wall-clock figures measure the other
 * processes as much as the search) this stays close to what an idle machine's wall time would be.
 * One JVM, {@code warm} warm-up and {@code runs} measured searches per scenario; prints the
 * transformation, value, transformations checked and the median and minimum CPU milliseconds.
 *
 * <pre>
 * mvn -B -Pbench -pl benchmarks -am package -DskipTests
 * java -Xms2g -Xmx4g -cp benchmarks/target/benchmarks.jar io.github.civicdata.benchmarks.anonymize.SearchCpuRun adult 5 9
 * java -Xms2g -Xmx4g -cp benchmarks/target/benchmarks.jar io.github.civicdata.benchmarks.anonymize.SearchCpuRun generated 3 5
 * </pre>
 */
public final class SearchCpuRun {

    private SearchCpuRun() {
    }

    /**
     * @param args {@code adult} or {@code generated}, warm-up runs, measured runs
     */
    public static void main(String[] args) {
        String what = args.length > 0 ? args[0] : "adult";
        int warm = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 9;
        Table table;
        List<String> qis;
        if (what.equals("adult")) {
            Path dir = AdultSearchBenchmark.adultDir();
            table = Table.read(dir.resolve("adult.csv"), CsvOptions.defaults());
            qis = AdultSearchBenchmark.QI9;
        } else {
            table = SyntheticPopulation.table(30_000, SyntheticPopulation.SEED, SyntheticPopulation.QI8);
            qis = SyntheticPopulation.QI8;
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (String metric : new String[] {"loss", "discernibility"}) {
            for (double supp : new double[] {0, 0.02}) {
                for (int k : new int[] {2, 5, 10, 50}) {
                    Anonymizer.Builder b = Anonymizer.builder();
                    for (String q : qis) {
                        b.quasiIdentifier(q, what.equals("adult")
                                ? Hierarchy.read(AdultSearchBenchmark.adultDir().resolve("adult_hierarchy_" + q + ".csv"))
                                : SyntheticPopulation.hierarchy(q, table.distinctValues(table.columnIndex(q).getAsInt())));
                    }
                    Anonymizer a = b.privacyModel(PrivacyModel.kAnonymity(k)).suppressionLimit(supp)
                            .metric(Metric.ofConfigName(metric)).build();
                    Anonymizer.SearchOutcome o = null;
                    for (int i = 0; i < warm; i++) {
                        o = a.search(table);
                    }
                    long[] cpu = new long[runs];
                    for (int i = 0; i < runs; i++) {
                        long t0 = mx.getCurrentThreadCpuTime();
                        o = a.search(table);
                        cpu[i] = mx.getCurrentThreadCpuTime() - t0;
                    }
                    Arrays.sort(cpu);
                    System.out.printf("%s %s supp=%s k=%d | %s | %s | checked %d | cpu ms median %.1f min %.1f%n", what,
                            metric, supp, k, AdultSearchBenchmark.transformation(o, qis), o.value(), o.checked(),
                            cpu[runs / 2] / 1e6, cpu[0] / 1e6);
                }
            }
        }
    }
}
