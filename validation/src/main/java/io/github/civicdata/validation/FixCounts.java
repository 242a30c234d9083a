package io.github.civicdata.validation;

/**
 * The fixer's statistics of a table's data rows (non-empty cells, units, coordinate pairs, dates
 * and times per column, for {@link FixPlan}), made in one scan per cell whose flags are kept for
 * the writing of the row: a cell the scan shows needs nothing is written from the record's
 * characters as they are ({@link CellFixer#untouched}).
 *
 * <p>Not thread-safe; one per fixed table.
 */
final class FixCounts {

    /** Marks {@link #count} adds to a cell's scan flags (bits the scan does not use). */
    static final int CLEAN_NUMBER = 1 << 28;
    static final int DATE_LIKE = 1 << 29;
    /** Set on the flags of cells that {@link #count} classified (clean number, date-like or neither). */
    static final int COUNTED = 1 << 30;

    /** For {@link #flags}, on the fixing thread. */
    private final CharSlice slice = new CharSlice();
    private final Cells.Scan scan = new Cells.Scan();
    /** For {@link #tally}, on the thread that tallies (the fixing thread, or the writer thread after the plan). */
    private final CharSlice tallySlice = new CharSlice();
    private final StringBuilder num = new StringBuilder();
    private final StringBuilder unit = new StringBuilder();
    private final Cells.Scan tallyScan = new Cells.Scan();
    /**
     * Fixes values without logging, for counting them as the next reading of the output will
     * ({@link #tally}); an instance of its own, since the tally may run on the writer thread. Null:
     * values are counted as read.
     */
    CellFixer quiet;
    private FixPlan.In[] neutral = new FixPlan.In[0];

    /** Scan flags of values that the value fixes may turn into another kind (a number, a pair, a date, a mark). */
    private static final int REFIXED = Cells.S_INVISIBLE | Cells.S_FW_DIGIT | Cells.S_FW_ASCII | Cells.S_DEPENDENT
            | Cells.S_MULTI_SPACE | Cells.S_REPLACEMENT;
    /** The scan flags of the cells of {@link #of}, made by {@link #flags}. */
    int[] flags = new int[16];
    RecordView of;

    /**
     * Counts a data row for the plan; the cells' scan flags are kept for the row's writing
     * ({@link #flags}, valid while {@link #of} is this record).
     */
    void count(RecordView rec, FixPlan.Stats stats, boolean trim, ValueSemantics semantics) {
        flags(rec, stats.cols.length, trim);
        tally(rec.chars, rec.start, rec.end, flags, 0, rec.size, stats, trim, semantics);
    }

    /**
     * The scan flags of a data row's cells ({@link #flags}, valid while {@link #of} is this
     * record): the validator's scan when it made one, with {@link #COUNTED}, {@link #CLEAN_NUMBER}
     * and {@link #DATE_LIKE} for the first {@code width} cells. What {@link #tally} needs besides the
     * characters.
     */
    void flags(RecordView rec, int width, boolean trim) {
        int n = Math.min(rec.size, width);
        if (flags.length < rec.size) {
            flags = new int[Math.max(rec.size, flags.length * 2)];
        }
        of = rec;
        char[] a = rec.chars;
        for (int i = 0; i < rec.size; i++) {
            int s = rec.start[i];
            int e = rec.end[i];
            if (s >= e) {
                flags[i] = 0;
                continue;
            }
            int v = rec.fixScanned ? rec.fixScans[i] : 0;
            int f;
            if ((v & CellChecks.SCANNED) != 0) {
                // the validator's scan of the same characters (with its coordinate fast path, for CellFixer.untouched)
                f = v & ~CellChecks.MARKS | v & (CellChecks.QUICK_LATITUDE | CellChecks.QUICK_LONGITUDE);
            } else {
                Cells.scan(a, s, e, scan);
                f = scan.flags;
            }
            if (i >= n) {
                flags[i] = f; // not classified: the fast path looks at the value itself
                continue;
            }
            flags[i] = f | COUNTED;
            if ((f & (Cells.S_DIGIT | Cells.S_FW_DIGIT)) == 0) {
                continue;
            }
            if (trim && (f & Cells.S_SPACE) != 0) {
                while (s < e && Cells.isSpace(a[s])) {
                    s++;
                }
                while (e > s && Cells.isSpace(a[e - 1])) {
                    e--;
                }
                if (s >= e) {
                    continue;
                }
            }
            // (a field of numeric characters only has no spaces: trimmed, it is the field the validator saw)
            if ((f & Cells.S_NUMERIC_CHARS_ONLY) != 0 && ((v & CellChecks.SCANNED) != 0
                    ? (v & CellChecks.CLEAN) != 0 : Cells.isCleanNumber(a, s, e))) {
                flags[i] |= CLEAN_NUMBER;
                continue;
            }
            if ((f & (Cells.S_DATE_CHAR | Cells.S_SEPARATOR | Cells.S_NON_ASCII | Cells.S_FW_DIGIT)) != 0
                    && ((v & CellChecks.DATE_ASKED) != 0 && (trim || (f & Cells.S_SPACE) == 0)
                    // the validator asked it of the trimmed field: the same characters here
                    ? (v & CellChecks.DATE_LIKE) != 0 : VocabSemantics.looksLikeDate(slice.set(a, s, e)))) {
                flags[i] |= DATE_LIKE;
            }
        }
    }

