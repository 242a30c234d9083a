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
        /** The header repeated inside the data (L1-02 reported at once): held like a data row. */
        REPEATED_HEADER,
        /** Decided by {@link #end}: a note (or note-like row) below the data, findings taken back. */
        NOTE_BELOW,
        /** Decided by {@link #end}: a blank row below the data, findings taken back. */
        BLANK_BELOW,
        /** A blank or note row before the header of a second table, findings taken back. */
        BETWEEN_TABLES,
        /** Reported or taken back already (or handed to the head of a second table). */
        DROPPED;

        /** Whether the row was already settled as not belonging to the data (its findings taken back). */
        boolean settled() {
            return this == DROPPED || this == NOTE_BELOW || this == BLANK_BELOW || this == BETWEEN_TABLES;
        }

        TableObserver.Role role() {
            return switch (this) {
                case BLANK -> TableObserver.Role.BLANK;
                case NOTE -> TableObserver.Role.NOTE;
                case NUMBERED_BLANK -> TableObserver.Role.NUMBERED_BLANK;
                case TALLY -> TableObserver.Role.TALLY;
                case REPEATED_HEADER -> TableObserver.Role.REPEATED_HEADER;
                case NOTE_BELOW -> TableObserver.Role.NOTE_BELOW;
                case BLANK_BELOW -> TableObserver.Role.BLANK_BELOW;
                case BETWEEN_TABLES -> TableObserver.Role.BETWEEN_TABLES;
                default -> TableObserver.Role.DATA;
            };
        }
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
    /** Told what each row turned out to be as it leaves the window (the fixer), or null. */
    private TableObserver observer;
    private final Row[] ring = new Row[TAIL];
    private int start;
    private int size;

    HeldRows(Emitter out) {
        this.out = out;
        for (int i = 0; i < TAIL; i++) {
            ring[i] = new Row();
        }
    }

    void observer(TableObserver observer) {
        this.observer = observer;
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
            if (q.line == line && q.row == row && !q.kind.settled()) {
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
            if ((q.kind == Kind.DATA || q.kind == Kind.REPEATED_HEADER) && q.line > lastData) {
                lastData = q.line;
            }
        }
        for (int i = 0; i < size; i++) {
            Row q = at(i);
            if ((q.kind == Kind.NOTE || q.kind == Kind.BLANK) && q.line > lastData) {
                drop(q, Kind.BETWEEN_TABLES);
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
            } else if (!q.kind.settled() && q.kind != Kind.NUMBERED_BLANK) {
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
                drop(q, Kind.NOTE_BELOW);
            } else if (q.kind == Kind.BLANK) {
                drop(q, Kind.BLANK_BELOW);
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
                drop(q, Kind.BLANK_BELOW);
            }
        }
        out.finding(RuleIds.L1_03).key("L1-03.blank-row.trailing").defaultSeverity(Severity.WARNING)
                .at(firstLine, firstRow, 0, null).args(firstLine, count).emit();
    }

    /** Reports a row leaving the window. */
    private void flush(Row p) {
        if (observer != null && p.kind != Kind.DROPPED) {
            observer.decided(p.line, p.row, p.kind.role());
        }
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

    private void drop(Row p, Kind settled) {
        takeBack(p);
        p.kind = settled;
    }
}
