package io.github.civicdata.anonymize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The heuristic search above the optimal-search limit (issue 17). */
class HeuristicSearchTest {

    /**
     * 18 quasi-identifiers with 3 levels each: 3^18 = 387,420,489 transformations, far above the
     * optimal search's 5,000,000. Within 1,000 checks the heuristic search returns a k-anonymous
     * output and a lower bound below its value (the gap), both in the result and the JSON report.
     */
    @Test
    void aLatticeOfHundredsOfMillionsGetsASolutionAndAProvenGap() {
        int qn = 18;
        Random rnd = new Random(4);
        List<String> header = new ArrayList<>();
        for (int q = 0; q < qn; q++) {
            header.add("q" + q);
        }
        Table.Builder tb = Table.builder(header);
        for (int r = 0; r < 2_000; r++) {
            List<String> row = new ArrayList<>();
            for (int q = 0; q < qn; q++) {
                row.add(Integer.toString(rnd.nextInt(2 + q % 7)));
            }
            tb.addRow(row);
        }
        Table t = tb.build();
        Anonymizer.Builder b = Anonymizer.builder();
        for (int q = 0; q < qn; q++) {
            List<List<String>> rows = new ArrayList<>();
            for (String v : t.distinctValues(q)) {
                rows.add(List.of(v, Integer.parseInt(v) < 2 ? "low" : "high", "*"));
            }
            b.quasiIdentifier("q" + q, Hierarchy.of("h" + q, rows));
        }
        Anonymizer a = b.privacyModel(PrivacyModel.kAnonymity(5)).suppressionLimit(0.05)
                .searchBudget(SearchBudget.of(Duration.ofSeconds(60), 1_000)).build();
        AnonymizationResult r = a.anonymize(t);

        assertThat(r.latticeSize()).isEqualTo(387_420_489L);
        assertThat(r.heuristic()).isTrue();
        assertThat(r.transformationsChecked()).isLessThanOrEqualTo(1_000);
        double value = r.loss().get("loss");
        assertThat(r.lowerBound()).isGreaterThan(0).isLessThanOrEqualTo(value);
        assertThat(r.optimal()).isEqualTo(r.lowerBound() >= value);
        // the output is k-anonymous, checked independently
        Map<List<String>, Integer> classes = new HashMap<>();
        Table out = r.output();
        for (int row = 0; row < out.rowCount(); row++) {
            classes.merge(out.row(row), 1, Integer::sum);
        }
        assertThat(classes.values()).allMatch(size -> size >= 5);
        assertThat(r.suppressedRows()).isLessThanOrEqualTo(100);
        @SuppressWarnings("unchecked")
        Map<String, Object> search = (Map<String, Object>) r.reportMembers().get("search");
        assertThat(search).containsEntry("strategy", "heuristic").containsKeys("lowerBound", "gap");
        assertThat((double) search.get("gap")).isEqualTo(Math.max(0, value - r.lowerBound()));
    }

    /** On Adult (12,960 transformations) the heuristic search, given enough checks, proves the optimum. */
    @Test
    void onAdultItProvesTheOptimumWithinItsBudget() {
        Anonymizer a = Adult.qi9().privacyModel(PrivacyModel.kAnonymity(5))
                .searchBudget(new SearchBudget(Duration.ofSeconds(60), 5_000, 0)).build();
        Anonymizer.SearchOutcome h = a.search(Adult.table());
        assertThat(h.optimal()).isTrue();
        assertThat(Adult.levels(h.levels(), Adult.QI9)).isEqualTo("0 4 1 1 3 2 2 1 0");
        assertThat(h.lowerBound()).isEqualTo(h.value());
    }
}
