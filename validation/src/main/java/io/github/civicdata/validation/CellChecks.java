package io.github.civicdata.validation;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Values;

/**
 * The checks of the data rows of a table, row by row and cell by cell: ragged rows, running
 * numbers and implicit repeats (the row), then each cell: quoting and limits, layout spaces and
 * line breaks (L1-06, L1-14), machine-dependent characters (L1-08), formulas (L2-06), ditto marks
 * (L2-02), several values in one cell (L1-07), numbers with units or separators (L2-01), the
 * notation of dates (L3-05), region codes and names (L3-06), and the template's check of the value
 * ({@link Conformance#cell}). The column statistics behind the column-level findings are
 * counted here ({@link ColumnProfile}).
 *
 * <p>The hot path allocates nothing for a clean cell: a plain number, or text whose characters need
 * no check, makes no string and no finding.
 *
 * <p>Findings go to the row being read ({@link HeldRows#add}); findings of header cells are
 * reported at once. Not thread-safe; one instance per source.
 */
final class CellChecks {

    /** Characters that break a value's format (a type error of such a value is not reported again). */
    private static final int FORMAT_BREAKING = (1 << CharClass.HALFWIDTH_KANA) | (1 << CharClass.EXT_SYMBOL)
            | (1 << CharClass.ERA) | (1 << CharClass.CONTROL) | (1 << CharClass.PRIVATE_USE);

    private static final int TEXT_FLAGS = Cells.S_NEWLINE | Cells.S_LEAD_SPACE | Cells.S_TRAIL_SPACE
            | Cells.S_MULTI_SPACE | Cells.S_INVISIBLE | Cells.S_DEPENDENT | Cells.S_SPACE;

    /** A leading column with no "same as above" blank in its first rows is not tracked further. */
    static final int IMPLICIT_REPEAT_WINDOW = 10_000;

    private final Emitter out;
    private final HeldRows rows;
    private final TableState table;
    private final ValueSemantics semantics;
    private final boolean xlsx;
    /** The template or schema check of the current table, or null. */
    private Conformance conformance;

    /** The previous data row (for ditto marks, repeats and tally rows), valid when {@link #prevValid}. */
    private RecordView prev;
    private boolean prevValid;
    /** The last value of each region column and its finding: repeated values are checked once. */
    private String[] regionLast = new String[0];
    private Issue[] regionLastIssue = new Issue[0];
    /** The characters of {@link #regionLast}, compared with a cell without a string made of either. */
    private char[][] regionLastChars = new char[0][];

    /** Marks a field's entry of {@link #scans} as scanned (a bit that no scan flag uses). */
    static final int SCANNED = 1 << 31;
    /** With {@link #SCANNED}: the field is a plain number ({@link Cells#isCleanNumber} of the whole field). */
    static final int CLEAN = 1 << 27;
    /** The whole field passed {@link ValueSemantics#quickValid} as a latitude / as a longitude. */
    static final int QUICK_LATITUDE = 1 << 26;
    static final int QUICK_LONGITUDE = 1 << 25;
    /** {@link VocabSemantics#looksLikeDate} was asked of the trimmed field; {@link #DATE_LIKE}: its answer. */
    static final int DATE_ASKED = 1 << 24;
    static final int DATE_LIKE = 1 << 23;
    /** The bits above (none of them a scan flag). */
    static final int MARKS = SCANNED | CLEAN | QUICK_LATITUDE | QUICK_LONGITUDE | DATE_ASKED | DATE_LIKE;

    /** The scan flags of the fields of the current row, kept for an observer; null when not asked for. */
    private int[] scans;
    /**
     * The fixing mode ({@link #observed(boolean)}): only what the fixer's decisions read is
     * computed; no finding of a rule the fixer discards is made or prepared.
     */
    private boolean fixing;
    /** In the fixing mode, the columns of the current table whose distinct values are counted (null: none). */
    private boolean[] distinctWanted;

    // scratch
    private final Cells.Scan scan = new Cells.Scan();
    private final StringBuilder num = new StringBuilder();
    private final StringBuilder unit = new StringBuilder();
    private final CharSlice slice = new CharSlice();

    CellChecks(Emitter out, HeldRows rows, TableState table, ValueSemantics semantics, boolean xlsx) {
        this.out = out;
        this.rows = rows;
        this.table = table;
        this.semantics = semantics;
        this.xlsx = xlsx;
        this.l306AsDefined = out.asDefined(RuleIds.L3_06, RuleIds.L3_06);
    }

