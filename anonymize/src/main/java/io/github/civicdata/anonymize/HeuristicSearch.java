package io.github.civicdata.anonymize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;

/**
 * Full-domain generalisation search for lattices too large to search optimally, within a budget of
 * time and checks; it reports the best transformation found and a lower bound of the metric that
 * holds for every transformation (so the optimality gap is known).
 *
 * <ol>
 * <li><b>Top-down descent</b> (as ARX's top-down search, Meurers, Bild, Do, Prasser, "A scalable
 * software solution for anonymizing high-dimensional biomedical data", GigaScience 10(10), 2021):
 * from the most general transformation, repeatedly move to the best anonymous predecessor (one
 * attribute one level lower) until none is anonymous: a first solution, quickly.</li>
 * <li><b>Genetic search</b> (the genetic algorithm of the same paper, in outline): a population of
 * transformations, tournament selection, uniform crossover, mutation by one level, the best kept
 * from one generation to the next, transformations checked once (memo).</li>
 * <li><b>Best-first search with a proven bound</b> (in the spirit of ARX's Lightning, which expands
 * the best transformation first): transformations leave a priority queue in increasing order of a
 * data-free lower bound that is monotone in generalisation. A transformation below a known
 * failing one is not checked: the search jumps to the transformations just above that failing one
 * in each attribute. A failing transformation is climbed to a maximal failing one (binary search
 * per attribute) first. Every transformation that could still be anonymous is above something in
 * the queue, so the smallest bound in the queue is a lower bound of every transformation not yet
 * ruled out: when it reaches the best value the result is optimal; when the budget ends, the gap
 * is best − bound.</li>
 * </ol>
 * Not thread-safe.
 */
final class HeuristicSearch implements LatticeSearch {

    private final Problem p;
    private final SearchBudget budget;
    private final Evaluator ev;
    private final Witnesses witnesses;
    private final int qn;
    private final int[] levels;
    private final long deadline;
    private final Random random;

    /** Maximal failing transformations found (every transformation below one of them fails). */
    private final List<int[]> fails = new ArrayList<>();
    /** Transformations known not to fail (everything above one of them does not fail either). */
    private final List<int[]> oks = new ArrayList<>();
    /** Transformations whose bound reached the best value when checked (their up-sets cannot beat it). */
    private final List<int[]> pruned = new ArrayList<>();
    private final Map<Key, Result> memo = new HashMap<>();

    int[] bestNode;
    double bestValue = Double.POSITIVE_INFINITY;
    /** The proven lower bound of the metric over all transformations. */
    double lowerBound;
    /** Whether the best transformation is proven optimal. */
    boolean optimal;
    /** Whether the budget ran out. */
    boolean exhausted;
    long checked;
    /** What each phase contributed: checks used and best value after it. */
    final long[] phaseChecks = new long[3];
    final double[] phaseBest = new double[3];

    /** The outcome of a check. */
    private record Result(boolean anonymous, boolean fail, double value, double bound) {
    }

