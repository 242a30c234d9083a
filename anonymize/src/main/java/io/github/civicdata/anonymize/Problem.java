package io.github.civicdata.anonymize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The anonymisation problem in encoded form: per quasi-identifier the data column as codes and
 * lookup tables from codes to generalised value ids per level, the per-level statistics the
 * metrics need, the sensitive columns, and the key layout used for grouping. Built once per
 * {@link Anonymizer#anonymize(Table)} call; read-only afterwards (shared by search threads).
 */
final class Problem {

    final int n;
    final int qiCount;
    final String[] qiNames;
    final int[] qiColumns;
    /** qiCol[q][row]: data code. */
    final int[][] qiCol;
    /** levels[q]: number of levels (height + 1). */
    final int[] levels;
    /** gen[q][level][dataCode]: generalised id at that level (ids dense per level, over data values). */
    final int[][][] gen;
    /** labels[q][level][id]. */
    final String[][][] labels;
    /** card[q][level]: number of distinct generalised ids at that level among data values. */
    final int[][] card;
    /** leafShare[q][level][id]: leaves of the hierarchy under the id / domain size. */
    final double[][][] leafShare;
    /** domain[q]: number of leaves of the hierarchy. */
    final int[] domain;
    /** shareSum[q][level]: Σ over rows of leafShare (Loss, before suppression). */
    final double[][] shareSum;
    /** freq[q][level][id]: number of rows generalised to the id. */
    final int[][][] freq;
    /** bitsSum[q][level]: Σ over rows of −log2(f0(v)/fl(g(v))) (non-uniform entropy). */
    final double[][] bitsSum;
    /** part[q][level][dataCode]: gen * mult, the code's share of the group key. */
    final long[][][] part;
    /** logLoss[q][level]: ln(1 + normalised Loss without suppression). */
    final double[][] logLoss;
    /** mult[q]: radix multiplier of the QI part of the group key. */
    final long[] mult;
    final long qiSpace;

    // sensitive attributes
    final int sensCount;
    final String[] sensNames;
    final int[][] sensCol;
    final int[] sensCard;
    /** sensGen[s][level][code] (for hierarchical t-closeness), or null. */
    final int[][][] sensGen;
    /** sensUp[s][level][id at level-1]: parent id at level (level >= 1), for hierarchical EMD. */
    final int[][][] sensUp;
    /** sensLevelCard[s][level]: number of ids at that level. */
    final int[][] sensLevelCard;
    final double[][] sensGlobal;
    /** sensKey[row]: combined sensitive codes. */
    final int[] sensKey;
    final long[] sensMult;

    // privacy
    final int k;
    final List<PrivacyModel> models;
    final int[] modelSens;
    final int maxSuppressed;
    final boolean monotone;
    final Metric metric;

    Problem(Table table, Map<String, Hierarchy> qis, List<String> sensitive, Map<String, Hierarchy> sensHierarchies,
            List<PrivacyModel> models, double suppressionLimit, Metric metric) {
        this.n = table.rowCount();
        this.qiCount = qis.size();
        this.qiNames = qis.keySet().toArray(new String[0]);
        this.qiColumns = new int[qiCount];
        this.qiCol = new int[qiCount][];
        this.levels = new int[qiCount];
        this.gen = new int[qiCount][][];
        this.labels = new String[qiCount][][];
        this.card = new int[qiCount][];
        this.leafShare = new double[qiCount][][];
        this.domain = new int[qiCount];
        this.shareSum = new double[qiCount][];
        this.freq = new int[qiCount][][];
        this.bitsSum = new double[qiCount][];
        this.mult = new long[qiCount];
        long space = 1;
        for (int q = 0; q < qiCount; q++) {
            String name = qiNames[q];
            int col = table.columnIndex(name).orElseThrow(
                    () -> AnonymizationException.config("anon.config.unknown-column", name, table.source()));
            qiColumns[q] = col;
            Hierarchy h = qis.get(name);
            String[] dict = table.dictionary(col);
            covers(h, table, col, name, false);
            qiCol[q] = table.codes(col);
            int lv = h.levels();
            levels[q] = lv;
            gen[q] = new int[lv][dict.length];
            labels[q] = new String[lv][];
            card[q] = new int[lv];
            leafShare[q] = new double[lv][];
            domain[q] = h.rows().size();
            for (int l = 0; l < lv; l++) {
                Map<String, Integer> ids = new HashMap<>();
                List<String> lab = new ArrayList<>();
                for (int v = 0; v < dict.length; v++) {
                    String g = h.rows().get(h.leafRowIndex(dict[v])).get(l);
                    Integer id = ids.get(g);
                    if (id == null) {
                        id = lab.size();
                        ids.put(g, id);
                        lab.add(g);
                    }
                    gen[q][l][v] = id;
                }
                labels[q][l] = lab.toArray(new String[0]);
                card[q][l] = lab.size();
                int[] leaves = new int[lab.size()];
                for (List<String> row : h.rows()) {
                    Integer id = ids.get(row.get(l));
                    if (id != null) {
                        leaves[id]++;
                    }
                }
                leafShare[q][l] = new double[lab.size()];
                for (int i = 0; i < leaves.length; i++) {
                    leafShare[q][l][i] = (double) leaves[i] / domain[q];
                }
            }
            // marginal statistics
            int[] f0 = new int[dict.length];
            for (int r = 0; r < n; r++) {
                f0[qiCol[q][r]]++;
            }
            shareSum[q] = new double[lv];
            bitsSum[q] = new double[lv];
            freq[q] = new int[lv][];
            for (int l = 0; l < lv; l++) {
                int[] fl = new int[card[q][l]];
                for (int v = 0; v < dict.length; v++) {
                    fl[gen[q][l][v]] += f0[v];
                }
                freq[q][l] = fl;
                double s = 0;
                double b = 0;
                for (int v = 0; v < dict.length; v++) {
                    if (f0[v] == 0) {
                        continue;
                    }
                    int g = gen[q][l][v];
                    s += f0[v] * leafShare[q][l][g];
                    b += f0[v] * -log2((double) f0[v] / fl[g]);
                }
                shareSum[q][l] = s;
                bitsSum[q][l] = b;
            }
            mult[q] = space;
            space = Math.multiplyExact(space, Math.max(1, dict.length));
            if (space > (1L << 62)) {
                throw AnonymizationException.config("anon.config.key-space", String.join(", ", qiNames));
            }
        }
        this.qiSpace = space;
        this.logLoss = new double[qiCount][];
        for (int q = 0; q < qiCount; q++) {
            logLoss[q] = new double[levels[q]];
            for (int l = 0; l < levels[q]; l++) {
                logLoss[q][l] = Math.log1p(normLoss(q, shareSum[q][l]));
            }
        }
        this.part = new long[qiCount][][];
        for (int q = 0; q < qiCount; q++) {
            part[q] = new long[levels[q]][];
            for (int l = 0; l < levels[q]; l++) {
                int[] g = gen[q][l];
                long[] pt = new long[g.length];
                for (int v = 0; v < g.length; v++) {
                    pt[v] = g[v] * mult[q];
                }
                part[q][l] = pt;
            }
        }

        // sensitive attributes
        this.sensCount = sensitive.size();
        this.sensNames = sensitive.toArray(new String[0]);
        this.sensCol = new int[sensCount][];
        this.sensCard = new int[sensCount];
        this.sensGen = new int[sensCount][][];
        this.sensUp = new int[sensCount][][];
        this.sensLevelCard = new int[sensCount][];
        this.sensGlobal = new double[sensCount][];
        this.sensMult = new long[sensCount];
        long sspace = 1;
        for (int s = 0; s < sensCount; s++) {
            String name = sensNames[s];
            int col = table.columnIndex(name).orElseThrow(
                    () -> AnonymizationException.config("anon.config.unknown-column", name, table.source()));
            String[] dict = table.dictionary(col);
            sensCol[s] = table.codes(col);
            sensCard[s] = dict.length;
            sensMult[s] = sspace;
            sspace = Math.multiplyExact(sspace, Math.max(1, dict.length));
            double[] g = new double[dict.length];
            for (int r = 0; r < n; r++) {
                g[sensCol[s][r]]++;
            }
            for (int v = 0; v < g.length; v++) {
                g[v] /= Math.max(1, n);
            }
            sensGlobal[s] = g;
            Hierarchy h = sensHierarchies.get(name);
            if (h != null) {
                covers(h, table, col, name, true);
                int[][] sg = new int[h.levels()][dict.length];
                for (int l = 0; l < h.levels(); l++) {
                    Map<String, Integer> ids = new HashMap<>();
                    for (int v = 0; v < dict.length; v++) {
                        String lab = h.rows().get(h.leafRowIndex(dict[v])).get(l);
                        Integer id = ids.get(lab);
                        if (id == null) {
                            id = ids.size();
                            ids.put(lab, id);
                        }
                        sg[l][v] = id;
                    }
                }
                sensGen[s] = sg;
                int[] lc = new int[h.levels()];
                for (int l = 0; l < h.levels(); l++) {
                    for (int v = 0; v < dict.length; v++) {
                        lc[l] = Math.max(lc[l], sg[l][v] + 1);
                    }
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
        if (sensCount > 0 && (double) qiSpace * (double) sspace > (double) (1L << 62)) {
            throw AnonymizationException.config("anon.config.key-space", String.join(", ", qiNames));
        }
        this.sensKey = new int[sensCount == 0 ? 0 : n];
        if (sensCount > 0) {
            if (sspace > Integer.MAX_VALUE) {
                throw AnonymizationException.config("anon.config.key-space", String.join(", ", sensNames));
            }
            for (int r = 0; r < n; r++) {
                long key = 0;
                for (int s = 0; s < sensCount; s++) {
                    key += sensCol[s][r] * sensMult[s];
                }
                sensKey[r] = (int) key;
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
                        && sensGen[idx] == null) {
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
    }

    /**
     * Every value of the column is a leaf of the hierarchy; else an error naming the first data row
     * and, unless the column is sensitive, the value (values of sensitive columns never appear in
     * messages: the count of missing values is given instead).
     */
    static void covers(Hierarchy h, Table table, int col, String name, boolean sensitive) {
        String[] dict = table.dictionary(col);
        int missing = 0;
        int first = -1;
        for (int v = 0; v < dict.length; v++) {
            if (!h.contains(dict[v])) {
                missing++;
                first = first < 0 ? v : first;
            }
        }
        if (missing == 0) {
            return;
        }
        int[] codes = table.codes(col);
        int row = 0;
        while (codes[row] != first) {
            row++;
        }
        if (sensitive) {
            throw AnonymizationException.config("anon.hierarchy.missing-value-sensitive", h.source(), name, row + 1,
                    missing);
        }
        throw AnonymizationException.config("anon.hierarchy.missing-value", h.source(), name, dict[first], row + 1);
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** Number of transformations in the lattice (may overflow to Long.MAX_VALUE). */
    long latticeSize() {
        long t = 1;
        for (int l : levels) {
            t = t > Long.MAX_VALUE / l ? Long.MAX_VALUE : t * l;
        }
        return t;
    }

    /** Normalised Loss of one attribute from its raw sum (ARX's normalisation, clamped at 0). */
    double normLoss(int q, double raw) {
        double min = (double) n / domain[q];
        double max = n;
        if (max - min <= 0) {
            return 0;
        }
        double r = (raw - min) / (max - min);
        return r > 0 ? r : 0;
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
        switch (metric) {
            case LOSS -> {
                double s = 0;
                for (int q = 0; q < qiCount; q++) {
                    s += logLoss[q][lv[q]];
                }
                return Math.expm1(s / qiCount);
            }
            case ENTROPY -> {
                double b = 0;
                for (int q = 0; q < qiCount; q++) {
                    b += bitsSum[q][lv[q]];
                }
                return b;
            }
            case DISCERNIBILITY -> {
                double classes = Math.min(n, maxClasses(lv));
                double byK = (double) n * k;
                return Math.max(byK, classes <= 0 ? 0 : (double) n * n / classes);
            }
            case AECS -> {
                double classes = Math.min(n, maxClasses(lv));
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
