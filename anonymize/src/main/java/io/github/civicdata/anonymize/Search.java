package io.github.civicdata.anonymize;

/**
 * Optimal full-domain generalisation search over the lattice of hierarchy levels.
 *
 * <p>Transformations are visited in increasing order of a data-free lower bound of the metric
 * (valid for a transformation and all its more general successors); the search stops when the
 * next bound reaches the best value found, so every transformation that could beat it has been
 * accounted for. Three kinds of pruning avoid most checks:
 * <ul>
 * <li><b>predictive tagging of non-anonymous transformations</b>: anonymity is monotone in
 * generalisation (k-anonymity with a suppression limit always, since merging classes never adds
 * records to classes below k; the other models without suppression or when monotone with it), so
 * when a transformation fails, the search climbs greedily to a maximal failing transformation and
 * tags its whole down-set as failing (every predecessor of a failing transformation fails);</li>
 * <li><b>lower-bound pruning</b>: once a transformation's data-dependent bound reaches the best
 * value, its whole up-set is skipped;</li>
 * <li><b>roll-up</b>: the evaluator re-groups the cached classes of a less general transformation
 * instead of the rows.</li>
 * </ul>
 * Down-sets and up-sets are kept as lists of their extreme elements, never materialised.
 * Not thread-safe.
 */
final class Search {

    /** Largest lattice searched (the sort of bounds is over every transformation). */
    static final long MAX_LATTICE = 5_000_000L;

    private final Problem p;
    private final Evaluator ev;
    private final Evaluator[] evs;
    private final int threads;
    private final int qn;
    private final int[] levels;
    private final int total;
    private final long[] radix;

    // tags over node indices: fail is closed downwards, pass and pruned upwards
    private final long[] failTag;
    private final long[] passTag;
    private final long[] prunedTag;
    private final long[] evaluatedTag;
    private int[] stack = new int[256];

    double bestValue = Double.POSITIVE_INFINITY;
    int[] bestNode;
    int checked;

    Search(Problem p) {
        this(p, 1);
    }

    Search(Problem p, int threads) {
        this.p = p;
        this.threads = Math.max(1, threads);
        SnapshotCache cache = new SnapshotCache(Evaluator.budget(p));
        this.evs = new Evaluator[this.threads];
        for (int t = 0; t < this.threads; t++) {
            evs[t] = new Evaluator(p, cache);
        }
        this.ev = evs[0];
        this.qn = p.qiCount;
        this.levels = p.levels.clone();
        long size = p.latticeSize();
        if (size > MAX_LATTICE) {
            throw AnonymizationException.config("anon.config.lattice-too-large", size, MAX_LATTICE);
        }
        this.total = (int) size;
        this.failTag = new long[(total >> 6) + 1];
        this.passTag = new long[(total >> 6) + 1];
        this.prunedTag = new long[(total >> 6) + 1];
        this.evaluatedTag = new long[(total >> 6) + 1];
        this.radix = new long[qn];
        long r = 1;
        for (int q = 0; q < qn; q++) {
            radix[q] = r;
            r *= levels[q];
        }
    }

    Evaluator evaluator() {
        return ev;
    }

    void decode(int index, int[] out) {
        for (int q = 0; q < qn; q++) {
            out[q] = (int) (index / radix[q] % levels[q]);
        }
    }

