package io.github.civicdata.validation.csvw;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lexical spaces of the built-in datatypes (XML Schema 1.1 Part 2): whether a string is a
 * valid literal of a type, its normal form in the output (booleans as {@code true}/{@code false},
 * other literals unchanged), its length (code points, or bytes for the binary types) and the order
 * of values that {@code minimum} … {@code maxExclusive} compare.
 *
 * <p>Stateless and thread-safe.
 */
final class XsdValues {

    private static final String TZ = "(Z|[+-](?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00))?";
    private static final String YEAR = "-?(?:[1-9][0-9]{3,}|0[0-9]{3})";
    private static final String TIME = "(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]+)?|24:00:00(?:\\.0+)?)";
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)");
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern FLOATING = Pattern.compile(
            "[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[Ee][+-]?[0-9]+)?|[+-]?INF|NaN");
    private static final Pattern DATE = Pattern.compile("(" + YEAR + ")-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])" + TZ);
    private static final Pattern TIME_P = Pattern.compile(TIME + TZ);
    private static final Pattern DATE_TIME = Pattern.compile(
            "(" + YEAR + ")-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T" + TIME + TZ);
    private static final Pattern G_YEAR = Pattern.compile(YEAR + TZ);
    private static final Pattern G_YEAR_MONTH = Pattern.compile(YEAR + "-(0[1-9]|1[0-2])" + TZ);
    private static final Pattern G_MONTH = Pattern.compile("--(0[1-9]|1[0-2])" + TZ);
    private static final Pattern G_MONTH_DAY = Pattern.compile("--(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])" + TZ);
    private static final Pattern G_DAY = Pattern.compile("---(0[1-9]|[12][0-9]|3[01])" + TZ);
    private static final String DT_PART = "(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)";
    private static final Pattern DURATION = Pattern.compile(
            "-?P(?=[0-9T])(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+D)?" + DT_PART + "?");
    private static final Pattern DAY_TIME_DURATION = Pattern.compile("-?P(?=[0-9T])(?:[0-9]+D)?" + DT_PART + "?");
    private static final Pattern YEAR_MONTH_DURATION = Pattern.compile("-?P(?=[0-9])(?:[0-9]+Y)?(?:[0-9]+M)?");
    private static final Pattern DURATION_PARTS = Pattern.compile(
            "(-)?P(?:([0-9]+)Y)?(?:([0-9]+)M)?(?:([0-9]+)D)?(?:T(?:([0-9]+)H)?(?:([0-9]+)M)?(?:([0-9]+(?:\\.[0-9]+)?)S)?)?");
    private static final Pattern TZ_SUFFIX = Pattern.compile("(Z|([+-])([0-9]{2}):([0-9]{2}))$");
    private static final Pattern HEX = Pattern.compile("(?:[0-9a-fA-F]{2})*");
    private static final Pattern BASE64 = Pattern.compile("((([A-Za-z0-9+/] ?){4})*(([A-Za-z0-9+/] ?){3}[A-Za-z0-9+/]"
            + "|([A-Za-z0-9+/] ?){2}[AEIMQUYcgkosw048] ?=|[A-Za-z0-9+/] ?[AQgw] ?= ?=))?");
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*");
    private static final String NAME_START = "[:_\\p{L}\\p{Nl}]";
    private static final String NAME_CHAR = "[:_\\p{L}\\p{Nl}\\p{Nd}\\p{Mn}\\p{Mc}.\\-\\u00B7\\u203F\\u2040]";
    private static final Pattern NAME = Pattern.compile(NAME_START + NAME_CHAR + "*");
    private static final Pattern NCNAME = Pattern.compile("[_\\p{L}\\p{Nl}][_\\p{L}\\p{Nl}\\p{Nd}\\p{Mn}\\p{Mc}.\\-\\u00B7"
            + "\\u203F\\u2040]*");
    private static final Pattern NMTOKEN = Pattern.compile(NAME_CHAR + "+");
    private static final Pattern QNAME = Pattern.compile("(?:" + NCNAME.pattern() + ":)?" + NCNAME.pattern());

    private static final Map<String, BigInteger[]> INTEGER_RANGES = Map.ofEntries(
            Map.entry("long", range("-9223372036854775808", "9223372036854775807")),
            Map.entry("int", range("-2147483648", "2147483647")),
            Map.entry("short", range("-32768", "32767")),
            Map.entry("byte", range("-128", "127")),
            Map.entry("nonNegativeInteger", range("0", null)),
            Map.entry("positiveInteger", range("1", null)),
            Map.entry("unsignedLong", range("0", "18446744073709551615")),
            Map.entry("unsignedInt", range("0", "4294967295")),
            Map.entry("unsignedShort", range("0", "65535")),
            Map.entry("unsignedByte", range("0", "255")),
            Map.entry("nonPositiveInteger", range(null, "0")),
            Map.entry("negativeInteger", range(null, "-1")));

    private XsdValues() {
    }

    private static BigInteger[] range(String min, String max) {
        return new BigInteger[] {min == null ? null : new BigInteger(min), max == null ? null : new BigInteger(max)};
    }

    /**
     * Checks {@code s} against the lexical space of {@code base}.
     *
     * @param base a canonical built-in datatype name
     * @param s the string (already whitespace-normalised as the datatype asks)
     * @return the literal as it is written in the output, or empty when {@code s} is not valid
     */
    static Optional<String> literal(String base, String s) {
        boolean ok = switch (base) {
            case "anyAtomicType", "string", "xml", "html", "json", "anyURI" -> true;
            case "normalizedString" -> s.indexOf('\r') < 0 && s.indexOf('\n') < 0 && s.indexOf('\t') < 0;
            case "token" -> isToken(s);
            case "language" -> LANGUAGE.matcher(s).matches();
            case "Name" -> NAME.matcher(s).matches();
            case "NCName" -> NCNAME.matcher(s).matches();
            case "NMTOKEN" -> NMTOKEN.matcher(s).matches();
            case "QName" -> QNAME.matcher(s).matches();
            case "boolean" -> s.equals("true") || s.equals("false") || s.equals("1") || s.equals("0");
            case "decimal" -> DECIMAL.matcher(s).matches();
            case "double", "float" -> FLOATING.matcher(s).matches();
            case "date" -> validDate(DATE.matcher(s));
            case "time" -> TIME_P.matcher(s).matches();
            case "dateTime" -> validDate(DATE_TIME.matcher(s));
            case "dateTimeStamp" -> validDate(DATE_TIME.matcher(s)) && hasTimezone(s);
            case "gYear" -> G_YEAR.matcher(s).matches();
            case "gYearMonth" -> G_YEAR_MONTH.matcher(s).matches();
            case "gMonth" -> G_MONTH.matcher(s).matches();
            case "gMonthDay" -> validMonthDay(G_MONTH_DAY.matcher(s));
            case "gDay" -> G_DAY.matcher(s).matches();
            case "duration" -> DURATION.matcher(s).matches() && !s.endsWith("T");
            case "dayTimeDuration" -> DAY_TIME_DURATION.matcher(s).matches() && !s.endsWith("T");
            case "yearMonthDuration" -> YEAR_MONTH_DURATION.matcher(s).matches();
            case "hexBinary" -> HEX.matcher(s).matches();
            case "base64Binary" -> BASE64.matcher(s).matches();
            default -> Datatypes.isInteger(base) && validInteger(base, s);
        };
        if (!ok) {
            return Optional.empty();
        }
        if ("boolean".equals(base)) {
            return Optional.of(s.equals("1") || s.equals("true") ? "true" : "false");
        }
        return Optional.of(s);
    }

    private static boolean isToken(String s) {
        return s.indexOf('\r') < 0 && s.indexOf('\n') < 0 && s.indexOf('\t') < 0 && !s.startsWith(" ")
                && !s.endsWith(" ") && !s.contains("  ");
    }

    private static boolean validInteger(String base, String s) {
        if (!INTEGER.matcher(s).matches()) {
            return false;
        }
        BigInteger[] r = INTEGER_RANGES.get(base);
        if (r == null) {
            return true;
        }
        BigInteger v = new BigInteger(s.startsWith("+") ? s.substring(1) : s);
        return (r[0] == null || v.compareTo(r[0]) >= 0) && (r[1] == null || v.compareTo(r[1]) <= 0);
    }

    private static boolean validDate(Matcher m) {
        if (!m.matches()) {
            return false;
        }
        try {
            int year = Integer.parseInt(m.group(1).length() > 6 ? "2000" : m.group(1));
            LocalDate.of(year == 0 ? 2000 : Math.abs(year), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return true;
        } catch (DateTimeException | NumberFormatException e) {
            return false;
        }
    }

    private static boolean validMonthDay(Matcher m) {
        if (!m.matches()) {
            return false;
        }
        int month = Integer.parseInt(m.group(1));
        int day = Integer.parseInt(m.group(2));
        return day <= (month == 2 ? 29 : month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31);
    }

    private static boolean hasTimezone(String s) {
        return s.endsWith("Z") || s.matches(".*[+-][0-9]{2}:[0-9]{2}$");
    }

    /** The length of a valid literal: code points, or bytes for hexBinary and base64Binary. */
    static long length(String base, String literal) {
        if ("hexBinary".equals(base)) {
            return literal.length() / 2;
        }
        if ("base64Binary".equals(base)) {
            try {
                return Base64.getDecoder().decode(literal.replace(" ", "")).length;
            } catch (IllegalArgumentException e) {
                return literal.length();
            }
        }
        return literal.codePointCount(0, literal.length());
    }

    /**
     * Compares two valid literals of {@code base}.
     *
     * @return negative, zero or positive, or empty when the two values have no order (NaN, a
     *     duration of months against one of days)
     */
    static Optional<Integer> compare(String base, String a, String b) {
        Datatypes.Family f = Datatypes.family(base);
        switch (f) {
            case DECIMAL:
                return Optional.of(new BigDecimal(plain(a)).compareTo(new BigDecimal(plain(b))));
            case FLOATING:
                double x = floating(a);
                double y = floating(b);
                if (Double.isNaN(x) || Double.isNaN(y)) {
                    return Optional.empty();
                }
                return Optional.of(Double.compare(x, y));
            case TEMPORAL:
                return Optional.of(temporal(base, a).compareTo(temporal(base, b)));
            case DURATION:
                BigDecimal[] p = duration(a);
                BigDecimal[] q = duration(b);
                int months = p[0].compareTo(q[0]);
                int seconds = p[1].compareTo(q[1]);
                if (months == 0 || seconds == 0 || Integer.signum(months) == Integer.signum(seconds)) {
                    return Optional.of(months != 0 ? months : seconds);
                }
                return Optional.empty();
            default:
                return Optional.of(a.compareTo(b));
        }
    }

    private static String plain(String s) {
        return s.startsWith("+") ? s.substring(1) : s;
    }

    static double floating(String s) {
        return switch (s) {
            case "INF", "+INF" -> Double.POSITIVE_INFINITY;
            case "-INF" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(s);
        };
    }

    /**
     * A number that orders temporal values of one type: seconds since 0001-01-01 in UTC, a value
     * without a timezone taken as UTC.
     */
    private static BigDecimal temporal(String base, String s) {
        String v = s;
        int tzMinutes = 0;
        Matcher tz = TZ_SUFFIX.matcher(v);
        if (tz.find()) {
            if (!tz.group(1).equals("Z")) {
                tzMinutes = (tz.group(2).equals("-") ? -1 : 1)
                        * (Integer.parseInt(tz.group(3)) * 60 + Integer.parseInt(tz.group(4)));
            }
            v = v.substring(0, tz.start());
        }
        BigDecimal year = BigDecimal.ONE;
        int month = 1;
        int day = 1;
        BigDecimal secondOfDay = BigDecimal.ZERO;
        switch (base) {
            case "date", "dateTime", "dateTimeStamp" -> {
                int t = v.indexOf('T');
                String d = t < 0 ? v : v.substring(0, t);
                int dash = d.lastIndexOf('-', d.lastIndexOf('-') - 1);
                year = new BigDecimal(d.substring(0, dash));
                month = Integer.parseInt(d.substring(dash + 1, dash + 3));
                day = Integer.parseInt(d.substring(dash + 4, dash + 6));
                if (t >= 0) {
                    secondOfDay = seconds(v.substring(t + 1));
                }
            }
            case "time" -> secondOfDay = seconds(v);
            case "gYear" -> year = new BigDecimal(v);
            case "gYearMonth" -> {
                int dash = v.lastIndexOf('-');
                year = new BigDecimal(v.substring(0, dash));
                month = Integer.parseInt(v.substring(dash + 1));
            }
            case "gMonth" -> month = Integer.parseInt(v.substring(2, 4));
            case "gMonthDay" -> {
                month = Integer.parseInt(v.substring(2, 4));
                day = Integer.parseInt(v.substring(5, 7));
            }
            case "gDay" -> day = Integer.parseInt(v.substring(3, 5));
            default -> {
                // not temporal
            }
        }
        BigDecimal days = year.multiply(BigDecimal.valueOf(372)).add(BigDecimal.valueOf((month - 1) * 31L + (day - 1)));
        return days.multiply(BigDecimal.valueOf(86_400)).add(secondOfDay).subtract(BigDecimal.valueOf(tzMinutes * 60L));
    }

    private static BigDecimal seconds(String time) {
        String[] p = time.split(":");
        return BigDecimal.valueOf(Integer.parseInt(p[0]) * 3600L + Integer.parseInt(p[1]) * 60L)
                .add(new BigDecimal(p[2]));
    }

    /** A duration as months and seconds (both negative for a negative duration). */
    private static BigDecimal[] duration(String s) {
        Matcher m = DURATION_PARTS.matcher(s);
        if (!m.matches()) {
            return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
        }
        BigDecimal months = num(m.group(2)).multiply(BigDecimal.valueOf(12)).add(num(m.group(3)));
        BigDecimal secs = num(m.group(4)).multiply(BigDecimal.valueOf(86_400))
                .add(num(m.group(5)).multiply(BigDecimal.valueOf(3600)))
                .add(num(m.group(6)).multiply(BigDecimal.valueOf(60))).add(num(m.group(7)));
        if (m.group(1) != null) {
            months = months.negate();
            secs = secs.negate();
        }
        return new BigDecimal[] {months, secs};
    }

    private static BigDecimal num(String s) {
        return s == null ? BigDecimal.ZERO : new BigDecimal(s);
    }
}
