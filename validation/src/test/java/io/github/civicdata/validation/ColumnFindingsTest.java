package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Report;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Findings about whole columns, from the header and from column profiles filled in by hand. */
class ColumnFindingsTest {

    private final Report.Builder report = Report.builder();
    private final Emitter out = new Emitter(report, Map.of(), Set.of(), 100, false);
    private final TableState table = new TableState();
    private final ColumnFindings columns = new ColumnFindings(out,
            table, new CellChecks(out, new HeldRows(out), table, ValueSemantics.NONE, false), ValueSemantics.NONE);

    private void header(String csv) {
        out.startSource("t.csv", null);
        RecordView h = Rows.row(1, csv);
        String[] names = new String[h.size];
        for (int i = 0; i < names.length; i++) {
            names[i] = h.text(i);
        }
        table.start(1, h, null, names, List.of(), ValueSemantics.NONE);
    }

    private List<String> keys() {
        return report.build().findings().stream().map(Finding::messageKey).toList();
    }

    @Test
    void duplicateAndMeaninglessNames() {
        header("名称,Column2,名称");
        columns.headerNames(List.of(Rows.row(2, "市役所,a,b")));
        assertThat(keys()).containsExactly("L1-05.meaningless", "L2-03.duplicate-label");
        assertThat(report.build().findings().get(1).arguments()).containsExactly("名称", 1);
    }

    @Test
    void aWideLayoutAndATotalColumn() {
        header("地区,2019年度,2020年度,2021年度,2022年度,計");
        for (ColumnProfile c : table.cols) {
            c.type = ColumnProfile.NUMERIC;
        }
        table.cols[0].type = ColumnProfile.TEXT;
        columns.shape();
        assertThat(keys()).containsExactly("L3-09", "L3-09.total-column");
    }

    @Test
    void blankVersusZeroAndSymbolsInANumericColumn() {
        header("地区,人数");
        table.dataRow = 4;
        table.rowsTotal = 4;
        ColumnProfile c = table.cols[1];
        c.type = ColumnProfile.NUMERIC;
        c.values = 3;
        c.blanks = 1;
        c.zeros = 1;
        ColumnProfile.count(c.symbols, "-", 3, 16);
        table.cols[0].values = 4;
        columns.end(false);
        assertThat(keys()).containsExactly("L3-03", "L1-09");
        assertThat(report.build().findings().get(1).location().column()).hasValue(2);
    }

    @Test
    void emptyColumnsAreLeftToATemplate() {
        header("地区,人数,備考");
        table.dataRow = 2;
        table.rowsTotal = 2;
        table.cols[0].values = 2;
        table.cols[1].values = 2;
        columns.end(true);
        assertThat(keys()).isEmpty();
        columns.end(false);
        assertThat(keys()).containsExactly("data.empty-column");
    }

    @Test
    void aBlankColumnBetweenColumnsWithData() {
        header("地区,,人数");
        table.dataRow = 100;
        table.cols[0].values = 100;
        table.cols[2].values = 100;
        columns.end(false);
        assertThat(keys()).containsExactly("L1-03.blank-column.one");
    }

    @Test
    void aFewValuesRightOfABlankColumnAreSideNotes() {
        header("地区,人数,,");
        table.dataRow = 100;
        table.cols[0].values = 100;
        table.cols[1].values = 100;
        table.cols[3].values = 2;
        columns.end(false);
        // the notes stand in a column without a name
        assertThat(keys()).containsExactly("L1-04.side-notes.one", "L1-05.blank-label");
    }

    @Test
    void stemsAndPlaceholders() {
        assertThat(ColumnFindings.stem("man12")).isEqualTo("man");
        assertThat(ColumnFindings.stem("名称")).isNull();
        assertThat(ColumnFindings.meaninglessHeader("Unnamed: 0")).isTrue();
        assertThat(ColumnFindings.meaninglessHeader("名称")).isFalse();
    }
}
