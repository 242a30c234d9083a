package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmitterTest {

    private static Report run(Emitter out, Report.Builder rb, String[][] findings) {
        out.startSource("a.csv", null);
        long row = 1;
        for (String[] f : findings) {
            out.emit(out.cell(f[0], f[1], Severity.parse(f[2]).orElseThrow(), row + 1, row, 3, "住所", "x", null, "x"));
            row++;
        }
        out.endSource();
        return rb.build();
    }

    @Test
    void theCapIsPerVariantSoAnErrorIsNeverHiddenBehindWarnings() {
        Report.Builder rb = Report.builder();
        Emitter out = new Emitter(rb, Map.of(), Set.of(), 2, false);
        String[][] in = new String[8][];
        for (int i = 0; i < 6; i++) {
            in[i] = new String[] {"L1-08", "L1-08.mapping", "warning"};
        }
        in[6] = new String[] {"L1-08", "L1-08.halfwidth-kana", "error"};
        in[7] = new String[] {"L1-08", "L1-08.halfwidth-kana", "error"};
        Report r = run(out, rb, in);
        List<Finding> listed = r.findings().stream().filter(f -> !f.messageKey().equals(Emitter.MORE_KEY)).toList();
        assertThat(listed).extracting(Finding::messageKey).containsExactly("L1-08.mapping", "L1-08.mapping",
                "L1-08.halfwidth-kana", "L1-08.halfwidth-kana");
        List<Finding> more = r.findings().stream().filter(f -> f.messageKey().equals(Emitter.MORE_KEY)).toList();
        assertThat(more).hasSize(1);
        assertThat(more.get(0).severity()).isEqualTo(Severity.WARNING);
        // 4 more: 0 errors, 4 warnings, 0 info, of the variant L1-08.mapping
        assertThat(more.get(0).arguments()).containsExactly(4L, 3L, 6L, 2, 0L, 4L, 0L, "L1-08.mapping");
    }

    @Test
    void theSummaryHasTheSeverityOfWhatItHidesAndCountsIt() {
        Report.Builder rb = Report.builder();
        Emitter out = new Emitter(rb, Map.of(), Set.of(), 1, false);
        Report r = run(out, rb, new String[][] {{"L3-06", "lgcode.x", "warning"}, {"L3-06", "lgcode.x", "error"},
            {"L3-06", "lgcode.x", "warning"}, {"L3-06", "lgcode.x", "info"}});
        Finding more = r.findings().stream().filter(f -> f.messageKey().equals(Emitter.MORE_KEY)).findFirst()
                .orElseThrow();
        assertThat(more.severity()).isEqualTo(Severity.ERROR);
        assertThat(more.arguments().subList(4, 7)).containsExactly(1L, 1L, 1L);
    }

    @Test
    void aRuleStandsForATemplateCheckOnlyAsItIsDefined() {
        Emitter plain = new Emitter(Report.builder(), Map.of(), Set.of(), 5, false);
        assertThat(plain.asDefined("L1-08", "L1-08.halfwidth-kana")).isTrue();
        Emitter off = new Emitter(Report.builder(), Map.of(), Set.of("L1-08"), 5, false);
        assertThat(off.asDefined("L1-08", "L1-08.halfwidth-kana")).isFalse();
        Emitter info = new Emitter(Report.builder(), Map.of("L1-08", Severity.INFO), Set.of(), 5, false);
        assertThat(info.asDefined("L1-08", "L1-08.halfwidth-kana")).isFalse();
        assertThat(info.asDefined("L1-06", "L1-06.edge-space")).isTrue();
    }
}
