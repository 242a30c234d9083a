package io.github.civicdata.anonymize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Equivalence classes of any width (issue 17): with up to 40 quasi-identifiers, whose value
 * combinations far exceed 64 bits, the evaluator groups exactly as a plain map of generalised
 * value lists does, both on its exact-key path and on its verified-hash path; nothing overflows.
 */
class WideKeyProperties {

    record Case(long seed, Table table, Map<String, Hierarchy> hierarchies, int[] node, int k, boolean withSensitive) {
        @Override
        public String toString() {
            return "Case[seed=" + seed + ", rows=" + table.rowCount() + ", qis=" + hierarchies.size() + ", node="
                    + Arrays.toString(node) + ", k=" + k + ", sensitive=" + withSensitive + "]";
        }
    }

    static Case build(long seed) {
        Random rnd = new Random(seed);
        int qn = 1 + rnd.nextInt(40);
        int n = 1 + rnd.nextInt(300);
        Map<String, Hierarchy> hs = new LinkedHashMap<>();
        List<String> header = new ArrayList<>();
        int[] domains = new int[qn];
        int[] node = new int[qn];
        for (int q = 0; q < qn; q++) {
            String name = "q" + q;
            domains[q] = 1 + rnd.nextInt(rnd.nextBoolean() ? 4 : 60);
            Hierarchy h = AnonymizerProperties.randomHierarchy(rnd, name + "v", domains[q], 1 + rnd.nextInt(3));
            hs.put(name, h);
            header.add(name);
            node[q] = rnd.nextInt(h.levels());
        }
        header.add("s");
        Table.Builder tb = Table.builder(header);
        for (int r = 0; r < n; r++) {
            List<String> row = new ArrayList<>();
            for (int q = 0; q < qn; q++) {
                row.add("q" + q + "v" + rnd.nextInt(domains[q]));
            }
            row.add("s" + rnd.nextInt(1 + rnd.nextInt(5)));
            tb.addRow(row);
        }
        return new Case(seed, tb.build(), hs, node, 2 + rnd.nextInt(3), rnd.nextBoolean());
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.longs().map(WideKeyProperties::build);
    }

    @Property(tries = 300)
    void classesEqualAPlainGroupingOnEitherKeyPath(@ForAll("cases") Case c) {
        Anonymizer.Builder b = Anonymizer.builder();
        c.hierarchies().forEach(b::quasiIdentifier);
        b.privacyModel(PrivacyModel.kAnonymity(c.k()));
        if (c.withSensitive()) {
            b.sensitive("s").privacyModel(PrivacyModel.distinctLDiversity("s", 2));
        }
        Anonymizer a = b.suppressionLimit(0.5).build();
        if (c.k() > c.table().rowCount()) {
            return;
        }
        Problem p = a.problem(c.table());

        // independent grouping: generalised values as strings
        Map<List<String>, List<String>> expected = new HashMap<>();
        Table t = c.table();
        List<String> qis = new ArrayList<>(c.hierarchies().keySet());
        for (int r = 0; r < t.rowCount(); r++) {
            List<String> key = new ArrayList<>();
            for (int q = 0; q < qis.size(); q++) {
                String v = t.value(r, t.columnIndex(qis.get(q)).getAsInt());
                key.add(c.hierarchies().get(qis.get(q)).generalize(v, c.node()[q]).orElseThrow());
            }
            expected.computeIfAbsent(key, x -> new ArrayList<>()).add(t.value(r, t.columnIndex("s").getAsInt()));
        }
        long expectedSuppressed = 0;
        List<Integer> expectedSizes = new ArrayList<>();
        for (List<String> sens : expected.values()) {
            expectedSizes.add(sens.size());
            Set<String> distinct = new HashSet<>(sens);
            if (sens.size() < c.k() || (c.withSensitive() && distinct.size() < 2)) {
                expectedSuppressed += sens.size();
            }
        }
        expectedSizes.sort(null);

        boolean sawWide = false;
        for (boolean force : new boolean[] {false, true}) {
            Evaluator ev = new Evaluator(p);
            ev.forceWide = force;
            ev.evaluate(c.node());
            sawWide |= ev.wideKeys();
            assertThat(ev.classes).as(c.toString()).isEqualTo(expected.size());
            List<Integer> sizes = new ArrayList<>();
            for (int i = 0; i < ev.classes; i++) {
                sizes.add(ev.cSize[i]);
            }
            sizes.sort(null);
            assertThat(sizes).as(c.toString()).isEqualTo(expectedSizes);
            assertThat(ev.suppressed).as(c.toString()).isEqualTo(expectedSuppressed);
            long sq = 0;
            for (int s : expectedSizes) {
                sq += (long) s * s;
            }
            assertThat(ev.allSq).isEqualTo(sq);
        }
        Statistics.label("quasi-identifiers").collect(qis.size() <= 9 ? "1-9" : qis.size() <= 20 ? "10-20" : "21-40");
        Statistics.label("natural key path").collect(new Evaluator(p).wideKeysAt(c.node()) ? "verified hash" : "exact");
        assertThat(sawWide).isTrue();
    }

    @Property(tries = 100)
    void riskProfileOfManyColumnsCountsEveryClass(@ForAll("cases") Case c) {
        List<String> qis = new ArrayList<>(c.hierarchies().keySet());
        RiskProfile r = RiskProfile.of(c.table(), qis, 0.2);
        Set<List<String>> distinct = new HashSet<>();
        for (int row = 0; row < c.table().rowCount(); row++) {
            List<String> key = new ArrayList<>();
            for (String q : qis) {
                key.add(c.table().value(row, c.table().columnIndex(q).getAsInt()));
            }
            distinct.add(key);
        }
        assertThat(r.classes()).isEqualTo(distinct.size());
        assertThat(r.records()).isEqualTo(c.table().rowCount());
    }
}
