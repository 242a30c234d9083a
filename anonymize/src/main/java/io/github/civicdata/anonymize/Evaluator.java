package io.github.civicdata.anonymize;

import java.util.Arrays;

/**
 * Checks one transformation: groups the records by their generalised quasi-identifiers (rolling up
 * the classes of a cached, less general transformation instead of the rows where one is
 * available), applies the privacy models to every class, counts the suppressed records and
 * computes the metric and its lower bound. Flat arrays, no per-row allocation. Not thread-safe:
 * one evaluator per search thread.
 */
final class Evaluator {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final Problem p;
    private final boolean sensitive;

    // fine groups: generalised QI tuple + sensitive values
    private final long[] hKeys;
    private final int[] hStamp;
    private final int[] hGroup;
    private int hMask;
    private int hShift;
    private int stamp;
    int m;
    long[] gKey;
    long[] gQi;
    int[] gRep;
    int[] gCount;

    // classes (generalised QI tuple)
    private final long[] cKeys;
    private final int[] cStamp;
    private final int[] cIdx;
    private int cStampValue;
    int classes;
    int[] cRep;
    int[] cSize;
    boolean[] cBad;
    int[] groupClass;
    private int[] cStart;
    private int[] order;
    private final int[][] dist;
    private final int[] touched;
    private final double[][] extra;

    // results of the last evaluation
    long suppressed;
    long kSuppressed;
    boolean anonymous;
    boolean kFails;
    double value;
    double bound;
    long dm;
    int minClass;

    // roll-up cache (shared by the evaluators of a search)
    private final SnapshotCache cache;
    long evaluations;
    long rowsTouched;
    long groupsMade;
    long fromRows;

    /** Groups of a transformation: per group the level-0 QI codes (packed), sensitive key and count. */
    static final class Snapshot {
        final int[] node;
        final int[] codes;
        final int[] sens;
        final int[] counts;
        final int size;
        /** Last use (LRU); written by several threads without ordering, which only affects eviction. */
        volatile long used;

        Snapshot(int[] node, int[] codes, int[] sens, int[] counts, int size) {
            this.node = node;
            this.codes = codes;
            this.sens = sens;
            this.counts = counts;
            this.size = size;
        }
    }

    /** The rows as a snapshot of the bottom transformation (every count 1). */
    private final Snapshot rows;
    /** The source of the current evaluation; group g's codes are at src.codes[gRep[g] * qiCount]. */
    Snapshot src;

    Evaluator(Problem p) {
        this(p, new SnapshotCache(budget(p)));
    }

    static long budget(Problem p) {
        return Math.max(1L << 20, 64L * p.n);
    }

    Evaluator(Problem p, SnapshotCache cache) {
        this.p = p;
        this.cache = cache;
        this.sensitive = p.sensCount > 0;
        int cap = Integer.highestOneBit(Math.max(16, p.n * 2 - 1)) << 1;
        hKeys = new long[cap];
        hStamp = new int[cap];
        hGroup = new int[cap];
        hMask = cap - 1;
        hShift = 64 - Integer.numberOfTrailingZeros(cap);
        int n = Math.max(1, p.n);
        gKey = new long[n];
        gQi = sensitive ? new long[n] : null;
        gRep = new int[n];
        gCount = new int[n];
        if (sensitive) {
            cKeys = new long[cap];
            cStamp = new int[cap];
            cIdx = new int[cap];
            groupClass = new int[n];
            cStart = new int[n + 1];
            order = new int[n];
            dist = new int[p.sensCount][];
            int maxCard = 1;
            for (int s = 0; s < p.sensCount; s++) {
                dist[s] = new int[p.sensCard[s]];
                maxCard = Math.max(maxCard, p.sensCard[s]);
            }
            touched = new int[maxCard];
            extra = new double[64][];
        } else {
            cKeys = null;
            cStamp = null;
            cIdx = null;
            dist = null;
            touched = null;
            extra = null;
        }
        int qn = p.qiCount;
        int[] packed = new int[p.n * qn];
        for (int q = 0; q < qn; q++) {
            int[] col = p.qiCol[q];
            for (int r = 0; r < p.n; r++) {
                packed[r * qn + q] = col[r];
            }
        }
        int[] ones = new int[p.n];
        Arrays.fill(ones, 1);
        rows = new Snapshot(new int[qn], packed, sensitive ? p.sensKey : new int[0], ones, p.n);
        cRep = new int[n];
        cSize = new int[n];
        cBad = new boolean[n];
    }

