package io.github.civicdata.validation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes the fixed table: UTF-8 (a BOM only when asked), comma-separated, LF or CRLF, a field
 * quoted only when it holds a comma, a quote or a line break (RFC 4180), or, in a table of one
 * column, a tab, a semicolon or a bar (which a reader would otherwise take for the delimiter). The values arrive
 * defused; nothing here changes them. A row of one empty field is written as {@code ""} so that it
 * does not read as a blank line. Characters are encoded here, into one buffer (a lone surrogate,
 * which no decoder produces, becomes {@code ?} as in the JDK's encoder).
 *
 * <p>A null stream (a dry run) writes nothing. Not thread-safe.
 */
final class FixCsvWriter implements AutoCloseable {

    private final OutputStream out;
    private final boolean crlf;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    /** The cell of a one-column row, when it comes from a record's characters. */
    private final CharSlice single = new CharSlice();

    FixCsvWriter(OutputStream out, boolean bom, boolean crlf) {
        this.out = out;
        this.crlf = crlf;
        if (out != null && bom) {
            buf[0] = (byte) 0xEF;
            buf[1] = (byte) 0xBB;
            buf[2] = (byte) 0xBF;
            pos = 3;
        }
    }

    void row(String[] cells, int n) {
        row(cells, n, null, null, null);
    }

    /**
     * A row whose null cells are written from {@code rec}'s field {@code source[k]} as it is;
     * {@code flags[source[k]]} are that field's {@link Cells#scan} flags.
     */
    void row(String[] cells, int n, RecordView rec, int[] source, int[] flags) {
        if (out == null) {
            return;
        }
        if (n == 1 && cells[0] != null && cells[0].isEmpty()) {
            put('"');
            put('"');
        } else if (n == 1 && lone(cells[0] != null ? cells[0]
                : single.set(rec.chars, rec.start[source[0]], rec.end[source[0]]))) {
            // written quoted
        } else {
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    put(',');
                }
                if (cells[i] == null) {
                    field(rec.chars, rec.start[source[i]], rec.end[source[i]], flags[source[i]]);
                } else {
                    field(cells[i]);
                }
            }
        }
        if (crlf) {
            put('\r');
        }
        put('\n');
    }

    /**
     * A row whose cells {@code from} to {@code to} (exclusive) are the ranges {@code start[k]} to
     * {@code end[k]} of {@code a}, each with its {@link Cells#scan} flags ({@link FixWriterThread#STRING}
     * for a cell that was a string): the same bytes as {@link #row(String[], int, RecordView, int[], int[])}
     * with those cells. Each cell is encoded straight into the buffer in one loop that also looks
     * for the characters that need quotes (only where the flags allow one); a cell that has one, or
     * that may not fit into the buffer, is written as a string instead.
     */
    void row(char[] a, int[] start, int[] end, int[] flags, int from, int to) {
        if (out == null) {
            return;
        }
        if (to - from == 1 && lone(single.set(a, start[from], end[from]))) {
            if (crlf) {
                put('\r');
            }
            put('\n');
            return;
        }
        byte[] b = buf;
        for (int k = from; k < to; k++) {
            int s = start[k];
            int e = end[k];
            // room for the cell (3 bytes per character at most), the comma before it and CR LF after the row
            long need = (long) (e - s) * 3 + 3;
            if (pos + need > b.length) {
                drain();
                if (need > b.length) {
                    if (k > from) {
                        put(',');
                    }
                    field(new String(a, s, e - s));
                    continue;
                }
            }
            int p = pos;
            if (k > from) {
                b[p++] = ',';
            }
            int q = encode(a, s, e, b, p, (flags[k] & QUOTABLE) != 0);
            if (q >= 0) {
                pos = q;
            } else {
                pos = p;
                field(new String(a, s, e - s));
            }
        }
        if (crlf) {
            put('\r');
        }
        put('\n');
    }

    /** Scan flags of a cell that may hold a comma, a quote or a line break. */
    private static final int QUOTABLE = Cells.S_SEPARATOR | Cells.S_OTHER | Cells.S_NEWLINE;

    /**
     * Encodes {@code a[s..e)} as UTF-8 into {@code b} from {@code p} (room for 3 bytes per character
     * is there); the position after it, or -1 when {@code quotable} (the scan flags allow one) and
     * the cell holds a comma, a quote or a line break (it needs quotes). A lone surrogate becomes
     * {@code ?}, as in the JDK's encoder.
     */
    private static int encode(char[] a, int s, int e, byte[] b, int p, boolean quotable) {
        for (int i = s; i < e; i++) {
            char c = a[i];
            if (c < 0x80) {
                // ('\n' < '\r' < '"' < ',': one comparison for most characters)
                if (quotable && c <= ',' && (c == ',' || c == '"' || c == '\n' || c == '\r')) {
                    return -1;
                }
                b[p++] = (byte) c;
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | c >> 6);
                b[p++] = (byte) (0x80 | c & 0x3F);
            } else if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
                b[p++] = (byte) (0xE0 | c >> 12);
                b[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < e && Character.isLowSurrogate(a[i + 1])) {
                // a pair takes 4 bytes where 6 were reserved
                int cp = Character.toCodePoint(c, a[++i]);
                b[p++] = (byte) (0xF0 | cp >> 18);
                b[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | cp & 0x3F);
            } else {
                b[p++] = '?';
            }
        }
        return p;
    }

    /** A row of one empty field, written {@code ""} so that it does not read as a blank line. */
    void emptyRow() {
        put('"');
        put('"');
        if (crlf) {
            put('\r');
        }
        put('\n');
    }

    /** A field from a record's characters, as it was read; {@code f} its scan flags. */
    private void field(char[] a, int s, int e, int f) {
        long need = (long) (e - s) * 3;
        if (need > buf.length) {
            field(new String(a, s, e - s));
            return;
        }
        if (pos + need > buf.length) {
            drain();
        }
        int q = encode(a, s, e, buf, pos, (f & QUOTABLE) != 0);
        if (q >= 0) {
            pos = q;
        } else {
            field(new String(a, s, e - s));
        }
    }

    /**
     * The one cell of a row of a one-column table: when it holds a tab, a semicolon or a bar (the
     * other delimiters a reader detects, {@link DelimiterSniffer#CANDIDATES}) and nothing else that
     * needs quotes, it is written quoted, so that the file is not read back as split at them (a
     * second fix would otherwise split it); returns whether it wrote the cell.
     */
    private boolean lone(CharSequence v) {
        boolean other = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return false; // quoted anyway
            }
            other |= c == '\t' || c == ';' || c == '|';
        }
        if (other) {
            field(v, true);
        }
        return other;
    }

    private void field(CharSequence v) {
        field(v, needsQuotes(v));
    }

    private void field(CharSequence v, boolean quote) {
        if (quote) {
            put('"');
        }
        int n = v.length();
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c < 0x80) {
                if (c == '"') {
                    put('"');
                }
                put(c);
            } else if (c < 0x800) {
                room(2);
                buf[pos++] = (byte) (0xC0 | c >> 6);
                buf[pos++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(v.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, v.charAt(++i));
                room(4);
                buf[pos++] = (byte) (0xF0 | cp >> 18);
                buf[pos++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[pos++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[pos++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                put('?');
            } else {
                room(3);
                buf[pos++] = (byte) (0xE0 | c >> 12);
                buf[pos++] = (byte) (0x80 | c >> 6 & 0x3F);
                buf[pos++] = (byte) (0x80 | c & 0x3F);
            }
        }
        if (quote) {
            put('"');
        }
    }

    private void put(char c) {
        if (pos == buf.length) {
            drain();
        }
        buf[pos++] = (byte) c;
    }

    private void room(int n) {
        if (pos + n > buf.length) {
            drain();
        }
    }

    private void drain() {
        try {
            out.write(buf, 0, pos);
            pos = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean needsQuotes(CharSequence v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        if (out == null) {
            return;
        }
        try {
            drain();
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
