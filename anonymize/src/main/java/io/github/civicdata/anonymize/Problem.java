package io.github.civicdata.anonymize;

import java.util.List;
import java.util.Map;

/**
 * The anonymisation problem in encoded form: the distinct tuples of the quasi-identifiers (and of
 * the sensitive attributes a model needs) with their counts, per quasi-identifier lookup tables
 * from codes to generalised ids per level, the per-level statistics the metrics need, and the
 * privacy models. Built once per search; read-only afterwards (shared by search threads).
 *
 * <p>Nothing here packs a tuple into a fixed-width number: the tuple table compares codes, and the
 * evaluator chooses an exact key per transformation when it fits in 62 bits and a verified hash
 * otherwise, so any number of quasi-identifiers works.
 */
final class Problem {

    final int n;
    final int qiCount;
    final String[] qiNames;
    /** levels[q]: number of levels (height + 1). */
    final int[] levels;
    /** gen[q][level][dataCode]: generalised id at that level (ids dense per level, over data values). */
    final int[][][] gen;
    /** labels[q][level][id]. */
    final String[][][] labels;
    /** card[q][level]: number of distinct generalised ids at that level among data values. */
    final int[][] card;
    /** leaves[q][level][id]: number of hierarchy leaves under the id. */
    final int[][][] leaves;
    /** domain[q]: number of leaves of the hierarchy. */
    final int[] domain;
    /** leafSum[q][level]: Σ over rows of (leaves(g(r)) − 1), exact (Loss before suppression). */
    final long[][] leafSum;
    /** freq[q][level][id]: number of rows generalised to the id. */
    final int[][][] freq;
    /** f0[q][code]: rows with the code. */
    private final int[][] f0;
    /** bitsSum[q][level]: Σ over rows of −log2(f0(v)/fl(g(v))) (non-uniform entropy); computed on first use. */
    private volatile double[][] bitsSum;
    /** logLoss[q][level]: ln(1 + Loss of the attribute without suppression). */
    final double[][] logLoss;

    // sensitive attributes a model needs (tuple columns qiCount …)
    final int sensCount;
    final String[] sensNames;
    final int[] sensCard;
    /** sensUp[s][level][id at level-1]: parent id at level (level >= 1), for hierarchical EMD, or null. */
    final int[][][] sensUp;
    /** sensLevelCard[s][level]: number of ids at that level, or null. */
    final int[][] sensLevelCard;
    final double[][] sensGlobal;

    /** The working set. */
    final TupleTable tuples;

    // privacy
    final int k;
    final List<PrivacyModel> models;
    /** modelSens[i]: index of the sensitive attribute of model i, or -1 (k-anonymity). */
    final int[] modelSens;
    final int maxSuppressed;
    final boolean monotone;
    final Metric metric;

