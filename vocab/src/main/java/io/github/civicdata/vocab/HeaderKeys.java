package io.github.civicdata.vocab;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Keys under which header spellings are compared. Stateless.
 *
 * <ul>
 *   <li>{@link #key}: NFKC, white space removed ({@code 名称_ｶﾅ} = {@code 名称_カナ}).
 *   <li>{@link #loose}: also lower case, a leading numbering ({@code 1.}, {@code 1_}, {@code 1)})
 *       removed and only letters and digits kept, so that brackets, underscores, middle dots and
 *       commas do not count ({@code 名称（カナ）} = {@code 名称_カナ} = {@code 名称 カナ}).
 *   <li>{@link #english}: the loose key of a header written in ASCII only, so that camelCase,
 *       snake_case, kebab-case and spaced spellings meet ({@code prefCode} = {@code pref_code} =
 *       {@code Pref Code}); empty for a header with other characters.
 * </ul>
 */
final class HeaderKeys {

    private HeaderKeys() {
    }

    static String key(String header) {
        String n = nfkc(header);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\uFEFF') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String loose(String header) {
        String n = nfkc(header).strip().toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < n.length() && n.charAt(i) >= '0' && n.charAt(i) <= '9') {
            i++;
        }
        if (i > 0 && i < n.length() - 1 && ".:_)".indexOf(n.charAt(i)) >= 0) {
            n = n.substring(i + 1);
        }
        StringBuilder sb = new StringBuilder(n.length());
        for (int j = 0; j < n.length(); ) {
            int cp = n.codePointAt(j);
            if (Character.isLetterOrDigit(cp)) {
                sb.appendCodePoint(cp);
            }
            j += Character.charCount(cp);
        }
        return sb.toString();
    }

    static String english(String header) {
        if (hasKanaOrKanji(header)) {
            return "";
        }
        String n = nfkc(header);
        for (int i = 0; i < n.length(); i++) {
            if (n.charAt(i) > 0x7E) {
                return "";
            }
        }
        String l = loose(n);
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return l;
            }
        }
        return "";
    }

    /**
     * NFKC. A string of ASCII, hiragana and katakana letters, the prolonged sound mark ー and CJK
     * unified ideographs (U+4E00–U+9FFF) is already in NFKC, so it is returned as it is: none of
     * these characters has a compatibility mapping, each is a starter, and none is the second
     * character of a composition (the kana voiced marks that combine, U+3099 and U+309A, and the
     * spacing ones, U+309B and U+309C, are outside the set; {@code HeaderKeysTest} checks every
     * character of the set against the JDK's normaliser). Most header spellings of the vocabulary
     * (its ids, English names, and Japanese names without brackets) and most header cells are such
     * strings, and the normaliser's work on each was a noticeable part of the start-up.
     */
    static String nfkc(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!nfkcInert(s.charAt(i))) {
                return Normalizer.normalize(s, Normalizer.Form.NFKC);
            }
        }
        return s;
    }

    /** Whether NFKC leaves {@code c} as it is wherever it stands (see {@link #nfkc}). */
    static boolean nfkcInert(char c) {
        return c < 0x80 || c == '\u30FC' || kanaOrKanji(c);
    }

    /** A hiragana or katakana letter (U+3041–U+3096, U+30A1–U+30FA) or a CJK unified ideograph (U+4E00–U+9FFF). */
    private static boolean kanaOrKanji(char c) {
        return (c >= '\u3041' && c <= '\u3096') || (c >= '\u30A1' && c <= '\u30FA') || (c >= '\u4E00' && c <= '\u9FFF');
    }

    /**
     * Whether {@code s} has a hiragana or katakana letter or a CJK unified ideograph: NFKC maps none
     * of them to anything else than themselves or another kana (a letter with a following voiced
     * mark), so the normalised text is not ASCII and has no English key.
     */
    private static boolean hasKanaOrKanji(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (kanaOrKanji(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The header without a trailing note in brackets ({@code 問い合わせ先（市の担当課）} →
     * {@code 問い合わせ先}), or empty if it has none or nothing is left.
     */
    static String withoutNote(String header) {
        String n = nfkc(header).strip();
        if (n.length() < 3) {
            return "";
        }
        char last = n.charAt(n.length() - 1);
        char open;
        if (last == ')') {
            open = '(';
        } else if (last == '】') {
            open = '【';
        } else if (last == ']') {
            open = '[';
        } else {
            return "";
        }
        int at = n.lastIndexOf(open);
        if (at <= 0) {
            return "";
        }
        return n.substring(0, at).strip();
    }

    /**
     * Whether two loose keys differ by one character inserted, deleted or replaced, or by two
     * neighbours swapped ({@code iamgelicense} / {@code imagelicense}), both at least five
     * characters long, where the characters that differ are neither digits nor ideographs
     * ({@code man1} / {@code man2} and {@code 男性} / {@code 女性} are different columns).
     */
    static boolean similar(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (la < 5 || lb < 5 || Math.abs(la - lb) > 1) {
            return false;
        }
        int p = 0;
        while (p < la && p < lb && a.charAt(p) == b.charAt(p)) {
            p++;
        }
        if (p == la && p == lb) {
            return false; // equal
        }
        int sa = la;
        int sb = lb;
        while (sa > p && sb > p && a.charAt(sa - 1) == b.charAt(sb - 1)) {
            sa--;
            sb--;
        }
        int da = sa - p;
        int db = sb - p;
        if (da <= 1 && db <= 1) {
            return plain(a, p, sa) && plain(b, p, sb);
        }
        boolean swap = da == 2 && db == 2 && a.charAt(p) == b.charAt(p + 1) && a.charAt(p + 1) == b.charAt(p);
        return swap && plain(a, p, sa);
    }

    private static boolean plain(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                return false;
            }
        }
        return true;
    }
}
