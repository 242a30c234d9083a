package io.github.civicdata.anonymize;

import java.util.Arrays;

/**
 * Checks one transformation: groups the distinct tuples by their generalised quasi-identifiers
 * (rolling up the groups of a cached, less general transformation instead where one is
 * available), applies the privacy models to every class, counts the suppressed records and
 * computes the metric and its lower bound. Flat arrays, no per-tuple allocation. Not thread-safe:
 * one evaluator per search thread.
 *
 * <p>Group keys: when the product of the numbers of generalised values at the transformation's
 * levels is below 2^62 the key is the exact mixed-radix number of the generalised tuple; otherwise
 * it is a 64-bit hash, and tuples with equal hashes are compared value by value, so any number of
 * quasi-identifiers (and any number of distinct values) is grouped exactly.
 */
final class Evaluator {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long NARROW = 1L << 62;

    private final Problem p;
    private final int qn;
    /** Packed tuples: bytes, bytes per tuple, offset and width of each column. */
    private final byte[] pk;
    private final int stride;
    private final int[] off;
    private final int[] cb;
    private final boolean sensitive;

    // open-addressing hash table, reused between evaluations: key and index + 1 (0 = empty) per slot
    private long[] hKeys = new long[0];
    private int[] hIdx = new int[0];
    private int hMask;
    private int hShift;

    // current transformation's key layout
    private final int[][] genL;
    private final long[] mul;
    private boolean narrow;

    // classes (generalised quasi-identifier tuples)
    int classes;
    int[] cRep;
    int[] cSize;
    boolean[] cBad;
    /** srcClass[i]: class of source group i. */
    int[] srcClass;

    // fine groups (class × sensitive values), the unit of roll-up; equal to the classes without sensitive models
    int m;
    int[] gRep;
    int[] gCount;
    private int[] gClass;
    private int[] cStart;
    private int[] order;
    private final int[][] dist;
    private final int[] touched;
    private final SensitiveChecks checks;
    private final int[] sensMulCard;

    // results of the last evaluation
    long suppressed;
    long kSuppressed;
    boolean anonymous;
    boolean kFails;
    double value;
    double bound;
    long dm;
    long allSq;
    int minClass;
    /** A tuple of the smallest class, or -1. */
    int smallestClassRep;

    private final SnapshotCache cache;
    long evaluations;
    long groupsTouched;

    /** Groups of a transformation: per group a representative tuple and the number of rows. */
    static final class Snapshot {
        final int[] node;
        final int[] reps;
        final int[] counts;
        final int size;
        /** Last use (LRU); written by several threads without ordering, which only affects eviction. */
        volatile long used;

        Snapshot(int[] node, int[] reps, int[] counts, int size) {
            this.node = node;
            this.reps = reps;
            this.counts = counts;
            this.size = size;
        }
    }

    /** The distinct tuples as a snapshot of the bottom transformation. */
    private final Snapshot base;
    /** The source of the current evaluation. */
    Snapshot src;

    Evaluator(Problem p) {
        this(p, new SnapshotCache(budget(p)));
    }

    /** Groups the roll-up cache may hold: 4 per tuple, at least 2^20, at most a tenth of the heap (8 bytes each). */
    static long budget(Problem p) {
        long heap = Runtime.getRuntime().maxMemory() / 10 / 8;
        return Math.max(1L << 20, Math.min(heap, 4L * p.tuples.size));
    }

    Evaluator(Problem p, SnapshotCache cache) {
        this.p = p;
        this.cache = cache;
        this.qn = p.qiCount;
        this.pk = p.tuples.packed;
        this.stride = p.tuples.stride;
        this.off = p.tuples.colOffset;
        this.cb = p.tuples.colBytes;
        this.sensitive = p.sensCount > 0;
        int d = Math.max(1, p.tuples.size);
        // the distinct tuples themselves: representative i is tuple i (reps == null)
        this.base = new Snapshot(new int[qn], null, p.tuples.counts, p.tuples.size);
        this.genL = new int[qn][];
        this.mul = new long[qn];
        int initial = Math.min(d, 1 << 16);
        cRep = new int[initial];
        cSize = new int[initial];
        cBad = new boolean[initial];
        srcClass = new int[0];
        if (sensitive) {
            gRep = new int[initial];
            gCount = new int[initial];
            gClass = new int[initial];
            cStart = new int[0];
            order = new int[0];
            dist = new int[p.sensCount][];
            int maxCard = 1;
            sensMulCard = p.sensCard.clone();
            for (int s = 0; s < p.sensCount; s++) {
                dist[s] = new int[p.sensCard[s]];
                maxCard = Math.max(maxCard, p.sensCard[s]);
            }
            touched = new int[maxCard];
            checks = new SensitiveChecks(p);
        } else {
            dist = null;
            touched = null;
            checks = null;
            sensMulCard = null;
        }
    }