    /** Evaluates a transformation; results in the public fields. */
    void evaluate(int[] lv) {
        evaluations++;
        group(lv);
        groupsMade += m;
        if (src == rows) {
            fromRows++;
        }
        classify(lv);
        measure(lv);
        maybeCache(lv);
    }

    private void group(int[] lv) {
        Snapshot cached = cache.best(lv, rows.size);
        Snapshot from = cached == null ? rows : cached;
        src = from;
        int srcSize = from.size;
        int cap = Math.min(hKeys.length, Integer.highestOneBit(Math.max(16, srcSize * 2 - 1)) << 1);
        hMask = cap - 1;
        hShift = 64 - Integer.numberOfTrailingZeros(cap);
        stamp++;
        if (stamp == 0) {
            Arrays.fill(hStamp, 0);
            stamp = 1;
        }
        m = 0;
        final int qn = p.qiCount;
        final long[][] parts = new long[qn][];
        for (int q = 0; q < qn; q++) {
            parts[q] = p.part[q][lv[q]];
        }
        final long qiSpace = p.qiSpace;
        final int[] codes = from.codes;
        final int[] counts = from.counts;
        final int[] sens = from.sens;
        rowsTouched += srcSize;
        for (int i = 0, base = 0; i < srcSize; i++, base += qn) {
            long key = 0;
            for (int q = 0; q < qn; q++) {
                key += parts[q][codes[base + q]];
            }
            if (sensitive) {
                long qk = key;
                key += sens[i] * qiSpace;
                if (insert(key, i, counts[i])) {
                    gQi[m - 1] = qk;
                }
            } else {
                insert(key, i, counts[i]);
            }
        }
    }

    /** Adds to the group of {@code key}; true if a new group was made (it is then group m - 1). */
    private boolean insert(long key, int rep, int count) {
        int slot = (int) ((key * GOLDEN) >>> hShift);
        final int st = stamp;
        while (true) {
            if (hStamp[slot] != st) {
                hStamp[slot] = st;
                hKeys[slot] = key;
                hGroup[slot] = m;
                gKey[m] = key;
                gRep[m] = rep;
                gCount[m] = count;
                m++;
                return true;
            }
            if (hKeys[slot] == key) {
                gCount[hGroup[slot]] += count;
                return false;
            }
            slot = (slot + 1) & hMask;
        }
    }

    private void classify(int[] lv) {
        final int k = p.k;
        long supp = 0;
        long ksupp = 0;
        int min = Integer.MAX_VALUE;
        if (!sensitive) {
            classes = m;
            for (int g = 0; g < m; g++) {
                int size = gCount[g];
                cRep[g] = gRep[g];
                cSize[g] = size;
                boolean bad = size < k;
                cBad[g] = bad;
                if (bad) {
                    supp += size;
                }
                if (size < min) {
                    min = size;
                }
            }
            ksupp = supp;
        } else {
            cStampValue++;
            if (cStampValue == 0) {
                Arrays.fill(cStamp, 0);
                cStampValue = 1;
            }
            classes = 0;
            for (int g = 0; g < m; g++) {
                long key = gQi[g];
                int slot = (int) ((key * GOLDEN) >>> hShift);
                while (true) {
                    if (cStamp[slot] != cStampValue) {
                        cStamp[slot] = cStampValue;
                        cKeys[slot] = key;
                        cIdx[slot] = classes;
                        cRep[classes] = gRep[g];
                        cSize[classes] = 0;
                        classes++;
                        break;
                    }
                    if (cKeys[slot] == key) {
                        break;
                    }
                    slot = (slot + 1) & hMask;
                }
                int c = cIdx[slot];
                groupClass[g] = c;
                cSize[c] += gCount[g];
            }
            // order groups by class
            Arrays.fill(cStart, 0, classes + 1, 0);
            for (int g = 0; g < m; g++) {
                cStart[groupClass[g] + 1]++;
            }
            for (int c = 0; c < classes; c++) {
                cStart[c + 1] += cStart[c];
            }
            int[] pos = Arrays.copyOf(cStart, classes);
            for (int g = 0; g < m; g++) {
                order[pos[groupClass[g]]++] = g;
            }
            for (int c = 0; c < classes; c++) {
                int size = cSize[c];
                boolean bad = size < k;
                if (bad) {
                    ksupp += size;
                } else {
                    bad = !sensitiveModelsHold(c);
                }
                cBad[c] = bad;
                if (bad) {
                    supp += size;
                }
                if (size < min) {
                    min = size;
                }
            }
        }
        suppressed = supp;
        kSuppressed = ksupp;
        minClass = classes == 0 ? 0 : min;
        anonymous = supp <= p.maxSuppressed;
        kFails = ksupp > p.maxSuppressed;
    }