    /** {@code out.asDefined(L3-06, L3-06)}, asked once (the run's rules do not change; issue 16). */
    private final boolean l306AsDefined;
    /** The scan flags and dependent masks of a row that was not scanned on a reading thread. */
    private int[] ownFlags = new int[16];
    private int[] ownDependent = new int[16];

    /** A new table (its columns are set up in the {@link TableState}); {@code conformance} may be null. */
    void startTable(Conformance conformance) {
        this.conformance = conformance;
        regionLast = new String[table.width];
        regionLastIssue = new Issue[table.width];
        regionLastChars = new char[table.width][];
        prevValid = false;
        distinctWanted = null;
    }

    /**
     * An observer follows the table (the fixer, {@link TableObserver}): the scan flags of each data
     * row's fields are kept for {@link #scans()}, and the region checks of the cells (L3-06 and the
     * coordinate ranges; their findings are the report's, which an observed run does not make, and
     * nothing else reads them) are left out, except the coordinate fast path, whose answer is kept.
     */
    void observed() {
        if (scans == null) {
            scans = new int[16];
        }
    }

    /**
     * As {@link #observed()}, and with {@code fixing} the fixing mode for the whole run: the checks
     * keep the state the fixer's decisions read (the column types and their inference, the running
     * number of the first column, the previous row, the values counted per column, the scan flags
     * and their marks, the highlighting of workbook cells, the limits) and leave out everything
     * that only makes findings the fixer discards ({@code FixRun.KEPT} keeps none of them): no
     * finding, message argument, suggestion, location or string is made for them, and the
     * statistics behind the column-level findings (implicit repeats, units, symbols, zeros) are
     * not counted. Distinct values are counted only in the columns named by
     * {@link #distinctWanted(boolean[])}. The conformance of such a run checks no cells (the
     * fixer's {@link FixHeaderOnly}). {@code FixingModeProperties} shows that the fixer's outputs
     * are the same either way.
     */
    void observed(boolean fixing) {
        observed();
        this.fixing = fixing;
    }

    /**
     * In the fixing mode, the columns of the current table (from its start) whose distinct values
     * the fixer reads ({@link ColumnProfile#distinct}); null for none. Reset by {@link #startTable}.
     */
    void distinctWanted(boolean[] columns) {
        this.distinctWanted = columns == null ? null : columns.clone();
    }

    /** Whether the distinct values of column i are counted. */
    private boolean wantsDistinct(int i) {
        return !fixing || distinctWanted != null && i < distinctWanted.length && distinctWanted[i];
    }

    /** The scan flags of the last data row's fields ({@link #SCANNED}, {@link #CLEAN}), when kept. */
    int[] scans() {
        return scans;
    }

    /** The previous data row of the table, or null at its start. */
    RecordView previous() {
        return prevValid ? prev : null;
    }

