package io.github.civicdata.core.internal;

/**
 * Writes CSV cells for spreadsheet users: quoted when needed (RFC 4180), and defused against
 * formula injection (OWASP "CSV injection", CWE-1236). This is the project's one policy for CSV
 * output: the catalogue export and the fixer ({@code civicdata fix}) use it.
 *
 * <p>The policy ({@link #defuse}): a cell that starts (after leading half- or full-width spaces)
 * with {@code =}, {@code +}, {@code -}, {@code @}, their full-width forms, a tab or a carriage
 * return is prefixed with {@code '}, so that a spreadsheet shows it as text instead of evaluating
 * it, except
 * <ul>
 *   <li>a plain number ({@code -12}, {@code +81}, {@code -0.5}, {@code 1e-3}): a spreadsheet reads it
 *       as that number, never as a formula, and a defused number would no longer be one;
 *   <li>a lone {@code -} or {@code －}: the usual mark for "none" in statistical tables; with nothing
 *       after it there is nothing to evaluate.
 * </ul>
 * The anonymisation module's {@code FormulaProtection.EXCEPT_NUMBERS} keeps plain numbers too.
 *
 * <p>Not API. Stateless and thread-safe.
 *
 * <pre>{@code
 * CsvCells.cell("=HYPERLINK(\"http://x\")"); // "'=HYPERLINK(""http://x"")" quoted
 * CsvCells.defuse("-5");                     // -5: a number
 * }</pre>
 */
public final class CsvCells {

    private CsvCells() {
    }

    /**
     * One cell, defused and quoted as needed.
     *
     * @param value the value
     * @return the cell text
     */
    public static String cell(String value) {
        String v = defuse(value);
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
                || v.indexOf('\r') >= 0 || (!v.isEmpty() && (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' '));
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    /**
     * Whether {@link #defuse} changes the value: it starts like a formula.
     *
     * @param value the value
     * @return whether a spreadsheet could read it as a formula
     */
    public static boolean needsDefusing(CharSequence value) {
        int n = value.length();
        int i = 0;
        while (i < n && (value.charAt(i) == ' ' || value.charAt(i) == '\u3000')) {
            i++;
        }
        if (i == n) {
            return n > 0 && (value.charAt(0) == '\t' || value.charAt(0) == '\r');
        }
        char c = value.charAt(i);
        if (c == '\t' || c == '\r' || c == '=' || c == '@' || c == '\uFF1D' || c == '\uFF20') {
            return true;
        }
        if (c == '+' || c == '-' || c == '\uFF0B' || c == '\uFF0D') {
            if (i == 0 && n == 1 && (c == '-' || c == '\uFF0D')) {
                return false; // a lone dash: "none"
            }
            return !(i == 0 && (c == '+' || c == '-') && plainNumber(value));
        }
        return false;
    }

    /**
     * Prefixes {@code '} to a value a spreadsheet would read as a formula (see the class
     * description for the policy).
     *
     * @param value the value
     * @return the value, safe to open in a spreadsheet
     */
    public static String defuse(String value) {
        return needsDefusing(value) ? "'" + value : value;
    }

    /** Sign, ASCII digits, an optional decimal point and an optional exponent, nothing else. */
    static boolean plainNumber(CharSequence s) {
        int i = 0;
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
