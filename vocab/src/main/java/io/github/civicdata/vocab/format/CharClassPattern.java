package io.github.civicdata.vocab.format;

import java.util.ArrayList;
import java.util.List;

/**
 * The common shapes of a {@code pattern} constraint, a short sequence of character classes and
 * literal characters, each with a quantifier ({@code [0-9]{6}}, {@code [ァ-ヶー]+}, {@code [0-9-]*},
 * {@code \d{3}-\d{4}}, {@code [A-Z]{2}[0-9]+}, {@code 0\d{9,10}}), matched without
 * {@link java.util.regex}: one table lookup per character, no allocation.
 *
 * <p>{@link #of} accepts only what it can match exactly as
 * {@link java.util.regex.Pattern#matches(String, CharSequence)} does, and returns null for
 * everything else, which stays with the regular expression:
 * <ul>
 *   <li>atoms: a class (literal characters, ranges and {@code \d}; not negated, no surrogate, no
 *       nested class or intersection), {@code \d}, a literal character that is not a metacharacter
 *       or a surrogate, or a backslash before an ASCII character that is neither letter nor digit;</li>
 *   <li>quantifiers {@code ? * + {n} {n,} {n,m}}, greedy (not lazy, not possessive);</li>
 *   <li>at most {@value #MAX_PIECES} atoms, and no choice of split: every atom whose count can vary
 *       shares no character with the atoms that may follow it directly (so {@code [0-9-]+-[0-9]+}
 *       and {@code a?a} are left to the regular expression). Then a greedy left-to-right pass
 *       matches exactly when the backtracking engine finds a match.</li>
 * </ul>
 * The sets hold no surrogate, so a value with a supplementary character (or a lone surrogate)
 * matches neither here nor in the regular expression, which reads code points.
 *
 * <p>Immutable and thread-safe.
 */
final class CharClassPattern {

    /** The most atoms a pattern taken here may have. */
    static final int MAX_PIECES = 16;

    /** One bit per char for each class atom; null for a literal atom. */
    private final long[][] sets;
    /** The character of each literal atom. */
    private final char[] literal;
    private final int[] min;
    private final int[] max;
    private final long minLength;
    private final long maxLength;
    /** The set of a pattern of one class atom, matched by one loop; null otherwise. */
    private final long[] single;

    private CharClassPattern(List<long[]> sets, char[] literal, int[] min, int[] max) {
        this.sets = sets.toArray(new long[0][]);
        this.literal = literal;
        this.min = min;
        this.max = max;
        long lo = 0;
        long hi = 0;
        for (int k = 0; k < min.length; k++) {
            lo += min[k];
            hi = Math.min(Integer.MAX_VALUE, hi + max[k]);
        }
        this.minLength = lo;
        this.maxLength = hi;
        this.single = min.length == 1 ? this.sets[0] : null;
    }

    /**
     * @param regex a pattern constraint
     * @return the table-driven matcher, or null when the pattern is not of a shape taken here
     */
    static CharClassPattern of(String regex) {
        int n = regex.length();
        List<long[]> sets = new ArrayList<>();
        List<long[]> all = new ArrayList<>(); // every atom's set, literals too, for the overlap test
        int count = 0;
        char[] literal = new char[MAX_PIECES];
        int[] min = new int[MAX_PIECES];
        int[] max = new int[MAX_PIECES];
        int i = 0;
        while (i < n) {
            if (count == MAX_PIECES) {
                return null;
            }
            char c = regex.charAt(i);
            long[] set;
            if (c == '[') {
                set = new long[1024];
                i = charClass(regex, i, set);
                if (i < 0) {
                    return null;
                }
                sets.add(set);
            } else if (c == '\\') {
                if (i + 1 >= n) {
                    return null;
                }
                char e = regex.charAt(i + 1);
                set = new long[1024];
                if (e == 'd') {
                    add(set, '0', '9');
                    sets.add(set);
                } else {
                    int m = member(regex, i);
                    if (m < 0) {
                        return null;
                    }
                    add(set, m, m);
                    literal[count] = (char) m;
                    sets.add(null);
                }
                i += 2;
            } else {
                if ("\\^$.|?*+()[]{}".indexOf(c) >= 0 || Character.isSurrogate(c)) {
                    return null;
                }
                set = new long[1024];
                add(set, c, c);
                literal[count] = c;
                sets.add(null);
                i++;
            }
            all.add(set);
            // quantifier
            int lo = 1;
            int hi = 1;
            boolean quantified = false;
            if (i < n) {
                char q = regex.charAt(i);
                if (q == '+' || q == '*' || q == '?') {
                    lo = q == '+' ? 1 : 0;
                    hi = q == '?' ? 1 : Integer.MAX_VALUE;
                    i++;
                    quantified = true;
                } else if (q == '{') {
                    int close = regex.indexOf('}', i);
                    if (close < 0) {
                        return null;
                    }
                    String body = regex.substring(i + 1, close);
                    int comma = body.indexOf(',');
                    try {
                        if (comma < 0) {
                            lo = digits(body);
                            hi = lo;
                        } else {
                            lo = digits(body.substring(0, comma));
                            hi = comma == body.length() - 1 ? Integer.MAX_VALUE : digits(body.substring(comma + 1));
                        }
                    } catch (NumberFormatException e) {
                        return null;
                    }
                    if (hi < lo) {
                        return null;
                    }
                    i = close + 1;
                    quantified = true;
                }
                if (quantified && i < n) {
                    char after = regex.charAt(i);
                    if (after == '+' || after == '?' || after == '*' || after == '{') {
                        return null; // lazy, possessive, or a quantifier on a quantifier
                    }
                }
            }
            min[count] = lo;
            max[count] = hi;
            count++;
        }
        if (count == 0 || !deterministic(all, min, max, count)) {
            return null;
        }
        return new CharClassPattern(sets, java.util.Arrays.copyOf(literal, count), java.util.Arrays.copyOf(min, count),
                java.util.Arrays.copyOf(max, count));
    }

