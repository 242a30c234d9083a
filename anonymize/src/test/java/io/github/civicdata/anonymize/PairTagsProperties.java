package io.github.civicdata.anonymize;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Pair tagging (used on large tables with a suppression limit) never tags a transformation that
 * could be the optimum: with it forced on every random problem, the search still finds the
 * exhaustive optimum.
 */
class PairTagsProperties {

    @Provide
    Arbitrary<AnonymizerProperties.Case> cases() {
        return Arbitraries.longs().map(AnonymizerProperties::build);
    }

    @Property(tries = 300)
    void forcedPairTaggingKeepsTheOptimum(@ForAll("cases") AnonymizerProperties.Case c) {
        Anonymizer a = c.anonymizer();
        Problem p;
        try {
            p = a.problem(c.table());
        } catch (AnonymizationException e) {
            assertThat(e.key()).isEqualTo("anon.config.k-too-large");
            return;
        }
        Search pruned = new Search(p);
        pruned.pairTagsFrom = 0;
        pruned.run();
        Search all = new Search(p);
        all.exhaustive();
        Statistics.collect(p.maxSuppressed > 0 ? "pairs tagged" : "no suppression (pairs not used)");
        if (all.bestNode == null) {
            assertThat(pruned.bestNode).isNull();
            return;
        }
        assertThat(pruned.bestValue).as(c.toString()).isCloseTo(all.bestValue, org.assertj.core.data.Offset.offset(1e-9));
    }
}
