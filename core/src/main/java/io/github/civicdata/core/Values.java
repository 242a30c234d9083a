package io.github.civicdata.core;

/**
 * Helpers for putting user-supplied values into findings and messages safely.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * String shown = Values.truncate(cell); // at most 80 characters plus an ellipsis
 * }</pre>
 */
public final class Values {

    /** The longest user value shown in a finding or message, in characters (code points). */
    public static final int MAX_VALUE_LENGTH = 80;

    private Values() {
    }

    /**
     * Truncates {@code value} to {@value #MAX_VALUE_LENGTH} code points, appending {@code …} when
     * anything was cut. Never splits a surrogate pair.
     *
     * @param value the value
     * @return the value, truncated
     * @throws NullPointerException if {@code value} is null
     */
    public static String truncate(String value) {
        if (value.length() <= MAX_VALUE_LENGTH) {
            return value;
        }
        int cps = value.codePointCount(0, value.length());
        if (cps <= MAX_VALUE_LENGTH) {
            return value;
        }
        int end = value.offsetByCodePoints(0, MAX_VALUE_LENGTH);
        return value.substring(0, end) + "…";
    }

    /**
     * The value as a report shows it to a person: a value that is empty or made only of spaces
     * is shown in quotes with every space visible ({@code ␣} for a half-width space, {@code □}
     * for a full-width space U+3000, {@code →} for a tab: {@code "␣␣"}); a value with spaces at
     * its start or end is quoted with those spaces made visible ({@code "東京␣"}); any other
     * value is returned unchanged.
     *
     * @param value the value
     * @return the value as shown
     * @throws NullPointerException if {@code value} is null
     */
    public static String visible(String value) {
        int n = value.length();
        if (n > 0 && !isSpace(value.charAt(0)) && !isSpace(value.charAt(n - 1))) {
            return value;
        }
        int b = 0;
        while (b < n && isSpace(value.charAt(b))) {
            b++;
        }
        int e = n;
        while (e > b && isSpace(value.charAt(e - 1))) {
            e--;
        }
        StringBuilder sb = new StringBuilder(n + 2).append('"');
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            sb.append(i >= b && i < e ? c : shown(c));
        }
        return sb.append('"').toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\t';
    }

    private static char shown(char c) {
        return c == ' ' ? '\u2423' : c == '\u3000' ? '\u25A1' : '\u2192';
    }
}
