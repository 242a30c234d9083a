package io.github.civicdata.validation;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Severity;
import java.util.ArrayList;

/**
 * The findings of the last {@value #TAIL} rows of a table, held back until it is known whether
 * the rows are data or notes below the data: notes, sources and note-like rows at the end of a
 * table are reported as one L1-04 finding ({@code L1-04.notes-below}) instead of as broken data
 * rows, and blank rows at its end as one L1-03 finding ({@code L1-03.blank-row.trailing}). Older
 * rows leave the window as new ones come: their findings are then reported (a note row among the
 * data as {@code L1-04.note}, a row holding only its running number as
 * {@code L1-03.numbered-blank}).
 *
 * <p>Memory is bounded: {@value #TAIL} rows, each with the findings made for it.
 *
 * <p>Not thread-safe; one instance per source, emptied at the end of each table ({@link #end}).
 */
final class HeldRows {

    /** Rows held back. */
    static final int TAIL = 32;

    /** What a held row turned out to be. */
    enum Kind {
        /** A data row (possibly {@link Row#weak}: a short text that may be a note). */
        DATA,
        BLANK,
        /** A note, source or legend row. */
        NOTE,
        /** A row with nothing but the next running number in its first column. */
        NUMBERED_BLANK,
        /** A total or subtotal row: its record-level findings only, reported once per table (L1-04). */
        TALLY,
        /** Reported or taken back already. */
        DROPPED
    }

    /** One row whose findings are held back. */
    static final class Row {
        long line;
        long row;
        Kind kind = Kind.DATA;
        /** A data row of a short text (four or more characters, not a number) that may be a note. */
        boolean weak;
        /** The note, legend, tally label or numbered cell the row holds, for its finding. */
        String text;
        private ArrayList<Finding> findings;

        private void add(Finding f) {
            if (findings == null) {
                findings = new ArrayList<>(4);
            }
            findings.add(f);
        }
    }

    private final Emitter out;
    private final Row[] ring = new Row[TAIL];
    private int start;
    private int size;

    HeldRows(Emitter out) {
        this.out = out;
        for (int i = 0; i < TAIL; i++) {
            ring[i] = new Row();
        }
    }

    private Row at(int i) {
        return ring[(start + i) % TAIL];
    }

    /** The number of rows held. */
    int size() {
        return size;
    }

    /**
     * Holds a new row (a data row until told otherwise); the oldest row leaves the window and is
     * reported when the window is full.
     */
    Row push(long line, long row) {
        if (size == TAIL) {
            flush(ring[start]);
            start = (start + 1) % TAIL;
            size--;
        }
        Row p = ring[(start + size) % TAIL];
        size++;
        p.line = line;
        p.row = row;
        p.kind = Kind.DATA;
        p.weak = false;
        p.text = null;
        if (p.findings != null) {
            p.findings.clear();
        }
        return p;
    }

    /** The row pushed last. */
    Row current() {
        return at(size - 1);
    }

    /** Adds a finding to the row pushed last (reported at once when no row is held); null is ignored. */
    void add(Finding f) {
        if (f == null) {
            return;
        }
        if (size == 0) {
            out.emit(f);
            return;
        }
        current().add(f);
    }

    /** Adds a finding to the held row of this line and data row, or reports it when that row is gone. */
    void attach(long line, long row, Finding f) {
        if (f == null) {
            return;
        }
        for (int i = 0; i < size; i++) {
            Row q = at(i);
            if (q.line == line && q.row == row && q.kind != Kind.DROPPED) {
                q.add(f);
                return;
            }
        }
        out.emit(f);
    }

    /**
     * A second table starts at the row pushed last: that row and the notes and blank rows after
     * the last data row belong to the new table's head, not to this table (their findings are
     * taken back).
     */
    void startsNextTable() {
        current().kind = Kind.DROPPED;
        long lastData = 0;
        for (int i = 0; i < size; i++) {
            Row q = at(i);
            if (q.kind == Kind.DATA && q.line > lastData) {
                lastData = q.line;
            }
        }
        for (int i = 0; i < size; i++) {
            Row q = at(i);
            if ((q.kind == Kind.NOTE || q.kind == Kind.BLANK) && q.line > lastData) {
                drop(q);
            }
        }
    }

