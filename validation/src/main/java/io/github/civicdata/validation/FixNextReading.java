package io.github.civicdata.validation;

import java.util.List;

/**
 * What the next reading of a fixed file will see, for the decisions of {@link FixTable} and
 * {@link FixPlanner} that must not change when the fixed file is fixed again: the validator's
 * column profiles of the output's head window, the shape of key values, rows that are blank once
 * trimmed.
 *
 * <p>Stateless; the methods are pure functions of their arguments (the {@link CellFixer} passed
 * is used quietly, on the calling thread).
 */
final class FixNextReading {

    private FixNextReading() {
    }

    /**
     * The column profiles the validator will make when it reads the fixed file: over the data rows
     * of its head window (the first {@value TableProcessor#WINDOW_ROWS} records less the header),
     * with the values as the value fixes that no column decision selects make them (spaces,
     * machine-dependent characters, full-width letters and digits, ditto marks filled from the row
     * above, dates).
     *
     * @param rows the table's data rows in order (at least the first of them)
     * @param names the input columns' names as read
     */
    static ColumnProfile[] profiles(List<RecordView> rows, int width, String[] names, CellFixer cells) {
        ColumnProfile[] p = new ColumnProfile[width];
        FixPlan.In[] neutral = new FixPlan.In[width];
        String[] above = new String[width];
        for (int i = 0; i < width; i++) {
            p[i] = new ColumnProfile(i);
            neutral[i] = new FixPlan.In(i, names[i]);
        }
        StringBuilder num = new StringBuilder();
        StringBuilder unit = new StringBuilder();
        int counted = 0;
        for (RecordView rec : rows) {
            if (counted >= TableProcessor.WINDOW_ROWS - 1) {
                break;
            }
            boolean any = false;
            for (int i = 0; i < Math.min(width, rec.size); i++) {
                if (rec.isEmpty(i)) {
                    continue;
                }
                String v = cells.quietValue(rec.text(i), neutral[i], above[i]);
                above[i] = v;
                if (Cells.trim(v).isEmpty()) {
                    continue;
                }
                any = true;
                char[] a = v.toCharArray();
                p[i].infer(a, 0, a.length, num, unit);
            }
            if (any) {
                counted++;
            }
        }
        for (ColumnProfile c : p) {
            c.decide(true);
        }
        return p;
    }

    /**
     * Whether two key values have the same shape: the same length, digits where digits are, Latin
     * letters where Latin letters are (full-width or not), and the same other characters
     * ({@code S005} and {@code S004}; not {@code 以上です} and {@code S004}).
     */
    static boolean sameShape(String a, String b) {
        String x = Cells.trim(a);
        String y = Cells.trim(b);
        if (x.length() != y.length() || x.isEmpty()) {
            return false;
        }
        for (int i = 0; i < x.length(); i++) {
            if (shapeOf(x.charAt(i)) != shapeOf(y.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static char shapeOf(char c) {
        char h = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
        if (h >= '0' && h <= '9') {
            return '9';
        }
        if (h >= 'A' && h <= 'Z' || h >= 'a' && h <= 'z') {
            return 'A';
        }
        return h;
    }

    /** Whether every cell of the record is empty once trimmed. */
    static boolean blankWhenTrimmed(RecordView rec) {
        for (int i = 0; i < rec.size; i++) {
            if (!rec.isEmpty(i) && !Cells.trim(rec.text(i)).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