    /** Runs the search; the optimum is in {@link #bestNode} / {@link #bestValue}. */
    void run() {
        double[] lb = new double[total];
        int[] sum = new int[total];
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
        int[] order = sortedOrder(lb, sum);
        java.util.concurrent.ExecutorService pool = threads > 1
                ? java.util.concurrent.Executors.newFixedThreadPool(threads - 1, r -> {
                    Thread t = new Thread(r, "civicdata-anonymize-search");
                    t.setDaemon(true);
                    return t;
                })
                : null;
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
                    decode(idx, node);
                    if (get(evaluatedTag, idx) || coveredByFail(node) || coveredByPruned(node)) {
                        continue;
                    }
                    System.arraycopy(node, 0, batch[bn], 0, qn);
                    set(evaluatedTag, idx);
                    bn++;
                }
                evaluateAll(pool, batch, bn, results);
                for (int b = 0; b < bn; b++) {
                    checked++;
                    Outcome r = results[b];
                    consider(batch[b], r);
                    if (r.fail) {
                        climb(batch[b], pool);
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

    /** The result of evaluating one transformation. */
    static final class Outcome {
        boolean anonymous;
        boolean fail;
        double value;
        double bound;

        void take(Evaluator e, boolean monotone) {
            anonymous = e.anonymous;
            fail = monotone ? !e.anonymous : e.kFails;
            value = e.value;
            bound = e.bound;
        }
    }

    /** Evaluates {@code n} transformations, spread over the evaluators (the caller's thread takes part). */
    private void evaluateAll(java.util.concurrent.ExecutorService pool, int[][] nodes, int n, Outcome[] out) {
        if (pool == null || n == 1) {
            for (int i = 0; i < n; i++) {
                ev.evaluate(nodes[i]);
                out[i].take(ev, p.monotone);
            }
            return;
        }
        int tasks = Math.min(threads, n);
        java.util.concurrent.Future<?>[] fs = new java.util.concurrent.Future<?>[tasks];
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
            } catch (java.util.concurrent.ExecutionException e) {
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

    /** Records an evaluated transformation: best value and up-set pruning. */
    private void consider(int[] node, Outcome r) {
        if (r.anonymous) {
            if (r.value < bestValue) {
                bestValue = r.value;
                bestNode = node.clone();
            }
            if (p.monotone) {
                tag(passTag, node, true);
            }
        }
        if (r.bound >= bestValue) {
            tag(prunedTag, node, true);
        }
    }

    /**
     * From a failing transformation, climbs to a maximal failing one (one level at a time, the
     * first failing successor in attribute order) and tags its down-set as failing. Successors
     * are checked {@code threads} at a time; every checked one is recorded.
     */
    private void climb(int[] start, java.util.concurrent.ExecutorService pool) {
        int[] cur = start.clone();
        int[][] cand = new int[qn][qn];
        Outcome[] res = new Outcome[qn];
        for (int i = 0; i < qn; i++) {
            res[i] = new Outcome();
        }
        int[][] group = new int[threads][];
        Outcome[] groupRes = new Outcome[threads];
        int q0 = 0;
        boolean moved = true;
        while (moved) {
            moved = false;
            // successors in attribute order starting after the last move
            int cn = 0;
            for (int t = 0; t < qn && !moved; t++) {
                int q = (q0 + t) % qn;
                if (cur[q] + 1 >= levels[q]) {
                    continue;
                }
                int[] next = cand[cn];
                System.arraycopy(cur, 0, next, 0, qn);
                next[q]++;
                if (coveredByFail(next)) {
                    System.arraycopy(next, 0, cur, 0, qn);
                    moved = true;
                    q0 = q + 1;
                    break;
                }
                int idx = index(next);
                if ((p.monotone && coveredByPass(next)) || get(evaluatedTag, idx)) {
                    continue; // known to pass (an evaluated node that failed is tagged as failing)
                }
                cn++;
            }
            if (moved) {
                continue;
            }
            for (int from = 0; from < cn && !moved; from += threads) {
                int gn = Math.min(threads, cn - from);
                for (int g = 0; g < gn; g++) {
                    group[g] = cand[from + g];
                    groupRes[g] = res[from + g];
                    set(evaluatedTag, index(group[g]));
                }
                evaluateAll(pool, group, gn, groupRes);
                for (int g = 0; g < gn; g++) {
                    checked++;
                    consider(group[g], groupRes[g]);
                }
                for (int g = 0; g < gn; g++) {
                    if (groupRes[g].fail && moved) {
                        tag(failTag, group[g], false); // a further failing successor: its down-set fails too
                    } else if (groupRes[g].fail) {
                        int[] next = group[g];
                        int moveQ = 0;
                        for (int q = 0; q < qn; q++) {
                            if (next[q] != cur[q]) {
                                moveQ = q;
                            }
                        }
                        System.arraycopy(next, 0, cur, 0, qn);
                        moved = true;
                        q0 = moveQ + 1;
                    }
                }
            }
        }
        tag(failTag, cur, false);
    }

    private int index(int[] node) {
        long idx = 0;
        for (int q = 0; q < qn; q++) {
            idx += node[q] * radix[q];
        }
        return (int) idx;
    }

    private static boolean get(long[] bits, int i) {
        return (bits[i >>> 6] & (1L << i)) != 0;
    }

    private static void set(long[] bits, int i) {
        bits[i >>> 6] |= 1L << i;
    }

    /** Tags {@code node} and everything above (up = true) or below it, stopping at tagged nodes. */
    private void tag(long[] bits, int[] node, boolean up) {
        int start = index(node);
        if (get(bits, start)) {
            return;
        }
        set(bits, start);
        int sp = 0;
        stack[sp++] = start;
        while (sp > 0) {
            int i = stack[--sp];
            for (int q = 0; q < qn; q++) {
                int l = (int) (i / radix[q] % levels[q]);
                int j;
                if (up) {
                    if (l + 1 >= levels[q]) {
                        continue;
                    }
                    j = (int) (i + radix[q]);
                } else {
                    if (l == 0) {
                        continue;
                    }
                    j = (int) (i - radix[q]);
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

    private boolean coveredByFail(int[] node) {
        return get(failTag, index(node));
    }

    private boolean coveredByPass(int[] node) {
        return get(passTag, index(node));
    }

    private boolean coveredByPruned(int[] node) {
        return get(prunedTag, index(node));
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
    static int[] sortedOrder(double[] lb, int[] sum) {
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

    private static boolean before(int x, int y, double[] lb, int[] sum) {
        if (lb[x] != lb[y]) {
            return lb[x] < lb[y];
        }
        if (sum[x] != sum[y]) {
            return sum[x] < sum[y];
        }
        return x < y;
    }
}
