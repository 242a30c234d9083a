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

    // dominance lists (flat)
    private int[] maxFail = new int[64];
    private int maxFailCount;
    private int[] minPass = new int[64];
    private int minPassCount;
    private int[] pruned = new int[64];
    private int prunedCount;

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
            if (coveredByFail(node) || coveredByPruned(node)) {
                continue;
            }
            visit(node);
        }
    }

    private void visit(int[] node) {
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
                minPass = add(minPass, minPassCount++, node);
            }
        }
        if (ev.bound >= bestValue) {
            pruned = add(pruned, prunedCount++, node);
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
                if (p.monotone && coveredByPass(next)) {
                    continue;
                }
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
        // keep only maximal elements
        int w = 0;
        for (int i = 0; i < maxFailCount; i++) {
            if (!leqAt(maxFail, i, cur)) {
                if (w != i) {
                    System.arraycopy(maxFail, i * qn, maxFail, w * qn, qn);
                }
                w++;
            }
        }
        maxFailCount = w;
        maxFail = add(maxFail, maxFailCount++, cur);
    }

    private int[] add(int[] list, int count, int[] node) {
        if ((count + 1) * qn > list.length) {
            list = java.util.Arrays.copyOf(list, Math.max(list.length * 2, (count + 1) * qn));
        }
        System.arraycopy(node, 0, list, count * qn, qn);
        return list;
    }

    /** list[i] <= node componentwise. */
    private boolean leqAt(int[] list, int i, int[] node) {
        int base = i * qn;
        for (int q = 0; q < qn; q++) {
            if (list[base + q] > node[q]) {
                return false;
            }
        }
        return true;
    }

    /** node <= list[i] componentwise. */
    private boolean geqAt(int[] list, int i, int[] node) {
        int base = i * qn;
        for (int q = 0; q < qn; q++) {
            if (node[q] > list[base + q]) {
                return false;
            }
        }
        return true;
    }

    private boolean coveredByFail(int[] node) {
        for (int i = 0; i < maxFailCount; i++) {
            if (geqAt(maxFail, i, node)) {
                return true;
            }
        }
        return false;
    }

    private boolean coveredByPass(int[] node) {
        for (int i = 0; i < minPassCount; i++) {
            if (leqAt(minPass, i, node)) {
                return true;
            }
        }
        return false;
    }

    private boolean coveredByPruned(int[] node) {
        for (int i = 0; i < prunedCount; i++) {
            if (leqAt(pruned, i, node)) {
                return true;
            }
        }
        return false;
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
