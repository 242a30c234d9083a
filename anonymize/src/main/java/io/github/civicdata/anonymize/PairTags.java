package io.github.civicdata.anonymize;

/**
 * Incognito's subset property for pairs of quasi-identifiers (LeFevre, DeWitt, Ramakrishnan,
 * "Incognito: efficient full-domain k-anonymity", SIGMOD 2005): the classes of any transformation
 * lie inside the classes of its projection on two attributes, so if that projection at levels
 * (a, b) already puts more records than may be suppressed into classes smaller than k, every
 * transformation with those two attributes at or below (a, b) fails. Such projections are grouped
 * from a small table of distinct value pairs instead of all tuples, which makes the massive
 * failures of large tables (every record alone) cheap to rule out.
 *
 * <p>For each pair the failing region of the level grid is a staircase, found in at most
 * {@code levels(a) + levels(b)} groupings by walking its boundary.
 */
final class PairTags {

    private PairTags() {
    }

    /** Receives, per pair and level of the first attribute, the highest failing level of the second. */
    interface Sink {
        void fails(int a, int la, int b, int lb);
    }

    static long run(Problem p, Sink sink) {
        int qn = p.qiCount;
        TupleTable tt = p.tuples;
        long work = 0;
        // massive failures come from attributes with many values: pairs with at least one of them
        double many = Math.sqrt(p.n);
        for (int a = 0; a < qn; a++) {
            for (int b = a + 1; b < qn; b++) {
                if (p.card[a][0] < many && p.card[b][0] < many) {
                    continue;
                }
                // distinct (code a, code b) with counts
                int da = p.gen[a][0].length;
                int db = p.gen[b][0].length;
                int pairs = 0;
                int[] pa;
                int[] pb;
                int[] pc;
                if ((long) da * db <= 2L * tt.size) {
                    int[] cell = new int[da * db];
                    for (int t = 0; t < tt.size; t++) {
                        cell[tt.code(t, a) * db + tt.code(t, b)] += tt.counts[t];
                    }
                    pa = new int[Math.min(cell.length, tt.size)];
                    pb = new int[pa.length];
                    pc = new int[pa.length];
                    for (int i = 0; i < cell.length; i++) {
                        if (cell[i] > 0) {
                            pa[pairs] = i / db;
                            pb[pairs] = i % db;
                            pc[pairs++] = cell[i];
                        }
                    }
                } else {
                    LongCounts counts = new LongCounts(tt.size);
                    for (int t = 0; t < tt.size; t++) {
                        counts.add((long) tt.code(t, a) * db + tt.code(t, b), tt.counts[t]);
                    }
                    pairs = counts.size;
                    pa = new int[pairs];
                    pb = new int[pairs];
                    pc = new int[pairs];
                    for (int i = 0; i < pairs; i++) {
                        long key = counts.key(i);
                        pa[i] = (int) (key / db);
                        pb[i] = (int) (key % db);
                        pc[i] = counts.count(i);
                    }
                }
                work += tt.size;
                if ((long) pairs * p.k <= p.n / 4) {
                    // few value pairs for the records: classes are large, a failure is unlikely
                    continue;
                }
                // walk the staircase: la from the top down, lb from 0 up
                int la = p.levels[a] - 1;
                int lb = 0;
                while (la >= 0 && lb < p.levels[b]) {
                    work += pairs;
                    if (fails(p, a, la, b, lb, pa, pb, pc, pairs)) {
                        lb++;
                    } else {
                        if (lb > 0) {
                            sink.fails(a, la, b, lb - 1);
                        }
                        la--;
                    }
                }
                if (la >= 0 && lb > 0) {
                    sink.fails(a, la, b, lb - 1);
                }
            }
        }
        return work;
    }

    private static boolean fails(Problem p, int a, int la, int b, int lb, int[] pa, int[] pb, int[] pc, int n) {
        int[] ga = p.gen[a][la];
        int[] gb = p.gen[b][lb];
        int cb = p.card[b][lb];
        long cells = (long) p.card[a][la] * cb;
        long small = 0;
        if (cells <= 4L * n) {
            int[] count = new int[(int) cells];
            for (int i = 0; i < n; i++) {
                count[ga[pa[i]] * cb + gb[pb[i]]] += pc[i];
            }
            for (int c : count) {
                if (c > 0 && c < p.k) {
                    small += c;
                }
            }
        } else {
            LongCounts counts = new LongCounts(n);
            for (int i = 0; i < n; i++) {
                counts.add((long) ga[pa[i]] * cb + gb[pb[i]], pc[i]);
            }
            for (int i = 0; i < counts.size; i++) {
                if (counts.count(i) < p.k) {
                    small += counts.count(i);
                }
            }
        }
        return small > p.maxSuppressed;
    }

    /** Sums counts per non-negative long key (open addressing); keys in order of first appearance. */
    static final class LongCounts {
        private final long[] slotKey;
        private final int[] slotIdx;
        private final long[] keys;
        private final int[] counts;
        private final int mask;
        int size;

        LongCounts(int maxKeys) {
            int cap = Integer.highestOneBit(Math.max(16, maxKeys * 2 - 1)) << 1;
            slotKey = new long[cap];
            slotIdx = new int[cap];
            mask = cap - 1;
            keys = new long[Math.max(1, maxKeys)];
            counts = new int[Math.max(1, maxKeys)];
        }

        void add(long key, int count) {
            int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
            while (true) {
                int i = slotIdx[slot] - 1;
                if (i < 0) {
                    slotKey[slot] = key;
                    slotIdx[slot] = size + 1;
                    keys[size] = key;
                    counts[size++] = count;
                    return;
                }
                if (slotKey[slot] == key) {
                    counts[i] += count;
                    return;
                }
                slot = (slot + 1) & mask;
            }
        }

        long key(int i) {
            return keys[i];
        }

        int count(int i) {
            return counts[i];
        }
    }
}
