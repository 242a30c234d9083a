package io.github.civicdata.anonymize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pruned search finds the same optimum as checking all 12,960 transformations of Adult (QI9).
 * The default run covers k = 5 and k = 50 for both objectives and both suppression limits; every
 * scenario of the benchmark (k = 2, 5, 10, 50) runs with {@code -Dcivicdata.exhaustive=all}
 * (about a minute on 2 cores).
 */
class AdultExhaustiveTest {

    static List<Object[]> scenarios() {
        boolean all = "all".equals(System.getProperty("civicdata.exhaustive"));
        int[] ks = all ? new int[] {2, 5, 10, 50} : new int[] {5, 50};
        List<Object[]> out = new ArrayList<>();
        for (int k : ks) {
            for (double s : new double[] {0, 0.02}) {
                for (Metric m : new Metric[] {Metric.LOSS, Metric.DISCERNIBILITY}) {
                    out.add(new Object[] {k, s, m});
                }
            }
        }
        return out;
    }

    @ParameterizedTest(name = "k={0} supp={1} {2}")
    @MethodSource("scenarios")
    void prunedSearchEqualsExhaustive(int k, double suppression, Metric metric) {
        Anonymizer a = Adult.qi9().privacyModel(PrivacyModel.kAnonymity(k)).suppressionLimit(suppression)
                .metric(metric).build();
        Anonymizer.SearchOutcome fast = a.search(Adult.table());
        Anonymizer.SearchOutcome all = a.exhaustiveSearch(Adult.table());
        assertThat(all.checked()).isEqualTo(12_960);
        assertThat(fast.value()).isEqualTo(all.value());
        assertThat(fast.levels()).isEqualTo(all.levels());
        assertThat(fast.checked()).isLessThan(all.checked());
    }
}
