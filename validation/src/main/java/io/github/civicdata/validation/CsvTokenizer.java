package io.github.civicdata.validation;

import java.io.IOException;

/**
 * Splits decoded characters into CSV records (RFC 4180, lenient): fields separated by a
 * delimiter, optionally enclosed in double quotes with {@code ""} as an escaped quote, records
 * ended by LF, CRLF or CR. Unlike a reader that only wants the values, it keeps what the checks
 * need: whether a field was quoted, whether it held a line break, quotes where RFC 4180 allows
 * none, an unterminated quote at the end, the physical line where each record starts, and the
 * kinds of line ending used.
 *
 * <p>Memory is bounded by the {@link RecordView}'s limits; the character buffer is fixed.
 *
 * <p>Not thread-safe.
 */
final class CsvTokenizer {

    interface CharSource {
        int read(char[] dst, int off, int len) throws IOException;
    }

    private static final int BUFFER = 64 * 1024;

    private final CharSource source;
    private final char delimiter;
    private final char[] buf = new char[BUFFER];
    private int pos;
    private int len;
    private long bufBase;
    private boolean eof;
    private long line = 1;
    private boolean done;
    /** Delimiter positions of the line being cut by {@link #plainLine}. */
    private int[] cuts = new int[64];
    /** Lines with more delimiters than this take the general path. */
    private static final int MAX_CUTS = 1 << 16;
    /** False: every record takes the general path (CsvTokenizerProperties compares the two). */
    boolean plainLines = true;

    /** Counts of record terminators by kind (index {@link RecordView#T_LF} etc.). */
    final long[] terminators = new long[4];
    /** The first line ending with each kind of terminator. */
    final long[] firstTerminatorLine = new long[4];

    CsvTokenizer(CharSource source, char delimiter) {
        this.source = source;
        this.delimiter = delimiter;
    }

    /** The next physical line number (after the records read so far). */
    long line() {
        return line;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        bufBase += len;
        pos = 0;
        len = 0;
        while (len == 0) {
            int n = source.read(buf, 0, buf.length);
            if (n < 0) {
                eof = true;
                return false;
            }
            len = n;
        }
        return true;
    }

    /**
     * Reads the next record into {@code rec}.
     *
     * @return false at the end of input (rec is then untouched)
     * @throws IOException if reading fails
     */
    boolean next(RecordView rec) throws IOException {
        if (done) {
            return false;
        }
        // the common record (no quote, its line break inside the buffer) in a method of its own;
        // plainLine takes nothing at the buffer's end (pos == len) either, so that this method has
        // no branch that only a record starting exactly at a buffer's end would take: the JIT
        // compiled that way out, and threw the compiled method away when such a record came
        if (plainLines && plainLine(rec, delimiter)) {
            return true;
        }
        return general(rec);
    }

    /** Any record, field by field: quotes, a record across the buffer's end, the end of input. */
    private boolean general(RecordView rec) throws IOException {
        if (pos >= len) {
            if (!fill()) {
                done = true;
                return false;
            }
            if (plainLines && plainLine(rec, delimiter)) {
                return true;
            }
        }
        rec.reset(line);
        rec.charStart = bufBase + pos;
        final char d = delimiter;
        final char maxSpecial = (char) Math.max(d, '"');
        while (true) {
            // start of a field
            rec.beginField();
            if (pos >= len && !fill()) {
                rec.endField(0);
                finish(rec, RecordView.T_EOF);
                return true;
            }
            if (buf[pos] == '"') {
                pos++;
                int fieldFlags = RecordView.F_QUOTED;
                // quoted field
                quoted:
                while (true) {
                    if (pos >= len && !fill()) {
                        rec.endField(fieldFlags | RecordView.F_UNTERMINATED);
                        finish(rec, RecordView.T_EOF);
                        return true;
                    }
                    int i = pos;
                    final int l = len;
                    char c = 0;
                    while (i < l) {
                        c = buf[i];
                        if (c <= '"' && (c == '"' || c == '\n' || c == '\r')) {
                            break;
                        }
                        i++;
                    }
                    rec.append(buf, pos, i - pos);
                    pos = i;
                    if (i >= l) {
                        continue;
                    }
                    if (c == '"') {
                        pos++;
                        if (pos >= len && !fill()) {
                            rec.endField(fieldFlags);
                            finish(rec, RecordView.T_EOF);
                            return true;
                        }
                        if (buf[pos] == '"') {
                            rec.append('"');
                            pos++;
                            continue;
                        }
                        // closing quote: expect delimiter or end of record
                        while (true) {
                            if (pos >= len && !fill()) {
                                rec.endField(fieldFlags);
                                finish(rec, RecordView.T_EOF);
                                return true;
                            }
                            char e = buf[pos];
                            if (e == d) {
                                pos++;
                                rec.endField(fieldFlags);
                                break quoted;
                            }
                            if (e == '\n' || e == '\r') {
                                rec.endField(fieldFlags);
                                endOfRecord(rec);
                                return true;
                            }
                            // characters after the closing quote: kept, flagged
                            fieldFlags |= RecordView.F_AFTER_QUOTE;
                            if (e == '"') {
                                // a quote again: re-enter quoted mode
                                pos++;
                                continue quoted;
                            }
                            rec.append(e);
                            pos++;
                        }
                    }
                    // line break inside quotes
                    fieldFlags |= RecordView.F_NEWLINE;
                    rec.append(c);
                    pos++;
                    if (c == '\r') {
                        if (pos >= len) {
                            fill();
                        }
                        if (pos < len && buf[pos] == '\n') {
                            rec.append('\n');
                            pos++;
                        }
                    }
                    line++;
                }
                // delimiter consumed: next field
                continue;
            }
            // unquoted field
            int fieldFlags = 0;
            while (true) {
                int i = pos;
                final int l = len;
                char c = 0;
                while (i < l) {
                    c = buf[i];
                    if (c <= maxSpecial && (c == d || c == '\n' || c == '\r' || c == '"')) {
                        break;
                    }
                    i++;
                }
                rec.append(buf, pos, i - pos);
                pos = i;
                if (i >= l) {
                    if (!fill()) {
                        rec.endField(fieldFlags);
                        finish(rec, RecordView.T_EOF);
                        return true;
                    }
                    continue;
                }
                if (c == '"') {
                    fieldFlags |= RecordView.F_STRAY_QUOTE;
                    rec.append('"');
                    pos++;
                    continue;
                }
                if (c == d) {
                    pos++;
                    rec.endField(fieldFlags);
                    break;
                }
                rec.endField(fieldFlags);
                endOfRecord(rec);
                return true;
            }
        }
    }

