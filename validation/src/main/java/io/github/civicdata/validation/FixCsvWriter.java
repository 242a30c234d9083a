package io.github.civicdata.validation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes the fixed table: UTF-8 (a BOM only when asked), comma-separated, LF or CRLF, a field
 * quoted only when it holds a comma, a quote or a line break (RFC 4180). The values arrive
 * defused; nothing here changes them. A row of one empty field is written as {@code ""} so that it
 * does not read as a blank line.
 *
 * <p>A null stream (a dry run) writes nothing. Not thread-safe.
 */
final class FixCsvWriter implements AutoCloseable {

    private final Writer w;
    private final String eol;

    FixCsvWriter(OutputStream out, boolean bom, boolean crlf) {
        this.eol = crlf ? "\r\n" : "\n";
        if (out == null) {
            this.w = null;
            return;
        }
        try {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    void row(String[] cells, int n) {
        if (w == null) {
            return;
        }
        try {
            if (n == 1 && cells[0].isEmpty()) {
                w.write("\"\"");
            } else {
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        w.write(',');
                    }
                    field(cells[i]);
                }
            }
            w.write(eol);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void field(String v) throws IOException {
        if (needsQuotes(v)) {
            w.write('"');
            int from = 0;
            for (int i = 0; i < v.length(); i++) {
                if (v.charAt(i) == '"') {
                    w.write(v, from, i - from + 1);
                    w.write('"');
                    from = i + 1;
                }
            }
            w.write(v, from, v.length() - from);
            w.write('"');
        } else {
            w.write(v);
        }
    }

    static boolean needsQuotes(String v) {
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
        if (w == null) {
            return;
        }
        try {
            w.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
