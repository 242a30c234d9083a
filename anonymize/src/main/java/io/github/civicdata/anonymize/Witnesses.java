package io.github.civicdata.anonymize;

/**
 * Proves that a transformation fails without grouping every tuple: without suppression a
 * transformation fails as soon as one class is smaller than k, and the tuples that were alone (or
 * nearly) in failing transformations checked before usually are in small classes again. For such a
 * witness tuple the size of its class at a transformation is counted directly: the candidates are
 * the tuples whose value of one attribute generalises to the witness's (found through an index of
 * tuples by code, choosing the attribute with the fewest candidates), and each candidate is
 * compared on the other attributes. Counting stops at k.
 *
 * <p>Used only when nothing may be suppressed (a small class then fails the transformation).
 * Not thread-safe.
 */
final class Witnesses {

    private static final int POOL = 8;

    private final Problem p;
    private final int qn;
    private final TupleTable tt;
    private final int[] counts;
    /** byCode[q]: tuple ids ordered by their code of q; codeStart[q][code] .. codeStart[q][code + 1]. */
    private final int[][] byCode;
    private final int[][] codeStart;
    /** idCodes[q][l]: codes ordered by their id at level l; idStart[q][l][id] .. idStart[q][l][id + 1]. */
    private final int[][][] idCodes;
    private final int[][][] idStart;
    /** idTuples[q][l][id]: number of tuples whose code of q has that id at level l. */
    private final int[][][] idTuples;
    private final int limit;

    private final int[] pool = new int[POOL];
    private int poolSize;

    long proofs;
    long attempts;

    Witnesses(Problem p) {
        this.p = p;
        this.qn = p.qiCount;
        this.tt = p.tuples;
        this.counts = p.tuples.counts;
        int d = p.tuples.size;
        this.limit = Math.max(64, d / 8);
        byCode = new int[qn][];
        codeStart = new int[qn][];
        idCodes = new int[qn][][];
        idStart = new int[qn][][];
        idTuples = new int[qn][][];
        // index the most selective attributes first, within a sixteenth of the heap (4 bytes per tuple each)
        Integer[] byCard = new Integer[qn];
        for (int q = 0; q < qn; q++) {
            byCard[q] = q;
        }
        java.util.Arrays.sort(byCard, (a, b) -> Integer.compare(p.gen[b][0].length, p.gen[a][0].length));
        long room = Runtime.getRuntime().maxMemory() / 16;
        for (int q : byCard) {
            long cost = 4L * d + 8L * p.gen[q][0].length * p.levels[q];
            if (cost > room) {
                break;
            }
            room -= cost;
            int dict = p.gen[q][0].length;
            int[] start = new int[dict + 1];
            for (int t = 0; t < d; t++) {
                start[tt.code(t, q) + 1]++;
            }
            for (int c = 0; c < dict; c++) {
                start[c + 1] += start[c];
            }
            int[] pos = java.util.Arrays.copyOf(start, dict);
            int[] ids = new int[d];
            for (int t = 0; t < d; t++) {
                ids[pos[tt.code(t, q)]++] = t;
            }
            byCode[q] = ids;
            codeStart[q] = start;
            int lv = p.levels[q];
            idCodes[q] = new int[lv][];
            idStart[q] = new int[lv][];
            idTuples[q] = new int[lv][];
            for (int l = 0; l < lv; l++) {
                int[] g = p.gen[q][l];
                int card = p.card[q][l];
                int[] s = new int[card + 1];
                for (int c = 0; c < dict; c++) {
                    s[g[c] + 1]++;
                }
                for (int i = 0; i < card; i++) {
                    s[i + 1] += s[i];
                }
                int[] ps = java.util.Arrays.copyOf(s, card);
                int[] codes = new int[dict];
                for (int c = 0; c < dict; c++) {
                    codes[ps[g[c]]++] = c;
                }
                idCodes[q][l] = codes;
                idStart[q][l] = s;
                int[] tuples = new int[card];
                for (int c = 0; c < dict; c++) {
                    tuples[g[c]] += start[c + 1] - start[c];
                }
                idTuples[q][l] = tuples;
            }
        }
    }

    /** Whether at least one attribute could be indexed within the memory allowed. */
    boolean usable() {
        for (int[] b : byCode) {
            if (b != null) {
                return true;
            }
        }
        return false;
    }

    /** Remembers a tuple that was in a class smaller than k (most recent first). */
    void add(int tuple) {
        int at = poolSize;
        for (int i = 0; i < poolSize; i++) {
            if (pool[i] == tuple) {
                at = i;
                break;
            }
        }
        if (at == poolSize && poolSize < POOL) {
            poolSize++;
        }
        for (int i = Math.min(at, POOL - 1); i > 0; i--) {
            pool[i] = pool[i - 1];
        }
        pool[0] = tuple;
    }

    /** Whether some remembered tuple's class at {@code lv} has fewer than k rows (the transformation then fails). */
    boolean provesFailure(int[] lv) {
        for (int i = 0; i < poolSize; i++) {
            int w = pool[i];
            attempts++;
            if (classSmallerThanK(w, lv)) {
                proofs++;
                add(w);
                return true;
            }
        }
        return false;
    }

    private boolean classSmallerThanK(int w, int[] lv) {
        int bestQ = -1;
        int bestSize = Integer.MAX_VALUE;
        for (int q = 0; q < qn; q++) {
            if (byCode[q] == null) {
                continue;
            }
            int size = idTuples[q][lv[q]][p.gen[q][lv[q]][tt.code(w, q)]];
            if (size < bestSize) {
                bestSize = size;
                bestQ = q;
            }
        }
        if (bestSize > limit) {
            return false;
        }
        int k = p.k;
        int q0 = bestQ;
        int id = p.gen[q0][lv[q0]][tt.code(w, q0)];
        int[] s = idStart[q0][lv[q0]];
        int[] codes = idCodes[q0][lv[q0]];
        long size = 0;
        for (int i = s[id]; i < s[id + 1]; i++) {
            int c = codes[i];
            for (int j = codeStart[q0][c]; j < codeStart[q0][c + 1]; j++) {
                int t = byCode[q0][j];
                boolean same = true;
                for (int q = 0; q < qn && same; q++) {
                    if (q != q0) {
                        int[] g = p.gen[q][lv[q]];
                        same = g[tt.code(t, q)] == g[tt.code(w, q)];
                    }
                }
                if (same) {
                    size += counts[t];
                    if (size >= k) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
