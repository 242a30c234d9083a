package io.github.civicdata.validation.csvw;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rows of a CSV file as the tabular data model's "Parsing Tabular Data" describes, with
 * the flags of a {@link Dialect}: the row content is read up to a line terminator outside quotes,
 * a row that starts with the comment prefix is a comment, and other rows are split into cells at
 * the delimiter, unquoted and trimmed.
 *
 * <p>Bytes invalid in the encoding become U+FFFD (the replacement mode of the Encoding Standard)
 * and are counted with the offset of the first, so that the caller can report them; a leading
 * byte-order mark is skipped. Text in a non-Unicode encoding is normalised to NFC.
 *
 * <p>Streaming, memory bounded by the longest row ({@code maxRowChars}). Not thread-safe.
 */
final class DialectReader implements AutoCloseable {

    /** A row read from the file. */
    record Row(long line, String content, boolean comment, List<String> cells, String error) {
    }

    private final Dialect dialect;
    private final Reader in;
    private final int maxRowChars;
    private final char[] buf = new char[8192];
    private int pos;
    private int len;
    private boolean eof;
    private long line = 1;
    private final DecodingReader decoding;
    /** The escape character followed by the quote character, or null. */
    private final String escapedQuote;
    /** First characters of the quote, escape and line terminators: everything else is copied in runs. */
    private final String specialOutside;
    /** First characters of the quote and escape (inside quotes line terminators are plain text). */
    private final String specialInside;
    /** First characters of the quote, escape and delimiter (splitting a row into cells). */
    private final String specialSplit;

    DialectReader(InputStream bytes, Dialect dialect, int maxRowChars) {
        this.dialect = dialect;
        this.escapedQuote = dialect.escape() != null && dialect.quote() != null ? dialect.escape() + dialect.quote() : null;
        StringBuilder inside = new StringBuilder();
        if (dialect.quote() != null && !dialect.quote().isEmpty()) {
            inside.append(dialect.quote().charAt(0));
        }
        if (dialect.escape() != null && !dialect.escape().isEmpty()) {
            inside.append(dialect.escape().charAt(0));
        }
        StringBuilder outside = new StringBuilder(inside);
        for (String t : dialect.lineTerminators()) {
            if (!t.isEmpty()) {
                outside.append(t.charAt(0));
            }
        }
        this.specialInside = inside.toString();
        this.specialOutside = outside.toString();
        this.specialSplit = inside + (dialect.delimiter().isEmpty() ? "" : dialect.delimiter().substring(0, 1));
        this.maxRowChars = maxRowChars;
        this.decoding = new DecodingReader(bytes, dialect.charset().newDecoder());
        this.in = decoding;
    }

    /** Bytes that were not valid in the encoding (each replaced by U+FFFD). */
    long invalidBytes() {
        return decoding.invalid;
    }

    /** The byte offset of the first invalid byte, or -1. */
    long firstInvalidOffset() {
        return decoding.firstInvalid;
    }

    /**
     * Reads the next row.
     *
     * @return the row, or null at the end of the file
     * @throws IOException if reading fails
     * @throws RowTooLongException if a row is longer than the limit
     */
    Row next() throws IOException {
        if (!fill(1)) {
            return null;
        }
        long start = line;
        String content = readContent();
        if (!dialect.unicode()) {
            content = Normalizer.normalize(content, Normalizer.Form.NFC);
        }
        String prefix = dialect.commentPrefix();
        if (prefix != null && content.startsWith(prefix)) {
            return new Row(start, content.substring(prefix.length()).strip(), true, List.of(), null);
        }
        List<String> cells = new ArrayList<>();
        String error = split(content, cells);
        return new Row(start, content, false, cells, error);
    }

    /** Thrown when a row is longer than the limit. */
    static final class RowTooLongException extends IOException {
        private static final long serialVersionUID = 1L;
        final long line;

        RowTooLongException(long line) {
            super("row longer than the limit");
            this.line = line;
        }
    }

    private String readContent() throws IOException {
        StringBuilder sb = new StringBuilder();
        String q = dialect.quote();
        String esc = dialect.escape();
        long start = line;
        while (fill(1)) {
            if (sb.length() > maxRowChars) {
                throw new RowTooLongException(start);
            }
            if (run(specialOutside, sb)) {
                continue;
            }
            if (escapedQuote != null && startsWith(escapedQuote)) {
                take(escapedQuote.length(), sb);
            } else if (esc != null && !esc.equals(q) && startsWith(esc)) {
                take(esc.length(), sb);
                if (fill(1)) {
                    take(1, sb);
                }
            } else if (q != null && startsWith(q)) {
                take(q.length(), sb);
                readQuoted(sb, q, esc, start);
            } else {
                String t = terminator();
                if (t != null) {
                    skip(t.length());
                    return sb.toString();
                }
                take(1, sb);
            }
        }
        return sb.toString();
    }

    private void readQuoted(StringBuilder sb, String q, String esc, long start) throws IOException {
        while (fill(1)) {
            if (sb.length() > maxRowChars) {
                throw new RowTooLongException(start);
            }
            if (run(specialInside, sb)) {
                continue;
            }
            if (escapedQuote != null && startsWith(escapedQuote)) {
                take(escapedQuote.length(), sb);
            } else if (esc != null && !esc.equals(q) && startsWith(esc)) {
                take(esc.length(), sb);
                if (fill(1)) {
                    take(1, sb);
                }
            } else if (startsWith(q)) {
                take(q.length(), sb);
                return;
            } else {
                take(1, sb);
            }
        }
    }

