package io.github.civicdata.anonymize;

import java.util.Arrays;

/**
 * The distinct tuples of the columns the search reads (quasi-identifiers first, then sensitive
 * attributes), each with the number of rows that have it, and for every row the index of its tuple.
 * This is the search's working set: every transformation is checked on these tuples (or on the
 * classes of a less general transformation), never on the rows, so the search's cost grows with
 * the number of distinct tuples, not with the number of rows.
 *
 * <p>Tuples are stored packed: each column takes 1 to 4 bytes, as many as its largest code needs
 * (a column widens, and the tuples are repacked, when a larger code arrives), so ten million tuples
 * of nine columns with a few hundred to a few ten thousand values take about 110 MB. They are found
 * with an open-addressing hash table over the codes (any number of columns, codes compared, never
 * packed into a fixed-width number). Built incrementally, row by row, so a CSV file can be encoded
 * while it is read. Not thread-safe while built; read-only afterwards.
 */
final class TupleTable {

    private static final long MIX = 0x9E3779B97F4A7C15L;

    /** Columns per tuple. */
    final int width;
    /** Bytes per column (1–4) and offset of each column in a tuple. */
    final int[] colBytes;
    final int[] colOffset;
    /** Bytes per tuple. */
    int stride;
    /** packed[t * stride + colOffset[c] …]: little-endian codes. */
    byte[] packed;
    /** Distinct tuples. */
    int size;
    /** Rows per tuple. */
    int[] counts;
    /** rowTuple[row]; {@code rows} entries are valid. */
    int[] rowTuple;
    /** Rows added. */
    int rows;

    private int[] hashes;
    private int[] slots;
    private int mask;
    private byte[] scratch;

    TupleTable(int width, int expectedRows) {
        this.width = width;
        this.colBytes = new int[width];
        this.colOffset = new int[width];
        Arrays.fill(colBytes, 1);
        for (int c = 0; c < width; c++) {
            colOffset[c] = c;
        }
        this.stride = Math.max(1, width);
        int cap = 1024;
        packed = new byte[cap * stride];
        counts = new int[cap];
        hashes = new int[cap];
        slots = new int[4096];
        mask = slots.length - 1;
        rowTuple = new int[Math.max(16, Math.min(expectedRows, 1 << 24))];
        scratch = new byte[stride];
    }

    static int read(byte[] b, int o, int bytes) {
        switch (bytes) {
            case 1:
                return b[o] & 0xFF;
            case 2:
                return (b[o] & 0xFF) | (b[o + 1] & 0xFF) << 8;
            case 3:
                return (b[o] & 0xFF) | (b[o + 1] & 0xFF) << 8 | (b[o + 2] & 0xFF) << 16;
            default:
                return (b[o] & 0xFF) | (b[o + 1] & 0xFF) << 8 | (b[o + 2] & 0xFF) << 16 | (b[o + 3] & 0xFF) << 24;
        }
    }

    private static void write(byte[] b, int o, int bytes, int v) {
        for (int i = 0; i < bytes; i++) {
            b[o + i] = (byte) (v >>> (8 * i));
        }
    }

    private static int bytesFor(int code) {
        return code < 1 << 8 ? 1 : code < 1 << 16 ? 2 : code < 1 << 24 ? 3 : 4;
    }

    /** The code of column {@code c} of tuple {@code t}. */
    int code(int t, int c) {
        return read(packed, t * stride + colOffset[c], colBytes[c]);
    }

    static int hash(int[] row, int from, int width) {
        long h = width;
        for (int c = 0; c < width; c++) {
            h = (h + row[from + c]) * MIX;
        }
        return (int) (h ^ (h >>> 29) ^ (h >>> 47));
    }

