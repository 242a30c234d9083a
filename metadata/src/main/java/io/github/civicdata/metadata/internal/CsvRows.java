package io.github.civicdata.metadata.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180: comma, double quotes, CRLF or LF) into rows of cells, keeping the
 * 1-based line where each row starts. A quote inside an unquoted cell is kept as it is; a quoted
 * cell that is never closed ends the text and is marked {@link Row#unclosed()}.
 *
 * <p>Not API. Stateless and thread-safe.
 */
public final class CsvRows {

    /**
     * One row.
     *
     * @param line the 1-based line where it starts
     * @param cells the cells
     * @param unclosed whether a quoted cell ran to the end of the text
     */
    public record Row(long line, List<String> cells, boolean unclosed) {
        /** Copies the cells. */
        public Row {
            cells = List.copyOf(cells);
        }
    }

    private CsvRows() {
    }

    /**
     * @param text the whole file (without BOM)
     * @return its rows; a blank last line gives no row
     */
    public static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        long line = 1;
        long start = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && cell.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                rows.add(new Row(start, cells, false));
                cells = new ArrayList<>();
                cell.setLength(0);
                wasQuoted = false;
                line++;
                start = line;
            } else {
                cell.append(c);
            }
            i++;
        }
        if (quoted || cell.length() > 0 || !cells.isEmpty() || wasQuoted) {
            cells.add(cell.toString());
            rows.add(new Row(start, cells, quoted));
        }
        return rows;
    }
}
