package io.github.civicdata.validation;

/**
 * A fixed set of {@code char}s as a bitmap of 65,536 bits (8 KiB): membership is one load and a
 * mask, the same for every character, where a {@code switch} or a {@code String.indexOf} over the
 * set costs several comparisons per character (issue 16: tests that look at every character of
 * the first cells of every row).
 *
 * <p>Immutable and thread-safe once built.
 */
final class CharBits {

    private final long[] bits = new long[1 << 10];

    /** The set of the characters of {@code chars}. */
    CharBits(String chars) {
        for (int k = 0; k < chars.length(); k++) {
            char c = chars.charAt(k);
            bits[c >>> 6] |= 1L << c;
        }
    }

    boolean contains(char c) {
        return (bits[c >>> 6] & (1L << c)) != 0;
    }

    /** Whether any character of {@code a[s, e)} is in the set. */
    boolean any(char[] a, int s, int e) {
        for (int k = s; k < e; k++) {
            char c = a[k];
            if ((bits[c >>> 6] & (1L << c)) != 0) {
                return true;
            }
        }
        return false;
    }
}
