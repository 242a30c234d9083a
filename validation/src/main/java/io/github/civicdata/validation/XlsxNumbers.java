package io.github.civicdata.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * Numbers of a workbook as Excel shows them: dates and times for cells whose format is a date
 * format (serial days since 1900, or since 1904 in a workbook that says {@code date1904}), and
 * otherwise the number as in Excel's General format ({@code 21.0 -> 21}, {@code 1.5E-5 -> 0.000015}).
 *
 * <p>Stateless and thread-safe.
 */
final class XlsxNumbers {

    private XlsxNumbers() {
    }

    /**
     * Whether a number format shows a date or a time. The built-in formats 14–22 and 45–47, the
     * East Asian date formats 27–36 and 50–58 (和暦 and 年月日 in Japanese Excel), and any format
     * whose first section uses date or time letters ({@code y m d h s}, era {@code g e}, elapsed
     * {@code [h]}) outside quoted text and without digit placeholders ({@code 0 # ?}, except for
     * fractions of seconds).
     */
    static boolean isDateFormat(int id, String code) {
        if (id >= 14 && id <= 22 || id >= 45 && id <= 47 || id >= 27 && id <= 36 || id >= 50 && id <= 58) {
            return true;
        }
        if (code == null || code.isEmpty() || code.equalsIgnoreCase("General") || code.equals("@")) {
            return false;
        }
        boolean dateLetter = false;
        boolean afterSeconds = false;
        int n = code.length();
        for (int i = 0; i < n; i++) {
            char c = code.charAt(i);
            switch (c) {
                case '"' -> {
                    int end = code.indexOf('"', i + 1);
                    if (end < 0) {
                        return false;
                    }
                    i = end;
                }
                case '\\', '_', '*' -> i++; // an escaped character, a space as wide as it, a fill character
                case '[' -> {
                    int end = code.indexOf(']', i + 1);
                    if (end < 0) {
                        return false;
                    }
                    String inner = code.substring(i + 1, end).toLowerCase(Locale.ROOT);
                    if (!inner.isEmpty() && (inner.chars().allMatch(ch -> ch == 'h')
                            || inner.chars().allMatch(ch -> ch == 'm') || inner.chars().allMatch(ch -> ch == 's'))) {
                        dateLetter = true; // elapsed time
                    }
                    i = end; // colours, conditions, locales ([$-411]) and [DBNum1] say nothing of dates
                }
                case ';' -> i = n; // only the first section decides (as Excel does for positive numbers)
                case 'y', 'Y', 'm', 'M', 'd', 'D', 'h', 'H', 'g', 'G', 'e', 'E', 'b', 'B' -> {
                    if (c == 'e' || c == 'E') {
                        // "E+" / "E-" is scientific notation, not the era year
                        if (i + 1 < n && (code.charAt(i + 1) == '+' || code.charAt(i + 1) == '-')) {
                            return false;
                        }
                    }
                    if ((c == 'b' || c == 'B') && i + 1 < n && (code.charAt(i + 1) == '1' || code.charAt(i + 1) == '2')) {
                        i++; // "b1"/"b2": Buddhist or Hijri calendar
                    }
                    dateLetter = true;
                    afterSeconds = false;
                }
                case 's', 'S' -> {
                    dateLetter = true;
                    afterSeconds = true;
                }
                case '0' -> {
                    if (!afterSeconds) {
                        return false;
                    }
                }
                case '#', '?' -> {
                    return false;
                }
                case '.' -> {
                    // "ss.000": fractions of a second keep afterSeconds
                }
                default -> afterSeconds = false;
            }
        }
        return dateLetter;
    }

    /** Whether a serial number can be shown as a date: Excel shows dates for 0 up to 9999-12-31. */
    static boolean isValidSerial(double d, boolean date1904) {
        return d >= 0 && d < (date1904 ? 2_957_003.0 : 2_958_466.0);
    }

    /**
     * The date and time of a serial number, to the millisecond; Excel's 1900 system counts the
     * nonexistent 1900-02-29 as day 60.
     */
    static LocalDateTime dateTime(double d, boolean date1904) {
        long wholeDays = (long) Math.floor(d);
        long millis = Math.round((d - wholeDays) * 86_400_000d);
        LocalDate day;
        if (date1904) {
            day = LocalDate.of(1904, 1, 1).plusDays(wholeDays);
        } else {
            day = LocalDate.of(1899, 12, 31).plusDays(wholeDays < 61 ? wholeDays : wholeDays - 1);
        }
        return day.atStartOfDay().plusNanos(millis * 1_000_000L);
    }

    /**
     * A number cell's text: a date ({@code 2024-04-01}), time ({@code 09:30}) or date-time for a
     * date format; otherwise the number as Excel's General format shows it. Text that is not a
     * number is returned as it is.
     */
    static String text(String raw, boolean dateFormat, boolean date1904) {
        if (raw.isEmpty()) {
            return raw;
        }
        try {
            if (dateFormat) {
                double d = Double.parseDouble(raw);
                if (isValidSerial(d, date1904)) {
                    LocalDateTime dt = dateTime(d, date1904);
                    if (d < 1) {
                        return String.format(Locale.ROOT, "%02d:%02d", dt.getHour(), dt.getMinute());
                    }
                    if (dt.toLocalTime().toSecondOfDay() == 0) {
                        return dt.toLocalDate().toString();
                    }
                    return dt.toString();
                }
            }
            if (raw.indexOf('E') >= 0 || raw.indexOf('e') >= 0
                    || (raw.indexOf('.') >= 0 && raw.charAt(raw.length() - 1) == '0')) {
                return new BigDecimal(raw).stripTrailingZeros().toPlainString();
            }
        } catch (NumberFormatException e) {
            return raw;
        }
        return raw;
    }

    /** Whether the text of a number cell is a number (as Excel writes them: no grouping, dot decimal). */
    static boolean isNumber(String raw) {
        if (raw.isEmpty() || raw.length() > 400) {
            return false;
        }
        char last = raw.charAt(raw.length() - 1);
        if (!(last >= '0' && last <= '9' || last == '.')) {
            return false; // "Infinity", "NaN", "1d", "1f" parse in Java but are not numbers of a workbook
        }
        try {
            Double.parseDouble(raw);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
