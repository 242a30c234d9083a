package io.github.civicdata.benchmarks.anonymize;

import io.github.civicdata.anonymize.Anonymizer;
import io.github.civicdata.anonymize.Metric;
import io.github.civicdata.anonymize.PrivacyModel;
import io.github.civicdata.anonymize.SearchBudget;
import io.github.civicdata.anonymize.Table;
import java.time.Duration;
import java.util.List;

/**
 * The heuristic search against its budget (issue 17), on {@link SyntheticPopulation} data
 * (seed {@link SyntheticPopulation#SEED}), k = 5, Loss:
 *
 * <ol>
 * <li>{@code small}: the 8-QI benchmark (23,040 transformations, 30,000 rows, 0 % and 2 %
 * suppression): the optimum (optimal search), then the heuristic alone ({@code optimalLimit} 0)
 * with 50 to 20,000 checks: value, proven lower bound, gap to the optimum.</li>
 * <li>{@code wide}: 20 quasi-identifiers ({@link SyntheticPopulation#QI20}, about 2.9 × 10^11
 * transformations, 30,000 rows, 2 % suppression) with time budgets: value, bound, gap, checks.</li>
 * </ol>
 *
 * <pre>
 * mvn -B -Pbench -pl benchmarks -am package -DskipTests
 * java -Xmx2g -cp benchmarks/target/benchmarks.jar io.github.civicdata.benchmarks.anonymize.HeuristicBudgetRun small
 * java -Xmx2g -cp benchmarks/target/benchmarks.jar io.github.civicdata.benchmarks.anonymize.HeuristicBudgetRun wide 1 5 20 60
 * </pre>
 * Prints one line per run; whole-process figures (one JVM, no warm-up beyond the first run).
 */
public final class HeuristicBudgetRun {

    private HeuristicBudgetRun() {
    }

    /**
     * @param args {@code small}, or {@code wide} followed by time budgets in seconds
     */
    public static void main(String[] args) {
        String what = args.length > 0 ? args[0] : "small";
        if (what.equals("small")) {
            Table t = SyntheticPopulation.table(30_000, SyntheticPopulation.SEED, SyntheticPopulation.QI8);
            for (double supp : new double[] {0, 0.02}) {
                Anonymizer.Builder base = SyntheticPopulation.builder(t, SyntheticPopulation.QI8)
                        .privacyModel(PrivacyModel.kAnonymity(5)).suppressionLimit(supp).metric(Metric.LOSS);
                long t0 = System.nanoTime();
                Anonymizer.SearchOutcome opt = base.build().search(t);
                System.out.printf("QI8 supp=%s optimal: value %.6f checked %d %d ms%n", supp, opt.value(), opt.checked(),
                        (System.nanoTime() - t0) / 1_000_000);
                for (long checks : new long[] {50, 200, 1000, 5000, 20000}) {
                    Anonymizer a = SyntheticPopulation.builder(t, SyntheticPopulation.QI8)
                            .privacyModel(PrivacyModel.kAnonymity(5)).suppressionLimit(supp).metric(Metric.LOSS)
                            .searchBudget(new SearchBudget(Duration.ofSeconds(120), checks, 0)).build();
                    long t1 = System.nanoTime();
                    Anonymizer.SearchOutcome h = a.search(t);
                    System.out.printf("QI8 supp=%s heuristic checks<=%d: value %.6f bound %.6f proven-gap %.6f"
                            + " gap-to-optimum %.6f (%.2f %%) optimal=%s checked %d %d ms%n", supp, checks, h.value(),
                            h.lowerBound(), h.value() - h.lowerBound(), h.value() - opt.value(),
                            100 * (h.value() - opt.value()) / opt.value(), h.optimal(), h.checked(),
                            (System.nanoTime() - t1) / 1_000_000);
                }
            }
        } else {
            List<String> qis = SyntheticPopulation.QI20;
            Table t = SyntheticPopulation.table(30_000, SyntheticPopulation.SEED, qis);
            for (int i = 1; i < args.length; i++) {
                int seconds = Integer.parseInt(args[i]);
                Anonymizer a = SyntheticPopulation.builder(t, qis).privacyModel(PrivacyModel.kAnonymity(5))
                        .suppressionLimit(0.02).metric(Metric.LOSS)
                        .searchBudget(SearchBudget.of(Duration.ofSeconds(seconds), Long.MAX_VALUE / 4)).build();
                long t0 = System.nanoTime();
                Anonymizer.SearchOutcome h = a.search(t);
                System.out.printf("QI20 budget %d s: value %.6f bound %.6f gap %.6f optimal=%s checked %d %d ms%n",
                        seconds, h.value(), h.lowerBound(), h.value() - h.lowerBound(), h.optimal(), h.checked(),
                        (System.nanoTime() - t0) / 1_000_000);
            }
        }
    }
}
