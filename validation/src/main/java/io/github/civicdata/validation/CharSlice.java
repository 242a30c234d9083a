package io.github.civicdata.validation;

/**
 * A reusable view of a range of a char array as a {@link CharSequence}, so that value checks can
 * read a cell without a {@link String} being made for it. {@link #toString()} and
 * {@link #subSequence} return new strings, so a checker that keeps what it was given keeps a copy.
 *
 * <p>Not thread-safe; the view changes when it is {@link #set} again.
 */
final class CharSlice implements CharSequence {

    private char[] a = new char[0];
    private int start;
    private int length;

    CharSlice set(char[] chars, int from, int to) {
        this.a = chars;
        this.start = from;
        this.length = to - from;
        return this;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return a[start + index];
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return new String(a, start + from, to - from);
    }

    @Override
    public String toString() {
        return new String(a, start, length);
    }

    /**
     * Whether the slice holds the same characters as {@code s}. Compared through a scratch copy
     * with {@link java.util.Arrays#equals(char[], int, int, char[], int, int)} rather than in a
     * {@code String.charAt} loop: the JIT compiled such a loop, inlined into the cell checks, with a
     * speculation that later failed, and threw the whole compiled method away (issue 16).
     */
    boolean contentEquals(String s) {
        int n = length;
        if (s == null || s.length() != n) {
            return false;
        }
        char[] c = scratch;
        if (c.length < n) {
            c = scratch = new char[Math.max(n, 2 * c.length)];
        }
        s.getChars(0, n, c, 0);
        return java.util.Arrays.equals(a, start, start + n, c, 0, n);
    }

    /** Scratch for {@link #contentEquals}: grows to the longest value compared, then is reused. */
    private char[] scratch = new char[32];
}