    /**
     * The end of the table: the rows at its end that are notes or blank are reported as one
     * finding, then every held row is reported and the window emptied.
     *
     * @param width the table's width (in a table of four or more columns, short text rows at the
     *     end are notes even without a blank row above them)
     */
    void end(int width) {
        // the maximal suffix of blank, note and note-like rows
        int from = size;
        boolean note = false;
        boolean blank = false;
        boolean weak = false;
        for (int i = size - 1; i >= 0; i--) {
            Row q = at(i);
            if (q.kind == Kind.BLANK) {
                blank = true;
            } else if (q.kind == Kind.NOTE) {
                note = true;
            } else if (q.kind == Kind.DATA && q.weak) {
                weak = true;
            } else if (q.kind != Kind.DROPPED && q.kind != Kind.NUMBERED_BLANK) {
                break; // neither data nor notes: keep looking past those
            }
            from = i;
        }
        boolean notesBlock = note || (weak && blank) || (weak && width >= 4);
        if (from < size && notesBlock) {
            notesBelow(from);
        } else if (from < size && blank) {
            trailingBlanks(from);
        }
        for (int i = 0; i < size; i++) {
            flush(at(i));
        }
        start = 0;
        size = 0;
    }

    /** L1-04 for the notes (and note-like rows) from held row {@code from} on; blank rows among them are dropped. */
    private void notesBelow(int from) {
        Row first = null;
        long lastLine = -1;
        int count = 0;
        for (int i = from; i < size; i++) {
            Row q = at(i);
            if (q.kind == Kind.NOTE || (q.kind == Kind.DATA && q.weak)) {
                if (first == null) {
                    first = q;
                }
                lastLine = q.line;
                count++;
                drop(q);
            } else if (q.kind == Kind.BLANK) {
                drop(q);
            }
        }
        if (count > 0) {
            out.finding(RuleIds.L1_04).key("L1-04.notes-below").at(first.line, first.row, 0, null).value(first.text)
                    .args(first.line, lastLine, count).emit();
        }
    }

    /** L1-03 for the blank rows from held row {@code from} on. */
    private void trailingBlanks(int from) {
        long firstLine = -1;
        long firstRow = -1;
        int count = 0;
        for (int i = from; i < size; i++) {
            Row q = at(i);
            if (q.kind == Kind.BLANK) {
                if (firstLine < 0) {
                    firstLine = q.line;
                    firstRow = q.row;
                }
                count++;
                drop(q);
            }
        }
        out.finding(RuleIds.L1_03).key("L1-03.blank-row.trailing").defaultSeverity(Severity.WARNING)
                .at(firstLine, firstRow, 0, null).args(firstLine, count).emit();
    }

    /** Reports a row leaving the window. */
    private void flush(Row p) {
        switch (p.kind) {
            case NOTE -> {
                out.finding(RuleIds.L1_04).key("L1-04.note").at(p.line, p.row, 0, null).value(p.text).args(p.line)
                        .emit();
                takeBack(p);
            }
            case NUMBERED_BLANK -> {
                emitAll(p);
                out.finding(RuleIds.L1_03).key("L1-03.numbered-blank").defaultSeverity(Severity.WARNING)
                        .at(p.line, p.row, 0, null).value(p.text).args(p.line).emit();
            }
            // a tally row has record-level findings only: it is not checked as data
            default -> emitAll(p);
        }
        p.kind = Kind.DROPPED;
    }

    private void emitAll(Row p) {
        if (p.findings != null) {
            for (Finding f : p.findings) {
                out.emit(f);
            }
            p.findings.clear();
        }
    }

    /** The row's findings are not reported: taken back from the per-column cap. */
    private void takeBack(Row p) {
        if (p.findings != null) {
            for (Finding f : p.findings) {
                out.uncount(f);
            }
            p.findings.clear();
        }
    }

    private void drop(Row p) {
        takeBack(p);
        p.kind = Kind.DROPPED;
    }
}
