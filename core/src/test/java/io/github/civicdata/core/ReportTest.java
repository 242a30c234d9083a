package io.github.civicdata.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportTest {

    private static Finding finding(String rule, Severity s, long row) {
        return Finding.builder(rule, s).location(Location.row("a.csv", row + 1, row)).build();
    }

    @Test
    void countsCoverTruncatedFindings() {
        Report.Builder b = Report.builder().maxFindings(2);
        b.add(finding("L1-08", Severity.ERROR, 1));
        b.add(finding("L1-08", Severity.ERROR, 2));
        b.add(finding("L2-01", Severity.WARNING, 3));
        Report r = b.build();
        assertThat(r.findings()).hasSize(2);
        assertThat(r.truncated()).isTrue();
        assertThat(r.count(Severity.ERROR)).isEqualTo(2);
        assertThat(r.count(Severity.WARNING)).isEqualTo(1);
        assertThat(r.countsByRule()).containsEntry("L1-08", 2L).containsEntry("L2-01", 1L);
        assertThat(r.conforms(Severity.ERROR)).isFalse();
        assertThat(r.total()).isEqualTo(3);
    }

    @Test
    void conformsAtThreshold() {
        Report r = Report.builder().add(finding("x.y", Severity.WARNING, 1)).build();
        assertThat(r.conforms(Severity.ERROR)).isTrue();
        assertThat(r.conforms(Severity.WARNING)).isFalse();
        assertThat(r.conforms(Severity.INFO)).isFalse();
        assertThat(Report.empty().conforms(Severity.INFO)).isTrue();
    }

    @Test
    void mergeKeepsOtherCountsAndTruncation() {
        Report a = Report.builder().maxFindings(1)
                .source(SourceInfo.of("a.csv"))
                .add(finding("r", Severity.ERROR, 1)).add(finding("r", Severity.ERROR, 2)).build();
        Report b = Report.builder().source(SourceInfo.of("b.csv")).add(finding("s", Severity.INFO, 1)).build();
        Report m = Report.builder().merge(a).merge(b).build();
        assertThat(m.sources()).extracting(SourceInfo::name).containsExactly("a.csv", "b.csv");
        assertThat(m.count(Severity.ERROR)).isEqualTo(2);
        assertThat(m.findings()).hasSize(2);
        assertThat(m.truncated()).isTrue();
    }

    @Test
    void findingValidatesAndTruncates() {
        Finding f = Finding.builder("L1-08", Severity.ERROR).location(Location.of("a.csv"))
                .value("x".repeat(100)).args("a", 1, true).build();
        assertThat(f.value()).hasValue("x".repeat(80) + "…");
        assertThat(f.messageKey()).isEqualTo("L1-08");
        // a suggestion is applied as it is: a long one is left out, never cut
        Finding s = Finding.builder("L1-08", Severity.ERROR).location(Location.of("a.csv"))
                .value("y".repeat(100)).suggestion("x".repeat(100)).build();
        assertThat(s.suggestion()).isEmpty();
        assertThat(Finding.builder("L1-08", Severity.ERROR).location(Location.of("a.csv"))
                .suggestion("x".repeat(80)).build().suggestion()).hasValue("x".repeat(80));
        assertThatThrownBy(() -> Finding.builder("L1-08", Severity.ERROR).location(Location.of("a"))
                .args(new Object()).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Location.row("a", 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void severityOrderAndParse() {
        assertThat(Severity.ERROR.isAtLeast(Severity.WARNING)).isTrue();
        assertThat(Severity.INFO.isAtLeast(Severity.WARNING)).isFalse();
        assertThat(Severity.parse("Warning")).hasValue(Severity.WARNING);
        assertThat(Severity.parse("never")).isEmpty();
    }
}