    private String terminator() throws IOException {
        for (String t : dialect.lineTerminators()) {
            if (!t.isEmpty() && startsWith(t)) {
                return t;
            }
        }
        return null;
    }

    /**
     * Splits row content into cells ("parse a row"); returns a description of a quoting problem,
     * or null.
     */
    String split(String content, List<String> cells) {
        String q = dialect.quote();
        String esc = dialect.escape();
        String d = dialect.delimiter();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        String error = null;
        int i = 0;
        int n = content.length();
        while (i < n) {
            if (quoted && escapedQuote != null && content.startsWith(escapedQuote, i)) {
                cur.append(q);
                i += esc.length() + q.length();
            } else if (esc != null && !esc.equals(q) && content.startsWith(esc, i) && i + esc.length() < n) {
                cur.append(content.charAt(i + esc.length()));
                i += esc.length() + 1;
            } else if (q != null && content.startsWith(q, i)) {
                i += q.length();
                if (!quoted) {
                    if (cur.length() > 0 && error == null) {
                        error = "quote";
                    }
                    quoted = true;
                } else {
                    quoted = false;
                    if (i < n && !content.startsWith(d, i) && error == null) {
                        error = "after-quote";
                    }
                }
            } else if (!d.isEmpty() && content.startsWith(d, i)) {
                if (quoted) {
                    cur.append(d);
                } else {
                    cells.add(trim(cur.toString()));
                    cur.setLength(0);
                }
                i += d.length();
            } else {
                int end = i + 1;
                while (end < n && specialSplit.indexOf(content.charAt(end)) < 0) {
                    end++;
                }
                cur.append(content, i, end);
                i = end;
            }
        }
        if (quoted && error == null) {
            error = "unterminated";
        }
        cells.add(trim(cur.toString()));
        return error;
    }

    private String trim(String s) {
        String r = s;
        if (dialect.trimStart()) {
            r = r.stripLeading();
        }
        if (dialect.trimEnd()) {
            r = r.stripTrailing();
        }
        return r;
    }

    /**
     * Copies the buffered characters from the current position that start no token (none of
     * {@code special}) in one go, counting line breaks.
     *
     * @return whether any were copied
     */
    private boolean run(String special, StringBuilder sb) throws RowTooLongException {
        int end = pos;
        while (end < len && special.indexOf(buf[end]) < 0) {
            if (buf[end] == '\n') {
                line++;
            }
            end++;
        }
        if (end == pos) {
            return false;
        }
        sb.append(buf, pos, end - pos);
        pos = end;
        if (sb.length() > maxRowChars) {
            throw new RowTooLongException(line);
        }
        return true;
    }

    private boolean fill(int need) throws IOException {
        if (len - pos >= need) {
            return true;
        }
        if (eof) {
            return len - pos >= need;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, len - pos);
            len -= pos;
            pos = 0;
        }
        while (len < need && !eof) {
            int r = in.read(buf, len, buf.length - len);
            if (r < 0) {
                eof = true;
            } else {
                len += r;
            }
        }
        return len - pos >= need;
    }

    private boolean startsWith(String s) throws IOException {
        if (!fill(s.length())) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (buf[pos + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private void take(int n, StringBuilder sb) {
        for (int k = 0; k < n; k++) {
            char c = buf[pos++];
            if (c == '\n') {
                line++;
            }
            sb.append(c);
        }
    }

    private void skip(int n) {
        for (int k = 0; k < n; k++) {
            if (buf[pos++] == '\n') {
                line++;
            }
        }
    }

    /** The line the next row starts on. */
    long line() {
        return line;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * Decodes bytes, replacing each malformed or unmappable sequence by U+FFFD and counting them;
     * a byte-order mark at the start is skipped.
     */
    private static final class DecodingReader extends Reader {
        private final InputStream in;
        private final CharsetDecoder decoder;
        private final ByteBuffer bytes = ByteBuffer.allocate(8192);
        private final CharBuffer chars = CharBuffer.allocate(8192);
        private boolean inputDone;
        private boolean flushed;
        private boolean started;
        private long consumed;
        long invalid;
        long firstInvalid = -1;

        DecodingReader(InputStream in, CharsetDecoder decoder) {
            this.in = in;
            this.decoder = decoder.onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            bytes.flip();
            chars.flip();
        }

        @Override
        public int read(char[] cbuf, int off, int n) throws IOException {
            while (!chars.hasRemaining()) {
                if (flushed) {
                    return -1;
                }
                decodeMore();
            }
            int k = Math.min(n, chars.remaining());
            chars.get(cbuf, off, k);
            return k;
        }

        private void decodeMore() throws IOException {
            chars.clear();
            if (!inputDone && bytes.remaining() < 16) {
                bytes.compact();
                int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (r < 0) {
                    inputDone = true;
                } else {
                    bytes.position(bytes.position() + r);
                }
                bytes.flip();
            }
            while (true) {
                int before = bytes.position();
                CoderResult cr = decoder.decode(bytes, chars, inputDone);
                consumed += bytes.position() - before;
                if (cr.isError()) {
                    if (!chars.hasRemaining()) {
                        break; // the same error comes back on the next call
                    }
                    if (firstInvalid < 0) {
                        firstInvalid = consumed;
                    }
                    invalid += cr.length();
                    bytes.position(bytes.position() + cr.length());
                    consumed += cr.length();
                    chars.put('\uFFFD');
                    continue;
                }
                break;
            }
            if (inputDone && !bytes.hasRemaining()) {
                decoder.flush(chars);
                flushed = true;
            }
            chars.flip();
            if (!started && chars.hasRemaining()) {
                started = true;
                if (chars.get(chars.position()) == '\uFEFF') {
                    chars.get();
                }
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
