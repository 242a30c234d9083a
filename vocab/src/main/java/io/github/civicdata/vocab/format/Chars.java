package io.github.civicdata.vocab.format;

/** Character folding used by the format checks. Stateless. */
final class Chars {

    private Chars() {
    }

    /** Full-width ASCII (U+FF01–U+FF5E) to ASCII, ideographic space to space; else unchanged. */
    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000') {
            return ' ';
        }
        return c;
    }

    /** Like {@link #fold(char)}, and every dash-like character to {@code -}. */
    static char foldDash(char c) {
        switch (c) {
            case '\u2010':
            case '\u2011':
            case '\u2012':
            case '\u2013':
            case '\u2014':
            case '\u2015':
            case '\u2212':
            case '\u30FC':
            case '\uFF70':
            case '\uFF0D':
            case '\uFE63':
                return '-';
            default:
                return fold(c);
        }
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The folded, stripped text (for suggestions; allocates). */
    static String folded(CharSequence s, boolean dashes) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            sb.append(dashes ? foldDash(s.charAt(i)) : fold(s.charAt(i)));
        }
        return sb.toString().strip();
    }
}
