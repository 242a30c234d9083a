package io.github.civicdata.validation;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * How far the validation of one input has got and what it holds in memory: bytes read, rows and
 * the widest row, values remembered by the uniqueness checks, shared strings of a workbook. Kept
 * as plain numbers (no reference to the structures themselves), so that after an
 * {@link OutOfMemoryError} has unwound the validation and freed them, the numbers can still
 * say what grew ({@link ValidationOutOfMemoryError}).
 *
 * <p>Not thread-safe (the decoding thread of a large CSV only adds to {@link #bytes}, which is
 * read after it has ended).
 */
final class Footprint {

    volatile long bytes;
    long rows;
    long columns;
    long uniqueValues;
    long uniqueBytes;
    long sharedStrings;
    long sharedChars;

    void row(RecordView rec) {
        rows++;
        int w = Math.max(rec.size, rec.totalFields);
        if (w > columns) {
            columns = w;
        }
    }

    void sharedStrings(int items, int chars) {
        sharedStrings = items;
        sharedChars = chars;
    }

    /** A unique column's table grew (or shrank) by {@code bytes}, now remembering {@code values} more. */
    void unique(long values, long bytesDelta) {
        uniqueValues += values;
        uniqueBytes += bytesDelta;
    }

    /** Counts the bytes read through it. */
    InputStream counting(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytes++;
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    bytes += n;
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long s = super.skip(n);
                bytes += Math.max(0, s);
                return s;
            }
        };
    }
}
