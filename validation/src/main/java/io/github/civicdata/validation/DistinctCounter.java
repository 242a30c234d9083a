package io.github.civicdata.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts the distinct values of a column up to a small bound, looking values up by their
 * characters so that a repeated value costs no allocation. Once more than {@code limit} distinct
 * values are seen it overflows and stops counting (the column is then not categorical).
 *
 * <p>Not thread-safe.
 */
final class DistinctCounter {

    /** Slots of a new counter; the table doubles while it is more than half full, up to {@link #maxCapacity}. */
    static final int INITIAL_CAPACITY = 8;

    private final int limit;
    private final int maxCapacity;
    /**
     * The values' characters by slot (compared with {@link Arrays#equals(char[], int, int, char[], int, int)},
     * whose compiled form has no loop of its own: a {@code String.charAt} loop here made the JIT
     * throw away its compiled {@code add} and the cell checks it was inlined into).
     */
    private char[][] keys;
    private int[] hashes;
    private long[] counts;
    private long[] firstRows;
    private int[] order;
    private int size;
    private boolean overflow;

    DistinctCounter(int limit) {
        this.limit = limit;
        // a table at most half full once the limit is reached; it starts small, because a wide
        // table has a counter per column and most columns hold few values (100,000 columns once
        // took 100 MB of counters before a row was read)
        this.maxCapacity = Integer.highestOneBit(Math.max(4, limit * 2 - 1)) << 1;
        int cap = Math.min(INITIAL_CAPACITY, maxCapacity);
        this.keys = new char[cap][];
        this.hashes = new int[cap];
        this.counts = new long[cap];
        this.firstRows = new long[cap];
        this.order = new int[Math.min(limit, cap)];
    }

    private void grow() {
        int cap = keys.length * 2;
        char[][] oldKeys = keys;
        int[] oldHashes = hashes;
        long[] oldCounts = counts;
        long[] oldRows = firstRows;
        keys = new char[cap][];
        hashes = new int[cap];
        counts = new long[cap];
        firstRows = new long[cap];
        int[] oldOrder = order;
        order = new int[Math.min(limit, cap)];
        int mask = cap - 1;
        for (int i = 0; i < size; i++) {
            int s = oldOrder[i];
            int slot = oldHashes[s] & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = oldKeys[s];
            hashes[slot] = oldHashes[s];
            counts[slot] = oldCounts[s];
            firstRows[slot] = oldRows[s];
            order[i] = slot;
        }
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
            char[] k = keys[slot];
            if (k == null) {
                if (size >= limit) {
                    overflow = true;
                    return;
                }
                if ((size + 1) * 2 > keys.length && keys.length < maxCapacity) {
                    grow();
                    add(a, s, e, row);
                    return;
                }
                keys[slot] = Arrays.copyOfRange(a, s, e);
                hashes[slot] = h;
                counts[slot] = 1;
                firstRows[slot] = row;
                order[size++] = slot;
                return;
            }
            if (hashes[slot] == h && Arrays.equals(k, 0, k.length, a, s, e)) {
                counts[slot]++;
                return;
            }
            slot = (slot + 1) & mask;
        }
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
            out.add(new Entry(new String(keys[s]), counts[s], firstRows[s]));
        }
        return out;
    }
}
