package io.github.civicdata.validation.csvw;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The format of a date, time or date/time column ("Formats for dates and times" of the tabular data
 * model): the UAX #35 date field symbols {@code yyyy}, {@code MM}, {@code M}, {@code dd},
 * {@code d}, {@code HH}, {@code mm}, {@code ss}, {@code S…} and a timezone of one to three
 * {@code X} or {@code x} (after an optional space), separated by {@code - / . : T} or a space. This
 * covers every pattern the specification lists (and their combinations); other symbols, such as
 * two-digit years or month names, are refused.
 *
 * <p>{@link #parse(String)} gives the XML Schema literal of the matched value ({@code 3/22/2015}
 * with {@code M/d/yyyy} is {@code 2015-03-22}, {@code 1502} with {@code HHmm} is
 * {@code 15:02:00}).
 *
 * <p>Immutable and thread-safe.
 */
final class DateFormat {

    private enum Field { YEAR, MONTH, DAY, HOUR, MINUTE, SECOND, FRACTION, TZ }

    private final Pattern regex;
    private final List<Field> fields;
    private final String base;

    private DateFormat(Pattern regex, List<Field> fields, String base) {
        this.regex = regex;
        this.fields = fields;
        this.base = base;
    }

    /**
     * Compiles a pattern for a datatype.
     *
     * @param pattern the pattern
     * @param base the canonical datatype ({@code date}, {@code time}, {@code dateTime},
     *     {@code dateTimeStamp}, or a {@code g…} type)
     * @throws IllegalArgumentException if the pattern is not recognised or does not fit the type
     */
    static DateFormat of(String pattern, String base) {
        StringBuilder re = new StringBuilder();
        List<Field> fields = new ArrayList<>();
        String tz = null;
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int n = 1;
            while (i + n < pattern.length() && pattern.charAt(i + n) == c) {
                n++;
            }
            switch (c) {
                case 'y' -> {
                    if (n != 4) {
                        throw new IllegalArgumentException("years must be written yyyy");
                    }
                    re.append("(-?[0-9]{4,})");
                    fields.add(Field.YEAR);
                }
                case 'M' -> {
                    re.append(n == 1 ? "([0-9]{1,2})" : n == 2 ? "([0-9]{2})" : fail("month names are not supported"));
                    fields.add(Field.MONTH);
                }
                case 'd' -> {
                    re.append(n == 1 ? "([0-9]{1,2})" : n == 2 ? "([0-9]{2})" : fail("day must be d or dd"));
                    fields.add(Field.DAY);
                }
                case 'H' -> {
                    re.append(n == 2 ? "([0-9]{2})" : fail("hours must be written HH"));
                    fields.add(Field.HOUR);
                }
                case 'm' -> {
                    re.append(n == 2 ? "([0-9]{2})" : fail("minutes must be written mm"));
                    fields.add(Field.MINUTE);
                }
                case 's' -> {
                    re.append(n == 2 ? "([0-9]{2})" : fail("seconds must be written ss"));
                    fields.add(Field.SECOND);
                }
                case 'S' -> {
                    re.append("([0-9]{1,").append(n).append("})");
                    fields.add(Field.FRACTION);
                }
                case 'X', 'x' -> {
                    if (n > 3 || i + n != pattern.length()) {
                        throw new IllegalArgumentException("a timezone is one to three X or x at the end");
                    }
                    tz = String.valueOf(c).repeat(n);
                    re.append(switch (tz) {
                        case "X" -> "(Z|[+-][0-9]{2}(?:[0-9]{2})?)";
                        case "XX" -> "(Z|[+-][0-9]{4})";
                        case "XXX" -> "(Z|[+-][0-9]{2}:[0-9]{2})";
                        case "x" -> "([+-][0-9]{2}(?:[0-9]{2})?)";
                        case "xx" -> "([+-][0-9]{4})";
                        default -> "([+-][0-9]{2}:[0-9]{2})";
                    });
                    fields.add(Field.TZ);
                }
                case '-', '/', '.', ':', 'T', ' ' -> re.append(Pattern.quote(pattern.substring(i, i + n)));
                default -> throw new IllegalArgumentException("unsupported symbol '" + c + "'");
            }
            i += n;
        }
        check(fields, base, pattern);
        return new DateFormat(Pattern.compile(re.toString()), List.copyOf(fields), base);
    }

    private static String fail(String why) {
        throw new IllegalArgumentException(why);
    }

    private static void check(List<Field> f, String base, String pattern) {
        boolean date = f.contains(Field.YEAR) && f.contains(Field.MONTH) && f.contains(Field.DAY);
        boolean time = f.contains(Field.HOUR) && f.contains(Field.MINUTE);
        for (Field x : Field.values()) {
            if (f.indexOf(x) != f.lastIndexOf(x)) {
                throw new IllegalArgumentException("a field appears twice");
            }
        }
        if (f.contains(Field.FRACTION) && !f.contains(Field.SECOND) || f.contains(Field.SECOND) && !time) {
            throw new IllegalArgumentException("seconds without hours and minutes");
        }
        boolean ok = switch (base) {
            case "date" -> date && !time;
            case "time" -> time && !f.contains(Field.YEAR) && !f.contains(Field.MONTH) && !f.contains(Field.DAY);
            case "dateTime", "dateTimeStamp" -> date && time;
            case "gYear" -> f.equals(List.of(Field.YEAR)) || f.equals(List.of(Field.YEAR, Field.TZ));
            case "gYearMonth" -> f.contains(Field.YEAR) && f.contains(Field.MONTH) && !f.contains(Field.DAY) && !time;
            case "gMonthDay" -> f.contains(Field.MONTH) && f.contains(Field.DAY) && !f.contains(Field.YEAR) && !time;
            case "gMonth" -> f.contains(Field.MONTH) && f.size() <= 2 && !f.contains(Field.DAY) && !f.contains(Field.YEAR);
            case "gDay" -> f.contains(Field.DAY) && f.size() <= 2 && !f.contains(Field.MONTH) && !f.contains(Field.YEAR);
            default -> false;
        };
        if (!ok) {
            throw new IllegalArgumentException("the pattern " + pattern + " does not fit " + base);
        }
    }

    /**
     * Parses a string.
     *
     * @return the XML Schema literal (not yet checked for an impossible date), or empty when the
     *     string does not match
     */
    Optional<String> parse(String value) {
        Matcher m = regex.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        String year = null;
        String month = null;
        String day = null;
        String hour = null;
        String minute = null;
        String second = "00";
        String fraction = null;
        String zone = null;
        for (int k = 0; k < fields.size(); k++) {
            String g = m.group(k + 1);
            switch (fields.get(k)) {
                case YEAR -> year = g;
                case MONTH -> month = pad(g);
                case DAY -> day = pad(g);
                case HOUR -> hour = g;
                case MINUTE -> minute = g;
                case SECOND -> second = g;
                case FRACTION -> fraction = g;
                case TZ -> zone = zone(g);
            }
        }
        String time = hour == null ? null : hour + ":" + minute + ":" + second + (fraction == null ? "" : "." + fraction);
        String lit = switch (base) {
            case "date" -> year + "-" + month + "-" + day;
            case "time" -> time;
            case "dateTime", "dateTimeStamp" -> year + "-" + month + "-" + day + "T" + time;
            case "gYear" -> year;
            case "gYearMonth" -> year + "-" + month;
            case "gMonthDay" -> "--" + month + "-" + day;
            case "gMonth" -> "--" + month;
            default -> "---" + day;
        };
        return Optional.of(zone == null ? lit : lit + zone);
    }

    private static String pad(String s) {
        return s.length() == 1 ? "0" + s : s;
    }

    private String zone(String g) {
        if (g.equals("Z")) {
            return "Z";
        }
        String digits = g.substring(1).replace(":", "");
        String hh = digits.substring(0, 2);
        String mm = digits.length() >= 4 ? digits.substring(2, 4) : "00";
        return g.charAt(0) + hh + ":" + mm;
    }
}