    private boolean sensitiveModelsHold(int c) {
        boolean ok = true;
        int size = cSize[c];
        for (int s = 0; s < p.sensCount && ok; s++) {
            int[] d = dist[s];
            int nt = 0;
            int[] sk = src.sens;
            long sm = p.sensMult[s];
            int sc = p.sensCard[s];
            for (int i = cStart[c]; i < cStart[c + 1]; i++) {
                int g = order[i];
                int v = (int) (sk[gRep[g]] / sm % sc);
                if (d[v] == 0) {
                    touched[nt++] = v;
                }
                d[v] += gCount[g];
            }
            for (int mi = 0; mi < p.models.size() && ok; mi++) {
                if (p.modelSens[mi] != s) {
                    continue;
                }
                ok = holds(p.models.get(mi), s, d, nt, size);
            }
            for (int i = 0; i < nt; i++) {
                d[touched[i]] = 0;
            }
        }
        return ok;
    }

    private boolean holds(PrivacyModel model, int s, int[] d, int nt, int size) {
        if (model instanceof PrivacyModel.DistinctLDiversity dl) {
            return nt >= dl.l();
        }
        if (model instanceof PrivacyModel.EntropyLDiversity el) {
            double h = 0;
            for (int i = 0; i < nt; i++) {
                double pr = (double) d[touched[i]] / size;
                h -= pr * Math.log(pr);
            }
            return h >= Math.log(el.l()) - 1e-12;
        }
        if (model instanceof PrivacyModel.RecursiveLDiversity rl) {
            int l = rl.l();
            if (nt < l) {
                return false;
            }
            int[] f = new int[nt];
            for (int i = 0; i < nt; i++) {
                f[i] = d[touched[i]];
            }
            Arrays.sort(f);
            // f ascending: r1 = f[nt-1]; tail r_l..r_m = f[0 .. nt-l]
            long tail = 0;
            for (int i = 0; i <= nt - l; i++) {
                tail += f[i];
            }
            return f[nt - 1] < rl.c() * tail;
        }
        if (model instanceof PrivacyModel.TCloseness tc) {
            return emd(tc, s, d, nt, size) <= tc.t() + 1e-12;
        }
        throw new IllegalStateException("unknown model " + model);
    }

    private double emd(PrivacyModel.TCloseness tc, int s, int[] d, int nt, int size) {
        double[] global = p.sensGlobal[s];
        if (tc.distance() == PrivacyModel.TCloseness.Distance.EQUAL) {
            double sum = 1;
            for (int i = 0; i < nt; i++) {
                int v = touched[i];
                double pv = (double) d[v] / size;
                sum += Math.abs(pv - global[v]) - global[v];
            }
            return sum / 2;
        }
        int[][] up = p.sensUp[s];
        int[] lc = p.sensLevelCard[s];
        int h = lc.length - 1;
        if (h == 0) {
            return 0;
        }
        int card = p.sensCard[s];
        double[] cur = level(0, card);
        for (int v = 0; v < card; v++) {
            cur[v] = (double) d[v] / size - global[v];
        }
        double cost = 0;
        for (int l = 1; l <= h; l++) {
            int[] parent = up[l];
            int pc = lc[l];
            int cc = lc[l - 1];
            double[] pos = level(2 * l - 1, pc);
            double[] neg = level(2 * l, pc);
            Arrays.fill(pos, 0, pc, 0);
            Arrays.fill(neg, 0, pc, 0);
            for (int child = 0; child < cc; child++) {
                double e = cur[child];
                if (e > 0) {
                    pos[parent[child]] += e;
                } else {
                    neg[parent[child]] -= e;
                }
            }
            double[] next = level(2 * l + 1 + 2 * h, pc);
            double weight = (double) l / h;
            for (int i = 0; i < pc; i++) {
                cost += weight * Math.min(pos[i], neg[i]);
                next[i] = pos[i] - neg[i];
            }
            cur = next;
        }
        return cost;
    }

    private double[] level(int slot, int size) {
        if (slot >= extra.length || extra[slot] == null || extra[slot].length < size) {
            double[] a = new double[Math.max(size, 16)];
            if (slot < extra.length) {
                extra[slot] = a;
            }
            return a;
        }
        return extra[slot];
    }

