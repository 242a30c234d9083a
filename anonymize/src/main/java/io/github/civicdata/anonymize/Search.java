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
        this.p = p;
        this.ev = new Evaluator(p);
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
        for (int oi = 0; oi < total; oi++) {
            int idx = order[oi];
            if (lb[idx] >= bestValue) {
                break;
            }
            decode(idx, node);
            if (get(evaluatedTag, idx) || coveredByFail(node) || coveredByPruned(node)) {
                continue;
            }
            visit(node);
        }
    }

    private void visit(int[] node) {
        set(evaluatedTag, index(node));
        ev.evaluate(node);
        checked++;
        boolean fail = p.monotone ? !ev.anonymous : ev.kFails;
        consider(node);
        if (fail) {
            climb(node);
        }
    }

    /** Records the evaluator's current result for {@code node}: best value and up-set pruning. */
    private void consider(int[] node) {
        if (ev.anonymous) {
            if (ev.value < bestValue) {
                bestValue = ev.value;
                bestNode = node.clone();
            }
            if (p.monotone) {
                tag(passTag, node, true);
            }
        }
        if (ev.bound >= bestValue) {
            tag(prunedTag, node, true);
        }
    }

    private void climb(int[] start) {
        int[] cur = start.clone();
        int[] next = new int[qn];
        int q0 = 0;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int t = 0; t < qn; t++) {
                int q = (q0 + t) % qn;
                if (cur[q] + 1 >= levels[q]) {
                    continue;
                }
                System.arraycopy(cur, 0, next, 0, qn);
                next[q]++;
                if (coveredByFail(next)) {
                    System.arraycopy(next, 0, cur, 0, qn);
                    moved = true;
                    q0 = q + 1;
                    break;
                }
                if ((p.monotone && coveredByPass(next)) || get(evaluatedTag, index(next))) {
                    continue; // known to pass (an evaluated node that failed is tagged as failing)
                }
                set(evaluatedTag, index(next));
                ev.evaluate(next);
                checked++;
                boolean fail = p.monotone ? !ev.anonymous : ev.kFails;
                consider(next);
                if (fail) {
                    System.arraycopy(next, 0, cur, 0, qn);
                    moved = true;
                    q0 = q + 1;
                    break;
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
