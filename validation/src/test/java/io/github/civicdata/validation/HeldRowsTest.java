package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Findings held back with the last rows of a table until it is known whether they are data or notes. */
class HeldRowsTest {

    private final Report.Builder report = Report.builder();
    private final Emitter out = new Emitter(report, Map.of(), Set.of(), 100, false);
    private final HeldRows held = new HeldRows(out);

    HeldRowsTest() {
        out.startSource("t.csv", null);
    }

    private Finding cellFinding(long line, long row) {
        return out.finding(RuleIds.L1_06).key("L1-06.edge-space").cell(line, row, 1, "名称").value(" x").make();
    }

    private List<String> keys() {
        return report.build().findings().stream().map(Finding::messageKey).toList();
    }

    @Test
    void findingsOfDataRowsAreReportedWhenTheTableEnds() {
        held.push(2, 1);
        held.add(cellFinding(2, 1));
        held.push(3, 2);
        assertThat(keys()).isEmpty();
        held.end(3);
        assertThat(keys()).containsExactly("L1-06.edge-space");
        assertThat(held.size()).isZero();
    }

    @Test
    void notesBelowTheDataAreOneFindingAndTheirCellFindingsAreTakenBack() {
        held.push(2, 1);
        HeldRows.Row blank = held.push(3, 2);
        blank.kind = HeldRows.Kind.BLANK;
        HeldRows.Row note = held.push(4, 3);
        note.kind = HeldRows.Kind.NOTE;
        note.text = "※出典：市民課";
        held.add(cellFinding(4, 3));
        HeldRows.Row weak = held.push(5, 4);
        weak.weak = true;
        weak.text = "令和6年4月1日現在";
        held.end(3);
        List<Finding> f = report.build().findings();
        assertThat(f).extracting(Finding::messageKey).containsExactly("L1-04.notes-below");
        assertThat(f.get(0).location().line()).hasValue(4);
        assertThat(f.get(0).location().row()).hasValue(3);
        assertThat(f.get(0).arguments()).containsExactly(4L, 5L, 2);
    }

    @Test
    void trailingBlankRowsAreOneWarning() {
        held.push(2, 1);
        held.push(3, 2).kind = HeldRows.Kind.BLANK;
        held.push(4, 3).kind = HeldRows.Kind.BLANK;
        held.end(3);
        assertThat(keys()).containsExactly("L1-03.blank-row.trailing");
        assertThat(report.build().findings().get(0).arguments()).containsExactly(3L, 2);
    }

    @Test
    void aNoteThatLeavesTheWindowIsReportedAsANoteAmongTheData() {
        HeldRows.Row note = held.push(2, 1);
        note.kind = HeldRows.Kind.NOTE;
        note.text = "※注";
        held.add(cellFinding(2, 1));
        for (int i = 0; i < HeldRows.TAIL; i++) {
            held.push(3 + i, 2 + i);
        }
        assertThat(keys()).containsExactly("L1-04.note");
        assertThat(held.size()).isEqualTo(HeldRows.TAIL);
    }

    @Test
    void aFindingWithNoRowHeldIsReportedAtOnce() {
        held.add(cellFinding(2, 1));
        assertThat(keys()).containsExactly("L1-06.edge-space");
    }

    @Test
    void aFindingAttachedToAHeldRowWaitsForIt() {
        held.push(2, 1);
        held.push(3, 2);
        held.attach(2, 1, out.finding(RuleIds.L1_03).key("L1-03.blank-row").at(2, 1, 0, null).args(2L, 1).make());
        assertThat(keys()).isEmpty();
        held.attach(9, 9, out.finding(RuleIds.L1_03).key("L1-03.blank-row").at(9, 9, 0, null).args(9L, 1).make());
        assertThat(keys()).containsExactly("L1-03.blank-row");
    }

    @Test
    void notesBeforeTheNextTableBelongToIt() {
        held.push(2, 1);
        HeldRows.Row note = held.push(3, 2);
        note.kind = HeldRows.Kind.NOTE;
        note.text = "第2表";
        held.add(cellFinding(3, 2));
        held.push(4, 3).kind = HeldRows.Kind.BLANK;
        held.push(5, 4);
        held.startsNextTable();
        held.end(3);
        // the note and blank row went with the new table; the row that starts it is not data of this one
        assertThat(keys()).isEmpty();
    }

    /** The fixer's seam: every held row is decided once, in order, as what it turned out to be. */
    @Test
    void theObserverIsToldWhatEachRowTurnedOutToBeWithoutChangingTheFindings() {
        List<String> decided = new ArrayList<>();
        held.observer(new TableObserver() {
            @Override
            public void record(RecordView rec) {
            }

            @Override
            public void decided(long line, long row, Role role) {
                decided.add(line + ":" + row + ":" + role);
            }

            @Override
            public void tableStart(TableProcessor table) {
            }

            @Override
            public void tableEnd(TableProcessor table) {
            }
        });
        held.push(2, 1);
        held.push(3, 2).kind = HeldRows.Kind.REPEATED_HEADER;
        held.push(4, 3);
        held.push(5, 4).kind = HeldRows.Kind.BLANK;
        HeldRows.Row note = held.push(6, 5);
        note.kind = HeldRows.Kind.NOTE;
        note.text = "※出典：市民課";
        held.add(cellFinding(6, 5));
        held.push(7, 6).kind = HeldRows.Kind.BLANK;
        held.end(3);
        assertThat(decided).containsExactly("2:1:DATA", "3:2:REPEATED_HEADER", "4:3:DATA", "5:4:BLANK_BELOW",
                "6:5:NOTE_BELOW", "7:6:BLANK_BELOW");
        // as without an observer: one L1-04 for the notes below, the note's cell finding taken back
        assertThat(keys()).containsExactly("L1-04.notes-below");
        // a second table: the row that starts it is not decided here (its new head decides it)
        decided.clear();
        held.push(9, 1);
        held.push(10, 2).kind = HeldRows.Kind.BLANK;
        held.push(11, 3);
        held.startsNextTable();
        held.end(3);
        assertThat(decided).containsExactly("9:1:DATA", "10:2:BETWEEN_TABLES");
    }
}