    private void measure(int[] lv) {
        final int n = p.n;
        long good = 0;
        long sumSq = 0;
        long allSq = 0;
        for (int c = 0; c < classes; c++) {
            long s = cSize[c];
            allSq += s * s;
            if (!cBad[c]) {
                good++;
                sumSq += s * s;
            }
        }
        dm = sumSq + suppressed * (long) n;
        switch (p.metric) {
            case LOSS -> {
                value = anonymous ? lossValue(lv) : Double.POSITIVE_INFINITY;
                bound = p.lowerBound(lv);
            }
            case DISCERNIBILITY -> {
                value = dm;
                bound = allSq;
            }
            case AECS -> {
                long cls = good + (suppressed > 0 ? 1 : 0);
                value = cls == 0 ? n : (double) n / cls;
                bound = classes == 0 ? 0 : (double) n / classes;
            }
            case ENTROPY -> {
                value = anonymous ? entropyValue(lv) : Double.POSITIVE_INFINITY;
                bound = p.lowerBound(lv);
            }
            default -> throw new IllegalStateException();
        }
    }

    /** Per-attribute normalised Loss of the current evaluation. */
    double[] lossPerAttribute(int[] lv) {
        double[] v = new double[p.qiCount];
        for (int q = 0; q < p.qiCount; q++) {
            double raw = p.shareSum[q][lv[q]];
            if (suppressed > 0) {
                double[] share = p.leafShare[q][lv[q]];
                int[] gq = p.gen[q][lv[q]];
                int[] codes = src.codes;
                int qn = p.qiCount;
                for (int c = 0; c < classes; c++) {
                    if (cBad[c]) {
                        raw += cSize[c] * (1 - share[gq[codes[cRep[c] * qn + q]]]);
                    }
                }
            }
            v[q] = p.normLoss(q, raw);
        }
        return v;
    }

    private double lossValue(int[] lv) {
        return Problem.geometric(lossPerAttribute(lv));
    }

    double entropyValue(int[] lv) {
        double b = 0;
        double log2n = Problem.log2(p.n);
        for (int q = 0; q < p.qiCount; q++) {
            b += p.bitsSum[q][lv[q]];
            if (suppressed > 0) {
                int[] gq = p.gen[q][lv[q]];
                int[] fq = p.freq[q][lv[q]];
                int[] codes = src.codes;
                int qn = p.qiCount;
                for (int c = 0; c < classes; c++) {
                    if (cBad[c]) {
                        b += cSize[c] * (log2n - Problem.log2(fq[gq[codes[cRep[c] * qn + q]]]));
                    }
                }
            }
        }
        return b;
    }

    private void maybeCache(int[] lv) {
        // worth keeping only if clearly smaller than its source (whose successors it serves anyway)
        if (m == 0 || m > p.n / 2 || m * 5L > src.size * 4L) {
            return;
        }
        int qn = p.qiCount;
        int[] codes = new int[m * qn];
        int[] sens = new int[sensitive ? m : 0];
        int[] sc = src.codes;
        for (int g = 0; g < m; g++) {
            System.arraycopy(sc, gRep[g] * qn, codes, g * qn, qn);
            if (sensitive) {
                sens[g] = src.sens[gRep[g]];
            }
        }
        cache.add(new Snapshot(lv.clone(), codes, sens, Arrays.copyOf(gCount, m), m));
    }

    static boolean leq(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] > b[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Groups every row at {@code lv} directly (no cache) and returns, per row, its class index in
     * the current class arrays; afterwards {@link #cBad} says which classes are suppressed.
     */
    int[] assignRows(int[] lv) {
        cache.clear();
        evaluate(lv);
        // the hash table still holds this evaluation's groups (same stamp): look every row up
        int[] rowClass = new int[p.n];
        final int qn = p.qiCount;
        final long qiSpace = p.qiSpace;
        for (int r = 0; r < p.n; r++) {
            long key = 0;
            for (int q = 0; q < qn; q++) {
                key += p.part[q][lv[q]][p.qiCol[q][r]];
            }
            if (sensitive) {
                key += p.sensKey[r] * qiSpace;
            }
            int slot = (int) ((key * GOLDEN) >>> hShift);
            while (hKeys[slot] != key || hStamp[slot] != stamp) {
                slot = (slot + 1) & hMask;
            }
            int g = hGroup[slot];
            rowClass[r] = sensitive ? groupClass[g] : g;
        }
        return rowClass;
    }
}
