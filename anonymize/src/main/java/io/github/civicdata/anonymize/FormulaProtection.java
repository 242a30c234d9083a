package io.github.civicdata.anonymize;

/**
 * How CSV output is protected against formula injection (CWE-1236): a cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return may be run as a formula by
 * a spreadsheet that opens the file.
 *
 * <p>Protection prefixes such a cell with a single quote {@code '} (the OWASP recommendation): a
 * spreadsheet then shows the text as it was, and a program reading the CSV sees the quote. Because
 * {@code -} and {@code +} also start numbers, the default leaves plain numbers ({@code -12},
 * {@code +81}, {@code -0.5e3}) alone.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * table.write(out, CsvOptions.defaults().withFormulaProtection(FormulaProtection.ALL));
 * }</pre>
 */
public enum FormulaProtection {
    /** Prefix every dangerous cell except plain numbers (the default). */
    EXCEPT_NUMBERS,
    /** Prefix every cell starting with a dangerous character, numbers included. */
    ALL,
    /** Write cells as they are (only for consumers that never open the file in a spreadsheet). */
    NONE;

    /**
     * The cell as it is written under this protection.
     *
     * @param cell the cell
     * @return the cell, prefixed with {@code '} where it could start a formula
     */
    public String apply(String cell) {
        if (this == NONE || cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        boolean dangerous = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        if (!dangerous) {
            return cell;
        }
        if (this == EXCEPT_NUMBERS && (c == '+' || c == '-') && isPlainNumber(cell)) {
            return cell;
        }
        return "'" + cell;
    }

    static boolean isPlainNumber(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
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