    /** Evaluates a transformation; results in the fields. */
    void evaluate(int[] lv) {
        evaluate(lv, false);
    }

    private void evaluate(int[] lv, boolean fromBase) {
        evaluations++;
        Snapshot cached = fromBase ? null : cache.best(lv, base.size);
        src = cached == null ? base : cached;
        groupsTouched += src.size;
        layout(lv);
        groupClasses(sensitive || fromBase);
        if (sensitive) {
            groupFine();
        } else {
            m = classes;
            gRep = cRep;
            gCount = cSize;
        }
        classify();
        measure(lv);
        if (!fromBase) {
            maybeCache(lv);
        }
    }

    private void layout(int[] lv) {
        double space = 1;
        long prod = 1;
        for (int q = 0; q < qn; q++) {
            genL[q] = p.gen[q][lv[q]];
            mul[q] = prod;
            int c = Math.max(1, p.card[q][lv[q]]);
            space *= c;
            prod = space < NARROW ? prod * c : prod;
        }
        narrow = space < NARROW && !forceWide;
        possibleClasses = space;
    }

    /** The product of the numbers of generalised values at the current transformation (an upper bound of its classes). */
    private double possibleClasses;

    /** Tests only: group by verified hashes even where an exact key would fit. */
    boolean forceWide;

    /** Whether the last evaluation grouped by verified hashes (the transformation's key space exceeds 62 bits). */
    boolean wideKeys() {
        return !narrow;
    }

    /** Whether a transformation's classes need verified hashes (without forcing). */
    boolean wideKeysAt(int[] lv) {
        double space = 1;
        for (int q = 0; q < qn; q++) {
            space *= Math.max(1, p.card[q][lv[q]]);
        }
        return space >= NARROW;
    }

    /** A table for up to {@code entries} keys at a load of at most 3/4; its used part cleared. */
    private void prepareTable(int entries) {
        long want = Math.max(16, Math.min(1L << 30, entries + (entries + 2L) / 3));
        int cap = Long.bitCount(want) == 1 ? (int) want : Integer.highestOneBit((int) want) << 1;
        if (hIdx.length < cap) {
            hKeys = null;
            hIdx = null;
            hKeys = new long[cap];
            hIdx = new int[cap];
        } else {
            Arrays.fill(hIdx, 0, cap, 0);
        }
        hMask = cap - 1;
        hShift = 64 - Integer.numberOfTrailingZeros(cap);
    }

    private void growClasses(int min) {
        int n = (int) Math.min(Integer.MAX_VALUE - 8L, Math.max(min, cRep.length + (cRep.length >> 1) + 16L));
        cRep = Arrays.copyOf(cRep, n);
        cSize = Arrays.copyOf(cSize, n);
        cBad = Arrays.copyOf(cBad, n);
    }

    private void growFine(int min) {
        int n = (int) Math.min(Integer.MAX_VALUE - 8L, Math.max(min, gRep.length + (gRep.length >> 1) + 16L));
        gRep = Arrays.copyOf(gRep, n);
        gCount = Arrays.copyOf(gCount, n);
        gClass = Arrays.copyOf(gClass, n);
    }

