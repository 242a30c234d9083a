package io.github.civicdata.anonymize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 特異な記述等: ages of 100 and more, rare categories, values beyond the percentiles. */
class UniqueDescriptionsTest {

    private static Table table() {
        Table.Builder b = Table.builder(List.of("年齢", "病名", "収入", "町字"));
        for (int i = 0; i < 400; i++) {
            b.addRow(Integer.toString(20 + i % 60), i % 100 == 0 ? "難病X" : "風邪", Integer.toString(300 + i % 200),
                    "町" + (i % 4));
        }
        b.addRow("103", "風邪", "350", "町1");
        b.addRow("101", "風邪", "360", "町2");
        b.addRow("45", "風邪", "98000", "山奥町");
        return b.build();
    }

    @Test
    void findsUnusualDescriptionsAndSuggestsCoding() {
        List<UniqueDescriptions.Description> found = UniqueDescriptions.builder().k(5).sensitive(Set.of("病名", "収入"))
                .build().detect(table(), List.of("年齢", "病名", "収入", "町字"));
        // age >= 100: two records, top-code at 100
        UniqueDescriptions.Description age = only(found, "年齢", UniqueDescriptions.Kind.ABOVE_LIMIT);
        assertThat(age.records()).isEqualTo(2);
        assertThat(age.examples()).containsExactlyInAnyOrder("103", "101");
        assertThat(UniqueDescriptions.describe(age, Locale.JAPANESE)).contains("100 でトップコーディング");
        assertThat(UniqueDescriptions.describe(age, Locale.ENGLISH)).contains("top-code at 100");
        // a category held by fewer than k records, in a sensitive column: counted, never shown
        UniqueDescriptions.Description rare = only(found, "病名", UniqueDescriptions.Kind.RARE_VALUE);
        assertThat(rare.records()).isEqualTo(4);
        assertThat(rare.examples()).isEmpty();
        for (Locale l : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            assertThat(UniqueDescriptions.describe(rare, l)).doesNotContain("難病X");
        }
        // a numeric outlier of a sensitive column: neither the value nor the threshold is shown
        UniqueDescriptions.Description income = only(found, "収入", UniqueDescriptions.Kind.HIGH_OUTLIER);
        assertThat(income.records()).isEqualTo(1);
        assertThat(income.threshold()).isEmpty();
        assertThat(UniqueDescriptions.describe(income, Locale.ENGLISH)).doesNotContain("98000").contains("99.5th percentile");
        // a rare town in a quasi-identifier is named
        UniqueDescriptions.Description town = only(found, "町字", UniqueDescriptions.Kind.RARE_VALUE);
        assertThat(town.examples()).containsExactly("山奥町");
    }

    @Test
    void theAnonymisationReportListsWhatIsLeftInTheRelease() {
        Table t = table();
        Anonymizer a = Anonymizer.builder()
                .quasiIdentifier("町字", Hierarchy.of(List.of(List.of("町0", "市", "*"), List.of("町1", "市", "*"),
                        List.of("町2", "市", "*"), List.of("町3", "市", "*"), List.of("山奥町", "村", "*"))))
                .sensitive("病名").privacyModel(PrivacyModel.kAnonymity(5)).suppressionLimit(0.01).build();
        AnonymizationResult r = a.anonymize(t);
        // the rare town is suppressed; the rare diagnosis and the ages of 100+ remain and are reported
        assertThat(r.uniqueDescriptions()).extracting(UniqueDescriptions.Description::column,
                UniqueDescriptions.Description::kind).contains(
                        org.assertj.core.groups.Tuple.tuple("病名", UniqueDescriptions.Kind.RARE_VALUE),
                        org.assertj.core.groups.Tuple.tuple("年齢", UniqueDescriptions.Kind.ABOVE_LIMIT));
        assertThat(r.toJson()).contains("anon.unique.rare-value").contains("anon.unique.above-limit")
                .doesNotContain("難病X");
    }

    private static UniqueDescriptions.Description only(List<UniqueDescriptions.Description> found, String column,
            UniqueDescriptions.Kind kind) {
        List<UniqueDescriptions.Description> m = new ArrayList<>();
        for (UniqueDescriptions.Description d : found) {
            if (d.column().equals(column) && d.kind() == kind) {
                m.add(d);
            }
        }
        assertThat(m).as(column + " " + kind + " in " + found).hasSize(1);
        return m.get(0);
    }
}