    /** A transformation as a hash key. */
    private record Key(byte[] levels) {
        static Key of(int[] node) {
            byte[] b = new byte[node.length];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) node[i];
            }
            return new Key(b);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(levels, k.levels);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(levels);
        }

        @Override
        public String toString() {
            return Arrays.toString(levels);
        }
    }

    HeuristicSearch(Problem p, SearchBudget budget, long seed) {
        this.p = p;
        this.budget = budget;
        this.ev = new Evaluator(p);
        Witnesses w = p.maxSuppressed == 0 ? new Witnesses(p) : null;
        this.witnesses = w != null && w.usable() ? w : null;
        this.qn = p.qiCount;
        this.levels = p.levels.clone();
        for (int l : levels) {
            if (l > 127) {
                throw AnonymizationException.config("anon.config.too-many-levels", l, 127);
            }
        }
        this.deadline = System.nanoTime() + budget.time().toNanos();
        this.random = new Random(seed);
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
        return lowerBound;
    }

    @Override
    public boolean optimal() {
        return optimal;
    }

    @Override
    public boolean heuristic() {
        return true;
    }

    private boolean outOfBudget() {
        return checked >= budget.checks() || System.nanoTime() > deadline;
    }

    void run() {
        topDown();
        phaseChecks[0] = checked;
        phaseBest[0] = bestValue;
        long gaChecks = checked + (budget.checks() - checked) / 2;
        genetic(gaChecks);
        phaseChecks[1] = checked;
        phaseBest[1] = bestValue;
        bestFirst();
        phaseChecks[2] = checked;
        phaseBest[2] = bestValue;
    }

    // ---------------------------------------------------------------- checks

    private static boolean leq(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] > b[i]) {
                return false;
            }
        }
        return true;
    }

    private int[] coveringFail(int[] node) {
        for (int[] f : fails) {
            if (leq(node, f)) {
                return f;
            }
        }
        return null;
    }

    private boolean knownOk(int[] node) {
        for (int[] o : oks) {
            if (leq(o, node)) {
                return true;
            }
        }
        return false;
    }

    private boolean isPruned(int[] node) {
        for (int[] x : pruned) {
            if (leq(x, node)) {
                return true;
            }
        }
        return false;
    }

    /** Checks a transformation (once), records what it proves; null if the budget is spent. */
    private Result check(int[] node) {
        Key key = Key.of(node);
        Result r = memo.get(key);
        if (r != null) {
            return r;
        }
        if (coveringFail(node) != null) {
            return new Result(false, true, Double.POSITIVE_INFINITY, p.lowerBound(node));
        }
        if (outOfBudget()) {
            exhausted = true;
            return null;
        }
        checked++;
        if (witnesses != null && witnesses.provesFailure(node)) {
            r = new Result(false, true, Double.POSITIVE_INFINITY, p.lowerBound(node));
        } else {
            ev.evaluate(node);
            boolean fail = p.monotone ? !ev.anonymous : ev.kFails;
            r = new Result(ev.anonymous, fail, ev.value, ev.bound);
            if (witnesses != null && fail && ev.smallestClassRep >= 0) {
                witnesses.add(ev.smallestClassRep);
            }
        }
        memo.put(key, r);
        int[] copy = node.clone();
        if (r.fail()) {
            addFail(copy);
        } else {
            oks.add(copy);
        }
        if (r.anonymous() && r.value() < bestValue) {
            bestValue = r.value();
            bestNode = copy;
            for (Map.Entry<Key, Result> e : memo.entrySet()) {
                if (e.getValue().bound() >= bestValue && !e.getValue().fail()) {
                    int[] n = new int[qn];
                    for (int i = 0; i < qn; i++) {
                        n[i] = e.getKey().levels()[i];
                    }
                    if (!isPruned(n)) {
                        pruned.add(n);
                    }
                }
            }
        } else if (r.bound() >= bestValue && !r.fail()) {
            pruned.add(copy);
        }
        return r;
    }

    private void addFail(int[] f) {
        fails.removeIf(g -> leq(g, f));
        fails.add(f);
    }

    /** Climbs from a failing transformation to a maximal failing one (binary search per attribute). */
    private int[] climb(int[] start) {
        int[] cur = start.clone();
        int[] probe = new int[qn];
        int rot = random.nextInt(qn);
        for (int i = 0; i < qn; i++) {
            int q = (i + rot) % qn;
            int lo = cur[q];
            int hi = levels[q] - 1;
            boolean first = true;
            while (lo < hi) {
                int mid = first ? hi : (lo + hi + 1) >>> 1;
                first = false;
                System.arraycopy(cur, 0, probe, 0, qn);
                probe[q] = mid;
                boolean f;
                if (coveringFail(probe) != null) {
                    f = true;
                } else if (knownOk(probe)) {
                    f = false;
                } else {
                    Result r = check(probe);
                    if (r == null) {
                        return cur;
                    }
                    f = r.fail();
                }
                if (f) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            cur[q] = lo;
        }
        addFail(cur.clone());
        return cur;
    }

    // ---------------------------------------------------------------- phase 1: top-down

    private void topDown() {
        int[] cur = new int[qn];
        for (int q = 0; q < qn; q++) {
            cur[q] = levels[q] - 1;
        }
        Result top = check(cur);
        if (top == null || !top.anonymous()) {
            return;
        }
        while (!outOfBudget()) {
            int[] next = null;
            double nextValue = Double.POSITIVE_INFINITY;
            for (int q = 0; q < qn; q++) {
                if (cur[q] == 0) {
                    continue;
                }
                int[] cand = cur.clone();
                cand[q]--;
                Result r = check(cand);
                if (r == null) {
                    return;
                }
                if (r.anonymous() && r.value() < nextValue) {
                    nextValue = r.value();
                    next = cand;
                }
            }
            if (next == null) {
                return;
            }
            cur = next;
        }
    }

    // ---------------------------------------------------------------- phase 2: genetic

    private double fitness(Result r) {
        return r.anonymous() ? r.value() : Double.POSITIVE_INFINITY;
    }

    private void genetic(long untilChecks) {
        int size = Math.max(12, Math.min(60, 2 * qn));
        List<int[]> pop = new ArrayList<>();
        if (bestNode != null) {
            pop.add(bestNode.clone());
        }
        while (pop.size() < size) {
            int[] n = new int[qn];
            for (int q = 0; q < qn; q++) {
                n[q] = random.nextInt(levels[q]);
            }
            pop.add(n);
        }
        double[] fit = new double[size];
        int stale = 0;
        while (checked < untilChecks && !outOfBudget() && stale < 30) {
            for (int i = 0; i < size; i++) {
                Result r = check(pop.get(i));
                if (r == null) {
                    return;
                }
                fit[i] = fitness(r);
            }
            double before = bestValue;
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(fit[a], fit[b]));
            List<int[]> next = new ArrayList<>();
            next.add(pop.get(order[0]));
            next.add(pop.get(order[1]));
            while (next.size() < size) {
                int[] a = pop.get(tournament(fit));
                int[] b = pop.get(tournament(fit));
                int[] child = new int[qn];
                for (int q = 0; q < qn; q++) {
                    child[q] = random.nextBoolean() ? a[q] : b[q];
                    if (random.nextInt(qn) == 0) {
                        child[q] = Math.max(0, Math.min(levels[q] - 1, child[q] + (random.nextBoolean() ? 1 : -1)));
                    }
                }
                // a child that fails is pushed up one level in a random attribute, towards anonymity
                if (coveringFail(child) != null) {
                    int q = random.nextInt(qn);
                    child[q] = Math.min(levels[q] - 1, child[q] + 1);
                }
                next.add(child);
            }
            pop = next;
            stale = bestValue < before ? 0 : stale + 1;
        }
    }

    private int tournament(double[] fit) {
        int a = random.nextInt(fit.length);
        int b = random.nextInt(fit.length);
        return fit[a] <= fit[b] ? a : b;
    }

    // ---------------------------------------------------------------- phase 3: best-first with a bound

    private record Entry(int[] node, double lb, int sum) {
    }

    private double monotoneBound(int[] node) {
        return p.lowerBound(node, true);
    }

    private void bestFirst() {
        PriorityQueue<Entry> queue = new PriorityQueue<>((x, y) -> x.lb() != y.lb() ? Double.compare(x.lb(), y.lb())
                : Integer.compare(x.sum(), y.sum()));
        Set<Key> seen = new HashSet<>();
        int[] bottom = new int[qn];
        queue.add(new Entry(bottom, monotoneBound(bottom), 0));
        seen.add(Key.of(bottom));
        long pops = 0;
        long maxPops = 200L * budget.checks() + 1000;
        int maxQueue = 2_000_000;
        while (!queue.isEmpty()) {
            Entry e = queue.peek();
            if (e.lb() >= bestValue) {
                break;
            }
            if (outOfBudget() || pops >= maxPops || queue.size() > maxQueue) {
                exhausted = true;
                break;
            }
            queue.poll();
            pops++;
            int[] y = e.node();
            int[] f = coveringFail(y);
            if (f == null && !isPruned(y)) {
                Result r = check(y);
                if (r == null) {
                    queue.add(e);
                    break;
                }
                if (r.fail()) {
                    f = climb(y);
                } else if (r.bound() < bestValue) {
                    for (int q = 0; q < qn; q++) {
                        if (y[q] + 1 < levels[q]) {
                            int[] s = y.clone();
                            s[q]++;
                            push(queue, seen, s);
                        }
                    }
                }
            }
            if (f != null) {
                // jump over the failing down-set: just above f in each attribute
                for (int q = 0; q < qn; q++) {
                    if (f[q] + 1 < levels[q]) {
                        int[] s = y.clone();
                        s[q] = f[q] + 1;
                        push(queue, seen, s);
                    }
                }
            }
        }
        if (queue.isEmpty() || queue.peek().lb() >= bestValue) {
            lowerBound = bestValue;
            optimal = bestNode != null;
            if (bestNode == null) {
                lowerBound = Double.POSITIVE_INFINITY;
            }
        } else {
            lowerBound = Math.min(bestValue, queue.peek().lb());
        }
    }

    private void push(PriorityQueue<Entry> queue, Set<Key> seen, int[] s) {
        if (seen.add(Key.of(s))) {
            int sum = 0;
            for (int l : s) {
                sum += l;
            }
            queue.add(new Entry(s, monotoneBound(s), sum));
        }
    }
}
