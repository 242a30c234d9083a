package io.github.civicdata.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * {@link HeaderKeys}' shortcuts (an ASCII string is its own NFKC form; a header with kana or a CJK
 * ideograph has no English key) give exactly what normalising every string does: the reference
 * implementations below are the keys as they were before the shortcuts.
 */
class HeaderKeysProperties {

    @Provide
    Arbitrary<String> headers() {
        // ASCII, Latin-1, combining marks, kana with the voiced marks, half- and full-width forms,
        // compatibility squares (㎏ is "kg" in NFKC), ideographs, compatibility ideographs
        Arbitrary<Character> c = Arbitraries.oneOf(Arbitraries.chars().range(' ', '~'),
                Arbitraries.chars().range('\u00A0', '\u00FF'), Arbitraries.chars().range('\u0300', '\u036F'),
                Arbitraries.chars().range('\u3000', '\u30FF'), Arbitraries.chars().range('\uFF01', '\uFFEE'),
                Arbitraries.chars().range('\u3300', '\u33FF'), Arbitraries.chars().range('\u4E00', '\u4E40'),
                Arbitraries.chars().range('\u9FE0', '\u9FFF'), Arbitraries.chars().range('\uF900', '\uFA2D'));
        Arbitrary<String> mixed = c.list().ofMaxSize(12).map(l -> {
            StringBuilder sb = new StringBuilder();
            l.forEach(sb::append);
            return sb.toString();
        });
        // and as many all-ASCII headers (the shortcut's case), often letters only (an English key)
        Arbitrary<String> ascii = Arbitraries.oneOf(Arbitraries.strings().ascii().ofMaxLength(12),
                Arbitraries.strings().withCharRange('a', 'z').withChars(" _-.1A").ofMaxLength(12));
        return Arbitraries.oneOf(mixed, ascii);
    }

    @Property(tries = 3000)
    void shortcutsGiveTheKeysOfTheFullNormalisation(@ForAll("headers") String h) {
        assertThat(HeaderKeys.key(h)).isEqualTo(referenceKey(h));
        assertThat(HeaderKeys.loose(h)).isEqualTo(referenceLoose(h));
        assertThat(HeaderKeys.english(h)).isEqualTo(referenceEnglish(h));
        Statistics.label("english key").collect(referenceEnglish(h).isEmpty() ? "none" : "some");
        Statistics.label("ascii").collect(h.chars().allMatch(x -> x < 0x80) ? "ascii" : "other");
    }

    @Test
    void everySpellingOfTheStandardVocabularyHasTheSameKeys() {
        Vocabulary v = Vocabulary.standard();
        int n = 0;
        for (DataItem i : v.items()) {
            for (String s : i.names()) {
                check(s);
                n++;
            }
            check(i.id());
            check(i.nameEn());
            for (boolean en : new boolean[] {false, true}) {
                for (String a : v.headerAliases(i, en)) {
                    check(a);
                    n++;
                }
            }
        }
        for (DatasetTemplate t : v.templates()) {
            for (String h : t.headers()) {
                check(h);
                n++;
            }
        }
        assertThat(n).isGreaterThan(1000);
        // the voiced marks and squares that NFKC maps to ASCII, in kana context
        for (String s : new String[] {"㎏", "ｶﾞ", "か\u3099", "\u309Bａ", "Ｐｒｅｆ　Ｃｏｄｅ", "①", "ｶﾅ名称", "ー"}) {
            check(s);
        }
    }

    private static void check(String s) {
        assertThat(HeaderKeys.key(s)).as(s).isEqualTo(referenceKey(s));
        assertThat(HeaderKeys.loose(s)).as(s).isEqualTo(referenceLoose(s));
        assertThat(HeaderKeys.english(s)).as(s).isEqualTo(referenceEnglish(s));
    }

    static String referenceKey(String header) {
        String n = Normalizer.normalize(header, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\uFEFF') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String referenceLoose(String header) {
        String n = Normalizer.normalize(header, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < n.length() && n.charAt(i) >= '0' && n.charAt(i) <= '9') {
            i++;
        }
        if (i > 0 && i < n.length() - 1 && ".:_)".indexOf(n.charAt(i)) >= 0) {
            n = n.substring(i + 1);
        }
        StringBuilder sb = new StringBuilder(n.length());
        n.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    static String referenceEnglish(String header) {
        String n = Normalizer.normalize(header, Normalizer.Form.NFKC);
        for (int i = 0; i < n.length(); i++) {
            if (n.charAt(i) > 0x7E) {
                return "";
            }
        }
        String l = referenceLoose(n);
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return l;
            }
        }
        return "";
    }
}
