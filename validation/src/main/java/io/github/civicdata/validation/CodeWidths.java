package io.github.civicdata.validation;

import java.util.List;

/**
 * Zero-padded code columns and the values in them that lost their leading zeros: a column whose
 * digit values in the first rows nearly all have the same width, some of them with a leading
 * zero ({@code 059, 078, 112}), is a fixed-width code; a shorter all-digit value in it
 * ({@code 59}) was stored as a number somewhere and lost its zeros (L3-06). The restored value is
 * the value padded with zeros to the column's width: the digits are kept, only zeros are put in
 * front, which is what the column's own convention says the code is.
 *
 * <p>Stateless and thread-safe.
 */
final class CodeWidths {

    /** Digit values needed in the first rows before a column is taken as fixed-width. */
    static final int MIN_VALUES = 5;

    private CodeWidths() {
    }

    /**
     * The fixed width of each column (0 if it is not a zero-padded code column): at least
     * {@link #MIN_VALUES} values made of at most 12 ASCII digits, 80% of them (and at least four) of
     * one width {@code w} and none longer, at least one of width {@code w} starting with 0, and at most 10% of the
     * non-empty values not made of digits.
     */
    static int[] infer(List<RecordView> rows, int width) {
        int[] result = new int[width];
        for (int i = 0; i < width; i++) {
            int[] byLength = new int[14];
            int digits = 0;
            int other = 0;
            int zeroLed = -1;
            boolean tooLong = false;
            for (RecordView r : rows) {
                if (i >= r.size || r.isEmpty(i)) {
                    continue;
                }
                String t = Cells.trim(r.text(i));
                if (t.isEmpty()) {
                    continue;
                }
                if (!allDigits(t)) {
                    other++;
                    continue;
                }
                if (t.length() > 12) {
                    tooLong = true;
                    continue;
                }
                digits++;
                byLength[t.length()]++;
                if (t.charAt(0) == '0' && t.length() > 1) {
                    zeroLed = Math.max(zeroLed, t.length());
                }
            }
            if (tooLong || digits < MIN_VALUES || other * 10 > digits + other || zeroLed < 2) {
                continue;
            }
            int w = zeroLed;
            boolean longer = false;
            for (int l = w + 1; l < byLength.length; l++) {
                longer |= byLength[l] > 0;
            }
            if (!longer && byLength[w] >= MIN_VALUES - 1 && byLength[w] * 5 >= digits * 4) {
                result[i] = w;
            }
        }
        return result;
    }

    /** L3-06 for a value of a fixed-width code column that is shorter and made of digits, or null. */
    static Issue check(String t, int width) {
        if (width <= 0 || t.length() >= width || t.isEmpty() || t.charAt(0) == '0' || !allDigits(t)) {
            return null;
        }
        String padded = "0".repeat(width - t.length()) + t;
        return Issue.of(RuleIds.L3_06, "L3-06.code-leading-zero", null, padded, width);
    }

    private static boolean allDigits(String t) {
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
