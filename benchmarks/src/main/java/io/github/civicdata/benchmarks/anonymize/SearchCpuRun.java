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
 * java -Xms2g -Xmx4g -cp benchmarks/target/benchmarks.jar io.github.civicdata.benchmarks.anonymize.SearchCpuRun adult-sensitive 3 5
 * java -Xms2g -Xmx4g -cp benchmarks/target/benchmarks.jar io.github.civicdata.benchmarks.anonymize.SearchCpuRun generated 3 5
 * </pre>
 */
public final class SearchCpuRun {

    private SearchCpuRun() {
    }

    /**
     * @param args {@code adult} (QI9), {@code adult8} (QI8), {@code adult-sensitive} (QI8 with
     *     occupation sensitive) or {@code generated}, warm-up runs, measured runs
     */
    public static void main(String[] args) {
        String what = args.length > 0 ? args[0] : "adult";
        int warm = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 9;
        Table table;
        List<String> qis;
        boolean adult = what.startsWith("adult");
        if (adult) {
            Path dir = AdultSearchBenchmark.adultDir();
            table = Table.read(dir.resolve("adult.csv"), CsvOptions.defaults());
            qis = what.equals("adult") ? AdultSearchBenchmark.QI9 : AdultSensitiveBenchmark.QI8;
        } else {
            table = SyntheticPopulation.table(30_000, SyntheticPopulation.SEED, SyntheticPopulation.QI8);
            qis = SyntheticPopulation.QI8;
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        if (what.equals("adult-sensitive")) {
            // the notes' §4.4: QI8, occupation sensitive, k = 5 with recursive-(4,3)-diversity or 0.2-closeness
            Path dir = AdultSearchBenchmark.adultDir();
            for (String model : new String[] {"recursive", "closeness"}) {
                for (double supp : new double[] {0, 0.02}) {
                    Anonymizer.Builder b = Anonymizer.builder();
                    for (String q : qis) {
                        b.quasiIdentifier(q, Hierarchy.read(dir.resolve("adult_hierarchy_" + q + ".csv")));
                    }
                    b.sensitive("occupation", Hierarchy.read(dir.resolve("adult_hierarchy_occupation.csv")))
                            .privacyModel(PrivacyModel.kAnonymity(5));
                    b.privacyModel(model.equals("recursive") ? PrivacyModel.recursiveLDiversity("occupation", 4, 3)
                            : PrivacyModel.tCloseness("occupation", 0.2, PrivacyModel.TCloseness.Distance.HIERARCHICAL));
                    time(what + " " + model + " supp=" + supp, b.suppressionLimit(supp).metric(Metric.LOSS).build(),
                            table, qis, warm, runs, mx);
                }
            }
            return;
        }
        // the ARX comparison has Loss and DM* on QI9, Loss only on QI8
        for (String metric : what.equals("adult8") ? new String[] {"loss"} : new String[] {"loss", "discernibility"}) {
            for (double supp : new double[] {0, 0.02}) {
                for (int k : new int[] {2, 5, 10, 50}) {
                    Anonymizer.Builder b = Anonymizer.builder();
                    for (String q : qis) {
                        b.quasiIdentifier(q, adult
                                ? Hierarchy.read(AdultSearchBenchmark.adultDir().resolve("adult_hierarchy_" + q + ".csv"))
                                : SyntheticPopulation.hierarchy(q, table.distinctValues(table.columnIndex(q).getAsInt())));
                    }
                    Anonymizer a = b.privacyModel(PrivacyModel.kAnonymity(k)).suppressionLimit(supp)
                            .metric(Metric.ofConfigName(metric)).build();
                    time(what + " " + metric + " supp=" + supp + " k=" + k, a, table, qis, warm, runs, mx);
                }
            }
        }
    }

    private static void time(String label, Anonymizer a, Table table, List<String> qis, int warm, int runs,
            ThreadMXBean mx) {
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
        System.out.printf("%s | %s | %s | checked %d | cpu ms median %.1f min %.1f%n", label,
                AdultSearchBenchmark.transformation(o, qis), o.value(), o.checked(), cpu[runs / 2] / 1e6, cpu[0] / 1e6);
    }
}
