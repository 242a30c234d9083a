package io.github.civicdata.anonymize;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Local recoding by Mondrian multidimensional partitioning (K. LeFevre, D. DeWitt, R. Ramakrishnan,
 * "Mondrian multidimensional k-anonymity", ICDE 2006; strict partitioning, median splits).
 *
 * <p>The records (as the distinct tuples of quasi-identifier and sensitive codes, with counts) are
 * split recursively: a partition is cut on the quasi-identifier whose values it spans most widely
 * (normalised by the hierarchy's leaves), at the cut nearest the median record, if both halves
 * satisfy every privacy model (k-anonymity by size; l-diversity and t-closeness on the half's
 * distribution of the sensitive attribute, as the full-domain search checks a class); otherwise the
 * next widest quasi-identifier is tried, and a partition no cut can split is released. Numeric
 * quasi-identifiers (every hierarchy leaf a number) are ordered numerically and released as the
 * range {@code [min, max]} of the partition's values (or the value alone); the others are ordered
 * by their hierarchy path, cut only between children of the partition's lowest common ancestor,
 * and released as that ancestor's label. No record is suppressed.
 *
 * <p>Loss is measured as for full-domain generalisation: a released value covers the hierarchy's
 * leaves in its range (numeric) or under its ancestor (categorical), so Loss, DM* and AECS have the
 * same definitions. Package-private: used through {@link Anonymizer#anonymizeLocally(Table)}. Not
 * thread-safe (one per run).
 */
final class Mondrian {

    private final Problem p;
    private final SensitiveChecks checks;
    /** rank[q][code]: position of the data code in the quasi-identifier's order. */
    private final int[][] rank;
    /** byRank[q][rank]: the data code at that position. */
    private final int[][] byRank;
    /** numeric[q]: values (by code) of a numeric quasi-identifier, else null. */
    private final double[][] numeric;
    /** sortedLeaves[q]: the hierarchy's leaves as numbers, ascending (numeric quasi-identifiers). */
    private final double[][] sortedLeaves;
    private final int[][] dist;
    private final int[][] touched;
    private final int[] tupleIds;

    /** One released partition: a range of {@link #tupleIds}. */
    record Part(int from, int to, long size) {
    }

    Mondrian(Problem p, List<Hierarchy> hierarchies) {
        this.p = p;
        this.checks = new SensitiveChecks(p);
        int qn = p.qiCount;
        rank = new int[qn][];
        byRank = new int[qn][];
        numeric = new double[qn][];
        sortedLeaves = new double[qn][];
        for (int q = 0; q < qn; q++) {
            String[] values = p.labels[q][0];
            int[] toLevel0 = p.gen[q][0];
            int codes = toLevel0.length;
            double[] leaves = numbers(hierarchies.get(q).leaves());
            Integer[] order = new Integer[codes];
            for (int c = 0; c < codes; c++) {
                order[c] = c;
            }
            if (leaves != null) {
                double[] v = new double[codes];
                for (int c = 0; c < codes; c++) {
                    v[c] = Double.parseDouble(values[toLevel0[c]].strip());
                }
                numeric[q] = v;
                Arrays.sort(leaves);
                sortedLeaves[q] = leaves;
                Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]));
            } else {
                String[] path = new String[codes];
                for (int c = 0; c < codes; c++) {
                    StringBuilder sb = new StringBuilder();
                    for (int l = p.levels[q] - 1; l >= 0; l--) {
                        sb.append(p.labels[q][l][p.gen[q][l][c]]).append('\u0000');
                    }
                    path[c] = sb.toString();
                }
                Arrays.sort(order, (a, b) -> path[a].compareTo(path[b]));
            }
            rank[q] = new int[codes];
            byRank[q] = new int[codes];
            for (int i = 0; i < codes; i++) {
                rank[q][order[i]] = i;
                byRank[q][i] = order[i];
            }
        }
        dist = new int[p.sensCount][];
        touched = new int[p.sensCount][];
        for (int s = 0; s < p.sensCount; s++) {
            dist[s] = new int[p.sensCard[s]];
            touched[s] = new int[p.sensCard[s]];
        }
        tupleIds = new int[p.tuples.size];
        for (int t = 0; t < tupleIds.length; t++) {
            tupleIds[t] = t;
        }
    }

    /** All leaves as numbers, or null if one is not a plain decimal number. */
    private static double[] numbers(List<String> leaves) {
        double[] out = new double[leaves.size()];
        for (int i = 0; i < out.length; i++) {
            String s = leaves.get(i).strip();
            if (!s.matches("[+-]?\\d{1,15}(\\.\\d{1,15})?")) {
                return null;
            }
            out[i] = Double.parseDouble(s);
        }
        return out;
    }

    int[] tupleIds() {
        return tupleIds;
    }

    /**
     * Partitions the records.
     *
     * @return the released partitions (ranges of {@link #tupleIds()})
     * @throws AnonymizationException if the whole table does not satisfy the models
     */
    List<Part> partition() {
        int n = tupleIds.length;
        long total = size(0, n);
        if (!holds(0, n, total)) {
            throw AnonymizationException.config("anon.no-solution", p.n, "0", 0);
        }
        List<Part> out = new ArrayList<>();
        Deque<int[]> stack = new ArrayDeque<>();
        stack.push(new int[] {0, n});
        Integer[] dims = new Integer[p.qiCount];
        double[] width = new double[p.qiCount];
        while (!stack.isEmpty()) {
            int[] r = stack.pop();
            int from = r[0];
            int to = r[1];
            for (int q = 0; q < p.qiCount; q++) {
                dims[q] = q;
                width[q] = width(q, from, to);
            }
            Arrays.sort(dims, (a, b) -> Double.compare(width[b], width[a]));
            int cut = -1;
            for (Integer q : dims) {
                if (width[q] <= 0) {
                    break;
                }
                cut = tryCut(q, from, to);
                if (cut >= 0) {
                    break;
                }
            }
            if (cut < 0) {
                out.add(new Part(from, to, size(from, to)));
            } else {
                stack.push(new int[] {cut, to});
                stack.push(new int[] {from, cut});
            }
        }
        return out;
    }

    private long size(int from, int to) {
        long s = 0;
        for (int i = from; i < to; i++) {
            s += p.tuples.counts[tupleIds[i]];
        }
        return s;
    }

    /** Share of the hierarchy's leaves the partition's values span on q (0: one value). */
    private double width(int q, int from, int to) {
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (int i = from; i < to; i++) {
            int rk = rank[q][p.tuples.code(tupleIds[i], q)];
            lo = Math.min(lo, rk);
            hi = Math.max(hi, rk);
        }
        if (lo == hi || p.domain[q] <= 1) {
            return 0;
        }
        return (double) (covered(q, byRank[q][lo], byRank[q][hi], from, to) - 1) / (p.domain[q] - 1);
    }

    /** Leaves covered by the partition's released value on q. */
    long covered(int q, int loCode, int hiCode, int from, int to) {
        if (numeric[q] != null) {
            double[] leaves = sortedLeaves[q];
            return upper(leaves, numeric[q][hiCode]) - lower(leaves, numeric[q][loCode]);
        }
        int l = commonLevel(q, from, to);
        return p.leaves[q][l][p.gen[q][l][p.tuples.code(tupleIds[from], q)]];
    }

    private static int lower(double[] a, double v) {
        int i = Arrays.binarySearch(a, v);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && a[i - 1] == v) {
            i--;
        }
        return i;
    }

    private static int upper(double[] a, double v) {
        int i = Arrays.binarySearch(a, v);
        if (i < 0) {
            return -i - 1;
        }
        while (i < a.length - 1 && a[i + 1] == v) {
            i++;
        }
        return i + 1;
    }

    /** The lowest level at which every record of the partition has the same value on q. */
    int commonLevel(int q, int from, int to) {
        int first = p.tuples.code(tupleIds[from], q);
        for (int l = 0; l < p.levels[q]; l++) {
            int[] g = p.gen[q][l];
            int id = g[first];
            boolean same = true;
            for (int i = from + 1; i < to && same; i++) {
                same = g[p.tuples.code(tupleIds[i], q)] == id;
            }
            if (same) {
                return l;
            }
        }
        return p.levels[q] - 1;
    }

    /**
     * Sorts the partition by q and cuts it at the allowed cut nearest the median record, if both
     * halves satisfy the models.
     *
     * @return the index where the right half starts, or -1
     */
    private int tryCut(int q, int from, int to) {
        // counting sort by rank would need a dense array per partition; the tuple count is small enough to sort
        Integer[] boxed = new Integer[to - from];
        for (int i = from; i < to; i++) {
            boxed[i - from] = tupleIds[i];
        }
        int[] rk = rank[q];
        Arrays.sort(boxed, (a, b) -> Integer.compare(rk[p.tuples.code(a, q)], rk[p.tuples.code(b, q)]));
        for (int i = from; i < to; i++) {
            tupleIds[i] = boxed[i - from];
        }
        // categorical: cut only between children of the lowest common ancestor
        int childLevel = numeric[q] == null ? commonLevel(q, from, to) - 1 : 0;
        int[] child = childLevel >= 0 ? p.gen[q][childLevel] : p.gen[q][0];
        long total = size(from, to);
        long left = 0;
        int best = -1;
        long bestDistance = Long.MAX_VALUE;
        for (int i = from; i < to - 1; i++) {
            left += p.tuples.counts[tupleIds[i]];
            int a = p.tuples.code(tupleIds[i], q);
            int b = p.tuples.code(tupleIds[i + 1], q);
            if (rk[a] == rk[b] || child[a] == child[b]) {
                continue;
            }
            long d = Math.abs(2 * left - total);
            if (d < bestDistance) {
                bestDistance = d;
                best = i + 1;
            }
        }
        if (best < 0) {
            return -1;
        }
        long leftSize = size(from, best);
        if (holds(from, best, leftSize) && holds(best, to, total - leftSize)) {
            return best;
        }
        return -1;
    }

    /** Whether a set of records (a range of tuples) satisfies every privacy model. */
    private boolean holds(int from, int to, long size) {
        if (size < p.k) {
            return false;
        }
        if (p.sensCount == 0) {
            return true;
        }
        int[] nt = new int[p.sensCount];
        for (int i = from; i < to; i++) {
            int t = tupleIds[i];
            for (int s = 0; s < p.sensCount; s++) {
                int code = p.tuples.code(t, p.qiCount + s);
                if (dist[s][code]++ == 0) {
                    touched[s][nt[s]++] = code;
                }
                dist[s][code] += p.tuples.counts[t] - 1;
            }
        }
        boolean ok = true;
        for (int m = 0; m < p.models.size() && ok; m++) {
            int s = p.modelSens[m];
            if (s >= 0) {
                ok = checks.holds(p.models.get(m), s, dist[s], touched[s], nt[s], (int) size);
            }
        }
        for (int s = 0; s < p.sensCount; s++) {
            for (int i = 0; i < nt[s]; i++) {
                dist[s][touched[s][i]] = 0;
            }
        }
        return ok;
    }

    /** The released label of q for a partition. */
    String label(int q, int from, int to) {
        if (numeric[q] != null) {
            int lo = Integer.MAX_VALUE;
            int hi = -1;
            for (int i = from; i < to; i++) {
                int r = rank[q][p.tuples.code(tupleIds[i], q)];
                lo = Math.min(lo, r);
                hi = Math.max(hi, r);
            }
            String a = p.labels[q][0][p.gen[q][0][byRank[q][lo]]];
            if (lo == hi) {
                return a;
            }
            return "[" + a + ", " + p.labels[q][0][p.gen[q][0][byRank[q][hi]]] + "]";
        }
        int l = commonLevel(q, from, to);
        return p.labels[q][l][p.gen[q][l][p.tuples.code(tupleIds[from], q)]];
    }

    /** Leaves covered by a partition's released value on q. */
    long coveredBy(int q, int from, int to) {
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (int i = from; i < to; i++) {
            int r = rank[q][p.tuples.code(tupleIds[i], q)];
            lo = Math.min(lo, r);
            hi = Math.max(hi, r);
        }
        return covered(q, byRank[q][lo], byRank[q][hi], from, to);
    }

    /** tuple → index of its partition in {@code parts}. */
    int[] partOfTuple(List<Part> parts) {
        int[] out = new int[tupleIds.length];
        for (int i = 0; i < parts.size(); i++) {
            Part pt = parts.get(i);
            for (int j = pt.from(); j < pt.to(); j++) {
                out[tupleIds[j]] = i;
            }
        }
        return out;
    }

    /** Classes (records with the same released quasi-identifier values) and their sizes. */
    static Map<List<String>, Long> classes(List<List<String>> labels, List<Part> parts) {
        Map<List<String>, Long> m = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            m.merge(labels.get(i), parts.get(i).size(), Long::sum);
        }
        return m;
    }
}
