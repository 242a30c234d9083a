package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 16: {@link CharBits} and the row tests built on it answer for every one of the 65,536
 * characters exactly as the {@code switch} and {@code String.indexOf} forms they replaced.
 */
class CharBitsTest {

    /** The form of {@link TallyRows#mayBeTally} before the bitmap, for one character. */
    private static boolean tallyBefore(char c) {
        switch (c) {
            case '計', '～', '〜', '~', 'で', '前', '迄', 'T', 't', 'S', 's', 'Ｔ', 'ｔ', 'Ｓ', 'ｓ':
                return true;
            default:
                return false;
        }
    }

    @Test
    void everyCharacterAsBefore() {
        int tally = 0;
        int legend = 0;
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            char[] one = {'x', c, 'x'};
            boolean t = tallyBefore(c);
            boolean l = c == '凡' || HeaderRows.MARKS.indexOf(c) >= 0;
            assertThat(TallyRows.mayBeTally(one, 1, 2)).as("tally U+%04X", i).isEqualTo(t);
            assertThat(HeaderRows.mayBeLegend(one, 1, 2)).as("legend U+%04X", i).isEqualTo(l);
            tally += t ? 1 : 0;
            legend += l ? 1 : 0;
        }
        assertThat(tally).isEqualTo(15);
        assertThat(legend).isEqualTo(1 + HeaderRows.MARKS.length());
    }

    @Test
    void anyLooksAtTheRangeOnly() {
        CharBits b = new CharBits("計凡A");
        char[] a = "x計yAz".toCharArray();
        assertThat(b.any(a, 0, 1)).isFalse();
        assertThat(b.any(a, 0, 2)).isTrue();
        assertThat(b.any(a, 2, 3)).isFalse();
        assertThat(b.any(a, 2, 4)).isTrue();
        assertThat(b.any(a, 4, 5)).isFalse();
        assertThat(b.any(a, 3, 3)).isFalse();
        assertThat(b.contains('\uFFFF')).isFalse();
        assertThat(new CharBits("\uFFFF\u0000").contains('\uFFFF')).isTrue();
        assertThat(new CharBits("\uFFFF\u0000").contains('\u0000')).isTrue();
        assertThat(new CharBits("\u0040").contains('\u0000')).isFalse(); // same bit index, other word
    }
}
