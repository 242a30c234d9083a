package io.github.civicdata.validation;

import static io.github.civicdata.validation.Cells.MV_COORDINATES;
import static io.github.civicdata.validation.Cells.MV_LIST;
import static io.github.civicdata.validation.Cells.MV_NONE;
import static io.github.civicdata.validation.Cells.MV_RANGE;
import static io.github.civicdata.validation.Cells.isSpace;

/**
 * Several values in one cell (lists, ranges, latitude with longitude): whether a trimmed
 * cell is entirely values of one kind joined by separators. Moved out of {@link Cells}, which keeps
 * the {@code MV_} answers and {@link Cells#multiValue}.
 */
final class MultiValues {

    private MultiValues() {
    }

    private static final int A_NONE = 0;
    private static final int A_NUMBER = 1;
    private static final int A_TIME = 2;
    private static final int A_PHONE = 3;
    private static final int A_URL = 4;
    private static final int A_EMAIL = 5;
    private static final int A_DATE = 6;

    /**
     * Whether a trimmed cell is entirely several values of one kind (numbers, times, phone
     * numbers, URLs, e-mail addresses, dates) joined by separators, or a range of two times or
     * dates.
     */
    static int of(String t) {
        int n = t.length();
        if (n < 3) {
            return MV_NONE;
        }
        if (atom(t, 0, n) != A_NONE) {
            return MV_NONE;
        }
        // range: exactly one range separator between two times or dates
        int r = -1;
        int rl = 0;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c == '～' || c == '〜' || c == '~') {
                if (r >= 0) {
                    r = -2;
                    break;
                }
                r = i;
                rl = 1;
            } else if (c == 'か' && i + 1 < n && t.charAt(i + 1) == 'ら') {
                if (r >= 0) {
                    r = -2;
                    break;
                }
                r = i;
                rl = 2;
                i++;
            }
        }
        if (r == -1) {
            // hyphen range between two times, e.g. 9:00-17:00
            int h = t.indexOf('-');
            if (h > 0 && h == t.lastIndexOf('-')) {
                int a1 = atom(trimRange(t, 0, h), 0, trimRange(t, 0, h).length());
                String right = trimRange(t, h + 1, n);
                if (a1 == A_TIME && atom(right, 0, right.length()) == A_TIME) {
                    return MV_RANGE;
                }
            }
        } else if (r >= 0) {
            String left = trimRange(t, 0, r);
            String right = trimRange(t, r + rl, n);
            int a1 = atom(left, 0, left.length());
            int a2 = atom(right, 0, right.length());
            if ((a1 == A_TIME || a1 == A_DATE) && a1 == a2) {
                return MV_RANGE;
            }
            return MV_NONE;
        }
        // list
        int kind = A_NONE;
        int count = 0;
        int i = 0;
        boolean sawComma = false;
        boolean onlySlash = true;
        boolean allThreeAfterFirst = true;
        int firstLen = -1;
        while (i < n) {
            while (i < n && isListSeparator(t.charAt(i))) {
                char sc = t.charAt(i);
                if (sc == ',') {
                    sawComma = true;
                }
                if (sc != '/' && sc != '／') {
                    onlySlash = false;
                }
                i++;
            }
            if (i >= n) {
                break;
            }
            int j = i;
            while (j < n && !isListSeparator(t.charAt(j))) {
                j++;
            }
            int k = atom(t, i, j);
            if (k == A_NONE || (kind != A_NONE && k != kind)) {
                return MV_NONE;
            }
            if (count == 0) {
                firstLen = j - i;
            } else if (j - i != 3) {
                allThreeAfterFirst = false;
            }
            kind = k;
            count++;
            i = j;
        }
        if (count < 2) {
            return MV_NONE;
        }
        if (kind == A_NUMBER && sawComma && allThreeAfterFirst && firstLen <= 3) {
            return MV_NONE; // a thousands separator, reported by L2-01
        }
        if (kind == A_NUMBER && count == 2 && t.indexOf('.') > 0) {
            return MV_COORDINATES;
        }
        if (kind == A_NUMBER && onlySlash) {
            return MV_NONE; // a date without year or a fraction, not a list
        }
        return MV_LIST;
    }

    /** Trims spaces and line breaks and a trailing day of the week in brackets ("(土)", "（月・祝）"). */
    private static String trimRange(String t, int s, int e) {
        while (s < e && (isSpace(t.charAt(s)) || t.charAt(s) == '\n' || t.charAt(s) == '\r')) {
            s++;
        }
        while (e > s && (isSpace(t.charAt(e - 1)) || t.charAt(e - 1) == '\n' || t.charAt(e - 1) == '\r')) {
            e--;
        }
        if (e > s && (t.charAt(e - 1) == ')' || t.charAt(e - 1) == '）')) {
            int open = Math.max(t.lastIndexOf('(', e - 1), t.lastIndexOf('（', e - 1));
            if (open > s && e - open <= 6) {
                e = open;
            }
        }
        return t.substring(s, e);
    }

    private static boolean isListSeparator(char c) {
        return c == ',' || c == '、' || c == '，' || c == '・' || c == ';' || c == '；' || c == '\n' || c == '\r'
                || c == ' ' || c == '　' || c == '/' || c == '／' || c == '&' || c == '＆';
    }

    /** Classifies t[s,e) as one atomic value. */
    private static int atom(String t, int s, int e) {
        int n = e - s;
        if (n <= 0) {
            return A_NONE;
        }
        if (t.startsWith("http://", s) || t.startsWith("https://", s)) {
            for (int i = s; i < e; i++) {
                if (t.charAt(i) <= ' ' || t.charAt(i) == '、') {
                    return A_NONE;
                }
            }
            return A_URL;
        }
        int at = t.indexOf('@', s);
        if (at > s && at < e - 3) {
            for (int i = s; i < e; i++) {
                char c = t.charAt(i);
                if (c <= ' ' || c >= 0x80) {
                    return A_NONE;
                }
            }
            return t.indexOf('.', at) > at && t.indexOf('.', at) < e ? A_EMAIL : A_NONE;
        }
        // numbers, times, phones, dates: digits with . : - / 年 月 日 時 分
        int digits = 0;
        int colons = 0;
        int hyphens = 0;
        int points = 0;
        int slashes = 0;
        int kanjiDate = 0;
        int kanjiTime = 0;
        boolean plus = false;
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
                digits++;
            } else if (c == ':' || c == '：') {
                colons++;
            } else if (c == '-' || c == '－') {
                hyphens++;
            } else if (c == '.') {
                points++;
            } else if (c == '/') {
                slashes++;
            } else if (c == '年' || c == '月' || c == '日') {
                kanjiDate++;
            } else if (c == '時' || c == '分') {
                kanjiTime++;
            } else if (c == '+' && i == s) {
                plus = true;
            } else if ((c == '(' || c == ')') && hyphens + digits > 0) {
                continue;
            } else {
                return A_NONE;
            }
        }
        if (digits == 0) {
            return A_NONE;
        }
        if (colons == 1 && hyphens == 0 && slashes == 0 && points == 0 && kanjiDate == 0 && kanjiTime == 0
                && digits >= 3 && digits <= 4) {
            return A_TIME;
        }
        if (kanjiTime > 0 && colons == 0 && hyphens == 0 && slashes == 0 && kanjiDate == 0 && points == 0) {
            return A_TIME;
        }
        if (kanjiDate > 0 && colons == 0 && hyphens == 0 && slashes == 0 && kanjiTime == 0) {
            return A_DATE;
        }
        if (slashes == 2 && hyphens == 0 && colons == 0 && points == 0 && kanjiDate == 0) {
            return A_DATE;
        }
        if (hyphens == 2 && digits == 8 && colons == 0 && slashes == 0 && points == 0 && n == 10
                && t.charAt(s + 4) == '-') {
            return A_DATE;
        }
        if (hyphens >= 1 && hyphens <= 3 && digits >= 9 && digits <= 13 && colons == 0 && slashes == 0
                && points == 0 && kanjiDate == 0 && kanjiTime == 0) {
            return A_PHONE;
        }
        if (plus && hyphens >= 1) {
            return A_PHONE;
        }
        if (hyphens == 0 && colons == 0 && slashes == 0 && points <= 1 && kanjiDate == 0 && kanjiTime == 0) {
            return A_NUMBER;
        }
        return A_NONE;
    }
}
