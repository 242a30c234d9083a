package io.github.civicdata.validation;

import io.github.civicdata.vocab.NamedFormat;
import io.github.civicdata.vocab.format.FormatChecks;
import io.github.civicdata.vocab.format.ValueChecker;

/**
 * Periods in cells, for rule L1-07 (one cell holds one datum): one ISO 8601 time interval
 * ({@code 2024-06-01/2024-07-31}) is one value, a start and an end that belong together, not two
 * values joined by a slash.
 *
 * <p>In a column whose template or schema type is a period ({@link io.github.civicdata.vocab.Datatype#PERIOD}),
 * one well-formed interval passes L1-07, several intervals in one cell are L1-07, and anything
 * else is left to the template's type check ({@link NamedFormat#ISO_INTERVAL}), which reports a
 * malformed interval. Elsewhere, a cell shaped like an interval is still L1-07, with a message that
 * does not ask to split the start and the end into separate values. Stateless.
 */
final class PeriodCells {

    private static final ValueChecker INTERVAL = FormatChecks.standard().checker(NamedFormat.ISO_INTERVAL);
    private static final ValueChecker DATE = FormatChecks.standard().checker(NamedFormat.ISO_DATE);
    private static final ValueChecker DATETIME = FormatChecks.standard().checker(NamedFormat.ISO_DATETIME);

    private PeriodCells() {
    }

    /** Whether the trimmed cell is one well-formed ISO 8601 interval. */
    static boolean isInterval(String t) {
        return !t.isEmpty() && INTERVAL.check(t).isValid();
    }

    /**
     * Whether the trimmed cell is two or more well-formed intervals separated by list separators
     * (comma, 、, semicolon, line break, space).
     */
    static boolean severalIntervals(String t) {
        int count = 0;
        int i = 0;
        int n = t.length();
        while (i < n) {
            while (i < n && separator(t.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int j = i;
            while (j < n && !separator(t.charAt(j))) {
                j++;
            }
            if (!INTERVAL.check(t.substring(i, j)).isValid()) {
                return false;
            }
            count++;
            i = j;
        }
        return count >= 2;
    }

    /**
     * Whether the trimmed cell is shaped like a closed interval: one slash between two ISO dates or
     * dates and times (in order or not).
     */
    static boolean intervalShaped(String t) {
        int slash = t.indexOf('/');
        if (slash <= 0 || slash != t.lastIndexOf('/')) {
            return false;
        }
        String a = t.substring(0, slash);
        String b = t.substring(slash + 1);
        return (DATE.check(a).isValid() || DATETIME.check(a).isValid()) && !b.isEmpty()
                && (DATE.check(b).isValid() || DATETIME.check(b).isValid());
    }

    private static boolean separator(char c) {
        return c == ',' || c == '、' || c == '，' || c == ';' || c == '；' || c == '\n' || c == '\r' || c == ' '
                || c == '　';
    }
}
