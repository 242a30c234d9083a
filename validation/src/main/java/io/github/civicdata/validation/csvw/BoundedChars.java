package io.github.civicdata.validation.csvw;

/**
 * A string seen through a budget of character reads, so that a regular expression from metadata
 * (a {@code format} of a string column) cannot keep a run busy for ever on one cell: catastrophic
 * backtracking reads the same characters again and again and runs out of budget, which ends the
 * match with {@link Exhausted}.
 *
 * <p>Not thread-safe: one per match.
 */
final class BoundedChars implements CharSequence {

    /** Reads allowed per character of the value (and at least {@link #MIN_BUDGET}). */
    static final long READS_PER_CHAR = 10_000;
    static final long MIN_BUDGET = 1_000_000;

    /** Thrown when the budget is spent. */
    static final class Exhausted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exhausted() {
            super("regular expression budget spent", null, false, false);
        }
    }

    private final String s;
    private final int from;
    private final int to;
    private final long[] budget;

    private BoundedChars(String s, int from, int to, long[] budget) {
        this.s = s;
        this.from = from;
        this.to = to;
        this.budget = budget;
    }

    static BoundedChars of(String s) {
        return new BoundedChars(s, 0, s.length(), new long[] {Math.max(MIN_BUDGET, READS_PER_CHAR * s.length())});
    }

    @Override
    public int length() {
        return to - from;
    }

    @Override
    public char charAt(int index) {
        if (--budget[0] < 0) {
            throw new Exhausted();
        }
        return s.charAt(from + index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new BoundedChars(s, from + start, from + end, budget);
    }

    @Override
    public String toString() {
        return s.substring(from, to);
    }
}
