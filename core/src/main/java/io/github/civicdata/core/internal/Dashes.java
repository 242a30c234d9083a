package io.github.civicdata.core.internal;

import java.text.Normalizer;

/**
 * What a dash-like character means where it stands: a katakana long-vowel mark (ー) after kana,
 * a hyphen or minus elsewhere, or "cannot tell". Shared by the suggestions of the validator
 * (machine-dependent characters) and of vocab's formats (katakana), so that both read
 * {@code ファ−スト} as {@code ファースト} and {@code 932ｰ7} as {@code 932-7}. <strong>Not API.</strong>
 *
 * <p>The characters whose meaning depends on context are the dash family that keyboards, IMEs
 * and converters mix up with the long-vowel mark: U+2010 ‐, U+2011 ‑, U+2012 ‒, U+2013 –, U+2014 —,
 * U+2015 ―, U+2212 −, U+FE63 ﹣, U+FF0D － and the half-width long-vowel mark U+FF70 ｰ. The ASCII
 * hyphen-minus and the full-width long-vowel mark U+30FC are taken as written.
 *
 * <p>Stateless and thread-safe.
 */
public final class Dashes {

    /** The character means a hyphen or minus. */
    public static final char HYPHEN = '-';
    /** The character means the katakana long-vowel mark. */
    public static final char LONG_VOWEL = '\u30FC';
    /** The neighbours do not tell which. */
    public static final char UNSURE = 0;

    private Dashes() {
    }

    /**
     * Whether {@code c} is one of the dash-like characters whose meaning depends on context.
     *
     * @param c a character
     * @return true for the dash family and the half-width long-vowel mark
     */
    public static boolean isAmbiguous(char c) {
        return (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\uFE63' || c == '\uFF0D' || c == '\uFF70';
    }

    /**
     * Whether {@code c} is kana that a long-vowel mark can follow: hiragana, katakana (full- and
     * half-width), the long-vowel marks themselves (ーー) and squared katakana words (㍉ ㌔).
     *
     * @param c a character
     * @return true for kana
     */
    public static boolean isKana(char c) {
        return (c >= '\u3041' && c <= '\u3096') || (c >= '\u30A1' && c <= '\u30FA') || c == '\u30FC'
                || (c >= '\uFF66' && c <= '\uFF9D') || c == '\uFF70' || c == '\uFF9E' || c == '\uFF9F'
                || c == '\u309B' || c == '\u309C' || (c >= '\u3300' && c <= '\u3357');
    }

    /**
     * Whether {@code c} reads as a digit or a Latin letter: 0-9, A-Z, a-z, their full-width forms,
     * and compatibility characters that start with one ({@code ①}, {@code Ⅱ}, {@code ㎏}, {@code №}).
     *
     * @param c a character
     * @return true for characters that read as a digit or letter
     */
    public static boolean isAlnum(char c) {
        if (c < 0x80) {
            return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        }
        String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        return !n.isEmpty() && n.charAt(0) < 0x80 && isAlnum(n.charAt(0));
    }

    /**
     * What the ambiguous dash-like character at {@code i} means, judged by its neighbours (the
     * nearest characters a reader sees: zero-width and control characters are looked through):
     *
     * <ul>
     *   <li>after kana, and followed by kana, the end of the value or a character that is neither
     *       a digit nor a Latin letter: {@link #LONG_VOWEL} ({@code ファ−スト}, {@code センタｰ});
     *   <li>after kana and before a digit or letter: {@link #UNSURE} ({@code ビル−3});
     *   <li>the half-width mark {@code ｰ} not after kana but alone, at the start, or before kana:
     *       {@link #UNSURE} (a long-vowel mark typed in the wrong place, or a dash);
     *   <li>anything else: {@link #HYPHEN} (a long-vowel mark never follows a digit, a letter or a
     *       kanji: {@code 932ｰ7}, {@code 10−3}, {@code −5}).
     * </ul>
     *
     * @param s the value
     * @param i the index of an {@linkplain #isAmbiguous ambiguous} character
     * @return {@link #HYPHEN}, {@link #LONG_VOWEL} or {@link #UNSURE}
     */
    public static char resolve(CharSequence s, int i) {
        char c = s.charAt(i);
        int p = i - 1;
        while (p >= 0 && isUnseen(s.charAt(p))) {
            p--;
        }
        int q = i + 1;
        while (q < s.length() && isUnseen(s.charAt(q))) {
            q++;
        }
        char prev = p >= 0 ? s.charAt(p) : 0;
        char next = q < s.length() ? s.charAt(q) : 0;
        if (prev != 0 && isKana(prev)) {
            return next != 0 && isAlnum(next) ? UNSURE : LONG_VOWEL;
        }
        if (c == '\uFF70' && (prev == 0 || isSpace(prev) || next == 0 || isSpace(next) || isKana(next))) {
            return UNSURE;
        }
        return HYPHEN;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C'
                || (c >= '\u001C' && c <= '\u001F') || c == '\u0085' || Character.isSpaceChar(c);
    }

    /**
     * Characters a reader does not see, which do not separate what is on either side: format
     * characters (zero-width space, BOM, soft hyphen …) and control characters other than those
     * that separate like a space.
     */
    private static boolean isUnseen(char c) {
        return (Character.getType(c) == Character.FORMAT || Character.isISOControl(c)) && !isSpace(c);
    }
}