    /** Groups the source groups into classes of equal generalised quasi-identifiers. */
    private void groupClasses(boolean keepSrcClass) {
        final Snapshot s = src;
        final int size = s.size;
        final int[] reps = s.reps;
        final int[] counts = s.counts;
        // a table just large enough: there cannot be more classes than value combinations
        prepareTable((int) Math.min(size, possibleClasses));
        final boolean keep = keepSrcClass;
        if (keep && srcClass.length < size) {
            srcClass = new int[size];
        }
        final byte[] bytes = pk;
        final int sd = stride;
        final int[] of = off;
        final int[] w = cb;
        final int[][] g = genL;
        final long[] mu = mul;
        int cls = 0;
        for (int i = 0; i < size; i++) {
            int rep = reps == null ? i : reps[i];
            int b = rep * sd;
            long key;
            if (narrow) {
                key = 0;
                for (int q = 0; q < qn; q++) {
                    key += g[q][TupleTable.read(bytes, b + of[q], w[q])] * mu[q];
                }
            } else {
                key = qn;
                for (int q = 0; q < qn; q++) {
                    key = (key + g[q][TupleTable.read(bytes, b + of[q], w[q])]) * GOLDEN;
                }
                key ^= key >>> 31;
            }
            int slot = (int) ((key * GOLDEN) >>> hShift);
            int c;
            while (true) {
                int at = hIdx[slot] - 1;
                if (at < 0) {
                    if (cls == cRep.length) {
                        growClasses(cls + 1);
                    }
                    hKeys[slot] = key;
                    hIdx[slot] = cls + 1;
                    cRep[cls] = rep;
                    cSize[cls] = 0;
                    c = cls++;
                    break;
                }
                if (hKeys[slot] == key && (narrow || sameClass(cRep[at], rep))) {
                    c = at;
                    break;
                }
                slot = (slot + 1) & hMask;
            }
            cSize[c] += counts[i];
            if (keep) {
                srcClass[i] = c;
            }
        }
        classes = cls;
    }

    private boolean sameClass(int a, int b) {
        int ba = a * stride;
        int bb = b * stride;
        for (int q = 0; q < qn; q++) {
            if (genL[q][TupleTable.read(pk, ba + off[q], cb[q])] != genL[q][TupleTable.read(pk, bb + off[q], cb[q])]) {
                return false;
            }
        }
        return true;
    }

    /** The code of column {@code c} of tuple {@code t}. */
    private int code(int t, int c) {
        return TupleTable.read(pk, t * stride + off[c], cb[c]);
    }

    /** Groups the source groups by class and sensitive values (fine groups), ordered by class. */
    private void groupFine() {
        final Snapshot s = src;
        final int size = s.size;
        final int[] reps = s.reps;
        final int[] counts = s.counts;
        final int sn = p.sensCount;
        double space = classes;
        for (int x = 0; x < sn; x++) {
            space *= Math.max(1, sensMulCard[x]);
        }
        final boolean exact = space < NARROW && !forceWide;
        prepareTable((int) Math.min(size, space));
        int fine = 0;
        for (int i = 0; i < size; i++) {
            int rep = reps == null ? i : reps[i];
            long key = srcClass[i];
            if (exact) {
                for (int x = 0; x < sn; x++) {
                    key = key * sensMulCard[x] + code(rep, qn + x);
                }
            } else {
                for (int x = 0; x < sn; x++) {
                    key = (key + code(rep, qn + x)) * GOLDEN;
                }
                key ^= key >>> 31;
            }
            int slot = (int) ((key * GOLDEN) >>> hShift);
            while (true) {
                int f = hIdx[slot] - 1;
                if (f < 0) {
                    if (fine == gRep.length) {
                        growFine(fine + 1);
                    }
                    hKeys[slot] = key;
                    hIdx[slot] = fine + 1;
                    gRep[fine] = rep;
                    gCount[fine] = counts[i];
                    gClass[fine] = srcClass[i];
                    fine++;
                    break;
                }
                if (hKeys[slot] == key && (exact || sameFine(f, srcClass[i], rep))) {
                    gCount[f] += counts[i];
                    break;
                }
                slot = (slot + 1) & hMask;
            }
        }
        m = fine;
        if (cStart.length < classes + 1) {
            cStart = new int[classes + 1 + (classes >> 1)];
        }
        if (order.length < m) {
            order = new int[m + (m >> 1)];
        }
        Arrays.fill(cStart, 0, classes + 1, 0);
        for (int f = 0; f < m; f++) {
            cStart[gClass[f] + 1]++;
        }
        for (int c = 0; c < classes; c++) {
            cStart[c + 1] += cStart[c];
        }
        int[] pos = Arrays.copyOf(cStart, classes);
        for (int f = 0; f < m; f++) {
            order[pos[gClass[f]]++] = f;
        }
    }

