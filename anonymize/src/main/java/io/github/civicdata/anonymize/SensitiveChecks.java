package io.github.civicdata.anonymize;

import java.util.Arrays;

/**
 * The sensitive-attribute privacy models checked on one class's distribution of a sensitive
 * attribute: distinct, entropy and recursive (c,l)-diversity and t-closeness with equal or
 * hierarchical ground distance. Shared by the full-domain search and Mondrian. Holds scratch
 * arrays: not thread-safe, one per evaluator.
 */
final class SensitiveChecks {

    private final int[] sensCard;
    private final double[][] sensGlobal;
    private final int[][][] sensUp;
    private final int[][] sensLevelCard;
    private final double[][] extra = new double[64][];
    private int[] sorted = new int[16];

    SensitiveChecks(Problem p) {
        this(p.sensCard, p.sensGlobal, p.sensUp, p.sensLevelCard);
    }

    SensitiveChecks(int[] sensCard, double[][] sensGlobal, int[][][] sensUp, int[][] sensLevelCard) {
        this.sensCard = sensCard;
        this.sensGlobal = sensGlobal;
        this.sensUp = sensUp;
        this.sensLevelCard = sensLevelCard;
    }

    /**
     * @param model the model
     * @param s the sensitive attribute's index
     * @param d frequency per sensitive code in the class (only the {@code nt} codes in {@code touched} are non-zero)
     * @param size the class size
     */
    boolean holds(PrivacyModel model, int s, int[] d, int[] touched, int nt, int size) {
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
            if (sorted.length < nt) {
                sorted = new int[Math.max(nt, sorted.length * 2)];
            }
            int[] f = sorted;
            for (int i = 0; i < nt; i++) {
                f[i] = d[touched[i]];
            }
            Arrays.sort(f, 0, nt);
            // f ascending: r1 = f[nt-1]; tail r_l..r_m = f[0 .. nt-l]
            long tail = 0;
            for (int i = 0; i <= nt - l; i++) {
                tail += f[i];
            }
            return f[nt - 1] < rl.c() * tail;
        }
        if (model instanceof PrivacyModel.TCloseness tc) {
            return emd(tc, s, d, touched, nt, size) <= tc.t() + 1e-12;
        }
        throw new IllegalStateException("unknown model " + model);
    }

    private double emd(PrivacyModel.TCloseness tc, int s, int[] d, int[] touched, int nt, int size) {
        double[] global = sensGlobal[s];
        if (tc.distance() == PrivacyModel.TCloseness.Distance.EQUAL) {
            double sum = 1;
            for (int i = 0; i < nt; i++) {
                int v = touched[i];
                double pv = (double) d[v] / size;
                sum += Math.abs(pv - global[v]) - global[v];
            }
            return sum / 2;
        }
        int[][] up = sensUp[s];
        int[] lc = sensLevelCard[s];
        int h = lc.length - 1;
        if (h == 0) {
            return 0;
        }
        int card = sensCard[s];
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
}
