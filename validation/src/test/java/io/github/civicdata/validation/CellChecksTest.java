package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Report;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The row and cell checks on a table whose header is set up by hand. */
class CellChecksTest {

    private final Report.Builder report = Report.builder();
    private final Emitter out = new Emitter(report, Map.of(), Set.of(), 100, false);
    private final HeldRows held = new HeldRows(out);
    private final TableState table = new TableState();
    private final CellChecks cells = new CellChecks(out, held, table, ValueSemantics.NONE, false);

    /** A table of three columns, the second numeric; rows are then checked as data rows. */
    CellChecksTest() {
        out.startSource("t.csv", null);
        RecordView header = Rows.row(1, "名称,人数,備考");
        table.start(1, header, null, new String[] {"名称", "人数", "備考"}, List.of(), ValueSemantics.NONE);
        table.cols[1].type = ColumnProfile.NUMERIC;
        cells.startTable(null);
    }

    private List<Finding> check(String... rows) {
        long line = 2;
        for (String r : rows) {
            table.dataRow++;
            held.push(line, table.dataRow);
            cells.row(Rows.row(line, r));
            line++;
        }
        held.end(table.width);
        return report.build().findings();
    }

    @Test
    void cleanRowsGiveNothing() {
        assertThat(check("市役所,12,なし", "図書館,3,")).isEmpty();
        assertThat(table.cols[1].cleanNumbers).isEqualTo(2);
        assertThat(table.cols[2].blanks).isEqualTo(1);
    }

    @Test
    void aNumberWithAUnitIsReportedWithTheNumberAsSuggestion() {
        List<Finding> f = check("市役所,12人,なし");
        assertThat(f).extracting(Finding::messageKey).containsExactly("L2-01.unit");
        Finding u = f.get(0);
        assertThat(u.location().line()).hasValue(2);
        assertThat(u.location().row()).hasValue(1);
        assertThat(u.location().column()).hasValue(2);
        assertThat(u.location().header()).hasValue("人数");
        assertThat(u.value()).hasValue("12人");
        assertThat(u.suggestion()).hasValue("12");
    }

    @Test
    void raggedRowsAndLayoutSpaces() {
        List<Finding> f = check("市役所,12", " 図書館,3,");
        assertThat(f).extracting(Finding::messageKey).containsExactly("missing-cell", "L1-06.edge-space");
        assertThat(f.get(1).suggestion()).hasValue("図書館");
    }

    @Test
    void aDittoMarkSuggestsTheValueAbove() {
        List<Finding> f = check("市役所,12,有料", "図書館,3,〃");
        assertThat(f).extracting(Finding::messageKey).containsExactly("L2-02.ditto");
        assertThat(f.get(0).suggestion()).hasValue("有料");
        assertThat(cells.previous()).isNotNull();
    }

    @Test
    void headerCellsAreReportedAtOnce() {
        cells.headerCell("人数 ", 1, 1);
        assertThat(report.build().findings()).extracting(Finding::messageKey).containsExactly("L1-06.edge-space");
    }
}
