package io.github.civicdata.vocab.format;

/**
 * The common shape of a {@code pattern} constraint, one character class with a quantifier
 * ({@code [0-9]{6}}, {@code [ァ-ヶー]+}, {@code [0-9-]*}, {@code [A-Z]{2,3}}), matched without
 * {@link java.util.regex}: one table lookup per character, no allocation. {@link #of} accepts only
 * what it can match exactly as {@link java.util.regex.Pattern#matches(String, CharSequence)} does
 * (literal characters, ranges and {@code \d} in a class that is not negated, holds no surrogate
 * and no nested class or intersection; the quantifiers {@code ? * + {n} {n,} {n,m}}, greedy) and
 * returns null for everything else, which stays with the regular expression.
 *
 * <p>Immutable and thread-safe.
 */
final class CharClassPattern {

    private final long[] members = new long[1024]; // one bit per char
    private final int min;
    private final int max;

    private CharClassPattern(int min, int max) {
        this.min = min;
        this.max = max;
    }

    /**
     * @param regex a pattern constraint
     * @return the table-driven matcher, or null when the pattern is not of the simple shape
     */
    static CharClassPattern of(String regex) {
        int n = regex.length();
        if (n < 3 || regex.charAt(0) != '[' || regex.charAt(1) == '^') {
            return null;
        }
        int i = 1;
        CharClassPattern tmp = new CharClassPattern(0, 0);
        int prev = -1; // the last single member, which a '-' may turn into a range
        boolean any = false;
        while (true) {
            if (i >= n) {
                return null;
            }
            char c = regex.charAt(i);
            if (c == ']' && any) {
                i++;
                break;
            }
            if (c == '[' || c == '&' || Character.isSurrogate(c)) {
                return null;
            }
            if (c == '-' && prev < 0 && i > 1 && i + 1 < n && regex.charAt(i + 1) != ']') {
                return null; // \d-x or a-b-c: left to the regular expression
            }
            if (c == '-' && prev >= 0 && i + 1 < n && regex.charAt(i + 1) != ']') {
                int hi = member(regex, i + 1);
                if (hi < 0) {
                    return null;
                }
                int lo = prev;
                if (hi < lo || (lo < 0xE000 && hi >= 0xD800)) {
                    // an illegal range (Pattern.compile throws), or one over the surrogates, which the
                    // regular expression matches by code point
                    return null;
                }
                tmp.add(lo, hi);
                i += regex.charAt(i + 1) == '\\' ? 3 : 2;
                prev = -1;
                any = true;
                if (i < n && regex.charAt(i) == '-' && i + 1 < n && regex.charAt(i + 1) != ']') {
                    return null; // a-b-c: leave odd ranges to the regular expression
                }
                continue;
            }
            if (c == '\\') {
                if (i + 1 >= n) {
                    return null;
                }
                char e = regex.charAt(i + 1);
                if (e == 'd') {
                    tmp.add('0', '9');
                    prev = -1;
                    any = true;
                    i += 2;
                    continue;
                }
            }
            int m = member(regex, i);
            if (m < 0) {
                return null;
            }
            tmp.add(m, m);
            prev = m;
            any = true;
            i += c == '\\' ? 2 : 1;
        }
        // quantifier
        int lo;
        int hi;
        if (i == n) {
            lo = 1;
            hi = 1;
        } else {
            char q = regex.charAt(i);
            if (q == '+' || q == '*' || q == '?') {
                lo = q == '+' ? 1 : 0;
                hi = q == '?' ? 1 : Integer.MAX_VALUE;
                i++;
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
                if (lo < 0 || hi < lo) {
                    return null;
                }
                i = close + 1;
            } else {
                return null;
            }
            if (i != n) {
                return null; // lazy, possessive, or more after the class
            }
        }
        CharClassPattern p = new CharClassPattern(lo, hi);
        System.arraycopy(tmp.members, 0, p.members, 0, tmp.members.length);
        return p;
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

    private void add(int lo, int hi) {
        for (int c = lo; c <= hi; c++) {
            members[c >>> 6] |= 1L << c;
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
        if (n < min || n > max) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            char c = v.charAt(k);
            if ((members[c >>> 6] & (1L << c)) == 0) {
                return false;
            }
        }
        return true;
    }
}