    /**
     * The checks of a data row: ragged rows (missing and extra cells, L1-15), the running number
     * of the first column, implicit repeats of the leading columns, then each cell.
     */
    void row(RecordView rec) {
        long line = rec.line;
        int size = rec.size;
        // ragged rows (missing and extra cells, L1-15); the fixer decides them itself
        if (!fixing) {
            RaggedRows.check(out, rows, table, rec);
        }
        if (scans != null) {
            if (scans.length < size) {
                scans = new int[Math.max(size, scans.length * 2)];
            }
            java.util.Arrays.fill(scans, 0, size, 0);
        }
        int[] sfs = rec.scanFlags;
        int[] dms = rec.scanDependentMask;
        if (!rec.scanned) {
            // a record not read by a pipeline (a small file, a workbook, a copy from the head window)
            if (ownFlags.length < size) {
                ownFlags = new int[Math.max(size, ownFlags.length * 2)];
                ownDependent = new int[ownFlags.length];
            }
            rec.scanInto(scan, ownFlags, ownDependent);
            sfs = ownFlags;
            dms = ownDependent;
        }
        int ne = 0;
        for (int i = 0; i < table.width && i < size && !fixing; i++) { // (for the implicit repeats only)
            if (!rec.isEmpty(i)) {
                ne++;
            }
        }
        // running number in the first column
        if (table.width > 0 && table.cols.length > 0) {
            ColumnProfile c0 = table.cols[0];
            if (!c0.seqBroken && size > 0 && !rec.isEmpty(0) && rec.cleanNumber(0)
                    && rec.length(0) <= 12 && indexOf(rec, 0, '.') < 0) {
                long v = Long.parseLong(rec.text(0).replace("+", ""));
                if (c0.seqCount == 0 || v == c0.seqLast + 1) {
                    c0.seqCount++;
                    c0.seqLast = v;
                } else {
                    c0.seqBroken = true;
                }
            } else {
                c0.seqBroken = true;
            }
        }
        for (int i = 0; i < table.width; i++) {
            ColumnProfile col = table.cols[i];
            boolean empty = i >= size || rec.isEmpty(i)
                    || (table.declaredMissing && conformance.isMissing(i, rec.chars, rec.start[i], rec.end[i]));
            if (i < 3 && !fixing) {
                implicitRepeat(col, rec, i, empty, ne, line);
            }
            if (empty) {
                if (i < size && (rec.flags[i] & RecordView.F_XL_FORMULA) != 0 && !fixing) {
                    rows.add(out.finding(RuleIds.L2_06).cell(line, table.dataRow, i + 1, table.names[i]).make());
                }
                col.blanks++;
                if ((i >= size || (rec.flags[i] & RecordView.F_XL_MERGED) == 0) && conformance != null) {
                    conformance.blank(i, line, table.dataRow);
                }
                continue;
            }
            if (rec.style != null) {
                style(i, rec.style[i], line);
            }
            checkCell(rec, i, line, sfs[i], dms[i]);
        }
        // cells beyond the header: only the quoting and limit checks
        for (int i = table.width; i < size; i++) {
            if (!rec.isEmpty(i)) {
                structural(rec, i, line, "");
            }
        }
        if (prev == null) {
            prev = new RecordView(rec.maxColumns, rec.maxFieldLength, rec.maxLineLength);
        }
        rec.copyInto(prev);
        prevValid = true;
    }

