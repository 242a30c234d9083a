package io.github.civicdata.anonymize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RiskProfileTest {

    @Test
    void profileOfClassSizes() {
        Table t = Table.builder(List.of("a", "b"))
                .addRow("1", "x").addRow("1", "x").addRow("1", "x").addRow("2", "y").addRow("3", "y").build();
        RiskProfile r = RiskProfile.of(t, List.of("a"), 0.4);
        assertThat(r.records()).isEqualTo(5);
        assertThat(r.classes()).isEqualTo(3);
        assertThat(r.minClassSize()).isEqualTo(1);
        assertThat(r.prosecutorMax()).isEqualTo(1.0);
        assertThat(r.prosecutorAverage()).isCloseTo(0.6, offset(1e-12));
        assertThat(r.marketer()).isCloseTo(0.6, offset(1e-12));
        assertThat(r.journalist()).isEqualTo(1.0);
        assertThat(r.sampleUniques()).isEqualTo(2);
        assertThat(r.recordsAtRisk()).isEqualTo(2);
        assertThat(r.shareAtRisk()).isCloseTo(0.4, offset(1e-12));
    }

    @Test
    void analysisReportsClassesBelowK() {
        Table t = Table.builder(List.of("a")).addRow("1").addRow("1").addRow("2").build();
        RiskAnalysis r = RiskAnalysis.of(t, List.of("a"), 0.2, OptionalInt.of(2));
        assertThat(r.report().conforms()).isFalse();
        assertThat(r.report().findings()).extracting(f -> f.ruleId())
                .containsExactly("anon.k-violated", "anon.risk-above-threshold");
        assertThat(RiskAnalysis.of(t, List.of("a"), 0.2, OptionalInt.empty()).report().conforms()).isTrue();
    }

    @Test
    void adultRiskBeforeAnonymisation() {
        RiskProfile r = RiskProfile.of(Adult.table(), Adult.QI9, 0.2);
        assertThat(r.records()).isEqualTo(30_162);
        assertThat(r.prosecutorMax()).isEqualTo(1.0);
        assertThat(r.sampleUniques()).isPositive();
    }
}