    /**
     * Adds a data row to the statistics: its cells are {@code start[k]} to {@code end[k]} of
     * {@code a} for {@code k} from {@code from} to {@code to}, with their {@link #flags}
     * ({@code flags[k]}). Uses no state of the fixing thread: after the plan it may run on the
     * writer thread ({@link FixWriterThread#tally}).
     */
    void tally(char[] a, int[] start, int[] end, int[] flags, int from, int to, FixPlan.Stats stats, boolean trim,
            ValueSemantics semantics) {
        stats.rows++;
        for (int k = from; k < to; k++) {
            int f = flags[k];
            if ((f & COUNTED) == 0) {
                continue; // empty, or beyond the table's width
            }
            int s = start[k];
            int e = end[k];
            if (trim && (f & Cells.S_SPACE) != 0) {
                while (s < e && Cells.isSpace(a[s])) {
                    s++;
                }
                while (e > s && Cells.isSpace(a[e - 1])) {
                    e--;
                }
                if (s >= e) {
                    continue;
                }
            }
            if (quiet != null && (f & REFIXED) != 0) {
                // counted as the value will be written (③ is 3, ３５．６ is 35.6), so that the plan is
                // the one the next reading of the output makes
                String raw = new String(a, s, e - s);
                String fixed = Cells.trim(quiet.quietValue(raw, neutral(k - from), null));
                if (!fixed.equals(raw)) {
                    tallyFixed(fixed, stats.col(k - from), semantics);
                    continue;
                }
            }
            count(a, s, e, f, stats.col(k - from), semantics);
        }
    }

    /**
     * Counts one non-empty trimmed value, {@code a[s..e)}, in its column's statistics: {@code f}
     * holds its scan flags with {@link #CLEAN_NUMBER} and {@link #DATE_LIKE}.
     */
    private void count(char[] a, int s, int e, int f, FixPlan.Column c, ValueSemantics semantics) {
        c.nonEmpty++;
        boolean digit = (f & (Cells.S_DIGIT | Cells.S_FW_DIGIT)) != 0;
        if (!digit) {
            if (Cells.isSymbol(a, s, e)) {
                c.symbols++;
            }
            return;
        }
        if ((f & CLEAN_NUMBER) != 0) {
            c.clean++;
            return;
        }
        if ((Cells.isSpace(a[s]) || Cells.mayStartNumber(a[s]))
                && Cells.parseNumber(a, s, e, num, unit) != Cells.N_NOT_NUMBER) {
            c.dirty++;
            if (unit.length() > 0) {
                c.unit(unit.toString());
            }
        }
        if ((f & Cells.S_SEPARATOR) != 0 && Cells.multiValue(new String(a, s, e - s)) == Cells.MV_COORDINATES) {
            c.coordinatePairs++;
        }
        if ((f & DATE_LIKE) != 0) {
            String t = new String(a, s, e - s);
            if (isoDate(t) || semantics.date(t) != null) {
                c.dates++;
            }
        } else if ((f & Cells.S_COLON) != 0 && FixRun.isTime(tallySlice.set(a, s, e))) {
            c.times++;
        }
    }

    private FixPlan.In neutral(int i) {
        if (i >= neutral.length) {
            neutral = java.util.Arrays.copyOf(neutral, Math.max(i + 1, neutral.length * 2));
        }
        if (neutral[i] == null) {
            neutral[i] = new FixPlan.In(i, "");
        }
        return neutral[i];
    }

    /**
     * {@link #tally} of one value as fixed (trimmed): its flags are made on the string (the clean
     * number and the date shape asked directly), then it is counted as a value read.
     */
    private void tallyFixed(String t, FixPlan.Column c, ValueSemantics semantics) {
        if (t.isEmpty()) {
            return; // fixed to nothing: an empty cell in the output
        }
        char[] b = t.toCharArray();
        Cells.scan(b, 0, b.length, tallyScan);
        int g = tallyScan.flags;
        if ((g & (Cells.S_DIGIT | Cells.S_FW_DIGIT)) != 0) {
            if (Cells.isCleanNumber(b, 0, b.length)) {
                g |= CLEAN_NUMBER;
            } else if (VocabSemantics.looksLikeDate(t)) {
                g |= DATE_LIKE;
            }
        }
        count(b, 0, b.length, g, c, semantics);
    }

    /** {@code YYYY-MM-DD}, possibly with a time after it. */
    static boolean isoDate(CharSequence t) {
        if (t.length() < 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (t.charAt(i) < '0' || t.charAt(i) > '9')) {
                return false;
            }
        }
        return t.length() == 10 || t.charAt(10) == 'T' || t.charAt(10) == ' ';
    }
}
