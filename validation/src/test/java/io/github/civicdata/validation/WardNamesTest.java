package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.vocab.Vocabulary;
import io.github.civicdata.vocab.code.CodeLists;
import io.github.civicdata.vocab.format.FormatChecks;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ward-name check ({@code L3-06.ward-name}) decides a column without a value ending in 区
 * before reading the code lists: that holds only while every ward name of the code lists ends
 * with 区, which this test checks.
 */
class WardNamesTest {

    @Test
    void everyWardNameOfADesignatedCityEndsWithKu() {
        VocabSemantics.Regions r = new VocabSemantics.Regions(CodeLists.standard());
        assertThat(r.wardCities).hasSizeGreaterThan(100);
        for (String ward : r.wardCities.keySet()) {
            assertThat(ward).as(ward).endsWith("区");
        }
    }

    @Test
    void aColumnOfWardNamesIsStillFoundAndOtherColumnsAreNot() {
        VocabSemantics s = new VocabSemantics(Vocabulary.standard(), FormatChecks.builder().build(), true);
        Map<String, Long> wards = new LinkedHashMap<>();
        wards.put("中央区", 3L);
        wards.put(" 博多区", 2L); // trimmed as the column's values are
        wards.put("早良区", 1L);
        Issue w = s.wardsWithoutCity(wards);
        assertThat(w).isNotNull();
        assertThat(w.key()).isEqualTo("L3-06.ward-name");
        assertThat(w.suggestion()).isEqualTo("福岡市中央区");
        Map<String, Long> other = new LinkedHashMap<>();
        other.put("図書館", 3L);
        other.put("体育館", 2L);
        assertThat(s.wardsWithoutCity(other)).isNull();
        assertThat(s.wardsWithoutCity(Map.of())).isNull();
    }
}
