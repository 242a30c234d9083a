package io.github.civicdata.validation;

/**
 * Remembers the values of a column that must be unique, as 64-bit hashes with the data row where
 * each was first seen, in an open-addressing table that grows up to a fixed number of values.
 * Beyond that bound it overflows: values are no longer remembered and the caller says so.
 *
 * <p>Memory: at most about 24 bytes per value (a {@code long} hash and an {@code int} row in
 * tables kept at most half full). Two different values with the same 64-bit hash would be taken
 * for duplicates; with a million values the chance is about 3 in 100 million.
 *
 * <p>Not thread-safe.
 */
final class UniqueSet {

    private final int limit;
    private long[] hashes;
    private int[] rows;
    private int size;
    private boolean overflow;
    private long overflowRow;

    UniqueSet(int limit) {
        this.limit = limit;
        this.hashes = new long[1024];
        this.rows = new int[1024];
    }

    /**
     * Adds the value a[s,e) seen in data row {@code row}.
     *
     * @return the data row of an earlier equal value, 0 if the value is new, or -1 when the set has
     *     overflowed and the value could not be checked
     */
    long add(char[] a, int s, int e, long row) {
        if (overflow) {
            return -1;
        }
        long h = hash(a, s, e);
        int mask = hashes.length - 1;
        int slot = (int) (h ^ (h >>> 32)) & mask;
        while (true) {
            long k = hashes[slot];
            if (k == 0) {
                break;
            }
            if (k == h) {
                return rows[slot] == 0 ? 1 : rows[slot];
            }
            slot = (slot + 1) & mask;
        }
        if (size >= limit) {
            overflow = true;
            overflowRow = row;
            hashes = new long[0];
            rows = new int[0];
            return -1;
        }
        hashes[slot] = h;
        rows[slot] = (int) Math.min(row, Integer.MAX_VALUE);
        size++;
        if (size * 2 > hashes.length) {
            grow();
        }
        return 0;
    }

    private void grow() {
        long[] oh = hashes;
        int[] or = rows;
        hashes = new long[oh.length * 2];
        rows = new int[oh.length * 2];
        int mask = hashes.length - 1;
        for (int i = 0; i < oh.length; i++) {
            long h = oh[i];
            if (h != 0) {
                int slot = (int) (h ^ (h >>> 32)) & mask;
                while (hashes[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = h;
                rows[slot] = or[i];
            }
        }
    }

    /** FNV-1a over the chars, finished with MurmurHash3's fmix64; never 0. */
    static long hash(char[] a, int s, int e) {
        long h = 0xcbf29ce484222325L;
        for (int i = s; i < e; i++) {
            h ^= a[i];
            h *= 0x100000001b3L;
        }
        h ^= e - s;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    boolean overflow() {
        return overflow;
    }

    long overflowRow() {
        return overflowRow;
    }

    int size() {
        return size;
    }
}
