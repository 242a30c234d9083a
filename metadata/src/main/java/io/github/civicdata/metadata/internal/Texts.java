package io.github.civicdata.metadata.internal;

import java.util.Objects;

/**
 * Checks for the text values of metadata records.
 *
 * <p>A text must be representable in every serialisation the library writes (JSON, Turtle,
 * JSON-LD and RDF/XML). XML 1.0 cannot carry C0 control characters other than tab, line feed and
 * carriage return, nor U+FFFE, U+FFFF or unpaired surrogates, so such texts are rejected.
 *
 * <p>Not API. Stateless and thread-safe.
 *
 * <pre>{@code
 * String title = Texts.requireText(title, "title");
 * }</pre>
 */
public final class Texts {

    private Texts() {
    }

    /**
     * Requires a non-blank text made of characters every serialisation can carry.
     *
     * @param value the text
     * @param name the field name, for the exception message
     * @return the text
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if blank or holding a character XML cannot carry
     */
    public static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw ValueException.of("metadata.value.blank", name);
        }
        return requireCarriable(value, name);
    }

    /**
     * Requires a text made of characters every serialisation can carry (it may be empty).
     *
     * @param value the text
     * @param name the field name, for the exception message
     * @return the text
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if holding a character XML cannot carry
     */
    public static String requireCarriable(String value, String name) {
        Objects.requireNonNull(value, name);
        int bad = firstUncarriable(value);
        if (bad >= 0) {
            throw ValueException.of("metadata.value.uncarriable", name,
                    String.format("%04X", (int) value.charAt(bad)), bad + 1);
        }
        return value;
    }

    /**
     * Requires a non-blank token without whitespace or control characters, at most {@code max}
     * characters long (identifiers, ids).
     *
     * @param value the token
     * @param name the field name
     * @param max the longest allowed length
     * @return the token
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if blank, too long, or holding whitespace or controls
     */
    public static String requireToken(String value, String name, int max) {
        requireText(value, name);
        if (value.length() > max) {
            throw ValueException.of("metadata.value.too-long", name, max);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                throw ValueException.of("metadata.value.whitespace", name, i + 1);
            }
        }
        return value;
    }

    /**
     * The index of the first character that XML 1.0 cannot carry, or -1.
     *
     * @param value the text
     * @return the index, or -1 when every character can be written
     */
    public static int firstUncarriable(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
            if (c == 0xFFFE || c == 0xFFFF) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Replaces every character XML cannot carry by U+FFFD (for values kept verbatim from imports).
     *
     * @param value the text
     * @return the text, carriable
     */
    public static String replaceUncarriable(String value) {
        if (firstUncarriable(value) < 0) {
            return value;
        }
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    sb.append(c).append(value.charAt(++i));
                    continue;
                }
                bad = true;
            } else if (Character.isLowSurrogate(c)) {
                bad = true;
            }
            sb.append(bad ? '\uFFFD' : c);
        }
        return sb.toString();
    }
}
