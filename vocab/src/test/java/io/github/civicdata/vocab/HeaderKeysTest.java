package io.github.civicdata.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/**
 * The characters {@link HeaderKeys#nfkc} passes without the normaliser ({@link HeaderKeys#nfkcInert})
 * are left as they are by NFKC wherever they stand: each alone, and none is a later character of
 * any character's canonical decomposition (so none composes with the character before it: NFKC
 * composes canonical pairs only). {@code HeaderKeysProperties} compares the keys with those of the full normalisation
 * on random strings.
 */
class HeaderKeysTest {

    @Test
    void everyInertCharacterIsItsOwnNfkcFormAndNeverComposesWithAnother() {
        boolean[] laterInDecomposition = new boolean[0x10000];
        for (int cp = 0; cp < 0x10000; cp++) {
            if (Character.isSurrogate((char) cp)) {
                continue;
            }
            // NFKC composes canonical pairs only: the later characters of canonical decompositions
            String d = Normalizer.normalize(String.valueOf((char) cp), Normalizer.Form.NFD);
            for (int i = 1; i < d.length(); i++) {
                laterInDecomposition[d.charAt(i)] = true;
            }
        }
        int inert = 0;
        for (int c = 0; c < 0x10000; c++) {
            if (!HeaderKeys.nfkcInert((char) c)) {
                continue;
            }
            inert++;
            String s = String.valueOf((char) c);
            assertThat(Normalizer.normalize(s, Normalizer.Form.NFKC)).as("U+%04X", c).isEqualTo(s);
            // a character that is never a later part of a decomposition is never the second of a composition
            assertThat(laterInDecomposition[c]).as("U+%04X follows in a canonical decomposition", c).isFalse();
            // after a kana and after an ideograph it stays as it is too
            for (String before : new String[] {"か", "ア", "名", "a"}) {
                assertThat(Normalizer.normalize(before + s, Normalizer.Form.NFKC)).as("U+%04X", c).isEqualTo(before + s);
            }
        }
        assertThat(inert).isEqualTo(128 + 86 + 90 + 1 + 20992);
        // the voiced marks and half-width forms are not inert
        for (char c : new char[] {'\u3099', '\u309A', '\u309B', '\u309C', '\uFF76', '\u30FB', '\uFF08', '\u3000', '\u30FF'}) {
            assertThat(HeaderKeys.nfkcInert(c)).as("U+%04X", (int) c).isFalse();
        }
    }

    @Test
    void aStringOfInertCharactersIsReturnedAsItIsAndAnyOtherIsNormalised() {
        assertThat(HeaderKeys.nfkc("全国地方公共団体コード")).isEqualTo("全国地方公共団体コード");
        assertThat(HeaderKeys.nfkc("名称_カナ")).isEqualTo("名称_カナ");
        assertThat(HeaderKeys.nfkc("名称（カナ）")).isEqualTo("名称(カナ)");
        assertThat(HeaderKeys.nfkc("ｶﾅ名称")).isEqualTo("カナ名称");
        assertThat(HeaderKeys.nfkc("か\u3099")).isEqualTo("が");
        assertThat(HeaderKeys.withoutNote("問い合わせ先（市の担当課）")).isEqualTo("問い合わせ先");
    }
}
