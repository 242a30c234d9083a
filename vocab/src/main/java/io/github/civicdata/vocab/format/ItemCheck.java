package io.github.civicdata.vocab.format;

import io.github.civicdata.vocab.NamedFormat;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The compiled check of one data item's constraints ({@link FormatChecks#checker(io.github.civicdata.vocab.DataItem)}),
 * in two ways:
 * <ul>
 *   <li>{@link #valid}: whether a value passes every constraint, one test per constraint and for a number
 *       one pass over its chars (syntax, digits and bounds together), with no call through an interface
 *       for the common datatypes (integer, decimal, ISO date, time and date-time), no string and no
 *       allocation (an enumeration is looked up by the value's chars);</li>
 *   <li>{@link #reasons}: the checks in their documented order (format or datatype, enumeration,
 *       pattern, bounds, length), returning the first failure with its message key, arguments and
 *       suggestion; run only for a value that {@link #valid} refused, so its cost is paid by invalid
 *       values only.</li>
 * </ul>
 * {@link #reasons} is the former checker unchanged; {@code ItemCheckProperties} holds
 * {@link #check} equal to it on random items and values (issue 16: the schema's cells were a
 * chain of lambdas, each an interface call, with a decimal read twice).
 *
 * <p>Immutable and thread-safe.
 */
final class ItemCheck implements ValueChecker {

    /** How {@link #valid} tests the syntax: no syntax check (a string), a datatype's, or the named check. */
    static final byte NONE = 0;
    static final byte INTEGER = 1;
    static final byte DECIMAL = 2;
    static final byte DATE = 3;
    static final byte TIME = 4;
    static final byte DATETIME = 5;
    static final byte HHMM = 6;
    static final byte CHECKER = 7;

    /** Powers of ten that a double holds exactly (as in {@link Checks#parseDecimal}). */
    private static final double[] EXACT_POWERS = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15};

    private final ValueChecker syntax;
    private final byte kind;
    private final Set<String> enumeration;
    private final Map<String, String> enumKeys;
    private final String enumText;
    /** The enumeration's values as chars, by {@link #hash} in an open-addressing table (index + 1; 0 is free). */
    private final char[][] enumChars;
    private final int[] enumTable;
    private final Pattern pattern;
    private final CharClassPattern simple;
    private final String patternText;
    private final BigDecimal min;
    private final BigDecimal max;
    private final double minD;
    private final double maxD;
    private final boolean numeric;
    private final boolean bounded;
    private final boolean decimalChecked;
    private final int maxLength;

    ItemCheck(ValueChecker syntax, NamedFormat format, boolean datatypeSyntax, boolean integer, boolean decimal,
            List<String> enumeration, Pattern pattern, String patternText, BigDecimal min, BigDecimal max,
            boolean numeric, int maxLength) {
        this.syntax = syntax;
        this.kind = kindOf(syntax, format, datatypeSyntax, integer, decimal);
        this.enumeration = enumeration.isEmpty() ? null : new HashSet<>(enumeration);
        Map<String, String> keys = new HashMap<>();
        for (String e : enumeration) {
            keys.put(Normalizer.normalize(e, Normalizer.Form.NFKC).strip(), e);
        }
        this.enumKeys = keys;
        this.enumText = String.join(", ", enumeration);
        if (this.enumeration == null) {
            enumChars = null;
            enumTable = null;
        } else {
            enumChars = new char[this.enumeration.size()][];
            int size = Integer.highestOneBit(Math.max(1, enumChars.length) * 2) * 2;
            enumTable = new int[size];
            int k = 0;
            for (String e : this.enumeration) {
                enumChars[k] = e.toCharArray();
                int slot = hash(e) & (size - 1);
                while (enumTable[slot] != 0) {
                    slot = (slot + 1) & (size - 1);
                }
                enumTable[slot] = ++k;
            }
        }
        this.pattern = pattern;
        // the common shape ([0-9]{6}, [ァ-ヶー]+) by table lookup: no regular expression per value
        this.simple = patternText == null ? null : CharClassPattern.of(patternText);
        this.patternText = patternText == null ? "" : patternText;
        this.min = min;
        this.max = max;
        this.minD = min == null ? Double.NEGATIVE_INFINITY : min.doubleValue();
        this.maxD = max == null ? Double.POSITIVE_INFINITY : max.doubleValue();
        this.numeric = numeric;
        this.bounded = numeric && (min != null || max != null);
        // without a named format, the datatype's own check (integer or decimal) has already said the value is a decimal
        this.decimalChecked = numeric && datatypeSyntax;
        this.maxLength = maxLength;
    }

    private static byte kindOf(ValueChecker syntax, NamedFormat format, boolean datatypeSyntax, boolean integer,
            boolean decimal) {
        if (syntax == null) {
            return NONE;
        }
        if (datatypeSyntax && integer) {
            return INTEGER;
        }
        if (datatypeSyntax && decimal) {
            return DECIMAL;
        }
        if (format == NamedFormat.ISO_DATE) {
            return DATE;
        }
        if (format == NamedFormat.ISO_TIME) {
            return TIME;
        }
        if (format == NamedFormat.ISO_DATETIME) {
            return DATETIME;
        }
        if (format == NamedFormat.TIME_HHMM) {
            return HHMM;
        }
        return CHECKER;
    }

    /** The syntax test of {@link #valid} ({@link #kind}), for the tests. */
    byte kind() {
        return kind;
    }

    @Override
    public FormatResult check(CharSequence v) {
        if (v.length() == 0 || valid(v)) {
            return FormatResult.valid();
        }
        return reasons(v);
    }

    /**
     * Whether a non-empty value passes every constraint: exactly {@code reasons(v).isValid()}.
     */
    boolean valid(CharSequence v) {
        int n = v.length();
        switch (kind) {
            case INTEGER:
            case DECIMAL:
                if (!number(v, n)) {
                    return false;
                }
                break;
            case DATE:
                if (Dates.isoDate(v) != Dates.OK) {
                    return false;
                }
                break;
            case TIME:
                if (!Dates.isIsoTime(v)) {
                    return false;
                }
                break;
            case DATETIME:
                if (!Dates.isIsoDateTime(v)) {
                    return false;
                }
                break;
            case HHMM:
                if (!Dates.isHhMm(v)) {
                    return false;
                }
                break;
            case CHECKER:
                if (!syntax.check(v).isValid()) {
                    return false;
                }
                break;
            default:
                break;
        }
        if (enumChars != null && !inEnumeration(v, n)) {
            return false;
        }
        if (pattern != null && !(simple != null ? simple.matches(v) : pattern.matcher(v).matches())) {
            return false;
        }
        if (bounded && kind != INTEGER && kind != DECIMAL && (decimalChecked || Checks.isDecimal(v))) {
            // a named format's number (its own syntax check said nothing about bounds)
            double d = Checks.parseDecimal(v);
            if (d < minD || d > maxD) {
                return false;
            }
        }
        return maxLength <= 0 || n <= maxLength || Character.codePointCount(v, 0, n) <= maxLength;
    }

    /**
     * An integer ({@link Checks#isInteger}) or a decimal ({@link Checks#isDecimal}) within the bounds,
     * in one pass: with at most 15 digits its value is the digits as a long over an exact power of ten,
     * which is {@link Checks#parseDecimal}'s (and {@link Double#parseDouble}'s) double; a longer number
     * is read by {@link Checks#parseDecimal}.
     */
    private boolean number(CharSequence v, int n) {
        int i = v.charAt(0) == '-' ? 1 : 0;
        long x = 0;
        int whole = 0;
        int digits = 0;
        int frac = -1;
        for (; i < n; i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits < 18) {
                    x = x * 10 + (c - '0');
                }
                digits++;
                if (frac >= 0) {
                    frac++;
                } else {
                    whole++;
                }
            } else if (c == '.' && frac < 0 && kind == DECIMAL) {
                frac = 0;
            } else {
                return false;
            }
        }
        if (whole == 0 || frac == 0) {
            return false; // no digit before the point, or none after it
        }
        if (!bounded) {
            return true;
        }
        double d;
        if (digits <= 15) {
            d = frac < 0 ? (double) x : x / EXACT_POWERS[frac];
            if (v.charAt(0) == '-') {
                d = -d;
            }
        } else {
            d = Checks.parseDecimal(v);
        }
        return d >= minD && d <= maxD;
    }

    /** Whether the value is one of the enumeration's, compared by its chars (no string made). */
    private boolean inEnumeration(CharSequence v, int n) {
        int h = 0;
        for (int i = 0; i < n; i++) {
            h = 31 * h + v.charAt(i);
        }
        int mask = enumTable.length - 1;
        int slot = spread(h) & mask;
        while (true) {
            int k = enumTable[slot];
            if (k == 0) {
                return false;
            }
            char[] e = enumChars[k - 1];
            if (e.length == n && same(e, v, n)) {
                return true;
            }
            slot = (slot + 1) & mask;
        }
    }

    private static boolean same(char[] e, CharSequence v, int n) {
        for (int i = 0; i < n; i++) {
            if (e[i] != v.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@link String#hashCode}, spread like {@link java.util.HashMap}'s. */
    private static int hash(String s) {
        return spread(s.hashCode());
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /**
     * The full check of a non-empty value, in order, with the first failure's key, arguments and
     * suggestion (the checker as it was before {@link #valid}).
     */
    FormatResult reasons(CharSequence v) {
        if (syntax != null) {
            FormatResult r = syntax.check(v);
            if (!r.isValid()) {
                return r;
            }
        }
        if (enumeration != null && !enumeration.contains(v.toString())) {
            String sug = enumKeys.get(Normalizer.normalize(v, Normalizer.Form.NFKC).strip());
            return FormatResult.Invalid.error("format.enumeration", sug, enumText);
        }
        if (pattern != null && !(simple != null ? simple.matches(v) : pattern.matcher(v).matches())) {
            return FormatResult.Invalid.error("format.pattern", null, patternText);
        }
        if ((min != null || max != null) && numeric && (decimalChecked || Checks.isDecimal(v))) {
            double d = Checks.parseDecimal(v);
            if (d < minD) {
                return FormatResult.Invalid.error("format.minimum", null, min.toPlainString());
            }
            if (d > maxD) {
                return FormatResult.Invalid.error("format.maximum", null, max.toPlainString());
            }
        }
        if (maxLength > 0 && v.length() > maxLength && Character.codePointCount(v, 0, v.length()) > maxLength) {
            return FormatResult.Invalid.error("format.max-length", null, Integer.toString(maxLength));
        }
        return FormatResult.valid();
    }
}