    /**
     * The common case in one pass: a record with no quote at all that ends with a line break is cut
     * at its delimiters and copied whole ({@link RecordView#plainLine}), instead of field by field.
     * When the buffer ends inside the line (or just after a CR, where an LF may follow), the unread
     * rest is moved to the buffer's start and more is read after it ({@link #compact}), and the line
     * is scanned again. Returns false, having consumed nothing, for anything else (a quote, a line
     * longer than the buffer, the end of the input before the line break, a limit reached): the
     * general path then reads the record as before.
     */
    private boolean plainLine(RecordView rec, char d) throws IOException {
        final char maxSpecial = d > '"' ? d : '"';
        while (true) {
            final char[] b = buf;
            final int l = len;
            int[] c = cuts;
            int n = 0;
            int i = pos;
            char ch = 0;
            // field by field: the loop over a field's characters is a method of its own, so that the
            // JIT compiles this method as a whole (a loop of a few turns per call) instead of first
            // on-stack for a loop over the whole line and then again as a method
            while ((i = special(b, i, l, d, maxSpecial)) < l) {
                ch = b[i];
                if (ch != d) {
                    if (ch == '"') {
                        return false;
                    }
                    break; // CR or LF
                }
                if (n == c.length) {
                    if (n >= MAX_CUTS) {
                        return false;
                    }
                    c = cuts = java.util.Arrays.copyOf(c, n * 2);
                }
                c[n++] = i++;
                ch = 0;
            }
            // the end of the buffer before the line break, or a CR as its last character: one test,
            // passed at every buffer's end, so that the JIT compiles both ways from the start
            int need = ch == '\r' ? i + 1 : i;
            if (need < l) {
                rec.reset(line);
                rec.charStart = bufBase + pos;
                if (!rec.plainLine(b, pos, i, c, n)) {
                    return false;
                }
                pos = i;
                endOfRecord(rec);
                return true;
            }
            if (!compact()) {
                return false;
            }
        }
    }

    /**
     * The index of the first delimiter, quote, CR or LF at or after {@code i} (every other character
     * is above {@code maxSpecial} or none of the four), or {@code l} if there is none before it.
     */
    private static int special(char[] b, int i, int l, char d, char maxSpecial) {
        for (; i < l; i++) {
            char ch = b[i];
            if (ch <= maxSpecial && (ch == d || ch == '\n' || ch == '\r' || ch == '"')) {
                return i;
            }
        }
        return l;
    }

    /**
     * Moves the unread characters to the buffer's start and reads more after them (once per buffer,
     * for the line the buffer's end cuts, so that it need not take the general path).
     *
     * @return false at the end of input (nothing more to read) or when unread characters fill the buffer
     */
    private boolean compact() throws IOException {
        if (eof || (pos == 0 && len == buf.length)) {
            return false;
        }
        int rest = len - pos;
        System.arraycopy(buf, pos, buf, 0, rest);
        bufBase += pos;
        pos = 0;
        len = rest;
        int n;
        do {
            n = source.read(buf, rest, buf.length - rest);
        } while (n == 0);
        if (n < 0) {
            eof = true;
            return false;
        }
        len = rest + n;
        return true;
    }

    /** At a CR or LF that ends a record: consumes it and records its kind. */
    private void endOfRecord(RecordView rec) throws IOException {
        char c = buf[pos++];
        int kind;
        if (c == '\r') {
            if (pos >= len) {
                fill();
            }
            if (pos < len && buf[pos] == '\n') {
                pos++;
                kind = RecordView.T_CRLF;
            } else {
                kind = RecordView.T_CR;
            }
        } else {
            kind = RecordView.T_LF;
        }
        finish(rec, kind);
        line++;
    }

    private void finish(RecordView rec, int kind) {
        rec.terminator = kind;
        rec.endLine = line;
        rec.charEnd = bufBase + pos;
        if (kind != RecordView.T_EOF) {
            if (terminators[kind]++ == 0) {
                firstTerminatorLine[kind] = line;
            }
        } else {
            done = true;
        }
    }
}
