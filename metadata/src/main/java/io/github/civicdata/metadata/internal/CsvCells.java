package io.github.civicdata.metadata.internal;

/**
 * Writes CSV cells for spreadsheet users: quoted when needed (RFC 4180), and defused against
 * formula injection — a cell starting (after leading spaces) with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return is prefixed with {@code '} so that Excel shows it as text
 * instead of evaluating it (OWASP "CSV injection").
 *
 * <p>Not API. Stateless and thread-safe.
 *
 * <pre>{@code
 * CsvCells.cell("=HYPERLINK(\"http://x\")"); // "'=HYPERLINK(""http://x"")" quoted
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
     * Prefixes {@code '} to a value a spreadsheet would read as a formula.
     *
     * @param value the value
     * @return the value, safe to open in a spreadsheet
     */
    public static String defuse(String value) {
        int i = 0;
        while (i < value.length() && (value.charAt(i) == ' ' || value.charAt(i) == '\u3000')) {
            i++;
        }
        if (i < value.length()) {
            char c = value.charAt(i);
            if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
                    || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20') {
                return "'" + value;
            }
        } else if (!value.isEmpty() && (value.charAt(0) == '\t' || value.charAt(0) == '\r')) {
            return "'" + value;
        }
        return value;
    }
}
