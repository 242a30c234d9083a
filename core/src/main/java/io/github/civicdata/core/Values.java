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
}
