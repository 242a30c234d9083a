package io.github.civicdata.vocab.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A minimal RFC 4180 reader for the shipped data files (code lists, GIF model): UTF-8 text with an
 * optional BOM, quoted fields, CRLF or LF. Not API.
 */
public final class Csv {

    private Csv() {
    }

    /**
     * Splits a whole CSV text into rows of fields; blank lines are skipped.
     *
     * @param text the text
     * @return the rows
     */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < text.length() && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    row.add(field.toString());
                    rows.add(row);
                }
                row = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (any || field.length() > 0) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
