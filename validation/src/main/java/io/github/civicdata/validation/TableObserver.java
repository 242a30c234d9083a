package io.github.civicdata.validation;

/**
 * What a {@link TableProcessor} decided about each record of a source: the seam that lets the
 * fixer follow the validator's own detection (header row, title and note rows, blank and total
 * rows, second tables) instead of repeating it.
 *
 * <p>Every record given to {@link TableProcessor#accept} is first passed to {@link #record} and
 * later decided exactly once by {@link #decided}, in input order. {@link #tableStart} comes after
 * the header rows of a table were decided and before its body rows are; {@link #tableEnd} after
 * the last of them.
 *
 * <p>An observed table is read for its decisions, not for a report: its cell checks keep their
 * scan flags for {@link #checked} and leave out the region checks of cells (L3-06, coordinate
 * ranges), whose findings only a report would show (the fixer disables every cell rule).
 *
 * <p>Implementations are not thread-safe; one per source.
 */
interface TableObserver {

    /** What a record turned out to be. */
    enum Role {
        /** Above the first header: a title, a note or a blank row (L3-01). */
        PREAMBLE,
        /** The header row of a table. */
        HEADER,
        /** A LinkData {@code #} row between the header and the data (L3-01). */
        METADATA,
        /** The second row of a two-row header, joined to the first (L2-03). */
        SECOND_HEADER,
        /** A legend of marks under the header (L2-03). */
        LEGEND,
        /** A data row. */
        DATA,
        /** A blank row among the data (L1-03). */
        BLANK,
        /** A note among the data (L1-04). */
        NOTE,
        /** A total, subtotal or cumulative row (L1-04). */
        TALLY,
        /** A row holding only its running number (L1-03). */
        NUMBERED_BLANK,
        /** The header repeated inside the data (L1-02). */
        REPEATED_HEADER,
        /** A note, source or remark below the data (L1-04). */
        NOTE_BELOW,
        /** A blank row below the data. */
        BLANK_BELOW,
        /** A blank or note row between the data of one table and the header of the next (L1-02). */
        BETWEEN_TABLES
    }

    /** The next record, as it arrives (the instance is reused: copy what is kept). */
    void record(RecordView rec);

    /**
     * The record that starts on {@code line} is {@code role}.
     *
     * @param row its data row number (body rows), else 0
     */
    void decided(long line, long row, Role role);

    /**
     * The cell checks of a data row are done (after {@link #record} and before the row is
     * decided): {@code scans[i]} holds the {@link Cells#scan} flags of field {@code i} with
     * {@link CellChecks#SCANNED}, or 0 where the checks did not scan it (valid during the call).
     * By default nothing.
     *
     * @param rec the record checked (the same record as given to {@link #record}, or a copy)
     */
    default void checked(RecordView rec, int[] scans) {
    }

    /** The header of a table is known (names, column profiles, template columns). */
    void tableStart(TableProcessor table);

    /** Every row of the table has been decided. */
    void tableEnd(TableProcessor table);
}
