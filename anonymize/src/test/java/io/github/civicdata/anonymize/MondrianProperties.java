package io.github.civicdata.anonymize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Local recoding (Mondrian): on random tables, hierarchies and models (the cases of
 * {@link AnonymizerProperties} plus a numeric quasi-identifier), every class of the output
 * satisfies k-anonymity and the sensitive model (checked from the definitions), every record is
 * released, every released value covers the original, and the reported Loss and DM* equal the
 * values recomputed from the output. A table that does not satisfy the models as a whole is
 * refused, and only such a table.
 */
class MondrianProperties {

    record Case(AnonymizerProperties.Case base, Table table, Hierarchy age) {
        Anonymizer anonymizer() {
            Map<String, Hierarchy> hs = new LinkedHashMap<>(base.hierarchies());
            hs.put("age", age);
            return base.builder(hs).build();
        }

        @Override
        public String toString() {
            return base + " + age";
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.longs().map(seed -> {
            AnonymizerProperties.Case c = AnonymizerProperties.build(seed);
            Random rnd = new Random(seed ^ 0x5DEECE66DL);
            List<String> header = new ArrayList<>(c.table().header());
            header.add("age");
            Table.Builder b = Table.builder(header);
            for (int r = 0; r < c.table().rowCount(); r++) {
                List<String> row = new ArrayList<>(c.table().row(r));
                row.add(Integer.toString(rnd.nextInt(1 + rnd.nextInt(100))));
                b.addRow(row);
            }
            Table t = b.build();
            Hierarchy age = Hierarchy.intervals().width(10).width(50).build(t.distinctValues(t.columnIndex("age").getAsInt()));
            return new Case(c, t, age);
        });
    }

    @Property(tries = 300)
    void everyClassSatisfiesTheModelsAndEveryValueCoversTheOriginal(@ForAll("cases") Case c) {
        Anonymizer a = c.anonymizer();
        Table in = c.table();
        List<String> qis = a.quasiIdentifiers();
        Map<String, Double> global = AnonymizerProperties.distribution(AnonymizerProperties.column(in, "s"));
        LocalRecodingResult r;
        try {
            r = a.anonymizeLocally(in);
        } catch (AnonymizationException e) {
            if (e.key().equals("anon.config.k-too-large")) {
                assertThat(in.rowCount()).isLessThan(c.base().k());
                Statistics.collect("refused");
                return;
            }
            assertThat(e.key()).isEqualTo("anon.no-solution");
            boolean whole = in.rowCount() >= c.base().k() && (c.base().extra() == null
                    || AnonymizerProperties.holds(c.base().extra(), AnonymizerProperties.column(in, "s"), global,
                            c.base().sensitiveHierarchy()));
            assertThat(whole).as("refused although the whole table satisfies the models").isFalse();
            Statistics.collect("refused");
            return;
        }
        Statistics.collect(r.partitions() > 1 ? "split" : "one partition");
        Table out = r.output();
        assertThat(out.rowCount()).isEqualTo(in.rowCount());
        assertThat(out.header()).isEqualTo(in.header());
        Map<List<String>, List<Integer>> classes = new LinkedHashMap<>();
        for (int row = 0; row < out.rowCount(); row++) {
            List<String> key = new ArrayList<>();
            for (String q : qis) {
                key.add(out.value(row, out.columnIndex(q).getAsInt()));
            }
            classes.computeIfAbsent(key, x -> new ArrayList<>()).add(row);
            assertThat(out.value(row, out.columnIndex("id").getAsInt())).isEqualTo("*");
            assertThat(out.value(row, out.columnIndex("s").getAsInt())).isEqualTo(in.value(row, in.columnIndex("s").getAsInt()));
        }
        assertThat(r.classes()).isEqualTo(classes.size());
        long dm = 0;
        long min = Long.MAX_VALUE;
        for (List<Integer> rows : classes.values()) {
            assertThat(rows.size()).isGreaterThanOrEqualTo(c.base().k());
            dm += (long) rows.size() * rows.size();
            min = Math.min(min, rows.size());
            if (c.base().extra() != null) {
                List<String> sens = new ArrayList<>();
                rows.forEach(x -> sens.add(in.value(x, in.columnIndex("s").getAsInt())));
                assertThat(AnonymizerProperties.holds(c.base().extra(), sens, global, c.base().sensitiveHierarchy()))
                        .as("class %s", rows).isTrue();
            }
        }
        assertThat(r.minClassSize()).isEqualTo(min);
        assertThat(r.loss(Metric.DISCERNIBILITY)).isEqualTo((double) dm);
        // Loss recomputed from the output: leaves covered by each released value
        double logSum = 0;
        for (String q : qis) {
            Hierarchy h = q.equals("age") ? c.age() : c.base().hierarchies().get(q);
            List<String> leaves = h.leaves();
            int ci = in.columnIndex(q).getAsInt();
            int co = out.columnIndex(q).getAsInt();
            double sum = 0;
            Map<String, Integer> coveredCache = new HashMap<>();
            for (int row = 0; row < in.rowCount(); row++) {
                String orig = in.value(row, ci);
                String rel = out.value(row, co);
                assertThat(covers(h, rel, orig, q.equals("age"))).as("%s: %s covers %s", q, rel, orig).isTrue();
                int cov = coveredCache.computeIfAbsent(rel, x -> {
                    int n = 0;
                    for (String leaf : leaves) {
                        if (covers(h, x, leaf, q.equals("age"))) {
                            n++;
                        }
                    }
                    return n;
                });
                sum += leaves.size() <= 1 ? 0 : (double) (cov - 1) / (leaves.size() - 1);
            }
            double lq = sum / in.rowCount();
            assertThat(r.lossPerAttribute().get(q)).as(q).isCloseTo(lq, org.assertj.core.data.Offset.offset(1e-9));
            logSum += Math.log1p(lq);
        }
        assertThat(r.loss(Metric.LOSS)).isCloseTo(Math.expm1(logSum / qis.size()), org.assertj.core.data.Offset.offset(1e-9));
    }

    /** Whether a released value stands for the original: a range or value (numeric), else an ancestor. */
    static boolean covers(Hierarchy h, String released, String original, boolean numeric) {
        if (numeric) {
            if (released.startsWith("[")) {
                String[] ab = released.substring(1, released.length() - 1).split(", ");
                double v = Double.parseDouble(original);
                return Double.parseDouble(ab[0]) <= v && v <= Double.parseDouble(ab[1]);
            }
            return released.equals(original);
        }
        for (int l = 0; l < h.levels(); l++) {
            if (h.generalize(original, l).orElseThrow().equals(released)) {
                return true;
            }
        }
        return false;
    }
}
