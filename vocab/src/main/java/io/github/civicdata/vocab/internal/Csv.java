package io.github.civicdata.vocab.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal RFC 4180 reader for data files (code lists, the GIF model, ABR 町字 files): text with an
 * optional BOM, quoted fields, CRLF or LF. Not API.
 */
public final class Csv {

    /** Receives the rows of {@link #read(Reader, long, RowHandler)} one by one. */
    @FunctionalInterface
    public interface RowHandler {
        /**
         * One row.
         *
         * @param fields the fields
         * @param line the 1-based line the row starts on
         * @return {@code false} to stop reading
         * @throws IOException to stop with an error
         */
        boolean row(List<String> fields, long line) throws IOException;
    }

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
        try {
            read(new StringReader(text), Integer.MAX_VALUE, (f, l) -> rows.add(f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /**
     * Reads CSV text row by row; blank lines are skipped.
     *
     * @param in the text
     * @param maxField the longest field accepted, in characters
     * @param handler receives each row
     * @throws IOException if reading fails, a field is longer than {@code maxField}, or the handler
     *     throws
     */
    public static void read(Reader in, long maxField, RowHandler handler) throws IOException {
        Chars src = new Chars(in);
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        long line = 1;
        long start = 1;
        if (src.peek() == '\uFEFF') {
            src.next();
        }
        int c;
        while ((c = src.next()) >= 0) {
            if (quoted) {
                if (c == '"') {
                    if (src.peek() == '"') {
                        src.next();
                        field.append('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && src.peek() == '\n') {
                    src.next();
                }
                if (any || field.length() > 0) {
                    row.add(field.toString());
                    if (!handler.row(row, start)) {
                        return;
                    }
                }
                line++;
                start = line;
                row = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append((char) c);
                any = true;
            }
            if (field.length() > maxField) {
                throw new IOException("a field on line " + start + " is longer than " + maxField + " characters");
            }
        }
        if (any || field.length() > 0) {
            row.add(field.toString());
            handler.row(row, start);
        }
    }

    /** A buffered character source with one character of look-ahead; -1 at the end. */
    private static final class Chars {
        private final Reader in;
        private final char[] buf = new char[8192];
        private int n;
        private int i;

        Chars(Reader in) {
            this.in = in;
        }

        int peek() throws IOException {
            if (i == n) {
                n = in.read(buf);
                i = 0;
                if (n <= 0) {
                    n = 0;
                    return -1;
                }
            }
            return buf[i];
        }

        int next() throws IOException {
            int c = peek();
            if (c >= 0) {
                i++;
            }
            return c;
        }
    }
}
