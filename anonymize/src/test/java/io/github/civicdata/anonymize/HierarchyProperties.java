package io.github.civicdata.anonymize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Hierarchy shape rules on random rows over a small alphabet (so that values collide across rows
 * and levels): a hierarchy is either refused with a configuration error or it is a tree whose
 * generalised values never read as another row's original value. Checked independently of
 * {@code HierarchyShape}, from the definitions.
 */
class HierarchyProperties {

    @Provide
    Arbitrary<List<List<String>>> rows() {
        Arbitrary<String> value = Arbitraries.of("a", "b", "c", "d", "g", "*");
        return Arbitraries.integers().between(1, 4).flatMap(levels -> value.list().ofSize(levels)
                .list().ofMinSize(1).ofMaxSize(6));
    }

    @Property
    void refusedWithAConfigurationErrorOrATreeWithoutValueConfusion(@ForAll("rows") List<List<String>> rows) {
        Hierarchy h;
        try {
            h = Hierarchy.of("h", rows);
        } catch (AnonymizationException e) {
            Statistics.collect("refused: " + e.key());
            assertThat(e.kind()).isEqualTo(AnonymizationException.Kind.CONFIGURATION);
            assertThat(e.text().en()).startsWith("Hierarchy h");
            return;
        }
        Statistics.collect("accepted");
        int levels = h.levels();
        Set<String> leaves = new HashSet<>();
        for (List<String> r : rows) {
            assertThat(r).hasSize(levels);
            assertThat(leaves.add(r.get(0))).as("original values are unique").isTrue();
        }
        Map<String, Set<String>> parents = new HashMap<>();
        for (List<String> r : rows) {
            assertThat(h.generalize(r.get(0), 0)).as("level 0 is the data value").contains(r.get(0));
            for (int l = 1; l < levels; l++) {
                String g = r.get(l);
                assertThat(!leaves.contains(g) || g.equals(r.get(0)))
                        .as("generalised value %s at level %d is another row's original value", g, l).isTrue();
            }
            for (int l = 0; l + 1 < levels; l++) {
                if (!r.get(l).equals(r.get(l + 1))) {
                    parents.computeIfAbsent(r.get(l), k -> new HashSet<>()).add(r.get(l + 1));
                }
            }
        }
        for (Map.Entry<String, Set<String>> e : parents.entrySet()) {
            assertThat(e.getValue()).as("parents of %s", e.getKey()).hasSize(1);
            assertThat(ancestors(e.getKey(), parents)).as("%s is its own ancestor", e.getKey())
                    .doesNotContain(e.getKey());
        }
        // monotone: rows that agree at a level agree above it
        for (List<String> a : rows) {
            for (List<String> b : rows) {
                for (int l = 0; l < levels; l++) {
                    if (a.get(l).equals(b.get(l))) {
                        assertThat(a.subList(l, levels)).isEqualTo(b.subList(l, levels));
                    }
                }
            }
        }
    }

    @Property
    void fromLevelOfAnAcceptedHierarchyIsAccepted(@ForAll("rows") List<List<String>> rows) {
        Hierarchy h;
        try {
            h = Hierarchy.of("h", rows);
        } catch (AnonymizationException e) {
            Statistics.collect("refused, skipped");
            return;
        }
        Statistics.collect("accepted");
        for (int l = 0; l < h.levels(); l++) {
            Hierarchy up = h.fromLevel(l);
            for (List<String> r : rows) {
                assertThat(up.generalize(r.get(l), h.height() - l)).contains(r.get(h.height()));
            }
        }
    }

    private static Set<String> ancestors(String v, Map<String, Set<String>> parents) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(parents.getOrDefault(v, Set.of()));
        while (!todo.isEmpty()) {
            String p = todo.remove(todo.size() - 1);
            if (seen.add(p)) {
                todo.addAll(parents.getOrDefault(p, Set.of()));
            }
        }
        return seen;
    }
}