    private boolean sameFine(int f, int cls, int rep) {
        if (gClass[f] != cls) {
            return false;
        }
        for (int x = 0; x < p.sensCount; x++) {
            if (code(gRep[f], qn + x) != code(rep, qn + x)) {
                return false;
            }
        }
        return true;
    }

    private void classify() {
        final int k = p.k;
        long supp = 0;
        long ksupp = 0;
        long sq = 0;
        long goodSq = 0;
        int min = Integer.MAX_VALUE;
        int minAt = -1;
        for (int c = 0; c < classes; c++) {
            int size = cSize[c];
            boolean bad = size < k;
            if (bad) {
                ksupp += size;
            } else if (sensitive) {
                bad = !sensitiveModelsHold(c);
            }
            cBad[c] = bad;
            long s2 = (long) size * size;
            sq += s2;
            if (bad) {
                supp += size;
            } else {
                goodSq += s2;
            }
            if (size < min) {
                min = size;
                minAt = c;
            }
        }
        smallestClassRep = minAt < 0 ? -1 : cRep[minAt];
        suppressed = supp;
        kSuppressed = ksupp;
        allSq = sq;
        dm = goodSq + supp * (long) p.n;
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
            int col = qn + s;
            for (int i = cStart[c]; i < cStart[c + 1]; i++) {
                int f = order[i];
                int v = code(gRep[f], col);
                if (d[v] == 0) {
                    touched[nt++] = v;
                }
                d[v] += gCount[f];
            }
            for (int mi = 0; mi < p.models.size() && ok; mi++) {
                if (p.modelSens[mi] == s) {
                    ok = checks.holds(p.models.get(mi), s, d, touched, nt, size);
                }
            }
            for (int i = 0; i < nt; i++) {
                d[touched[i]] = 0;
            }
        }
        return ok;
    }

    private void measure(int[] lv) {
        final int n = p.n;
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
                long good = classes - badClasses();
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

    int badClasses() {
        int b = 0;
        for (int c = 0; c < classes; c++) {
            if (cBad[c]) {
                b++;
            }
        }
        return b;
    }

    /** Per-attribute Loss of the current evaluation (exactly 0 for an attribute neither generalised nor suppressed). */
    double[] lossPerAttribute(int[] lv) {
        double[] v = new double[qn];
        for (int q = 0; q < qn; q++) {
            long num = p.leafSum[q][lv[q]];
            if (suppressed > 0) {
                int[] lc = p.leaves[q][lv[q]];
                int[] gq = p.gen[q][lv[q]];
                int dom = p.domain[q];
                for (int c = 0; c < classes; c++) {
                    if (cBad[c]) {
                        num += (long) cSize[c] * (dom - lc[gq[code(cRep[c], q)]]);
                    }
                }
            }
            v[q] = p.attributeLoss(q, num);
        }
        return v;
    }

    private double lossValue(int[] lv) {
        return Problem.geometric(lossPerAttribute(lv));
    }

    double entropyValue(int[] lv) {
        double b = 0;
        double log2n = Problem.log2(p.n);
        for (int q = 0; q < qn; q++) {
            b += p.bitsSum()[q][lv[q]];
            if (suppressed > 0) {
                int[] gq = p.gen[q][lv[q]];
                int[] fq = p.freq[q][lv[q]];
                for (int c = 0; c < classes; c++) {
                    if (cBad[c]) {
                        b += cSize[c] * (log2n - Problem.log2(fq[gq[code(cRep[c], q)]]));
                    }
                }
            }
        }
        return b;
    }

    private void maybeCache(int[] lv) {
        // worth keeping only if clearly smaller than its source (whose successors it serves anyway)
        if (m == 0 || m * 10L > src.size * 9L) {
            return;
        }
        cache.add(new Snapshot(lv.clone(), Arrays.copyOf(gRep, m), Arrays.copyOf(gCount, m), m));
    }

    /** Drops the roll-up cache (its memory) before the final evaluations. */
    void clearCache() {
        cache.clear();
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
     * Evaluates {@code lv} from the distinct tuples (no cache) and returns, per tuple, its class
     * index in the current class arrays; afterwards {@link #cBad} says which classes are suppressed.
     */
    int[] tupleClasses(int[] lv) {
        evaluate(lv, true);
        int[] out = srcClass;
        srcClass = new int[0];
        return out.length == p.tuples.size ? out : Arrays.copyOf(out, p.tuples.size);
    }
}
