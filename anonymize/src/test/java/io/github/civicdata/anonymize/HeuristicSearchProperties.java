package io.github.civicdata.anonymize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The heuristic search's claims hold on problems that are also solved exhaustively: its lower
 * bound never exceeds the optimum, its value is never below it, and when it says "optimal" the
 * value is the optimum — whatever its budget.
 */
class HeuristicSearchProperties {

    @Provide
    Arbitrary<AnonymizerProperties.Case> cases() {
        return Arbitraries.longs().map(AnonymizerProperties::build);
    }

    @Property(tries = 300)
    void boundAndValueEncloseTheOptimum(@ForAll("cases") AnonymizerProperties.Case c,
            @ForAll @IntRange(min = 1, max = 60) int checks) {
        Anonymizer a = c.anonymizer();
        Problem p;
        try {
            p = a.problem(c.table());
        } catch (AnonymizationException e) {
            assertThat(e.key()).isEqualTo("anon.config.k-too-large");
            return;
        }
        HeuristicSearch h = new HeuristicSearch(p, new SearchBudget(Duration.ofSeconds(30), checks, 0), 17);
        h.run();
        Search all = new Search(p);
        all.exhaustive();
        if (all.bestNode == null) {
            assertThat(h.bestNode).isNull();
            Statistics.collect("no solution");
            return;
        }
        double eps = 1e-9 * Math.max(1, Math.abs(all.bestValue));
        assertThat(h.lowerBound).as(c + " bound").isLessThanOrEqualTo(all.bestValue + eps);
        if (h.bestNode != null) {
            assertThat(h.bestValue).as(c + " value").isGreaterThanOrEqualTo(all.bestValue - eps);
        }
        if (h.optimal) {
            assertThat(h.bestValue).as(c + " claimed optimal").isCloseTo(all.bestValue,
                    org.assertj.core.data.Offset.offset(eps));
        }
        Statistics.collect(h.optimal ? "proved optimal" : h.bestNode == null ? "nothing found in budget" : "gap reported");
    }
}
