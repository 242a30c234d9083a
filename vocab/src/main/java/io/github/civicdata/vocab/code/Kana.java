package io.github.civicdata.vocab.code;

import java.text.Normalizer;

/** Kana folding and search keys for names of areas. Stateless; not API. */
final class Kana {

    private Kana() {
    }

    /** Full-width katakana (ァ–ヶ, ヽヾ) to hiragana; everything else unchanged. */
    static String toHiragana(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u30A1' && c <= '\u30F6') || c == '\u30FD' || c == '\u30FE') {
                c = (char) (c - 0x60);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * The search key of a name, reading or romanised name: NFKC (half-width katakana and full-width
     * letters and digits folded), katakana as hiragana, lower case, diacritics removed
     * ({@code Chūō} is {@code chuo}), and white space, hyphens, middle dots and apostrophes dropped.
     */
    static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        n = Normalizer.normalize(toHiragana(n), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK && c != '\u3099' && c != '\u309A') {
                continue; // combining accents (ō), but not the kana voicing marks
            }
            if (Character.isWhitespace(c) || c == '\u3000' || c == '-' || c == '\u2010' || c == '\u2011'
                    || c == '\u30FB' || c == '\'' || c == '\u2019' || c == '.' || c == '\uFEFF') {
                continue;
            }
            sb.append(Character.toLowerCase(c));
        }
        return Normalizer.normalize(sb.toString(), Normalizer.Form.NFC);
    }
}
