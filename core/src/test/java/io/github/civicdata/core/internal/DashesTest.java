package io.github.civicdata.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DashesTest {

    private static char at(String s, char c) {
        return Dashes.resolve(s, s.indexOf(c));
    }

    @Test
    void aDashAfterKanaIsALongVowelMark() {
        assertThat(at("ファ−スト", '−')).isEqualTo(Dashes.LONG_VOWEL);
        assertThat(at("ファ‐スト", '‐')).isEqualTo(Dashes.LONG_VOWEL);
        assertThat(at("ﾌｧｰｽﾄ", 'ｰ')).isEqualTo(Dashes.LONG_VOWEL);
        assertThat(at("センタ－", '－')).isEqualTo(Dashes.LONG_VOWEL);
        assertThat(at("らｰめん", 'ｰ')).isEqualTo(Dashes.LONG_VOWEL);
    }

    @Test
    void aDashAfterADigitLetterOrKanjiIsAHyphen() {
        assertThat(at("932ｰ7", 'ｰ')).isEqualTo(Dashes.HYPHEN);
        assertThat(at("10−3", '−')).isEqualTo(Dashes.HYPHEN);
        assertThat(at("−5", '−')).isEqualTo(Dashes.HYPHEN);
        assertThat(at("A－B", '－')).isEqualTo(Dashes.HYPHEN);
        assertThat(at("東京−大阪", '−')).isEqualTo(Dashes.HYPHEN);
    }

    @Test
    void whereTheNeighboursDoNotTellThereIsNoAnswer() {
        assertThat(at("ビル−3", '−')).isEqualTo(Dashes.UNSURE);
        assertThat(at("アｰ①", 'ｰ')).isEqualTo(Dashes.UNSURE);
        assertThat(at("ｰ", 'ｰ')).isEqualTo(Dashes.UNSURE);
        assertThat(at("ｰ5", 'ｰ')).isEqualTo(Dashes.UNSURE);
        assertThat(at("Aｰｶ", 'ｰ')).isEqualTo(Dashes.UNSURE);
    }

    @Test
    void onlyTheDashFamilyIsAmbiguous() {
        assertThat(Dashes.isAmbiguous('-')).isFalse();
        assertThat(Dashes.isAmbiguous('ー')).isFalse();
        for (char c : "‐‑‒–—―−﹣－ｰ".toCharArray()) {
            assertThat(Dashes.isAmbiguous(c)).as("U+%04X", (int) c).isTrue();
        }
    }
}
