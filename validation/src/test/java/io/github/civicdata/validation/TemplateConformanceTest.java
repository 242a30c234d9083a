package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Report;
import io.github.civicdata.vocab.Vocabulary;
import io.github.civicdata.vocab.format.FormatChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A template check on its own: it reads a table only through a {@link TableView} and calls nothing back. */
class TemplateConformanceTest {

    /** A fixed table: names and counts, nothing else. */
    private record View(List<String> names, long rows, long[] values) implements TableView {
        @Override
        public int width() {
            return names.size();
        }

        @Override
        public String name(int column) {
            return names.get(column);
        }

        @Override
        public List<List<String>> otherNames() {
            return names.stream().map(n -> List.<String>of()).toList();
        }

        @Override
        public long headerLine() {
            return 1;
        }

        @Override
        public long values(int column) {
            return values[column];
        }
    }

    @Test
    void columnsCellsAndTheEndOfTheTable() {
        Report.Builder report = Report.builder();
        Emitter out = new Emitter(report, Map.of(), Set.of(), 100, false);
        out.startSource("aed.csv", null);
        Vocabulary v = Vocabulary.standard();
        Conformance c = new TemplateConformance(v.template("aed", "2021-suisho").orElseThrow(), v,
                FormatChecks.builder().build(), 1000, null);
        List<Finding> row = new ArrayList<>();
        View view = new View(List.of("NO", "名称", "名称_カナ", "住所", "緯度", "設置位置"), 2, new long[] {2, 2, 2, 2, 0, 2});
        c.header(view, out, row::add);
        // header findings go to the report: 緯度 without 経度 is fine, 経度 is optional
        assertThat(report.build().findings()).isEmpty();
        assertThat(c.columnType(4)).isEqualTo(ColumnProfile.NUMERIC);
        assertThat(c.columnType(1)).isEqualTo(ColumnProfile.TEXT);
        assertThat(c.region(4, ValueSemantics.Region.NONE)).isEqualTo(ValueSemantics.Region.LATITUDE);
        // cell findings go to the row being read
        char[] one = "1".toCharArray();
        c.cell(0, one, 0, 1, null, 2, 1, false);
        c.cell(0, one, 0, 1, null, 3, 2, false);
        c.blank(1, 3, 2);
        assertThat(row).extracting(Finding::ruleId).containsExactly(RuleIds.UNIQUE_ERROR, RuleIds.CONSTRAINT_ERROR);
        assertThat(row.get(1).location().header()).hasValue("名称");
        c.end();
        assertThat(report.build().findings()).isEmpty();
    }
}