    /**
     * @param data the encoded columns: the quasi-identifiers in order, then {@code sensitive}
     * @param hierarchies per quasi-identifier, in order
     * @param sensitive the sensitive attributes some model protects
     * @param sensHierarchies hierarchies of sensitive attributes (may lack some)
     */
    Problem(Encoded data, List<Hierarchy> hierarchies, List<String> sensitive, Map<String, Hierarchy> sensHierarchies,
            List<PrivacyModel> models, double suppressionLimit, Metric metric) {
        this.tuples = data.tuples;
        this.n = data.rows();
        this.qiCount = hierarchies.size();
        this.qiNames = new String[qiCount];
        System.arraycopy(data.names, 0, qiNames, 0, qiCount);
        this.levels = new int[qiCount];
        this.gen = new int[qiCount][][];
        this.labels = new String[qiCount][][];
        this.card = new int[qiCount][];
        this.leaves = new int[qiCount][][];
        this.domain = new int[qiCount];
        this.leafSum = new long[qiCount][];
        this.freq = new int[qiCount][][];
        this.f0 = new int[qiCount][];
        this.logLoss = new double[qiCount][];
        for (int q = 0; q < qiCount; q++) {
            Hierarchy h = hierarchies.get(q);
            String[] dict = data.dictionaries[q];
            int[] rowOf = rowsOf(h, data, q, false);
            HierarchyIndex hx = h.index();
            int lv = h.levels();
            levels[q] = lv;
            gen[q] = new int[lv][dict.length];
            labels[q] = new String[lv][];
            card[q] = new int[lv];
            leaves[q] = new int[lv][];
            domain[q] = h.rows().size();
            for (int l = 0; l < lv; l++) {
                int[] hid = hx.ids[l];
                int[] dense = new int[hx.labels[l].length];
                java.util.Arrays.fill(dense, -1);
                int next = 0;
                int[] g = gen[q][l];
                for (int v = 0; v < dict.length; v++) {
                    int id = hid[rowOf[v]];
                    if (dense[id] < 0) {
                        dense[id] = next++;
                    }
                    g[v] = dense[id];
                }
                String[] lab = new String[next];
                int[] lc = new int[next];
                for (int id = 0; id < dense.length; id++) {
                    if (dense[id] >= 0) {
                        lab[dense[id]] = hx.labels[l][id];
                        lc[dense[id]] = hx.leaves[l][id];
                    }
                }
                labels[q][l] = lab;
                card[q][l] = next;
                leaves[q][l] = lc;
            }
            // marginal statistics from the tuple counts
            int[] f0 = new int[dict.length];
            for (int t = 0; t < tuples.size; t++) {
                f0[tuples.code(t, q)] += tuples.counts[t];
            }
            this.f0[q] = f0;
            leafSum[q] = new long[lv];
            freq[q] = new int[lv][];
            logLoss[q] = new double[lv];
            for (int l = 0; l < lv; l++) {
                int[] fl = new int[card[q][l]];
                for (int v = 0; v < dict.length; v++) {
                    fl[gen[q][l][v]] += f0[v];
                }
                freq[q][l] = fl;
                long s = 0;
                for (int v = 0; v < dict.length; v++) {
                    s += (long) f0[v] * (leaves[q][l][gen[q][l][v]] - 1);
                }
                leafSum[q][l] = s;
                logLoss[q][l] = Math.log1p(attributeLoss(q, s));
            }
        }

        // sensitive attributes
        this.sensCount = sensitive.size();
        this.sensNames = sensitive.toArray(new String[0]);
        this.sensCard = new int[sensCount];
        this.sensUp = new int[sensCount][][];
        this.sensLevelCard = new int[sensCount][];
        this.sensGlobal = new double[sensCount][];
        for (int s = 0; s < sensCount; s++) {
            String[] dict = data.dictionaries[qiCount + s];
            sensCard[s] = dict.length;
            double[] g = new double[dict.length];
            for (int t = 0; t < tuples.size; t++) {
                g[tuples.code(t, qiCount + s)] += tuples.counts[t];
            }
            for (int v = 0; v < g.length; v++) {
                g[v] /= Math.max(1, n);
            }
            sensGlobal[s] = g;
            Hierarchy h = sensHierarchies.get(sensNames[s]);
            if (h != null) {
                int[] rowOf = rowsOf(h, data, qiCount + s, true);
                HierarchyIndex hx = h.index();
                int[][] sg = new int[h.levels()][dict.length];
                int[] lc = new int[h.levels()];
                for (int l = 0; l < h.levels(); l++) {
                    int[] dense = new int[hx.labels[l].length];
                    java.util.Arrays.fill(dense, -1);
                    int next = 0;
                    for (int v = 0; v < dict.length; v++) {
                        int id = hx.ids[l][rowOf[v]];
                        if (dense[id] < 0) {
                            dense[id] = next++;
                        }
                        sg[l][v] = dense[id];
                    }
                    lc[l] = next;
                }
                int[][] up = new int[h.levels()][];
                for (int l = 1; l < h.levels(); l++) {
                    up[l] = new int[lc[l - 1]];
                    for (int v = 0; v < dict.length; v++) {
                        up[l][sg[l - 1][v]] = sg[l][v];
                    }
                }
                sensUp[s] = up;
                sensLevelCard[s] = lc;
            }
        }

        // privacy models
        this.models = List.copyOf(models);
        int kk = 1;
        this.modelSens = new int[models.size()];
        boolean mono = true;
        for (int i = 0; i < models.size(); i++) {
            PrivacyModel m = models.get(i);
            modelSens[i] = -1;
            if (m instanceof PrivacyModel.KAnonymity ka) {
                kk = Math.max(kk, ka.k());
            } else {
                String a = m.sensitiveAttribute().orElseThrow();
                int idx = sensitive.indexOf(a);
                if (idx < 0) {
                    throw AnonymizationException.config("anon.config.model-not-sensitive", a);
                }
                modelSens[i] = idx;
                if (m instanceof PrivacyModel.TCloseness t && t.distance() == PrivacyModel.TCloseness.Distance.HIERARCHICAL
                        && sensUp[idx] == null) {
                    throw AnonymizationException.config("anon.config.t-needs-hierarchy", a);
                }
            }
            mono &= m.monotoneWithSuppression();
        }
        this.k = kk;
        if (kk > n) {
            throw AnonymizationException.config("anon.config.k-too-large", kk, n);
        }
        this.maxSuppressed = (int) Math.floor(suppressionLimit * n + 1e-9);
        this.monotone = mono || maxSuppressed == 0;
        this.metric = metric;
        this.marginalSq = new double[qiCount][];
        this.marginalClasses = new double[qiCount][];
        for (int q = 0; q < qiCount; q++) {
            marginalSq[q] = new double[levels[q]];
            marginalClasses[q] = new double[levels[q]];
            for (int l = 0; l < levels[q]; l++) {
                double sq = 0;
                double cls = 0;
                for (int f : freq[q][l]) {
                    long parts = Math.max(1, f / k);
                    sq += (double) f * f / parts;
                    cls += parts;
                }
                marginalSq[q][l] = sq;
                marginalClasses[q][l] = cls;
            }
        }
    }

    /**
     * Without suppression every class of an anonymous transformation has at least k records and
     * lies inside one class of each attribute's own grouping (marginal). A marginal class of f
     * records therefore splits into at most ⌊f/k⌋ classes, whose squared sizes sum to at least
     * f²/⌊f/k⌋. marginalSq[q][l] is that sum over the marginal classes of q at level l (a lower
     * bound of DM*), marginalClasses[q][l] the largest number of classes.
     */
    private final double[][] marginalSq;
    private final double[][] marginalClasses;

