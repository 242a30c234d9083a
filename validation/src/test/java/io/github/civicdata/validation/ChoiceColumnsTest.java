package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChoiceColumnsTest {

    /** U+002D, U+2010, U+2011, U+2012, U+2013, U+2014, U+2015, U+2212, U+FF0D, U+30FC. */
    @ParameterizedTest
    @ValueSource(strings = {"A-1", "A\u20101", "A\u20111", "A\u20121", "A\u20131", "A\u20141", "A\u20151", "A\u22121",
        "A\uFF0D1", "A\u30FC1", "Ａ－１"})
    void theDashFamilyIsOneSpelling(String v) {
        assertThat(ChoiceColumns.choiceKey(v)).isEqualTo(ChoiceColumns.choiceKey("A-1"));
    }

    @Test
    void afterAKanaADashIsTheLongVowel() {
        assertThat(ChoiceColumns.choiceKey("センタ−")).isEqualTo(ChoiceColumns.choiceKey("センター"));
        assertThat(ChoiceColumns.choiceKey("ｾﾝﾀｰ")).isEqualTo(ChoiceColumns.choiceKey("センター"));
        assertThat(ChoiceColumns.choiceKey("センター")).isNotEqualTo(ChoiceColumns.choiceKey("センタ"));
        // a lone dash (a "no value" mark) in any shape
        assertThat(ChoiceColumns.choiceKey("―")).isEqualTo(ChoiceColumns.choiceKey("-"));
        assertThat(ChoiceColumns.choiceKey("ー")).isEqualTo(ChoiceColumns.choiceKey("‐"));
    }

    @Test
    void choiceWordsAndSpacing() {
        assertThat(ChoiceColumns.choiceKey("有り")).isEqualTo(ChoiceColumns.choiceKey("○"));
        assertThat(ChoiceColumns.choiceKey("紙・布")).isEqualTo(ChoiceColumns.choiceKey("紙布"));
        assertThat(ChoiceColumns.choiceKey("Ａ型")).isEqualTo(ChoiceColumns.choiceKey("A 型"));
    }

    @Test
    void identifiers() {
        assertThat(ChoiceColumns.identifierLike("Free_Wi-Fi")).isTrue();
        assertThat(ChoiceColumns.identifierLike("AP01")).isTrue();
        assertThat(ChoiceColumns.identifierLike("CityWiFi")).isTrue();
        assertThat(ChoiceColumns.identifierLike("free-wifi")).isFalse();
        assertThat(ChoiceColumns.identifierLike("Yes")).isFalse();
        assertThat(ChoiceColumns.identifierLike("有り")).isFalse();
    }
}
