package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Report;
import io.github.civicdata.validation.Validator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Total and subtotal rows dropped anywhere into a generated table (group subtotals with blank
 * cells, a grand total at the end) are reported in one L1-04 finding that counts them all, every
 * row is still counted, and no cell of a total row is checked as data: no finding is located on
 * one (in particular no L2-02 advice to fill their blanks from the rows above).
 */
class TallyRowProperties {

    private static final Validator VALIDATOR = Validator.builder().detectTemplate(false).build();
    private static final String[] LABELS = {"合計", "計", "小計", "総計", "＊%s計＊", "%s計", "%s 小計", "TOTAL"};

    record Case(String csv, Set<Long> tallyLines, int rows, String label) {
    }

    @Property
    void totalsAreReportedOnceAndNotCheckedAsData(@ForAll("cases") Case c) {
        Report r = VALIDATOR.validate(new ByteArrayInputStream(c.csv().getBytes(StandardCharsets.UTF_8)), "t.csv");
        Statistics.label("total rows").collect(c.tallyLines().size());
        Statistics.label("label").collect(c.label());
        assertThat(r.sources().get(0).rows()).as(c.csv()).hasValue(c.rows());
        List<Finding> tallies = r.findings().stream().filter(f -> f.messageKey().equals("L1-04.tally")).toList();
        if (c.tallyLines().isEmpty()) {
            assertThat(tallies).as(c.csv()).isEmpty();
        } else {
            assertThat(tallies).as(c.csv()).singleElement()
                    .satisfies(f -> assertThat(f.arguments().get(0)).isEqualTo((long) c.tallyLines().size()));
        }
        for (Finding f : r.findings()) {
            if (f.location().line().isPresent() && !f.messageKey().equals("L1-04.tally")) {
                assertThat(c.tallyLines()).as(c.csv() + "\n" + f).doesNotContain(f.location().line().getAsLong());
            }
            assertThat(f.ruleId()).as(c.csv()).isNotIn("L2-02", "L2-01", "L2-04", "validation.internal-error");
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(Arbitraries.integers().between(1, 5), Arbitraries.integers().between(1, 6),
                Arbitraries.integers().between(0, LABELS.length - 1), Arbitraries.of(true, false), Arbitraries.longs())
                .as(TallyRowProperties::build);
    }

    private static Case build(int groups, int perGroup, int labelIndex, boolean grandTotal, long seed) {
        Random rnd = new Random(seed);
        String[] wards = {"東区", "博多区", "中央区", "南区", "西区"};
        List<String> lines = new ArrayList<>();
        Set<Long> tally = new HashSet<>();
        lines.add("全国地方公共団体コード,区名,町名,人口,世帯数");
        String[] codes = {"401315", "401323", "401331", "401340", "401358"};
        String label = LABELS[labelIndex];
        for (int g = 0; g < groups; g++) {
            for (int i = 0; i < perGroup; i++) {
                lines.add(codes[g] + "," + wards[g] + ",町" + g + "-" + i + "," + (100 + rnd.nextInt(900)) + ","
                        + (50 + rnd.nextInt(400)));
            }
            if (rnd.nextBoolean()) {
                String l = label.contains("%s") ? String.format(label, wards[g]) : label;
                lines.add("," + l + ",," + (1000 + rnd.nextInt(9000)) + "," + (500 + rnd.nextInt(4000)));
                tally.add((long) lines.size());
            }
        }
        if (grandTotal) {
            lines.add(",合計,," + (5000 + rnd.nextInt(9000)) + "," + (2500 + rnd.nextInt(4000)));
            tally.add((long) lines.size());
        }
        return new Case(String.join("\r\n", lines) + "\r\n", tally, lines.size() - 1, label);
    }
}