    /**
     * The hierarchy row of every value of the column. Every value must be a leaf of the hierarchy;
     * else an error naming the first data row and, unless the column is sensitive, the value
     * (values of sensitive columns never appear in messages: the count of missing values is given
     * instead).
     */
    static int[] rowsOf(Hierarchy h, Encoded data, int column, boolean sensitive) {
        String[] dict = data.dictionaries[column];
        int[] rowOf = new int[dict.length];
        int missing = 0;
        int first = -1;
        for (int v = 0; v < dict.length; v++) {
            rowOf[v] = h.leafRowIndex(dict[v]);
            if (rowOf[v] < 0) {
                missing++;
                first = first < 0 ? v : first;
            }
        }
        if (missing == 0) {
            return rowOf;
        }
        int row = data.firstRow(column, first);
        String name = data.names[column];
        if (sensitive) {
            throw AnonymizationException.config("anon.hierarchy.missing-value-sensitive", h.source(), name, row + 1,
                    missing);
        }
        throw AnonymizationException.config("anon.hierarchy.missing-value", h.source(), name, dict[first], row + 1);
    }

    /** bitsSum[q][level], computed on first use (racy but idempotent). */
    double[][] bitsSum() {
        double[][] bs = bitsSum;
        if (bs == null) {
            bs = new double[qiCount][];
            for (int q = 0; q < qiCount; q++) {
                bs[q] = new double[levels[q]];
                for (int l = 0; l < levels[q]; l++) {
                    int[] fl = freq[q][l];
                    int[] g = gen[q][l];
                    double b = 0;
                    for (int v = 0; v < g.length; v++) {
                        int f = f0[q][v];
                        if (f != 0 && f != fl[g[v]]) {
                            b += f * -log2((double) f / fl[g[v]]);
                        }
                    }
                    bs[q][l] = b;
                }
            }
            bitsSum = bs;
        }
        return bs;
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    boolean hasSensitiveModels() {
        return sensCount > 0;
    }

    /** Number of transformations in the lattice (saturates at Long.MAX_VALUE). */
    long latticeSize() {
        long t = 1;
        for (int l : levels) {
            t = t > Long.MAX_VALUE / l ? Long.MAX_VALUE : t * l;
        }
        return t;
    }

    /**
     * Iyengar's loss of one attribute from its exact numerator
     * {@code Σ_released (leaves(g(r)) − 1) + |S|·(|D| − 1)}: divided by {@code N·(|D| − 1)}, so
     * exactly 0 when nothing is generalised or suppressed.
     */
    double attributeLoss(int q, long numerator) {
        long den = (long) n * (domain[q] - 1);
        return den <= 0 || numerator <= 0 ? 0 : (double) numerator / den;
    }

    /** ARX's geometric-mean aggregate: Π (1 + v)^(1/Q) − 1, computed as exp(Σ ln(1 + v) / Q) − 1. */
    static double geometric(double[] v) {
        double s = 0;
        for (double x : v) {
            s += Math.log1p(x);
        }
        return Math.expm1(s / v.length);
    }

    /** The data-free lower bound of the metric for a transformation (valid for it and every successor). */
    double lowerBound(int[] lv) {
        return lowerBound(lv, false);
    }

    /**
     * The data-free lower bound; with {@code monotoneOnly} only its parts that never decrease with
     * generalisation (what a best-first search needs to prove a bound).
     */
    double lowerBound(int[] lv, boolean monotoneOnly) {
        switch (metric) {
            case LOSS -> {
                double s = 0;
                for (int q = 0; q < qiCount; q++) {
                    s += logLoss[q][lv[q]];
                }
                return Math.expm1(s / qiCount);
            }
            case ENTROPY -> {
                double[][] bs = bitsSum();
                double b = 0;
                for (int q = 0; q < qiCount; q++) {
                    b += bs[q][lv[q]];
                }
                return b;
            }
            case DISCERNIBILITY -> {
                double classes = Math.min(tuples.size, maxClasses(lv));
                double b = Math.max((double) n * k, classes <= 0 ? 0 : (double) n * n / classes);
                if (maxSuppressed == 0 && !monotoneOnly) {
                    for (int q = 0; q < qiCount; q++) {
                        b = Math.max(b, marginalSq[q][lv[q]]);
                    }
                }
                return b;
            }
            case AECS -> {
                double classes = Math.min(tuples.size, maxClasses(lv));
                if (maxSuppressed == 0 && !monotoneOnly) {
                    for (int q = 0; q < qiCount; q++) {
                        classes = Math.min(classes, marginalClasses[q][lv[q]]);
                    }
                }
                return classes <= 0 ? 0 : n / classes;
            }
            default -> throw new IllegalStateException();
        }
    }

    private double maxClasses(int[] lv) {
        double c = 1;
        for (int q = 0; q < qiCount; q++) {
            c *= card[q][lv[q]];
        }
        return c;
    }
}
