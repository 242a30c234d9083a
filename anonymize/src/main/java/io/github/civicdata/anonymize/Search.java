package io.github.civicdata.anonymize;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Optimal full-domain generalisation search over the lattice of hierarchy levels.
 *
 * <p>Transformations are visited in increasing order of a data-free lower bound of the metric
 * (valid for a transformation and all its more general successors); the search stops when the
 * next bound reaches the best value found, so every transformation that could beat it has been
 * accounted for. Pruning avoids most checks:
 * <ul>
 * <li><b>marginal tagging</b>: before any check, each quasi-identifier's own value counts (one
 * column generalised to a level, all others fully) show the levels at which more records than the
 * suppression limit sit in groups smaller than k; every transformation at or below such a level
 * fails without being checked (Incognito's subset property, LeFevre et al. SIGMOD 2005);</li>
 * <li><b>predictive tagging in both directions</b> (Flash, Kohlmayer et al. 2012; OLA, El Emam
 * et al. 2009): failing is monotone downwards (k-anonymity with a suppression limit always, since
 * merging classes never adds records to classes below k; the other models without suppression or
 * when monotone with it) and passing upwards. When a transformation fails the search climbs to a
 * maximal failing transformation, one attribute at a time by binary search along its levels, and
 * tags the whole down-set; a passing transformation tags its up-set;</li>
 * <li><b>lower-bound pruning</b>: once a transformation's data-dependent bound reaches the best
 * value, its whole up-set is skipped;</li>
 * <li><b>pair tagging</b> (large tables with a suppression limit): the same for the projections on
 * two attributes, grouped from the distinct value pairs ({@link PairTags});</li>
 * <li><b>witnesses</b>: without suppression, a transformation fails as soon as one class is below
 * k; the tuple of the smallest class of recent failures is counted directly at the next candidate
 * through an index of tuples by code ({@link Witnesses}), which proves most failures without
 * grouping anything;</li>
 * <li><b>roll-up</b>: the evaluator re-groups the cached groups of a less general transformation
 * instead of the distinct tuples.</li>
 * </ul>
 * Tags are bit sets over the lattice. Not thread-safe.
 */
final class Search implements LatticeSearch {

    /** Largest lattice searched optimally (the sort of bounds is over every transformation). */
    static final long MAX_LATTICE = 5_000_000L;

    private final Problem p;
    private final Evaluator ev;
    private final Evaluator[] evs;
    private final int threads;
    private final int qn;
    private final int[] levels;
    private final int total;
    private final int[] radix;

    // tags over node indices: fail is closed downwards, ok (does not fail) and pruned upwards
    private final long[] failTag;
    private final long[] okTag;
    private final long[] prunedTag;
    private final long[] evaluatedTag;
    private int[] stack = new int[256];
    /** Node indices in visiting order, and every node's lower bound. */
    private int[] order;
    private double[] lbs;

    double bestValue = Double.POSITIVE_INFINITY;
    int[] bestNode;
    /** Transformations checked, by evaluation or by a witness. */
    int checked;
    /** Of those, failures proven by a witness tuple without grouping. */
    int provenByWitness;
    /** Proves failures cheaply when nothing may be suppressed; null otherwise. */
    private Witnesses witnesses;

    Search(Problem p) {
        this(p, 1);
    }

    Search(Problem p, int threads) {
        this.p = p;
        this.threads = Math.max(1, threads);
        long size = p.latticeSize();
        if (size > MAX_LATTICE) {
            throw AnonymizationException.config("anon.config.lattice-too-large", size, MAX_LATTICE);
        }
        SnapshotCache cache = new SnapshotCache(Evaluator.budget(p));
        this.evs = new Evaluator[this.threads];
        for (int t = 0; t < this.threads; t++) {
            evs[t] = new Evaluator(p, cache);
        }
        this.ev = evs[0];
        this.qn = p.qiCount;
        this.levels = p.levels.clone();
        this.total = (int) size;
        this.failTag = new long[(total >> 6) + 1];
        this.okTag = new long[(total >> 6) + 1];
        this.prunedTag = new long[(total >> 6) + 1];
        this.evaluatedTag = new long[(total >> 6) + 1];
        this.radix = new int[qn];
        int r = 1;
        for (int q = 0; q < qn; q++) {
            radix[q] = r;
            r *= levels[q];
        }
    }

    @Override
    public Evaluator evaluator() {
        return ev;
    }

    @Override
    public int[] best() {
        return bestNode;
    }

    @Override
    public double bestValue() {
        return bestValue;
    }

    @Override
    public long checks() {
        return checked;
    }

    @Override
    public double lowerBound() {
        return bestValue;
    }

    @Override
    public boolean optimal() {
        return bestNode != null;
    }

    @Override
    public boolean heuristic() {
        return false;
    }

    void decode(int index, int[] out) {
        for (int q = 0; q < qn; q++) {
            out[q] = index / radix[q] % levels[q];
        }
    }

    /** Runs the search; the optimum is in {@link #bestNode} / {@link #bestValue}. */
    void run() {
        witnesses = p.maxSuppressed == 0 ? new Witnesses(p) : null;
        if (witnesses != null && !witnesses.usable()) {
            witnesses = null;
        }
        tagMarginals();
        if (p.maxSuppressed > 0 && p.tuples.size >= pairTagsFrom) {
            // without suppression witnesses prove the massive failures more cheaply
            tagPairs();
        }
        double[] lb = new double[total];
        int[] order = order(lb);
        this.order = order;
        this.lbs = lb;
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "civicdata-anonymize-search");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            int batchMax = threads == 1 ? 1 : 2 * threads;
            int[][] batch = new int[batchMax][qn];
            Outcome[] results = new Outcome[batchMax];
            for (int i = 0; i < batchMax; i++) {
                results[i] = new Outcome();
            }
            int oi = 0;
            while (oi < total) {
                int bn = 0;
                boolean stop = false;
                while (oi < total && bn < batchMax) {
                    int idx = order[oi];
                    if (lb[idx] >= bestValue) {
                        stop = true;
                        break;
                    }
                    oi++;
                    if (get(evaluatedTag, idx) || get(failTag, idx) || get(prunedTag, idx)) {
                        continue;
                    }
                    decode(idx, batch[bn]);
                    if (witnesses != null && witnesses.provesFailure(batch[bn])) {
                        checked++;
                        provenByWitness++;
                        climbOutcome.proven(lb[idx]);
                        int[] node = batch[bn].clone();
                        record(node, climbOutcome);
                        climb(node, oi);
                        continue;
                    }
                    set(evaluatedTag, idx);
                    bn++;
                }
                evaluateAll(pool, batch, bn, results);
                for (int b = 0; b < bn; b++) {
                    checked++;
                    record(batch[b], results[b]);
                    if (results[b].fail) {
                        climb(batch[b], oi);
                    }
                }
                if (stop) {
                    break;
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /**
     * Tags, per quasi-identifier, the down-set of the transformation that generalises every other
     * attribute completely and this one to the highest level at which its own classes already put
     * more records below k than may be suppressed (classes of any transformation lie inside the
     * classes of its one-attribute projection, so those records are below k there too).
     */
    private void tagMarginals() {
        int[] node = new int[qn];
        for (int q = 0; q < qn; q++) {
            int worst = -1;
            for (int l = 0; l < levels[q]; l++) {
                long small = 0;
                for (int f : p.freq[q][l]) {
                    if (f < p.k) {
                        small += f;
                    }
                }
                if (small > p.maxSuppressed) {
                    worst = l;
                }
            }
            if (worst >= 0) {
                for (int x = 0; x < qn; x++) {
                    node[x] = levels[x] - 1;
                }
                node[q] = worst;
                tag(failTag, index(node), false);
            }
        }
    }

    /** Tuples from which pairs of attributes are checked before the search ({@link PairTags}); tests lower it. */
    int pairTagsFrom = 50_000;

    /** Tags the down-sets of the failing two-attribute projections ({@link PairTags}). */
    private void tagPairs() {
        int[] node = new int[qn];
        PairTags.run(p, (a, la, b, lb) -> {
            for (int x = 0; x < qn; x++) {
                node[x] = levels[x] - 1;
            }
            node[a] = la;
            node[b] = lb;
            tag(failTag, index(node), false);
        });
    }

    /** Node indices sorted by (lower bound, level sum, index); fills {@code lb}. */
    private int[] order(double[] lb) {
        double[] sum = new double[total];
        int[] node = new int[qn];
        for (int i = 0; i < total; i++) {
            decode(i, node);
            lb[i] = p.lowerBound(node);
            int s = 0;
            for (int q = 0; q < qn; q++) {
                s += node[q];
            }
            sum[i] = s;
        }
        return sortedOrder(lb, sum);
    }

    /** The result of evaluating one transformation. */
    static final class Outcome {
        boolean anonymous;
        boolean fail;
        double value;
        double bound;
        /** A tuple of the smallest class, or -1. */
        int witness;

        void take(Evaluator e, boolean monotone) {
            anonymous = e.anonymous;
            fail = monotone ? !e.anonymous : e.kFails;
            value = e.value;
            bound = e.bound;
            witness = e.smallestClassRep;
        }

        /** A failure proven by a witness (no classes computed: the bound is the data-free one). */
        void proven(double lowerBound) {
            anonymous = false;
            fail = true;
            value = Double.POSITIVE_INFINITY;
            bound = lowerBound;
            witness = -1;
        }
    }

    /** Evaluates {@code n} transformations, spread over the evaluators (the caller's thread takes part). */
    private void evaluateAll(ExecutorService pool, int[][] nodes, int n, Outcome[] out) {
        if (pool == null || n == 1) {
            for (int i = 0; i < n; i++) {
                ev.evaluate(nodes[i]);
                out[i].take(ev, p.monotone);
            }
            return;
        }
        int tasks = Math.min(threads, n);
        Future<?>[] fs = new Future<?>[tasks];
        for (int t = 1; t < tasks; t++) {
            final int tt = t;
            fs[t] = pool.submit(() -> chunk(tt, tasks, nodes, n, out));
        }
        chunk(0, tasks, nodes, n, out);
        for (int t = 1; t < tasks; t++) {
            try {
                fs[t].get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("search interrupted", e);
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof RuntimeException re) {
                    throw re;
                }
                if (c instanceof Error er) {
                    throw er;
                }
                throw new IllegalStateException(c);
            }
        }
    }

    private void chunk(int t, int step, int[][] nodes, int n, Outcome[] out) {
        Evaluator e = evs[t];
        for (int i = t; i < n; i += step) {
            e.evaluate(nodes[i]);
            out[i].take(e, p.monotone);
        }
    }

    /** Records an evaluated transformation: best value, tags of its up-set or down-set. */
    private void record(int[] node, Outcome r) {
        int idx = index(node);
        set(evaluatedTag, idx);
        if (witnesses != null && r.fail && r.witness >= 0) {
            witnesses.add(r.witness);
        }
        if (seenCount == seenIdx.length) {
            seenIdx = java.util.Arrays.copyOf(seenIdx, seenCount * 2);
            seenBound = java.util.Arrays.copyOf(seenBound, seenCount * 2);
        }
        seenIdx[seenCount] = idx;
        seenBound[seenCount++] = r.bound;
        if (r.anonymous && r.value < bestValue) {
            bestValue = r.value;
            bestNode = node.clone();
            // transformations checked earlier whose bound was above the old best may now prune
            for (int i = 0; i < seenCount - 1; i++) {
                if (seenBound[i] >= bestValue) {
                    tag(prunedTag, seenIdx[i], true);
                }
            }
        }
        if (r.fail) {
            tag(failTag, idx, false);
        } else {
            tag(okTag, idx, true);
        }
        if (r.bound >= bestValue) {
            tag(prunedTag, idx, true);
        }
    }

    private final Outcome climbOutcome = new Outcome();
    private int[] seenIdx = new int[64];
    private double[] seenBound = new double[64];
    private int seenCount;
    /** Rotates the attribute the climb starts with, so that successive climbs cover different regions. */
    private int rotation;

    /**
     * From a failing transformation, climbs to a maximal failing one. First it joins the
     * transformation with the next candidate in bound order (their least common generalisation):
     * if the join fails too, one down-set covers both. Then, for each attribute in turn (starting
     * with a different one each climb), it finds the highest level that still fails with the others
     * fixed: the top level first (usually the answer), else a binary search along the levels.
     * Tagged transformations are not checked again. Tags the down-set of the end point.
     */
    private void climb(int[] start, int next) {
        int[] cur = start.clone();
        int[] probe = new int[qn];
        for (int j = next; j < total; j++) {
            int idx = order[j];
            if (lbs[idx] >= bestValue) {
                break;
            }
            if (get(evaluatedTag, idx) || get(failTag, idx) || get(prunedTag, idx)) {
                continue;
            }
            decode(idx, probe);
            for (int q = 0; q < qn; q++) {
                probe[q] = Math.max(cur[q], probe[q]);
            }
            if (fails(probe)) {
                System.arraycopy(probe, 0, cur, 0, qn);
            }
            break;
        }
        for (int i = 0; i < qn; i++) {
            int q = (i + rotation) % qn;
            int lo = cur[q];
            int hi = levels[q] - 1;
            boolean first = true;
            while (lo < hi) {
                int mid = first ? hi : (lo + hi + 1) >>> 1;
                first = false;
                System.arraycopy(cur, 0, probe, 0, qn);
                probe[q] = mid;
                if (fails(probe)) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            cur[q] = lo;
        }
        rotation++;
        tag(failTag, index(cur), false);
    }

    /** Whether a transformation fails: from the tags, else by checking it. */
    private boolean fails(int[] node) {
        int idx = index(node);
        if (get(failTag, idx)) {
            return true;
        }
        if (get(okTag, idx)) {
            return false;
        }
        checked++;
        if (witnesses != null && witnesses.provesFailure(node)) {
            provenByWitness++;
            climbOutcome.proven(lbs[idx]);
        } else {
            ev.evaluate(node);
            climbOutcome.take(ev, p.monotone);
        }
        record(node, climbOutcome);
        return climbOutcome.fail;
    }

    private int index(int[] node) {
        int idx = 0;
        for (int q = 0; q < qn; q++) {
            idx += node[q] * radix[q];
        }
        return idx;
    }

    private static boolean get(long[] bits, int i) {
        return (bits[i >>> 6] & (1L << i)) != 0;
    }

    private static void set(long[] bits, int i) {
        bits[i >>> 6] |= 1L << i;
    }

    /** Tags node {@code start} and everything above (up = true) or below it, stopping at tagged nodes. */
    private void tag(long[] bits, int start, boolean up) {
        if (get(bits, start)) {
            return;
        }
        set(bits, start);
        int sp = 0;
        stack[sp++] = start;
        while (sp > 0) {
            int i = stack[--sp];
            for (int q = 0; q < qn; q++) {
                int l = i / radix[q] % levels[q];
                int j;
                if (up) {
                    if (l + 1 >= levels[q]) {
                        continue;
                    }
                    j = i + radix[q];
                } else {
                    if (l == 0) {
                        continue;
                    }
                    j = i - radix[q];
                }
                if (!get(bits, j)) {
                    set(bits, j);
                    if (sp == stack.length) {
                        stack = java.util.Arrays.copyOf(stack, sp * 2);
                    }
                    stack[sp++] = j;
                }
            }
        }
    }

    /** Exhaustive search (tests and audits): evaluates every transformation. */
    void exhaustive() {
        int[] node = new int[qn];
        for (int i = 0; i < total; i++) {
            decode(i, node);
            ev.evaluate(node);
            checked++;
            if (ev.anonymous && ev.value < bestValue) {
                bestValue = ev.value;
                bestNode = node.clone();
            }
        }
    }

    /** Indices sorted by (lb, level sum, index); a merge sort on primitives. */
    static int[] sortedOrder(double[] lb, double[] sum) {
        int n = lb.length;
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        int[] tmp = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int o = lo;
                while (i < mid && j < hi) {
                    if (before(a[j], a[i], lb, sum)) {
                        tmp[o++] = a[j++];
                    } else {
                        tmp[o++] = a[i++];
                    }
                }
                while (i < mid) {
                    tmp[o++] = a[i++];
                }
                while (j < hi) {
                    tmp[o++] = a[j++];
                }
            }
            int[] t = a;
            a = tmp;
            tmp = t;
        }
        return a;
    }

    private static boolean before(int x, int y, double[] lb, double[] sum) {
        if (lb[x] != lb[y]) {
            return lb[x] < lb[y];
        }
        if (sum[x] != sum[y]) {
            return sum[x] < sum[y];
        }
        return x < y;
    }
}
