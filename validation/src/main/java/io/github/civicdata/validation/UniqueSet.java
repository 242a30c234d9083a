package io.github.civicdata.validation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Remembers the values of a column that must be unique and tells, for each new value, the data
 * row where an equal value was seen first. Memory is bounded: beyond {@code limit} remembered
 * entries the set overflows, stops checking and the caller says so.
 *
 * <p>Two representations keep memory small:
 * <ul>
 *   <li><b>Runs.</b> ID columns usually count up: {@code A001, A002 …} or {@code F1 … F1000000}. A
 *       value made of a prefix and a decimal number that continues the previous value on the next
 *       data row extends the current run; a run is remembered as (prefix, digit width, first and
 *       last number, first row) whatever its length, and counts as one entry.</li>
 *   <li><b>Hashes.</b> Every other value (and the members of runs shorter than
 *       {@value #MIN_RUN}) is remembered as a 64-bit hash with its row in an open-addressing table
 *       kept at most half full (32 bytes per value). Two different values with the same hash
 *       would be taken for duplicates: with a million values the chance is about 3 in 100
 *       million.</li>
 * </ul>
 *
 * <p>Not thread-safe.
 */
final class UniqueSet {

    /** Runs shorter than this are stored value by value. */
    static final int MIN_RUN = 8;

    private final int limit;
    private boolean overflow;
    private long overflowRow;

    // hashed values: hash at 2i, first row at 2i+1
    private long[] table = new long[2048];
    private int size;

    // the open run
    private boolean open;
    private char[] runPrefix = new char[32];
    private int runPrefixLength;
    private int runWidth; // 0: numbers without leading zeros; w: exactly w digits
    private long runFrom;
    private long runTo;
    private long runFirstRow;
    private long runLastRow;

    // closed runs by prefix and width: first number -> {last number, first row}
    private final Map<String, TreeMap<Long, long[]>> runs = new HashMap<>();
    private int closedRuns;
    /** Changes whenever {@link #runs} gets a key or is cleared (the lookup below is then stale). */
    private int runsVersion;

    // the closed runs of the last prefix and digit count looked up, so that a column of numbered values
    // with gaps (each gap closes a run) finds them without making two key strings per value
    private char[] keyPrefix = new char[32];
    private int keyPrefixLength = -1;
    private int keyDigits;
    private int keyVersion = -1;
    private TreeMap<Long, long[]> keyRuns;
    private TreeMap<Long, long[]> keyRunsUnpadded;

    private final char[] scratch = new char[64];

    /** Told how many values and bytes the set holds (for the message of an out-of-memory error). */
    private final Footprint footprint;

    UniqueSet(int limit) {
        this(limit, new Footprint());
    }

    UniqueSet(int limit, Footprint footprint) {
        this.limit = limit;
        this.footprint = footprint;
        footprint.unique(0, table.length * 8L);
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
        // split into prefix and decimal suffix
        int d = e;
        while (d > s && a[d - 1] >= '0' && a[d - 1] <= '9') {
            d--;
        }
        int digits = e - d;
        boolean numbered = digits > 0 && digits <= 17 && d - s <= 32;
        long n = 0;
        int width = 0;
        if (numbered) {
            for (int i = d; i < e; i++) {
                n = n * 10 + (a[i] - '0');
            }
            width = digits > 1 && a[d] == '0' ? digits : 0;
            long earlier = inRuns(a, s, d, n, digits, width);
            if (earlier > 0) {
                return earlier;
            }
        }
        long h = 0;
        if (size > 0) {
            h = hash(a, s, e);
            long earlier = lookup(h);
            if (earlier > 0) {
                return earlier;
            }
        }
        if (numbered) {
            if (open && runLastRow + 1 == row && n == runTo + 1 && (runWidth == 0 ? width == 0 : digits == runWidth)
                    && samePrefix(a, s, d)) {
                runTo = n;
                runLastRow = row;
                return 0;
            }
            closeRun();
            if (overflow) {
                overflowRow = row;
                return -1;
            }
            open = true;
            runPrefix = copy(runPrefix, a, s, d - s);
            runPrefixLength = d - s;
            runWidth = width;
            runFrom = n;
            runTo = n;
            runFirstRow = row;
            runLastRow = row;
            return 0;
        }
        if (!insert(h != 0 ? h : hash(a, s, e), row)) {
            overflowRow = row;
            return -1;
        }
        return 0;
    }

    /** {@code a[s, s + n)} copied into {@code into}, or into a new array when it is too short; returns the array. */
    private static char[] copy(char[] into, char[] a, int s, int n) {
        char[] to = into.length < n ? new char[n] : into;
        System.arraycopy(a, s, to, 0, n);
        return to;
    }

    /** The first row of an equal value held by a run, or 0. */
    private long inRuns(char[] a, int s, int d, long n, int digits, int width) {
        if (open && n >= runFrom && n <= runTo && samePrefix(a, s, d)
                && (runWidth == 0 ? width == 0 : digits == runWidth)) {
            return runFirstRow + (n - runFrom);
        }
        if (closedRuns == 0) {
            return 0;
        }
        if (keyVersion != runsVersion || keyDigits != digits || keyPrefixLength != d - s
                || !java.util.Arrays.equals(a, s, d, keyPrefix, 0, keyPrefixLength)) {
            String prefix = new String(a, s, d - s);
            keyRuns = runs.get(prefix + '\u0000' + digits);
            keyRunsUnpadded = runs.get(prefix + '\u0000' + 0);
            keyPrefix = copy(keyPrefix, a, s, d - s);
            keyPrefixLength = d - s;
            keyDigits = digits;
            keyVersion = runsVersion;
        }
        long r = inClosed(keyRuns, n);
        if (r == 0 && width == 0) {
            r = inClosed(keyRunsUnpadded, n);
        }
        return r;
    }

    private static long inClosed(TreeMap<Long, long[]> t, long n) {
        if (t == null) {
            return 0;
        }
        Map.Entry<Long, long[]> f = t.floorEntry(n);
        return f != null && n <= f.getValue()[0] ? f.getValue()[1] + (n - f.getKey()) : 0;
    }

    private boolean samePrefix(char[] a, int s, int d) {
        if (d - s != runPrefixLength) {
            return false;
        }
        for (int i = 0; i < runPrefixLength; i++) {
            if (a[s + i] != runPrefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Keeps the open run as a run, or spills its members into the hash table. */
    private void closeRun() {
        if (!open) {
            return;
        }
        open = false;
        if (runTo - runFrom + 1 >= MIN_RUN) {
            if (size + closedRuns >= limit) {
                overflow = true;
                return;
            }
            String key = new String(runPrefix, 0, runPrefixLength) + '\u0000' + runWidth;
            runs.computeIfAbsent(key, k -> new TreeMap<>()).put(runFrom, new long[] {runTo, runFirstRow});
            runsVersion++;
            closedRuns++;
            footprint.unique(1, 96);
            return;
        }
        for (long n = runFrom; n <= runTo; n++) {
            int len = member(n);
            if (!insert(hash(scratch, 0, len), runFirstRow + (n - runFrom))) {
                return;
            }
        }
    }

    /** Writes run member n into the scratch buffer; returns its length. */
    private int member(long n) {
        System.arraycopy(runPrefix, 0, scratch, 0, runPrefixLength);
        String num = Long.toString(n);
        int pad = runWidth == 0 ? 0 : runWidth - num.length();
        int p = runPrefixLength;
        for (int i = 0; i < pad; i++) {
            scratch[p++] = '0';
        }
        num.getChars(0, num.length(), scratch, p);
        return p + num.length();
    }

    private long lookup(long h) {
        int mask = (table.length >> 1) - 1;
        int slot = (int) (h ^ (h >>> 32)) & mask;
        while (true) {
            long k = table[slot << 1];
            if (k == 0) {
                return 0;
            }
            if (k == h) {
                return table[(slot << 1) + 1];
            }
            slot = (slot + 1) & mask;
        }
    }

    private boolean insert(long h, long row) {
        if (size + closedRuns >= limit) {
            overflow = true;
            footprint.unique(-(size + closedRuns), -(table.length * 8L + closedRuns * 96L));
            table = new long[0];
            runs.clear();
            runsVersion++;
            return false;
        }
        int mask = (table.length >> 1) - 1;
        int slot = (int) (h ^ (h >>> 32)) & mask;
        while (table[slot << 1] != 0) {
            slot = (slot + 1) & mask;
        }
        table[slot << 1] = h;
        table[(slot << 1) + 1] = row;
        size++;
        footprint.unique(1, 0);
        if (size * 4 > table.length) {
            grow();
        }
        return true;
    }

    private void grow() {
        long[] old = table;
        footprint.unique(0, old.length * 8L); // counted before the allocation that may fail
        table = new long[old.length * 2];
        int mask = (table.length >> 1) - 1;
        for (int i = 0; i < old.length; i += 2) {
            long h = old[i];
            if (h != 0) {
                int slot = (int) (h ^ (h >>> 32)) & mask;
                while (table[slot << 1] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot << 1] = h;
                table[(slot << 1) + 1] = old[i + 1];
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

    /** Entries remembered: hashed values plus closed runs. */
    int size() {
        return size + closedRuns;
    }

    @Override
    public String toString() {
        return "UniqueSet[hashed=" + size + ", runs=" + closedRuns + (open ? " +1 open" : "") + ", overflow=" + overflow
                + "]" + (open ? Arrays.toString(new long[] {runFrom, runTo}) : "");
    }
}