    /**
     * Whether no atom whose count can vary shares a character with an atom that may directly follow
     * it (the next atoms up to and including the first that must match at least once).
     */
    private static boolean deterministic(List<long[]> all, int[] min, int[] max, int count) {
        for (int k = 0; k < count; k++) {
            if (min[k] == max[k]) {
                continue;
            }
            long[] mine = all.get(k);
            for (int j = k + 1; j < count; j++) {
                long[] next = all.get(j);
                for (int w = 0; w < mine.length; w++) {
                    if ((mine[w] & next[w]) != 0) {
                        return false;
                    }
                }
                if (min[j] > 0) {
                    break;
                }
            }
        }
        return true;
    }

    /**
     * Reads the class that starts at {@code regex[start] == '['} into {@code set}.
     *
     * @return the index after its closing bracket, or -1 when the class is not of the simple shape
     */
    private static int charClass(String regex, int start, long[] set) {
        int n = regex.length();
        int i = start + 1;
        if (i >= n || regex.charAt(i) == '^') {
            return -1;
        }
        int prev = -1; // the last single member, which a '-' may turn into a range
        boolean any = false;
        while (true) {
            if (i >= n) {
                return -1;
            }
            char c = regex.charAt(i);
            if (c == ']' && any) {
                return i + 1;
            }
            if (c == '[' || c == '&' || Character.isSurrogate(c)) {
                return -1;
            }
            if (c == '-' && prev < 0 && i > start + 1 && i + 1 < n && regex.charAt(i + 1) != ']') {
                return -1; // \d-x or a-b-c: left to the regular expression
            }
            if (c == '-' && prev >= 0 && i + 1 < n && regex.charAt(i + 1) != ']') {
                int hi = member(regex, i + 1);
                if (hi < 0) {
                    return -1;
                }
                int lo = prev;
                if (hi < lo || (lo < 0xE000 && hi >= 0xD800)) {
                    // an illegal range (Pattern.compile throws), or one over the surrogates, which the
                    // regular expression matches by code point
                    return -1;
                }
                add(set, lo, hi);
                i += regex.charAt(i + 1) == '\\' ? 3 : 2;
                prev = -1;
                any = true;
                if (i < n && regex.charAt(i) == '-' && i + 1 < n && regex.charAt(i + 1) != ']') {
                    return -1; // a-b-c: leave odd ranges to the regular expression
                }
                continue;
            }
            if (c == '\\') {
                if (i + 1 >= n) {
                    return -1;
                }
                if (regex.charAt(i + 1) == 'd') {
                    add(set, '0', '9');
                    prev = -1;
                    any = true;
                    i += 2;
                    continue;
                }
            }
            int m = member(regex, i);
            if (m < 0) {
                return -1;
            }
            add(set, m, m);
            prev = m;
            any = true;
            i += c == '\\' ? 2 : 1;
        }
    }

    /** Plain decimal digits only, at most 9 of them (else -1 via NumberFormatException). */
    private static int digits(String s) {
        if (s.isEmpty() || s.length() > 9) {
            throw new NumberFormatException(s);
        }
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                throw new NumberFormatException(s);
            }
        }
        return Integer.parseInt(s);
    }

    /** A single class member at i: a literal, or a backslash before a character that is not a letter or digit; -1 else. */
    private static int member(String regex, int i) {
        char c = regex.charAt(i);
        if (c == '\\') {
            if (i + 1 >= regex.length()) {
                return -1;
            }
            char e = regex.charAt(i + 1);
            if (e >= 0x80 || Character.isLetterOrDigit(e) || Character.isSurrogate(e)) {
                return -1;
            }
            return e;
        }
        if (c == '[' || c == ']' || c == '&' || Character.isSurrogate(c)) {
            return -1;
        }
        return c;
    }

    private static void add(long[] set, int lo, int hi) {
        for (int c = lo; c <= hi; c++) {
            set[c >>> 6] |= 1L << c;
        }
    }

    /**
     * Whether the whole value matches.
     *
     * @param v the value
     * @return as {@code Pattern.matches(regex, v)}
     */
    boolean matches(CharSequence v) {
        int n = v.length();
        if (n < minLength || n > maxLength) {
            return false;
        }
        if (single != null) {
            // one class atom ([0-9]{6}, [ァ-ヶー]+, [0-9-]+): the length is within its count, so every char is in the set
            long[] set = single;
            for (int i = 0; i < n; i++) {
                char c = v.charAt(i);
                if ((set[c >>> 6] & (1L << c)) == 0) {
                    return false;
                }
            }
            return true;
        }
        int p = 0;
        for (int k = 0; k < min.length; k++) {
            long[] set = sets[k];
            int end = (int) Math.min(n, (long) p + max[k]);
            int from = p;
            if (set == null) {
                char lit = literal[k];
                while (p < end && v.charAt(p) == lit) {
                    p++;
                }
            } else {
                while (p < end) {
                    char c = v.charAt(p);
                    if ((set[c >>> 6] & (1L << c)) == 0) {
                        break;
                    }
                    p++;
                }
            }
            if (p - from < min[k]) {
                return false;
            }
        }
        return p == n;
    }
}
