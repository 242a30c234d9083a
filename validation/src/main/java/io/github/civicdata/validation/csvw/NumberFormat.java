package io.github.civicdata.validation.csvw;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The format of a numeric column ("Formats for numeric types" of the tabular data model): a
 * number format pattern in the syntax of Unicode UAX #35 with the symbols {@code 0}, {@code #},
 * the decimal and group characters, {@code E}, {@code +}, {@code -}, {@code %} and {@code ‰}
 * (other special characters are refused, as the specification allows), or, without a pattern, the
 * specification's grammar with a group character and a decimal character.
 *
 * <p>{@link #parse(String)} turns a matching string into a plain XML Schema literal: group
 * characters removed, the decimal character as {@code .}, {@code E} as {@code e}, and a percent or
 * per-mille value divided by 100 or 1000 ({@code -25%} is {@code -0.25}). Whether the literal fits
 * the column's datatype (an integer without decimals, a decimal without exponent) is checked by the
 * caller.
 *
 * <p>Immutable and thread-safe.
 */
final class NumberFormat {

    private final String groupChar;
    private final String decimalChar;
    private final Pattern loose;
    // pattern analysis; unused without a pattern
    private final boolean hasPattern;
    private final int minInt;
    private final int primary;
    private final int secondary;
    private final int minFrac;
    private final int maxFrac;
    private final int fracGroup;
    private final boolean hasExponent;
    private final int minExp;
    private final int maxExp;
    private final boolean explicitSign;
    /** The pattern's text before and after the number (where an explicit sign is). */
    private final String prefixSuffix;

    private NumberFormat(String pattern, String groupChar, String decimalChar) {
        this.groupChar = groupChar;
        this.decimalChar = decimalChar;
        String g = groupChar == null ? "" : Pattern.quote(groupChar);
        String d = Pattern.quote(decimalChar);
        if (pattern == null) {
            hasPattern = false;
            minInt = primary = secondary = minFrac = maxFrac = fracGroup = minExp = maxExp = 0;
            hasExponent = false;
            explicitSign = false;
            prefixSuffix = "";
            String digits = groupChar == null ? "[0-9]*" : "(?:[0-9]|" + g + ")*";
            loose = Pattern.compile("(?<sign>[+-]?)(?<int>[0-9]" + digits + ")(?:" + d + "(?<frac>[0-9]+))?"
                    + "(?:[Ee](?<esign>[+-]?)(?<exp>[0-9]+))?(?<suffix>[%\u2030]?)");
            return;
        }
        hasPattern = true;
        String gc = groupChar == null ? "," : groupChar;
        String dc = decimalChar;
        int start = -1;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '#' || c == '0' || pattern.startsWith(dc, i)) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            throw new IllegalArgumentException("no digits (# or 0) in the pattern");
        }
        String prefix = pattern.substring(0, start);
        int i = start;
        StringBuilder intPart = new StringBuilder();
        while (i < pattern.length() && (pattern.charAt(i) == '#' || pattern.charAt(i) == '0'
                || pattern.startsWith(gc, i))) {
            if (pattern.startsWith(gc, i)) {
                intPart.append(',');
                i += gc.length();
            } else {
                intPart.append(pattern.charAt(i++));
            }
        }
        StringBuilder fracPart = new StringBuilder();
        boolean hasFraction = false;
        if (pattern.startsWith(dc, i)) {
            hasFraction = true;
            i += dc.length();
            while (i < pattern.length() && (pattern.charAt(i) == '#' || pattern.charAt(i) == '0'
                    || pattern.startsWith(gc, i))) {
                if (pattern.startsWith(gc, i)) {
                    fracPart.append(',');
                    i += gc.length();
                } else {
                    fracPart.append(pattern.charAt(i++));
                }
            }
        }
        boolean exp = false;
        int expMin = 0;
        int expMax = 0;
        if (i < pattern.length() && pattern.charAt(i) == 'E') {
            exp = true;
            i++;
            if (i < pattern.length() && pattern.charAt(i) == '+') {
                i++;
            }
            while (i < pattern.length() && (pattern.charAt(i) == '#' || pattern.charAt(i) == '0')) {
                if (pattern.charAt(i) == '0') {
                    expMin++;
                }
                expMax++;
                i++;
            }
            if (expMax == 0) {
                throw new IllegalArgumentException("no exponent digits after E");
            }
        }
        String suffix = pattern.substring(i);
        checkAffix(prefix, gc, dc);
        checkAffix(suffix, gc, dc);
        if (intPart.indexOf("0#") >= 0 || intPart.toString().replace(",", "").indexOf("0#") >= 0) {
            throw new IllegalArgumentException("# after 0 in the integer part");
        }
        if (fracPart.toString().replace(",", "").indexOf("#0") >= 0) {
            throw new IllegalArgumentException("0 after # in the fraction part");
        }
        if (intPart.toString().startsWith(",") || intPart.toString().endsWith(",") || intPart.indexOf(",,") >= 0
                || fracPart.toString().startsWith(",") || fracPart.toString().endsWith(",")
                || fracPart.indexOf(",,") >= 0) {
            throw new IllegalArgumentException("misplaced group character");
        }
        String ip = intPart.toString();
        minInt = count(ip, '0');
        String[] groups = ip.split(",", -1);
        if (groups.length > 1) {
            primary = groups[groups.length - 1].length();
            secondary = groups.length > 2 ? groups[groups.length - 2].length() : primary;
        } else {
            primary = 0;
            secondary = 0;
        }
        String fp = fracPart.toString();
        minFrac = count(fp, '0');
        maxFrac = fp.replace(",", "").length();
        fracGroup = fp.indexOf(',') >= 0 ? fp.indexOf(',') : 0;
        if (hasFraction && maxFrac == 0 && !fp.isEmpty()) {
            throw new IllegalArgumentException("empty fraction");
        }
        hasExponent = exp;
        minExp = expMin;
        maxExp = expMax;
        explicitSign = prefix.indexOf('+') >= 0 || prefix.indexOf('-') >= 0 || suffix.indexOf('+') >= 0
                || suffix.indexOf('-') >= 0;
        String digits = "(?:[0-9]|" + Pattern.quote(gc) + ")*";
        loose = Pattern.compile(Pattern.quote(prefix) + "(?<sign>" + (explicitSign ? "" : "[+-]?") + ")(?<int>"
                + digits + ")(?:" + Pattern.quote(dc) + "(?<frac>" + digits + "))?"
                + (exp ? "(?:[Ee](?<esign>[+-]?)(?<exp>[0-9]+))" : "") + Pattern.quote(suffix)
                + "(?<suffix>)");
        this.prefixSuffix = prefix + suffix;
    }

    private static void checkAffix(String affix, String gc, String dc) {
        for (int k = 0; k < affix.length(); k++) {
            char c = affix.charAt(k);
            if (c == '#' || c == '0' || c == ';' || c == '@' || c == '*' || c == '\'' || c == '\u00a4'
                    || (c >= '1' && c <= '9') || affix.startsWith(gc, k) || affix.startsWith(dc, k)) {
                throw new IllegalArgumentException("unsupported character '" + c + "' outside the number");
            }
        }
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /**
     * A format.
     *
     * @param pattern the UAX #35 pattern, or null for the grammar without a pattern
     * @param groupChar the group character, or null (none without a pattern, {@code ,} in a pattern)
     * @param decimalChar the decimal character, or null for {@code .}
     * @throws IllegalArgumentException if the pattern is not one this class recognises (the
     *     message says why)
     */
    static NumberFormat of(String pattern, String groupChar, String decimalChar) {
        return new NumberFormat(pattern, groupChar == null || groupChar.isEmpty() ? null : groupChar,
                decimalChar == null || decimalChar.isEmpty() ? "." : decimalChar);
    }

    /**
     * Parses a string.
     *
     * @return the plain literal, or empty when the string does not match the format
     */
    Optional<String> parse(String value) {
        if (!hasPattern && (value.equals("NaN") || value.equals("INF") || value.equals("-INF"))) {
            return Optional.of(value);
        }
        Matcher m = loose.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        String sign = m.group("sign");
        String intRaw = m.group("int");
        String fracRaw = m.group("frac");
        String exp = hasExponent || !hasPattern ? m.group("exp") : null;
        String expSign = exp == null ? "" : m.group("esign");
        String g = groupChar == null ? "," : groupChar;
        if (groupChar != null && value.contains(groupChar + groupChar)) {
            return Optional.empty();
        }
        String intDigits = intRaw.replace(g, "");
        String fracDigits = fracRaw == null ? null : fracRaw.replace(g, "");
        if (hasPattern) {
            if (!integerFits(intRaw, intDigits, g) || !fractionFits(fracRaw, fracDigits, g)) {
                return Optional.empty();
            }
            if (hasExponent && (exp.length() < Math.max(minExp, 1) || exp.length() > Math.max(maxExp, minExp))) {
                return Optional.empty();
            }
        }
        if (intDigits.isEmpty() && (fracDigits == null || fracDigits.isEmpty())) {
            return Optional.empty();
        }
        if (sign.isEmpty() && explicitSign) {
            sign = prefixSuffix.indexOf('-') >= 0 ? "-" : "+";
        }
        StringBuilder lit = new StringBuilder(sign).append(intDigits.isEmpty() ? "0" : intDigits);
        if (fracDigits != null) {
            lit.append('.').append(fracDigits);
        }
        if (exp != null) {
            lit.append('e').append(expSign).append(exp);
        }
        String text = value;
        int scale = text.indexOf('%') >= 0 ? 2 : text.indexOf('\u2030') >= 0 ? 3 : 0;
        if (scale == 0) {
            return Optional.of(lit.toString());
        }
        try {
            BigDecimal v = new BigDecimal(lit.toString().replace('e', 'E')).movePointLeft(scale);
            if (Math.abs((long) v.scale()) > 10_000) {
                return Optional.empty(); // an exponent beyond any use: not read as a number
            }
            return Optional.of(v.toPlainString());
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private boolean integerFits(String raw, String digits, String g) {
        if (digits.length() < minInt) {
            return false;
        }
        if (primary == 0) {
            return !raw.contains(g);
        }
        String[] groups = raw.split(java.util.regex.Pattern.quote(g), -1);
        if (groups.length == 1) {
            return groups[0].length() <= primary;
        }
        if (groups[groups.length - 1].length() != primary) {
            return false;
        }
        for (int k = 1; k < groups.length - 1; k++) {
            if (groups[k].length() != secondary) {
                return false;
            }
        }
        return !groups[0].isEmpty() && groups[0].length() <= secondary;
    }

    private boolean fractionFits(String raw, String digits, String g) {
        if (raw == null) {
            return minFrac == 0;
        }
        if (digits.isEmpty() || digits.length() < minFrac || digits.length() > maxFrac) {
            return false;
        }
        if (fracGroup == 0) {
            return !raw.contains(g);
        }
        String[] groups = raw.split(java.util.regex.Pattern.quote(g), -1);
        for (int k = 0; k < groups.length - 1; k++) {
            if (groups[k].length() != fracGroup) {
                return false;
            }
        }
        String last = groups[groups.length - 1];
        return !last.isEmpty() && last.length() <= fracGroup;
    }
}
