package io.github.civicdata.core.csv;

/**
 * The one policy of civicdata against formula injection in CSV output (CWE-1236, OWASP "CSV
 * Injection"): a cell a spreadsheet could run as a formula when it opens the file is written with
 * a single quote {@code '} in front, so that the spreadsheet shows it as the text it is. Every CSV
 * writer of civicdata uses it (the data-item list of a catalogue, anonymised tables).
 *
 * <p>A cell is dangerous when, after any leading spaces (U+0020, and the ideographic space U+3000
 * that Japanese input methods type), it starts with
 *
 * <ul>
 *   <li>{@code =}, {@code +}, {@code -} or {@code @};
 *   <li>their full-width forms {@code ＝} {@code ＋} {@code －} {@code ＠} (spreadsheets with Japanese
 *       input read them as the ASCII ones);
 *   <li>a tab or a carriage return (a spreadsheet may drop them and read what follows).
 * </ul>
 *
 * <p>Leading spaces count because spreadsheets and their CSV import trim them. Anything else is
 * written as it is: a cell is never changed but by the one prefix, and a program reading the CSV
 * sees the {@code '}. {@link #defuseExceptNumbers} leaves plain numbers ({@code -12}, {@code +81},
 * {@code -0.5e3}) alone, because {@code -} and {@code +} also start numbers and a number is never a
 * formula; it also leaves a cell that is nothing but a minus sign ({@code -} or {@code －}), the
 * usual mark for "none" in statistical tables: with nothing after the sign there is nothing to
 * run, and a defused mark would no longer be read as one (the fixer would turn a valid "none" in
 * a numeric column into text).
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * CsvFormulas.defuse("=HYPERLINK(\"http://x\")");  // "'=HYPERLINK(\"http://x\")"
 * CsvFormulas.defuse(" ＠SUM(A1)");                 // "' ＠SUM(A1)"
 * CsvFormulas.defuseExceptNumbers("-12");           // "-12"
 * CsvFormulas.defuseExceptNumbers("-");             // "-"
 * }</pre>
 */
public final class CsvFormulas {

    private CsvFormulas() {
    }

    /**
     * Whether a spreadsheet could read the cell as a formula (see the class description).
     *
     * @param cell the cell (a string, or a slice of a buffer: nothing is copied)
     * @return whether the cell is dangerous
     */
    public static boolean startsFormula(CharSequence cell) {
        return dangerAt(cell) >= 0;
    }

    /**
     * The cell with {@code '} in front if it could be read as a formula, else the cell itself.
     *
     * @param cell the cell
     * @return the cell, safe to open in a spreadsheet
     */
    public static String defuse(String cell) {
        return dangerAt(cell) >= 0 ? "'" + cell : cell;
    }

    /**
     * As {@link #defuse}, but a plain number ({@code -12}, {@code +81}, {@code 3.5e-2}, after any
     * leading spaces) and a lone minus sign ({@code -} or {@code －}, the whole cell) are left as
     * they are.
     *
     * @param cell the cell
     * @return the cell, safe to open in a spreadsheet
     */
    public static String defuseExceptNumbers(String cell) {
        int at = dangerAt(cell);
        if (at < 0) {
            return cell;
        }
        char c = cell.charAt(at);
        if ((c == '+' || c == '-') && isPlainNumber(cell, at)
                || cell.length() == 1 && (c == '-' || c == '\uFF0D')) {
            return cell;
        }
        return "'" + cell;
    }

    /** The index of the character that makes the cell a formula, or -1. */
    private static int dangerAt(CharSequence cell) {
        int i = 0;
        int n = cell.length();
        while (i < n && (cell.charAt(i) == ' ' || cell.charAt(i) == '\u3000')) {
            i++;
        }
        if (i == n) {
            return -1;
        }
        return switch (cell.charAt(i)) {
            case '=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '\t', '\r' -> i;
            default -> -1;
        };
    }

    /** Whether {@code s} from {@code from} to its end is a plain ASCII number: sign, digits, a decimal part, an exponent. */
    private static boolean isPlainNumber(String s, int from) {
        int i = from;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exp = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                exp++;
            }
            if (exp == 0) {
                return false;
            }
        }
        return i == n;
    }
}
