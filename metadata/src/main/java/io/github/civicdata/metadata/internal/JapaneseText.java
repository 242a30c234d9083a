package io.github.civicdata.metadata.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalises Japanese text for search: NFKC (full-width ASCII to half-width, half-width katakana
 * to full-width, compatibility characters such as ㈱ and ① unfolded), katakana folded to hiragana,
 * lower case, and runs of whitespace (including the ideographic space) collapsed to one space.
 *
 * <p>So {@code ＡＥＤ}, {@code aed} and {@code AED} match, and so do {@code トイレ}, {@code ﾄｲﾚ}
 * and {@code といれ}. The long-vowel mark {@code ー} is kept.
 *
 * <p>Not API. Stateless and thread-safe.
 *
 * <pre>{@code
 * JapaneseText.normalize("ｺｳｼｭｳ　トイレ"); // "こうしゅう といれ"
 * }</pre>
 */
public final class JapaneseText {

    private JapaneseText() {
    }

    /**
     * The search form of a text.
     *
     * @param text the text
     * @return the normalised text
     */
    public static String normalize(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            if ((c >= '\u30A1' && c <= '\u30F6') || c == '\u30FD' || c == '\u30FE') {
                c = (char) (c - 0x60);
            }
            sb.append(c);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * NFKC and strip, for reading values typed by people (full-width digits, ideographic spaces).
     *
     * @param text the text
     * @return the text, NFKC-normalised and stripped
     */
    public static String nfkcTrim(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }
}
