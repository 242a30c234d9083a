package io.github.civicdata.anonymize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Regressions of issue 17: wide quasi-identifier keys and exact zero loss. */
class WideTableTest {

    /**
     * Ten numeric quasi-identifiers with 1,000 values each (10^30 combinations): the old key packing
     * called {@code Math.multiplyExact} before its width check and ended in "long overflow".
     */
    @Test
    void tenNumericQuasiIdentifiersNoLongerOverflow() {
        int qn = 10;
        List<String> header = new ArrayList<>();
        for (int q = 0; q < qn; q++) {
            header.add("n" + q);
        }
        Random rnd = new Random(17);
        Table.Builder tb = Table.builder(header);
        for (int r = 0; r < 2_000; r++) {
            List<String> row = new ArrayList<>();
            for (int q = 0; q < qn; q++) {
                row.add(Integer.toString(rnd.nextInt(1_000)));
            }
            tb.addRow(row);
        }
        Table t = tb.build();
        Anonymizer.Builder b = Anonymizer.builder();
        for (int q = 0; q < qn; q++) {
            b.quasiIdentifier("n" + q, Hierarchy.intervals().width(500).build(t.distinctValues(q)));
        }
        Anonymizer a = b.privacyModel(PrivacyModel.kAnonymity(3)).suppressionLimit(0.05).build();
        Problem p = a.problem(t);
        assertThat(new Evaluator(p).wideKeysAt(new int[qn])).isTrue();
        AnonymizationResult r = a.anonymize(t);
        assertThat(r.minClassSize()).isGreaterThanOrEqualTo(3);
        assertThat(r.inputRows()).isEqualTo(r.outputRows() + r.suppressedRows());
        assertThat(a.search(t).value()).isEqualTo(r.loss().get("loss"));
    }

    /** A table that is already k-anonymous needs no generalisation: its loss is exactly 0, not 3.3e-18. */
    @Test
    void noGeneralisationHasExactlyZeroLoss() {
        Table t = Table.builder(List.of("age", "sex")).addRow("30", "F").addRow("30", "F").addRow("41", "M")
                .addRow("41", "M").addRow("41", "M").build();
        Hierarchy age = Hierarchy.intervals().width(10).build(t.distinctValues(0));
        Hierarchy sex = Hierarchy.of(List.of(List.of("F", "*"), List.of("M", "*")));
        for (Metric m : Metric.values()) {
            Anonymizer a = Anonymizer.builder().quasiIdentifier("age", age).quasiIdentifier("sex", sex)
                    .privacyModel(PrivacyModel.kAnonymity(2)).metric(m).build();
            AnonymizationResult r = a.anonymize(t);
            assertThat(r.levels().values()).containsOnly(0);
            assertThat(r.loss().get("loss")).isEqualTo(0.0);
            assertThat(r.loss().get("entropy")).isEqualTo(0.0);
            assertThat(r.loss().get("lmMean")).isEqualTo(0.0);
            assertThat(r.lossPerAttribute().values()).containsOnly(0.0);
            if (m == Metric.LOSS || m == Metric.ENTROPY) {
                assertThat(a.search(t).value()).isEqualTo(0.0);
            }
        }
    }
}