    /**
     * Adds a row given by its codes; returns its tuple index.
     *
     * @param row the codes, {@code width} of them from {@code from}
     */
    int add(int[] row, int from) {
        for (int c = 0; c < width; c++) {
            if (bytesFor(row[from + c]) > colBytes[c]) {
                widen(c, bytesFor(row[from + c]));
            }
        }
        for (int c = 0; c < width; c++) {
            write(scratch, colOffset[c], colBytes[c], row[from + c]);
        }
        int h = hash(row, from, width);
        int slot = h & mask;
        int t;
        while (true) {
            int s = slots[slot] - 1;
            if (s < 0) {
                t = newTuple(h);
                slots[slot] = t + 1;
                if (size > slots.length - (slots.length >> 2)) {
                    rehash();
                }
                break;
            }
            if (hashes[s] == h && Arrays.equals(packed, s * stride, s * stride + stride, scratch, 0, stride)) {
                counts[s]++;
                t = s;
                break;
            }
            slot = (slot + 1) & mask;
        }
        if (rows == rowTuple.length) {
            if (rows >= Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("more than " + rows + " rows");
            }
            rowTuple = Arrays.copyOf(rowTuple, (int) Math.min(Integer.MAX_VALUE - 8L, rows + (rows >> 1) + 16L));
        }
        rowTuple[rows++] = t;
        return t;
    }

    private int newTuple(int h) {
        if (size == counts.length) {
            long next = Math.min(Integer.MAX_VALUE - 8L, size + (size >> 1) + 16L);
            if (next <= size || next * stride > Integer.MAX_VALUE - 8L) {
                throw new IllegalStateException("too many distinct tuples: " + size);
            }
            counts = Arrays.copyOf(counts, (int) next);
            hashes = Arrays.copyOf(hashes, (int) next);
            packed = Arrays.copyOf(packed, (int) next * stride);
        }
        System.arraycopy(scratch, 0, packed, size * stride, stride);
        hashes[size] = h;
        counts[size] = 1;
        return size++;
    }

    /** Gives column {@code c} more bytes and repacks every tuple. */
    private void widen(int c, int bytes) {
        int[] nb = colBytes.clone();
        nb[c] = bytes;
        int[] no = new int[width];
        int ns = 0;
        for (int i = 0; i < width; i++) {
            no[i] = ns;
            ns += nb[i];
        }
        int cap = counts.length;
        if ((long) cap * ns > Integer.MAX_VALUE - 8L) {
            throw new IllegalStateException("too many distinct tuples: " + size);
        }
        byte[] np = new byte[cap * ns];
        for (int t = 0; t < size; t++) {
            for (int i = 0; i < width; i++) {
                write(np, t * ns + no[i], nb[i], read(packed, t * stride + colOffset[i], colBytes[i]));
            }
        }
        packed = np;
        System.arraycopy(nb, 0, colBytes, 0, width);
        System.arraycopy(no, 0, colOffset, 0, width);
        stride = ns;
        scratch = new byte[ns];
    }

    private void rehash() {
        if (slots.length >= (1 << 30)) {
            throw new IllegalStateException("too many distinct tuples: " + size);
        }
        int[] next = new int[slots.length * 2];
        int m = next.length - 1;
        for (int t = 0; t < size; t++) {
            int slot = hashes[t] & m;
            while (next[slot] != 0) {
                slot = (slot + 1) & m;
            }
            next[slot] = t + 1;
        }
        slots = next;
        mask = m;
    }

    /** Frees the hash index and spare capacity once every row is in; returns this. */
    TupleTable finish() {
        slots = null;
        hashes = null;
        scratch = null;
        packed = Arrays.copyOf(packed, size * stride);
        counts = Arrays.copyOf(counts, size);
        rowTuple = Arrays.copyOf(rowTuple, rows);
        return this;
    }

    /** Approximate heap bytes held. */
    long bytesHeld() {
        return packed.length + 4L * counts.length + 4L * rowTuple.length
                + (slots == null ? 0 : 4L * slots.length + 4L * hashes.length);
    }
}
