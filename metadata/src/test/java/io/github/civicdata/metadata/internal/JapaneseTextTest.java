package io.github.civicdata.metadata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JapaneseTextTest {

    @Test
    void foldsWidthKanaAndCase() {
        assertThat(JapaneseText.normalize("ｺｳｼｭｳ　トイレ")).isEqualTo("こうしゅう といれ");
        assertThat(JapaneseText.normalize("ＡＥＤ設置")).isEqualTo("aed設置");
        assertThat(JapaneseText.normalize("ヴァイオリン")).isEqualTo("ゔぁいおりん");
        assertThat(JapaneseText.normalize("コーヒー")).isEqualTo("こーひー");
        assertThat(JapaneseText.normalize("  a \t b  ")).isEqualTo("a b");
        assertThat(JapaneseText.normalize("①㈱")).isEqualTo("1(株)");
    }
}
