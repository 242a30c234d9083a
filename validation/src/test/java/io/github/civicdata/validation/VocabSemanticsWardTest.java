package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.vocab.Vocabulary;
import io.github.civicdata.vocab.format.FormatChecks;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** L3-06 for columns of ward names without their city. */
class VocabSemanticsWardTest {

    private static final VocabSemantics S = new VocabSemantics(Vocabulary.standard(), FormatChecks.builder().build(),
            false);

    private static Map<String, Long> values(Object... kv) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], ((Number) kv[i + 1]).longValue());
        }
        return m;
    }

    @Test
    void fukuokaWardsNameTheirCity() {
        Issue i = S.wardsWithoutCity(values("東区", 3, "博多区", 2, "早良区", 1));
        assertThat(i).isNotNull();
        assertThat(i.key()).isEqualTo("L3-06.ward-name");
        assertThat(i.suggestion()).isEqualTo("福岡市東区");
        assertThat(i.args()).containsExactly("東区、博多区、早良区", "福岡市", "福岡市東区");
    }

    @Test
    void wardsOfManyCitiesGiveNoSuggestion() {
        Issue i = S.wardsWithoutCity(values("東区", 1, "西区", 1, "南区", 1));
        assertThat(i.key()).isEqualTo("L3-06.ward-name.ambiguous");
        assertThat(i.suggestion()).isNull();
    }

    @Test
    void tokyoSpecialWardsAreMunicipalities() {
        assertThat(S.wardsWithoutCity(values("千代田区", 1, "中央区", 1, "港区", 1, "北区", 2))).isNull();
    }

    @Test
    void ordinaryWordsAndMixedColumnsAreNotWardColumns() {
        assertThat(S.wardsWithoutCity(values("東区画", 1, "東口", 1, "中央", 1))).isNull();
        // ward names are less than 80% of the values
        assertThat(S.wardsWithoutCity(values("東区", 1, "公民館", 1, "図書館", 1))).isNull();
        assertThat(S.wardsWithoutCity(values("福岡市東区", 3, "福岡市博多区", 2))).isNull();
        assertThat(S.wardsWithoutCity(values())).isNull();
    }
}
