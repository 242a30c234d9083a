package io.github.civicdata.metadata.internal;

import io.github.civicdata.core.csv.CsvFormulas;

/**
 * Writes CSV cells for spreadsheet users: quoted when needed (RFC 4180), and defused against
 * formula injection by core's one policy ({@link CsvFormulas#defuse}: a cell starting, after
 * leading spaces, with {@code =}, {@code +}, {@code -}, {@code @}, their full-width forms, a tab or
 * a carriage return is prefixed with {@code '}).
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
        String v = CsvFormulas.defuse(value);
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
                || v.indexOf('\r') >= 0 || (!v.isEmpty() && (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' '));
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
