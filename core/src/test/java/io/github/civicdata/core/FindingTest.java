package io.github.civicdata.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FindingTest {

    @Test
    void frictionlessCodeIsTheRuleIdOrTheFirstPartOfTheVariant() {
        assertThat(Finding.code("extra-cell", "extra-cell.empty")).contains("extra-cell");
        assertThat(Finding.code("type-error", "format.latitude")).contains("type-error");
        assertThat(Finding.code("L1-03", "L1-03.blank-row")).contains("blank-row");
        assertThat(Finding.code("L1-03", "L1-03.blank-row.trailing")).contains("blank-row");
        assertThat(Finding.code("L2-03", "L2-03.duplicate-label")).contains("duplicate-label");
        assertThat(Finding.code("L1-03", "L1-03.blank-column")).isEmpty();
        assertThat(Finding.code("L1-03", "L1-03")).isEmpty();
        assertThat(Finding.code("L1-08", "blank-row")).isEmpty();
        Finding f = Finding.builder("L1-05", Severity.ERROR).messageKey("L1-05.blank-label")
                .location(Location.of("a.csv")).build();
        assertThat(f.code()).contains("blank-label");
    }
}