    private static int indexOf(RecordView rec, int i, char c) {
        for (int k = rec.start[i]; k < rec.end[i]; k++) {
            if (rec.chars[k] == c) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether a leading column is no longer followed for implicit repeats: values written out row
     * by row ({@code consecutiveEqual > 0}), or no value left out in the first
     * {@value #IMPLICIT_REPEAT_WINDOW} rows. One test, whose both ways are taken from the first rows
     * on where one of the leading columns repeats its value: a test of the row number of its own
     * would first be passed at row 10,001, and the JIT, having compiled the checks without that
     * way, would throw them away and compile them again (issue 16). {@code consecutiveEqual} and
     * {@code repeatBlanks} are counts (never negative).
     */
    static boolean repeatSettled(long consecutiveEqual, long repeatBlanks, long dataRow) {
        long pastWindow = (IMPLICIT_REPEAT_WINDOW - dataRow) >>> 63; // 1 after the window, else 0
        return (consecutiveEqual | (repeatBlanks == 0 ? pastWindow : 0)) != 0;
    }

    private void implicitRepeat(ColumnProfile col, RecordView rec, int i, boolean empty, int ne, long line) {
        if (repeatSettled(col.consecutiveEqual, col.repeatBlanks, table.dataRow)) {
            return;
        }
        if (empty && i < rec.size && (rec.flags[i] & RecordView.F_XL_MERGED) != 0) {
            col.lastWasValue = false; // a merged cell: reported by L1-12
            return;
        }
        if (empty) {
            if (col.hadValue && ne * 2 >= table.width && ne >= 2) {
                if (col.lastWasValue) {
                    col.groups++;
                }
                int k = (int) Math.min(col.repeatBlanks, col.repeatRows.length);
                if (k < col.repeatRows.length) {
                    col.repeatRows[k] = table.dataRow;
                    col.repeatLines[k] = line;
                }
                col.repeatBlanks++;
            }
            col.lastWasValue = false;
        } else {
            if (col.hadValue && col.lastWasValue && prevValid && i < prev.size && sameCell(rec, prev, i)) {
                col.consecutiveEqual++;
            }
            col.hadValue = true;
            col.lastWasValue = true;
        }
    }

    private static boolean sameCell(RecordView a, RecordView b, int i) {
        int n = a.length(i);
        if (n != b.length(i)) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (a.chars[a.start[i] + k] != b.chars[b.start[i] + k]) {
                return false;
            }
        }
        return true;
    }

    private void structural(RecordView rec, int i, long line, String header) {
        int ff = rec.flags[i];
        if ((ff & (RecordView.F_STRAY_QUOTE | RecordView.F_AFTER_QUOTE | RecordView.F_UNTERMINATED)) != 0
                && !fixing) {
            String key = (ff & RecordView.F_UNTERMINATED) != 0 ? "csv.quote.unterminated"
                    : (ff & RecordView.F_AFTER_QUOTE) != 0 ? "csv.quote.after-closing" : "csv.quote.stray";
            rows.add(out.finding(RuleIds.CSV_QUOTE).key(key).cell(line, table.dataRow, i + 1, header)
                    .value(rec.text(i)).make());
        }
        if ((ff & RecordView.F_TRUNCATED) != 0) {
            rows.add(out.finding(RuleIds.LIMIT_FIELD_LENGTH).cell(line, table.dataRow, i + 1, header)
                    .args(rec.actualLength[i], rec.maxFieldLength, "maxFieldLength / --max-field-length").make());
        }
    }

    /**
     * The checks of a non-empty data cell, from its scan flags ({@link Cells#scan}, with
     * {@link RecordView#SCAN_CLEAN_NUMBER}) and dependent mask. A plain number is checked here (the
     * column's counts, a region or coordinate check, the template's check); anything else in
     * {@link #textCell}. One method for the common cell, too big for the JIT to inline into
     * {@link #row} (more than 325 bytes of bytecode), so that C2 compiles it once, instead of once
     * on its own, once more inside {@code row} and a third time for a separate plain-number method
     * (issue 16: about a third of C2's time on the million-row file).
     */
    private void checkCell(RecordView rec, int i, long line, int sf, int dependentMask) {
        ColumnProfile col = table.cols[i];
        char[] a = rec.chars;
        int s = rec.start[i];
        int e = rec.end[i];
        int ff = rec.flags[i];
        col.values++;
        if (col.seen != null) {
            col.observe(a, s, e, table.dataRow);
        }
        if ((ff & ~(RecordView.F_QUOTED | RecordView.F_XL_NUMBER | RecordView.F_XL_STRING)) != 0) {
            structural(rec, i, line, table.names[i]);
        }
        boolean clean = (sf & (Cells.S_NUMERIC_CHARS_ONLY | RecordView.SCAN_CLEAN_NUMBER))
                == (Cells.S_NUMERIC_CHARS_ONLY | RecordView.SCAN_CLEAN_NUMBER);
        sf &= ~RecordView.SCAN_CLEAN_NUMBER;
        if (scans != null) {
            scans[i] = sf | SCANNED | (clean ? CLEAN : 0);
        }
        if (!clean) {
            textCell(rec, i, line, col, sf, dependentMask, ff);
            return;
        }
        // a plain number
        if (!fixing) {
            col.cleanNumbers++;
            if (isZero(a, s, e)) {
                col.zeros++;
            }
        }
        if (col.type == ColumnProfile.UNKNOWN) {
            infer(col, a, s, e);
        }
        if ((xlsx || (ff & RecordView.F_XL_FORMULA) != 0) && !fixing) {
            workbookNumber(rec, i, line, col, ff);
        }
        boolean reported = false;
        String v = null;
        ValueSemantics.Region region = table.regions[i];
        if (region != ValueSemantics.Region.NONE) {
            if (semantics.quickValid(region, slice.set(a, s, e))) {
                reported = quickStands(i);
                if (scans != null) {
                    scans[i] |= region == ValueSemantics.Region.LATITUDE ? QUICK_LATITUDE
                            : region == ValueSemantics.Region.LONGITUDE ? QUICK_LONGITUDE : 0;
                }
            } else if (scans == null) {
                v = numberRegion(rec, i, line);
                reported = regionStands(i);
            }
        }
        if (col.type != ColumnProfile.NUMERIC && col.type != ColumnProfile.CODE && wantsDistinct(i)) {
            col.distinct.add(a, s, e, table.dataRow);
        }
        if (conformance != null) {
            conformance.cell(i, a, s, e, v, line, table.dataRow, reported);
        }
    }

    private void infer(ColumnProfile col, char[] a, int s, int e) {
        col.infer(a, s, e, num, unit);
        col.decide(false);
    }

    /** What {@link #checkCell} does for a workbook's number only: its shape, stored as text, a formula. */
    private void workbookNumber(RecordView rec, int i, long line, ColumnProfile col, int ff) {
        if (xlsx) {
            // the shape of numbers says whether a column of numbers stored as text holds codes
            col.plainNumber(rec.chars, rec.start[i], rec.end[i]);
            if ((ff & RecordView.F_XL_STRING) != 0 && col.textNumbers++ == 0) {
                col.textNumberLine = line;
                col.textNumberRow = table.dataRow;
                col.textNumberValue = rec.text(i);
            }
        }
        if ((ff & RecordView.F_XL_FORMULA) != 0) {
            rows.add(out.finding(RuleIds.L2_06).cell(line, table.dataRow, i + 1, table.names[i])
                    .value(rec.text(i)).make());
        }
    }

    /** The region check of a plain number that the quick test did not pass; returns the value checked. */
    private String numberRegion(RecordView rec, int i, long line) {
        String v = sameAsRegionLast(i, rec.chars, rec.start[i], rec.end[i]) ? regionLast[i] : rec.text(i);
        region(i, v, line);
        return v;
    }

    /** Whether {@code a[s, e)} is the last value {@link #region} checked in column i. */
    private boolean sameAsRegionLast(int i, char[] a, int s, int e) {
        char[] last = regionLastChars[i];
        return last != null && java.util.Arrays.equals(last, 0, last.length, a, s, e);
    }

    /** The checks of a non-empty cell that is not a plain number. */
    private void textCell(RecordView rec, int i, long line, ColumnProfile col, int sf, int dependentMask, int ff) {
        String header = table.names[i];
        char[] a = rec.chars;
        int s = rec.start[i];
        int e = rec.end[i];
        if ((ff & RecordView.F_UNTERMINATED) != 0) {
            sf &= ~Cells.S_NEWLINE;
        }
        // Strings are made only when a check needs one: most cells pass on characters alone.
        String text = null;
        if ((sf & TEXT_FLAGS) != 0 && !fixing) {
            text = rec.text(i);
            textChecks(text, sf, i, line, table.dataRow, false);
        }
        int ts = s;
        int te = e;
        while (ts < te && Cells.isSpace(a[ts])) {
            ts++;
        }
        while (te > ts && Cells.isSpace(a[te - 1])) {
            te--;
        }
        String t = null;
        // formulas
        if (fixing) {
            // the fixer defuses formulas itself
        } else if ((ff & RecordView.F_XL_FORMULA) != 0) {
            rows.add(out.finding(RuleIds.L2_06).cell(line, table.dataRow, i + 1, header)
                    .value(text = text != null ? text : rec.text(i)).make());
        } else if (!xlsx && ts < te && (a[ts] == '=' || a[ts] == '＝')) {
            t = new String(a, ts, te - ts);
            if (Cells.looksLikeFormula(t)) {
                rows.add(out.finding(RuleIds.L2_06).key("L2-06.csv").cell(line, table.dataRow, i + 1, header)
                        .value(text = text != null ? text : rec.text(i)).make());
            }
        }
        // ditto marks
        if (Cells.isDitto(a, ts, te)) {
            t = t != null ? t : new String(a, ts, te - ts);
            if (col.type != ColumnProfile.NUMERIC || !t.equals("-")) {
                if (!fixing) {
                    String above = prevValid && i < prev.size && !prev.isEmpty(i) ? prev.text(i) : null;
                    if (above != null && Cells.isDitto(Cells.trim(above))) {
                        above = null;
                    }
                    rows.add(out.finding(RuleIds.L2_02).key("L2-02.ditto").cell(line, table.dataRow, i + 1, header)
                            .value(text != null ? text : rec.text(i)).suggest(above).make());
                }
                if (wantsDistinct(i)) {
                    col.distinct.add(a, s, e, table.dataRow);
                }
                return;
            }
        }
        // a value already reported for characters that break its format is not reported again as a type error
        boolean reported = (sf & Cells.S_DEPENDENT) != 0 && (dependentMask & FORMAT_BREAKING) != 0;
        // ... unless the user disabled that rule or changed its severity: then the template's check stays
        boolean stands = reported && out.asDefined(RuleIds.L1_08, RuleIds.L1_08);
        // several values in one cell
        if ((sf & Cells.S_SEPARATOR) != 0 && !fixing
                && (sf & (Cells.S_DIGIT | Cells.S_FW_DIGIT | Cells.S_AT | Cells.S_ALPHA)) != 0) {
            t = t != null ? t : new String(a, ts, te - ts);
            int mv;
            if (col.period) {
                // a period column: one interval is one value; several are L1-07; the rest is the type check's
                mv = PeriodCells.isInterval(t) ? Cells.MV_NONE : PeriodCells.severalIntervals(t) ? Cells.MV_LIST
                        : PeriodCells.intervalShaped(t) ? Cells.MV_NONE : Cells.multiValue(t);
                mv = mv == Cells.MV_RANGE ? Cells.MV_NONE : mv;
            } else {
                mv = Cells.multiValue(t);
            }
            if (mv != Cells.MV_NONE) {
                String key = mv == Cells.MV_RANGE ? "L1-07.range" : mv == Cells.MV_COORDINATES ? "L1-07.coordinates"
                        : !col.period && PeriodCells.intervalShaped(t) ? "L1-07.interval" : RuleIds.L1_07;
                rows.add(out.finding(RuleIds.L1_07).key(key).cell(line, table.dataRow, i + 1, header)
                        .value(text != null ? text : rec.text(i)).make());
                reported = true;
                stands |= out.asDefined(RuleIds.L1_07, key);
            }
        }
        // numbers
        if (col.type == ColumnProfile.UNKNOWN) {
            col.infer(a, s, e, num, unit);
            col.decide(false);
        }
        if (col.type == ColumnProfile.NUMERIC && !reported && !fixing) {
            t = t != null ? t : new String(a, ts, te - ts);
            reported = numericCell(col, t, text != null ? text : rec.text(i), i, line);
            stands |= reported && out.asDefined(RuleIds.L2_01, RuleIds.L2_01);
        }
        // notation of dates
        if (fixing) {
            // the fixer's counts ask the same of a field with these characters (FixCounts.flags)
            if ((sf & (Cells.S_DIGIT | Cells.S_FW_DIGIT)) != 0
                    && (sf & (Cells.S_DATE_CHAR | Cells.S_SEPARATOR | Cells.S_NON_ASCII | Cells.S_FW_DIGIT)) != 0) {
                dateLike(i, VocabSemantics.looksLikeDate(slice.set(a, ts, te)));
            }
        } else if ((sf & (Cells.S_DIGIT | Cells.S_FW_DIGIT)) != 0 && !reported
                && dateLike(i, VocabSemantics.looksLikeDate(slice.set(a, ts, te)))) {
            t = t != null ? t : new String(a, ts, te - ts);
            Issue d = semantics.date(t);
            if (d != null) {
                rows.add(out.finding(d.rule()).key(d.key()).defaultSeverity(d.severity())
                        .cell(line, table.dataRow, i + 1, header).value(text != null ? text : rec.text(i))
                        .suggest(d.suggestion()).args(d.args().toArray()).make());
                reported = true;
                stands |= out.asDefined(d.rule(), d.key());
            }
        }
        // an observed table (the fixer) leaves the region checks out: their findings are disabled there
        if (!reported && table.regions[i] != ValueSemantics.Region.NONE && scans == null
                && semantics.quickValid(table.regions[i], slice.set(a, ts, te))) {
            // certainly no region finding (a phone number with its dashes): decided on the characters
            reported = table.regions[i].checksWholeFormat();
            stands |= regionStands(i, null);
        } else if (!reported && table.regions[i] != ValueSemantics.Region.NONE && scans == null) {
            if (!sameAsRegionLast(i, a, ts, te)) {
                t = t != null ? t : new String(a, ts, te - ts);
            }
            reported = region(i, t != null ? t : regionLast[i], line);
            stands |= regionStands(i);
        }
        if (!wantsDistinct(i)) {
            // the fixing mode, a column whose values the fixer does not read
        } else if (te > ts && Cells.mayBeOther(a[ts]) && Cells.otherWithDetail(slice.set(a, ts, te))) {
            if (col.otherDetail++ == 0) {
                col.otherDetailRow = table.dataRow;
                col.otherDetailLine = line;
                col.otherDetailValue = text != null ? text : rec.text(i);
            }
        } else {
            col.distinct.add(a, s, e, table.dataRow);
        }
        if (conformance != null) {
            conformance.cell(i, a, ts, te, t, line, table.dataRow, stands);
        }
    }

    /**
     * L3-06 or the coordinate check of a region column; returns whether the value's format was
     * checked, so that the template does not check it again (phone numbers and postal codes are
     * only checked for lost zeros here). Consecutive equal values (a code or a
     * prefecture repeated down the column) are checked once.
     */
    private boolean region(int i, String t, long line) {
        Issue r;
        if (t.equals(regionLast[i])) {
            r = regionLastIssue[i];
        } else {
            r = table.regions[i] == ValueSemantics.Region.PADDED_CODE ? CodeWidths.check(t, table.codeWidth[i])
                    : semantics.region(table.regions[i], t);
            regionLast[i] = t;
            regionLastIssue[i] = r;
            regionLastChars[i] = t.toCharArray();
        }
        if (r != null) {
            rows.add(out.finding(r.rule()).key(r.key()).defaultSeverity(r.severity())
                    .cell(line, table.dataRow, i + 1, table.names[i]).value(t).suggest(r.suggestion())
                    .args(r.args().toArray())
                    .make());
        }
        return r != null || table.regions[i].checksWholeFormat();
    }

    /**
     * Whether the last region check of column i stands for the template's check of the value: its
     * finding (if any) is made as its rule defines it ({@code --disable}/{@code --severity} of
     * L3-06 leave the template's check in place).
     */
    private boolean regionStands(int i) {
        return regionStands(i, regionLastIssue[i]);
    }

    /**
     * What {@link #region} and {@link #regionStands} answer for a value that
     * {@link ValueSemantics#quickValid} passed (no finding): whether the region check stands for
     * the template's check of the value.
     */
    private boolean quickStands(int i) {
        return table.regions[i].checksWholeFormat() && regionStands(i, null);
    }

    private boolean regionStands(int i, Issue r) {
        if (r == null) {
            if (!table.regions[i].checksWholeFormat()) {
                // phone numbers and postal codes: only lost zeros were checked, the template checks the rest
                return false;
            }
            return table.regions[i] == ValueSemantics.Region.LATITUDE
                    || table.regions[i] == ValueSemantics.Region.LONGITUDE
                    || l306AsDefined;
        }
        return out.asDefined(r.rule(), r.key());
    }


    /** Keeps the answer of {@link VocabSemantics#looksLikeDate} for field i when scans are kept. */
    private boolean dateLike(int i, boolean answer) {
        if (scans != null) {
            scans[i] |= DATE_ASKED | (answer ? DATE_LIKE : 0);
        }
        return answer;
    }

    private static boolean isZero(char[] a, int s, int e) {
        for (int k = s; k < e; k++) {
            char c = a[k];
            if (c != '0' && c != '.' && c != '-' && c != '+') {
                return false;
            }
        }
        return true;
    }

    /** L2-01 for a cell of a numeric column; whether a finding was made. */
    private boolean numericCell(ColumnProfile col, String t, String text, int i, long line) {
        String header = table.names[i];
        if (Cells.isSymbol(t)) {
            ColumnProfile.count(col.symbols, t, table.dataRow, 16);
            return false;
        }
        char[] tc = t.toCharArray();
        int r = Cells.parseNumber(tc, 0, tc.length, num, unit);
        if (r == Cells.N_NOT_NUMBER) {
            if (col.strongNumeric && !col.typeFromTemplate) {
                rows.add(out.finding(RuleIds.L2_01).key("L2-01.text").cell(line, table.dataRow, i + 1, header)
                        .value(text).make());
                return true;
            }
            return false;
        }
        if (r == Cells.N_CLEAN) {
            col.cleanNumbers++;
            return false;
        }
        col.dirtyNumbers++;
        String key;
        // the suggestion is the number only where the number alone means the same
        String suggestion = num.toString();
        Object[] args = {};
        if ((r & Cells.N_PREFIX) != 0) {
            key = "L2-01.prefix"; // 約 12: the number alone would read as exact
            suggestion = null;
        } else if ((r & Cells.N_UNIT) != 0) {
            String u = unit.toString();
            ColumnProfile.count(col.units, u, table.dataRow, 8);
            suggestion = Units.inColumnUnit(header, suggestion, u);
            key = suggestion != null ? "L2-01.unit" : "L2-01.unit.unstated";
            args = new Object[] {u};
        } else if ((r & Cells.N_SEPARATOR) != 0) {
            key = "L2-01.separator";
        } else if ((r & Cells.N_FOOTNOTE) != 0) {
            key = "L2-01.footnote";
        } else if ((r & Cells.N_TRIANGLE) != 0) {
            key = "L2-01.triangle";
        } else {
            key = "L2-01.fullwidth";
        }
        if ((r & Cells.N_FOOTNOTE) != 0 && hasSuperscript(t)) {
            suggestion = null; // 5² may be a footnote or a power
            if (key.equals("L2-01.footnote")) {
                key = "L2-01.footnote.superscript";
            }
        }
        rows.add(out.finding(RuleIds.L2_01).key(key).cell(line, table.dataRow, i + 1, header).value(text)
                .suggest(suggestion).args(args).make());
        return true;
    }

    private static boolean hasSuperscript(String t) {
        return t.indexOf('¹') >= 0 || t.indexOf('²') >= 0 || t.indexOf('³') >= 0;
    }

    /**
     * Character-level checks of a text (a data cell or a header cell): layout spaces and line
     * breaks (L1-06, L1-14), machine-dependent characters (L1-08).
     */
    private void textChecks(String text, int sf, int i, long line, long row, boolean headerCell) {
        String header = i < table.names.length ? table.names[i] : "";
        // one suggestion per value that fixes all of its layout, so that no L1-06 finding is left
        // (made only for a finding: most cells with a space have none)
        String fixed = null;
        if ((sf & Cells.S_NEWLINE) != 0) {
            if (xlsx) {
                fixed = LayoutFix.fixed(text, true);
                add(out.finding(RuleIds.L1_06).key("L1-06.newline").cell(line, row, i + 1, header).value(text)
                        .suggest(fixed).make(), headerCell);
            } else {
                add(out.finding(RuleIds.L1_14).cell(line, row, i + 1, header).value(text)
                        .suggest(LayoutFix.fixed(text, true)).make(), headerCell);
            }
        }
        if ((sf & (Cells.S_LEAD_SPACE | Cells.S_TRAIL_SPACE)) != 0) {
            if (Cells.trim(text).isEmpty()) {
                // a cell that looks empty but is not: shown as "␣␣" so that a person can see it
                add(out.finding(RuleIds.L1_06).key("L1-06.only-spaces").cell(line, row, i + 1, header).value(text)
                        .suggest("").args(Values.visible(text)).make(), headerCell);
            } else {
                fixed = fixed != null ? fixed : LayoutFix.fixed(text, xlsx);
                add(out.finding(RuleIds.L1_06).key("L1-06.edge-space").cell(line, row, i + 1, header).value(text)
                        .suggest(fixed).make(),
                        headerCell);
            }
        } else if ((sf & Cells.S_MULTI_SPACE) != 0 && (sf & Cells.S_NEWLINE) == 0) {
            fixed = fixed != null ? fixed : LayoutFix.fixed(text, xlsx);
            add(out.finding(RuleIds.L1_06).key("L1-06.multi-space").cell(line, row, i + 1, header).value(text)
                    .suggest(fixed).make(), headerCell);
        } else if ((sf & Cells.S_SPACE) != 0 && Cells.spacedOut(text)) {
            fixed = fixed != null ? fixed : LayoutFix.fixed(text, xlsx);
            add(out.finding(RuleIds.L1_06).key("L1-06.spaced-out").cell(line, row, i + 1, header).value(text)
                    .suggest(fixed).make(), headerCell);
        }
        if ((sf & Cells.S_INVISIBLE) != 0) {
            fixed = fixed != null ? fixed : LayoutFix.fixed(text, xlsx);
            add(out.finding(RuleIds.L1_06).key("L1-06.invisible").cell(line, row, i + 1, header).value(text)
                    .suggest(fixed).make(), headerCell);
        }
        if ((sf & Cells.S_DEPENDENT) != 0) {
            dependent(text, i, line, row, header, headerCell);
        }
    }

    /** The character-level checks of a header cell (findings reported at once, not held back). */
    void headerCell(String text, int i, long line) {
        checkText(text, i, line, 0, true);
    }

    private void checkText(String text, int i, long line, long row, boolean headerCell) {
        char[] a = text.toCharArray();
        Cells.scan(a, 0, a.length, scan);
        textChecks(text, scan.flags, i, line, row, headerCell);
    }

    private void add(Finding f, boolean now) {
        if (now) {
            out.emit(f);
        } else {
            rows.add(f);
        }
    }

    private void dependent(String text, int i, long line, long row, String header, boolean headerCell) {
        boolean properNoun = !headerCell && i < table.cols.length && table.cols[i].properNoun;
        MachineDependent.Result r = MachineDependent.analyse(text, properNoun);
        add(out.finding(RuleIds.L1_08).key(r.key()).defaultSeverity(r.severity()).cell(line, row, i + 1, header)
                .value(text).suggest(r.suggestion()).args(r.args()).make(),
                headerCell);
    }

    /** Counts a data cell's highlighting (XLSX): style 0 is plain. */
    private void style(int column, int style, long line) {
        ColumnProfile c = table.cols[column];
        if (style == 0) {
            c.plainCells++;
        } else {
            long[] v = c.styles.get(style);
            if (v == null) {
                if (c.styles.size() < 8) {
                    c.styles.put(style, new long[] {1, line});
                }
            } else {
                v[0]++;
            }
        }
    }
}
