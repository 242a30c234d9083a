package io.github.civicdata.anonymize;

import java.util.Arrays;

/**
 * The distinct tuples of the columns the search reads (quasi-identifiers first, then sensitive
 * attributes), each with the number of rows that have it, and for every row the index of its tuple.
 * This is the search's working set: every transformation is checked on these tuples (or on the
 * classes of a less general transformation), never on the rows, so the search's cost grows with
 * the number of distinct tuples, not with the number of rows.
 *
 * <p>Tuples are found with an open-addressing hash table over the codes (any number of columns,
 * codes compared, never packed into a fixed-width key). Built incrementally, row by row, so a CSV
 * file can be encoded while it is read. Not thread-safe while built; read-only afterwards.
 */
final class TupleTable {

    private static final long MIX = 0x9E3779B97F4A7C15L;

    /** Columns per tuple. */
    final int width;
    /** Distinct tuples. */
    int size;
    /** codes[t * width + c]. */
    int[] codes;
    /** Rows per tuple. */
    int[] counts;
    /** rowTuple[row]; {@code rows} entries are valid. */
    int[] rowTuple;
    /** Rows added. */
    int rows;

    private int[] hashes;
    private int[] slots;
    private int mask;

    TupleTable(int width, int expectedRows) {
        this.width = width;
        int cap = 1024;
        codes = new int[cap * Math.max(1, width)];
        counts = new int[cap];
        hashes = new int[cap];
        slots = new int[4096];
        mask = slots.length - 1;
        rowTuple = new int[Math.max(16, expectedRows)];
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
        int h = hash(row, from, width);
        int slot = h & mask;
        int t;
        while (true) {
            int s = slots[slot] - 1;
            if (s < 0) {
                t = newTuple(row, from, h);
                slots[slot] = t + 1;
                if (size * 2 > slots.length) {
                    rehash();
                }
                break;
            }
            if (hashes[s] == h && same(s, row, from)) {
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

    private boolean same(int t, int[] row, int from) {
        int base = t * width;
        for (int c = 0; c < width; c++) {
            if (codes[base + c] != row[from + c]) {
                return false;
            }
        }
        return true;
    }

    private int newTuple(int[] row, int from, int h) {
        if (size == counts.length) {
            int next = (int) Math.min(Integer.MAX_VALUE - 8L, size * 2L);
            if (next <= size || (long) next * width > Integer.MAX_VALUE - 8L) {
                throw new IllegalStateException("too many distinct tuples: " + size);
            }
            counts = Arrays.copyOf(counts, next);
            hashes = Arrays.copyOf(hashes, next);
            codes = Arrays.copyOf(codes, next * Math.max(1, width));
        }
        System.arraycopy(row, from, codes, size * width, width);
        hashes[size] = h;
        counts[size] = 1;
        return size++;
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
        codes = Arrays.copyOf(codes, size * width);
        counts = Arrays.copyOf(counts, size);
        rowTuple = Arrays.copyOf(rowTuple, rows);
        return this;
    }

    int code(int tuple, int column) {
        return codes[tuple * width + column];
    }

    /** Approximate heap bytes held. */
    long bytesHeld() {
        return 4L * codes.length + 4L * counts.length + 4L * rowTuple.length
                + (slots == null ? 0 : 4L * slots.length + 4L * hashes.length);
    }
}
