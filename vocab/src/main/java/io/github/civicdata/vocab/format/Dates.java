package io.github.civicdata.vocab.format;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Allocation-free parsing of ISO 8601 dates and times and of 和暦 dates, plus lenient parsing for
 * suggestions (which allocates). Stateless; thread-safe.
 */
final class Dates {

    static final int OK = 0;
    static final int SYNTAX = 1;
    static final int NO_SUCH_DAY = 2;
    static final int BEFORE_ERA = 3;
    static final int AFTER_ERA = 4;
    static final int BEFORE_GREGORIAN = 5;

    /**
     * The eras' first and last days as yyyymmdd, in a holder of their own: a check of ISO dates or
     * times only (a schema's {@code date} or {@code time} field) does not build them, nor load
     * {@link java.time.LocalDate}, at start-up.
     */
    private static final class Eras {
        static final Era[] ALL = Era.values();
        static final int[] FIRST = new int[ALL.length];
        static final int[] LAST = new int[ALL.length];

        static {
            for (int i = 0; i < ALL.length; i++) {
                FIRST[i] = ymd(ALL[i].firstDay());
                LAST[i] = ALL[i].lastDay().isPresent() ? ymd(ALL[i].lastDay().get()) : Integer.MAX_VALUE;
            }
        }
    }

