package io.github.civicdata.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts the distinct values of a column up to a small bound, looking values up by their
 * characters so that a repeated value costs no allocation. Once more than {@code limit} distinct
 * values are seen it overflows and stops counting (the column is then not categorical).
 *
 * <p>Not thread-safe.
 */
final class DistinctCounter {

    private final int limit;
    private final String[] keys;
    private final int[] hashes;
    private final long[] counts;
    private final long[] firstRows;
    private final int[] order;
    private int size;
    private boolean overflow;

    DistinctCounter(int limit) {
        this.limit = limit;
        int cap = Integer.highestOneBit(Math.max(4, limit * 2)) << 1;
        this.keys = new String[cap];
        this.hashes = new int[cap];
        this.counts = new long[cap];
        this.firstRows = new long[cap];
        this.order = new int[limit];
    }

    /** Counts the value a[s,e). */
    void add(char[] a, int s, int e, long row) {
        if (overflow) {
            return;
        }
        int h = 0;
        for (int i = s; i < e; i++) {
            h = 31 * h + a[i];
        }
        h ^= h >>> 16;
        int mask = keys.length - 1;
        int slot = h & mask;
        while (true) {
            String k = keys[slot];
            if (k == null) {
                if (size >= limit) {
                    overflow = true;
                    return;
                }
                keys[slot] = new String(a, s, e - s);
                hashes[slot] = h;
                counts[slot] = 1;
                firstRows[slot] = row;
                order[size++] = slot;
                return;
            }
            if (hashes[slot] == h && same(k, a, s, e)) {
                counts[slot]++;
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    private static boolean same(String k, char[] a, int s, int e) {
        int n = e - s;
        if (k.length() != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (k.charAt(i) != a[s + i]) {
                return false;
            }
        }
        return true;
    }

    boolean overflow() {
        return overflow;
    }

    int size() {
        return size;
    }

    /** One distinct value with its count and first row. */
    record Entry(String value, long count, long firstRow) {
    }

    /** The values in order of first appearance. */
    List<Entry> entries() {
        List<Entry> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int s = order[i];
            out.add(new Entry(keys[s], counts[s], firstRows[s]));
        }
        return out;
    }
}
