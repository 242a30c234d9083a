package io.github.civicdata.validation;

/**
 * The suggestion of the layout rules (L1-06, and L1-14 for line breaks in CSV): the value without
 * any of the layout the rules report, so that a clerk who applies it gets no finding of the rule
 * again. Invisible characters are removed and special spaces (no-break, thin …) become a space;
 * runs of spaces become one, spaces at the ends go, a value spaced out to fill a width loses its
 * spaces, and, where asked, line breaks become a space. A value of spaces only becomes empty.
 * Nothing else changes: the value reads the same.
 *
 * <p>Stateless and thread-safe.
 */
final class LayoutFix {

    private LayoutFix() {
    }

    /**
     * @param text the value
     * @param lineBreaks whether line breaks are layout too (always in Excel; in CSV for L1-14)
     * @return the value without layout
     */
    static String fixed(String text, boolean lineBreaks) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (CharClass.of(c) == CharClass.INVISIBLE) {
                if (c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F') {
                    sb.append(' ');
                }
            } else if (lineBreaks && (c == '\n' || c == '\r')) {
                if (!(c == '\n' && i > 0 && text.charAt(i - 1) == '\r')) {
                    sb.append(' ');
                }
            } else {
                sb.append(c);
            }
        }
        String t = Cells.collapseSpaces(sb.toString());
        if (Cells.spacedOut(t)) {
            t = t.replace(" ", "").replace("\u3000", "");
        }
        return t;
    }
}