    /** The lenient forms read for suggestions only (compiled on the first invalid date, not at start-up). */
    private static final class Lenient {
        /**
         * Y/M/D with one kind of separator, optionally at midnight (a date exported as a date-time);
         * another time is not dropped into a date (no suggestion then).
         */
        static final Pattern YMD = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})"
                + "(?:(?:T|\\s+)0?0:00(?::00(?:\\.0+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");
        static final Pattern KANJI = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
        static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    }

    private Dates() {
    }

    static int ymd(LocalDate d) {
        return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }

    static boolean isLeap(int y) {
        return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    }

    static int daysInMonth(int y, int m) {
        switch (m) {
            case 2:
                return isLeap(y) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    private static int digit(CharSequence s, int i) {
        char c = s.charAt(i);
        return c >= '0' && c <= '9' ? c - '0' : -1;
    }

    private static int twoDigits(CharSequence s, int i) {
        int a = digit(s, i);
        int b = digit(s, i + 1);
        return a < 0 || b < 0 ? -1 : a * 10 + b;
    }

    /** Strict {@code YYYY-MM-DD}: OK, SYNTAX or NO_SUCH_DAY. */
    static int isoDate(CharSequence s) {
        if (s.length() != 10) {
            return SYNTAX;
        }
        return isoDateAt(s, 0);
    }

    private static int isoDateAt(CharSequence s, int o) {
        if (s.length() < o + 10 || s.charAt(o + 4) != '-' || s.charAt(o + 7) != '-') {
            return SYNTAX;
        }
        int y1 = twoDigits(s, o);
        int y2 = twoDigits(s, o + 2);
        int m = twoDigits(s, o + 5);
        int d = twoDigits(s, o + 8);
        if (y1 < 0 || y2 < 0 || m < 0 || d < 0) {
            return SYNTAX;
        }
        int y = y1 * 100 + y2;
        if (y == 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
            return NO_SUCH_DAY;
        }
        return OK;
    }

    /**
     * Strict ISO 8601 time from {@code o}: {@code hh:mm} then, if allowed, {@code :ss},
     * {@code .fraction} and a zone {@code Z} or {@code ±hh:mm}. Returns the end index, or -1.
     */
    static int isoTimeAt(CharSequence s, int o, boolean seconds, boolean zone) {
        int n = s.length();
        if (n < o + 5 || s.charAt(o + 2) != ':') {
            return -1;
        }
        int h = twoDigits(s, o);
        int mi = twoDigits(s, o + 3);
        if (h < 0 || mi < 0 || h > 23 || mi > 59) {
            return -1;
        }
        int i = o + 5;
        if (seconds && i < n && s.charAt(i) == ':') {
            if (n < i + 3) {
                return -1;
            }
            int sec = twoDigits(s, i + 1);
            if (sec < 0 || sec > 59) {
                return -1;
            }
            i += 3;
            if (i < n && s.charAt(i) == '.') {
                int j = i + 1;
                while (j < n && digit(s, j) >= 0) {
                    j++;
                }
                if (j == i + 1) {
                    return -1;
                }
                i = j;
            }
        }
        if (zone && i < n) {
            char c = s.charAt(i);
            if (c == 'Z') {
                i++;
            } else if (c == '+' || c == '-') {
                if (n < i + 6 || s.charAt(i + 3) != ':') {
                    return -1;
                }
                int zh = twoDigits(s, i + 1);
                int zm = twoDigits(s, i + 4);
                if (zh < 0 || zm < 0 || zh > 14 || zm > 59) {
                    return -1;
                }
                i += 6;
            }
        }
        return i;
    }

    static boolean isIsoTime(CharSequence s) {
        return isoTimeAt(s, 0, true, true) == s.length();
    }

    static boolean isHhMm(CharSequence s) {
        return s.length() == 5 && isoTimeAt(s, 0, false, false) == 5;
    }

    static boolean isIsoDateTime(CharSequence s) {
        return s.length() >= 16 && isoDateAt(s, 0) == OK && s.charAt(10) == 'T'
                && isoTimeAt(s, 11, true, true) == s.length();
    }

    /**
     * Parses a 和暦 date. Accepts era kanji (明治 大正 昭和 平成 令和), ligatures (㍾ ㍽ ㍼ ㍻ ㋿) or
     * initials (M T S H R, any case, half- or full-width), then year (1–2 digits or 元), then either
     * {@code 年 M 月 D 日} or a separator {@code .}, {@code /} or {@code -} used twice. Digits may be
     * full-width. On OK or a range error, {@code out} holds era ordinal, era year, month, day.
     */
    static int parseWareki(CharSequence s, int[] out) {
        int n = s.length();
        if (n < 5) {
            return SYNTAX;
        }
        int era = -1;
        int i = 0;
        char c0 = s.charAt(0);
        for (int k = 0; k < Eras.ALL.length; k++) {
            if (Eras.ALL[k].ligature() == c0) {
                era = k;
                i = 1;
            }
        }
        if (era < 0) {
            era = eraKanji(c0, s.charAt(1));
            i = 2;
        }
        if (era < 0) {
            char f = Chars.fold(c0);
            era = f < 128 ? letterEra(f) : -1;
            i = 1;
        }
        if (era < 0) {
            return SYNTAX;
        }
        int year;
        if (i < n && s.charAt(i) == '元') {
            year = 1;
            i++;
        } else {
            int start = i;
            year = 0;
            while (i < n && i - start < 3) {
                char c = Chars.fold(s.charAt(i));
                if (!Chars.isDigit(c)) {
                    break;
                }
                year = year * 10 + (c - '0');
                i++;
            }
            if (i == start || i - start > 2) {
                return SYNTAX;
            }
        }
        if (i >= n) {
            return SYNTAX;
        }
        char sep = Chars.fold(s.charAt(i));
        boolean kanji = sep == '年';
        if (!kanji && sep != '.' && sep != '/' && sep != '-') {
            return SYNTAX;
        }
        i++;
        int month = 0;
        int start = i;
        while (i < n && i - start < 3 && Chars.isDigit(Chars.fold(s.charAt(i)))) {
            month = month * 10 + (Chars.fold(s.charAt(i)) - '0');
            i++;
        }
        if (i == start || i - start > 2 || i >= n) {
            return SYNTAX;
        }
        char sep2 = Chars.fold(s.charAt(i));
        if (kanji ? sep2 != '月' : sep2 != sep) {
            return SYNTAX;
        }
        i++;
        int day = 0;
        start = i;
        while (i < n && i - start < 3 && Chars.isDigit(Chars.fold(s.charAt(i)))) {
            day = day * 10 + (Chars.fold(s.charAt(i)) - '0');
            i++;
        }
        if (i == start || i - start > 2) {
            return SYNTAX;
        }
        if (kanji) {
            if (i >= n || s.charAt(i) != '日') {
                return SYNTAX;
            }
            i++;
        }
        if (i != n || year == 0) {
            return SYNTAX;
        }
        out[0] = era;
        out[1] = year;
        out[2] = month;
        out[3] = day;
        int gy = Eras.ALL[era].gregorianYear(year);
        if (month < 1 || month > 12 || day < 1 || day > daysInMonth(gy, month)) {
            return NO_SUCH_DAY;
        }
        int v = gy * 10000 + month * 100 + day;
        if (v < Eras.FIRST[era]) {
            return era == 0 ? BEFORE_GREGORIAN : BEFORE_ERA;
        }
        if (v > Eras.LAST[era]) {
            return AFTER_ERA;
        }
        return OK;
    }

    private static int letterEra(char c) {
        switch (Character.toUpperCase(c)) {
            case 'M':
                return 0;
            case 'T':
                return 1;
            case 'S':
                return 2;
            case 'H':
                return 3;
            case 'R':
                return 4;
            default:
                return -1;
        }
    }

    private static int eraKanji(char a, char b) {
        if (a == '明' && b == '治') {
            return 0;
        }
        if (a == '大' && b == '正') {
            return 1;
        }
        if (a == '昭' && b == '和') {
            return 2;
        }
        if (a == '平' && b == '成') {
            return 3;
        }
        if (a == '令' && b == '和') {
            return 4;
        }
        return -1;
    }

    /** The Gregorian date of the fields left in {@code out} by {@link #parseWareki}. */
    static LocalDate gregorian(int[] out) {
        return LocalDate.of(Eras.ALL[out[0]].gregorianYear(out[1]), out[2], out[3]);
    }

    static Era era(int[] out) {
        return Eras.ALL[out[0]];
    }

    /**
     * Lenient Gregorian forms for suggestions: {@code YYYY/M/D}, {@code YYYY.M.D}, {@code YYYY-M-D}
     * (one separator, used twice; at most a midnight time after it, as exports of dates write: any
     * other time would be lost in a date), {@code YYYY年M月D日}, {@code YYYYMMDD}; full-width digits and
     * surrounding white space allowed. Returns null if none matches or the date does not exist.
     */
    static LocalDate lenientGregorian(CharSequence value) {
        String s = Chars.folded(value, true);
        for (Pattern p : new Pattern[] {Lenient.YMD, Lenient.KANJI, Lenient.COMPACT}) {
            Matcher m = p.matcher(s);
            if (m.matches()) {
                int g = p == Lenient.YMD ? 1 : 0; // the separator group
                int y = Integer.parseInt(m.group(1));
                int mo = Integer.parseInt(m.group(2 + g));
                int d = Integer.parseInt(m.group(3 + g));
                if (y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)) {
                    return LocalDate.of(y, mo, d);
                }
                return null;
            }
        }
        return null;
    }

    /** ISO text of a date, {@code YYYY-MM-DD}. */
    static String iso(LocalDate d) {
        return d.toString();
    }
}
