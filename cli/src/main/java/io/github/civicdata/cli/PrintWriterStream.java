package io.github.civicdata.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Picocli's standard output ({@link PrintWriter}) as a UTF-8 byte stream that is never closed. */
final class PrintWriterStream extends OutputStream {
    private final PrintWriter w;
    private final ByteArrayOutputStream buf = new ByteArrayOutputStream();

    PrintWriterStream(PrintWriter w) {
        this.w = w;
    }

    @Override
    public void write(int b) {
        buf.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        buf.write(b, off, len);
    }

    @Override
    public void flush() {
        w.print(buf.toString(StandardCharsets.UTF_8));
        w.flush();
        buf.reset();
    }

    @Override
    public void close() {
        flush();
    }
}
