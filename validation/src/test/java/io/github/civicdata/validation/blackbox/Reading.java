package io.github.civicdata.validation.blackbox;

import io.github.civicdata.core.Finding;
import io.github.civicdata.vocab.code.CodeLists;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a value means, as a person reads it: the test oracle of "a suggestion never changes the
 * meaning of a value". Written apart from the validator (it shares no code with it) so that the
 * two can disagree. Two values have the same reading when {@link #of} gives equal objects; a value
 * whose meaning cannot be told gives a reading equal to nothing else, so that any suggestion for it
 * fails.
 *
 * <p>The reading depends on what the finding is about ({@link Kind}):
 *
 * <ul>
 *   <li>{@link Kind#TEXT}: a list of tokens. The value is NFKC-normalised, except that
 *       <ul>
 *         <li>a compatibility character that expands (①, Ⅱ, ㈱, ㎏, №, ㍻ …) expands into a piece of its
 *             own: its digits or letters never run into those beside it ({@code ①６} is the numbers 1
 *             and 6, {@code ⅡA} is II and A, not IIA);
 *         <li>a number alone in brackets reads as the number ({@code (1)} as {@code 1});
 *         <li>the dash family whose meaning depends on context (‐ ‑ ‒ – — ― − ﹣ － ｰ) reads as the
 *             long-vowel mark ー after kana unless a digit or letter follows, as "unknown dash" after
 *             kana before a digit or letter and for a lone or leading ｰ (a token equal only to
 *             another unknown dash: a suggestion may leave it, not resolve it), and as a hyphen
 *             otherwise; the ASCII hyphen and ー read as written;
 *         <li>invisible characters (zero-width space, BOM, soft hyphen …) and control characters are
 *             dropped, those that separate text (tab, line breaks, vertical tab …) read as a space;
 *             runs of white space read as one space, none at the ends, none between two CJK
 *             characters (Japanese does not separate words by spaces);
 *         <li>a half-width sound mark that follows no kana it joins reads as "unknown mark".
 *       </ul>
 *       Tokens are runs of digits, runs of Latin letters (within one piece), and every other
 *       character on its own.
 *   <li>{@link Kind#NUMBER}: the amount as a decimal times the scale of its unit (千, 万, 百万), the
 *       base unit (人, 円 …), and whether it is approximate (約). A bare number has the column's
 *       unit: the one in brackets in the column name ({@code 人口（千人）}), else the cell's own
 *       unit when the name contains it. A superscript (5²) makes the reading unknown.
 *   <li>{@link Kind#DATE}: the Gregorian day ({@code 令和2年4月1日}, {@code R2.4.1},
 *       {@code 2020/4/1}, {@code 2020-04-01}), the year or fiscal year ({@code 令和2年度} =
 *       {@code 2020年度}); M/D/YYYY is unknown.
 *   <li>{@link Kind#CODE}: the municipality a 全国地方公共団体コード names (its first five digits;
 *       a 5-digit code itself, or, when only that names a listed municipality, the code that lost
 *       its leading zero; the prefecture of a 2-digit code); a wrong check digit, a single digit,
 *       or five digits that name a municipality both ways are unknown. Only the list of codes is
 *       taken from vocab (reference data), none of its logic.
 *   <li>{@link Kind#DIGITS} (phone, postal code, corporate number): the digits (and a leading +).
 *   <li>{@link Kind#TIME}: minutes after midnight.
 *   <li>{@link Kind#KANA}: the {@link Kind#TEXT} reading with hiragana read as katakana.
 *   <li>{@link Kind#PREFECTURE}: the official name a prefecture name stands for ({@code 東京} is
 *       東京都).
 *   <li>{@link Kind#UMU}: 有 or 無.
 * </ul>
 */
final class Reading {

    /** What a finding's value is read as. */
    enum Kind { TEXT, NUMBER, DATE, CODE, DIGITS, TIME, KANA, PREFECTURE, UMU, DITTO, HEADER, NONE }

    /** The reading of a value whose meaning cannot be told: equal to nothing but itself. */
    static Object unknown(String why) {
        return new Object() {
            @Override
            public String toString() {
                return "unknown(" + why + ")";
            }
        };
    }

    private Reading() {
    }

    /** What the value of a finding is about, judged by its rule and message key. */
    static Kind kindOf(Finding f) {
        String rule = f.ruleId();
        String key = f.messageKey();
        if (f.location().row().isEmpty()) {
            return Kind.HEADER;
        }
        if (rule.equals("L2-02")) {
            return Kind.DITTO;
        }
        if (rule.equals("L1-15")) {
            return Kind.NONE; // quoting a record split by a thousands separator: not a cell's value
        }
        if (rule.equals("L2-01")) {
            return Kind.NUMBER;
        }
        if (rule.equals("L3-05")) {
            return Kind.DATE;
        }
        if (key.startsWith("lgcode.") || key.startsWith("format.lgcode")) {
            return Kind.CODE;
        }
        if (key.equals("L3-06.prefecture-name")) {
            return Kind.PREFECTURE;
        }
        if (key.startsWith("format.")) {
            String k = key.substring("format.".length());
            if (k.startsWith("iso-date") || k.startsWith("wareki") || k.startsWith("date")) {
                return Kind.DATE;
            }
            if (k.startsWith("integer") || k.startsWith("decimal") || k.startsWith("latitude")
                    || k.startsWith("longitude")) {
                return Kind.NUMBER;
            }
            if (k.startsWith("phone") || k.startsWith("postal") || k.startsWith("corporate")) {
                return Kind.DIGITS;
            }
            if (k.startsWith("time") || k.startsWith("iso-time")) {
                return Kind.TIME;
            }
            if (k.startsWith("katakana")) {
                return Kind.KANA;
            }
            if (k.startsWith("umu")) {
                return Kind.UMU;
            }
        }
        return Kind.TEXT;
    }

    /**
     * The reading of a value.
     *
     * @param value the value
     * @param kind what it is read as
     * @param header the column name (for the unit of a bare number)
     * @return the reading
     */
    static Object of(String value, Kind kind, String header) {
        return switch (kind) {
            case TEXT -> text(value);
            case KANA -> kana(value);
            case NUMBER -> number(value, header);
            case DATE -> date(value);
            case CODE -> code(value);
            case DIGITS -> digits(value);
            case TIME -> time(value);
            case PREFECTURE -> prefecture(value);
            case UMU -> umu(value);
            default -> throw new IllegalArgumentException("no reading for " + kind);
        };
    }

    // ------------------------------------------------------------------ text

    private static final char BOUNDARY = '\uE000';
    /**
     * A dash whose meaning its neighbours do not tell: a token of its own, equal only to another
     * such dash (a suggestion may keep it as it is, but not resolve it to ー or -).
     */
    private static final char UNKNOWN_DASH = '\uE001';
    /** A sound mark that joins nothing: a token of its own. */
    private static final char UNKNOWN_MARK = '\uE002';

    static Object text(String raw) {
        // what a reader does not see goes first: invisible characters, control characters (those
        // that separate text become a space); the neighbours of a dash are what is left
        StringBuilder seen = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (Character.isISOControl(c)) {
                if (c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1F)
                        || c == 0x85) {
                    seen.append(' ');
                }
                continue;
            }
            seen.append(c);
        }
        String value = seen.toString();
        StringBuilder sb = new StringBuilder(value.length() + 8);
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            char prev = i > 0 ? value.charAt(i - 1) : 0;
            char next = i + 1 < n ? value.charAt(i + 1) : 0;
            if (isAmbiguousDash(c)) {
                if (isKana(prev)) {
                    sb.append(next != 0 && isAlnum(next) ? UNKNOWN_DASH : 'ー');
                } else if (c == 'ｰ' && (prev == 0 || isWhite(prev) || next == 0 || isWhite(next) || isKana(next))) {
                    sb.append(UNKNOWN_DASH);
                } else {
                    sb.append('-');
                }
            } else if (c == '\uFF9E' || c == '\uFF9F') {
                if (!joins(sb, c)) {
                    sb.append(UNKNOWN_MARK);
                }
            } else if (expandsAlone(c)) {
                sb.append(BOUNDARY).append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC))
                        .append(BOUNDARY);
            } else {
                sb.append(c);
            }
        }
        String s = Normalizer.normalize(sb.toString(), Normalizer.Form.NFKC);
        return tokens(s);
    }

    private static Object kana(String value) {
        Object t = text(value);
        if (!(t instanceof List<?> list)) {
            return t;
        }
        List<String> out = new ArrayList<>();
        for (Object o : list) {
            StringBuilder sb = new StringBuilder();
            for (char c : o.toString().toCharArray()) {
                sb.append(c >= '\u3041' && c <= '\u3096' ? (char) (c + 0x60) : c);
            }
            out.add(sb.toString());
        }
        return out;
    }

    /** Whether a sound mark joins the kana before it; joins it in sb if so. */
    private static boolean joins(StringBuilder sb, char mark) {
        if (sb.length() == 0) {
            return false;
        }
        char last = sb.charAt(sb.length() - 1);
        String base = Normalizer.normalize(String.valueOf(last), Normalizer.Form.NFKC);
        String joined = Normalizer.normalize(base + (mark == '\uFF9E' ? '\u3099' : '\u309A'), Normalizer.Form.NFC);
        if (joined.length() != 1) {
            return false;
        }
        sb.setCharAt(sb.length() - 1, joined.charAt(0));
        return true;
    }

    /** A compatibility character whose NFKC form is read as a piece of its own (not width forms). */
    private static boolean expandsAlone(char c) {
        if ((c >= '\uFF00' && c <= '\uFFEF') || c == '\u3000' || Character.isWhitespace(c) || c == '\u00A0'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u202F') {
            return false;
        }
        String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        return !n.equals(String.valueOf(c)) && !n.isBlank();
    }

    private static final Pattern NUMBER_IN_BRACKETS = Pattern.compile("\\(" + BOUNDARY + "*(\\d+)" + BOUNDARY + "*\\)");

    private static List<String> tokens(String s) {
        // a number alone in brackets reads as the number, a piece of its own: (1), (①) and ① are the same
        String t = NUMBER_IN_BRACKETS.matcher(s).replaceAll(BOUNDARY + "$1" + BOUNDARY);
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int curClass = 0; // 1 digits, 2 letters
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == BOUNDARY) {
                flush(out, cur);
                curClass = 0;
                continue;
            }
            if (Character.isWhitespace(c)) {
                flush(out, cur);
                curClass = 0;
                space = true;
                continue;
            }
            if (space) {
                if (!out.isEmpty() && !(isCjk(out.get(out.size() - 1)) && isCjk(c))) {
                    out.add(" ");
                }
                space = false;
            }
            int k = c >= '0' && c <= '9' ? 1 : ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) ? 2 : 0;
            if (k == 0 || k != curClass) {
                flush(out, cur);
            }
            cur.append(c);
            curClass = k;
            if (k == 0) {
                flush(out, cur);
            }
        }
        flush(out, cur);
        return out;
    }

    private static void flush(List<String> out, StringBuilder cur) {
        if (cur.length() > 0) {
            out.add(cur.toString());
            cur.setLength(0);
        }
    }

    private static boolean isCjk(String token) {
        return token.length() == 1 && isCjk(token.charAt(0));
    }

    private static boolean isCjk(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || c == 'ー' || (c >= '\u3000' && c <= '\u303F')
                || (c >= '\uFF01' && c <= '\uFF0F');
    }

    private static boolean isAmbiguousDash(char c) {
        return "‐‑‒–—―−﹣－ｰ".indexOf(c) >= 0;
    }

    private static boolean isKana(char c) {
        return c != 0 && (Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA || c == 'ー' || c == 'ｰ'
                || c == 'ﾞ' || c == 'ﾟ') && c != '・' && c != '･';
    }

    private static boolean isAlnum(char c) {
        String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        char x = n.isEmpty() ? c : n.charAt(0);
        return (x >= '0' && x <= '9') || (x >= 'A' && x <= 'Z') || (x >= 'a' && x <= 'z');
    }

    private static boolean isWhite(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200F') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD' || c == '\u3164'
                || c == '\uFFA0';
    }

    // ------------------------------------------------------------------ numbers

    private static final String[][] SCALES = {{"百万", "1000000"}, {"千", "1000"}, {"万", "10000"}};
    private static final Set<String> NUMBER_UNITS = Set.of("円", "人", "名", "件", "個", "台", "本", "枚", "冊", "回",
            "戸", "世帯", "棟", "箇所", "か所", "ヶ所", "ケ所", "カ所", "施設", "校", "園", "床", "頭", "羽", "隻", "両", "kg", "km",
            "m2", "ha", "ml", "mL", "m", "g", "t", "トン", "%", "パーセント", "歳", "才", "時間", "分", "秒", "km/h",
            "°C", "mm", "cm", "倍", "点", "票", "席", "区画", "か月", "ヶ月", "ケ月", "カ月", "週", "日間", "年間", "平方メートル");

    /** Amount, base unit and whether approximate. */
    record Amount(BigDecimal value, String unit, boolean approximate) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Amount a && a.value.compareTo(value) == 0 && Objects.equals(a.unit, unit)
                    && a.approximate == approximate;
        }

        @Override
        public int hashCode() {
            return Objects.hash(value.stripTrailingZeros(), unit, approximate);
        }
    }

    private static final Pattern AMOUNT = Pattern.compile(
            "(約|およそ|概ね)?\\s*([-+△▲])?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)?(\\.\\d+)?\\s*(.*?)\\s*");

    static Object number(String value, String header) {
        if (value.indexOf('¹') >= 0 || value.indexOf('²') >= 0 || value.indexOf('³') >= 0) {
            return unknown("superscript");
        }
        String v = Normalizer.normalize(value, Normalizer.Form.NFKC).replace('−', '-').strip();
        Matcher m = AMOUNT.matcher(v);
        if (!m.matches() || (m.group(3) == null && m.group(4) == null)) {
            return unknown("not a number: " + value);
        }
        BigDecimal x = new BigDecimal((m.group(3) == null ? "0" : m.group(3).replace(",", ""))
                + (m.group(4) == null ? "" : m.group(4)));
        String sign = m.group(2);
        if (sign != null && !sign.equals("+")) {
            x = x.negate();
        }
        // footnote marks are notes, not part of the amount; a coordinate's degree sign is its unit
        String rest = m.group(5).replaceAll("(※|\\*|†|‡|注|\\(注|\\(※)\\d*\\)?", "").replace("°", "").strip();
        String unit = rest.isEmpty() ? null : rest;
        if (unit != null) {
            for (String[] s : SCALES) {
                if (unit.startsWith(s[0]) && unit.length() > s[0].length()) {
                    x = x.multiply(new BigDecimal(s[1]));
                    unit = unit.substring(s[0].length());
                    break;
                }
            }
            if (!NUMBER_UNITS.contains(unit)) {
                return unknown("unit " + unit);
            }
        } else {
            // a bare number has the column's unit
            String h = Normalizer.normalize(header, Normalizer.Form.NFKC);
            Matcher b = Pattern.compile(".*[\\(\\[【](?:単位[:：]?)?\\s*([^\\)\\]】]+?)\\s*[\\)\\]】]\\s*").matcher(h);
            if (b.matches()) {
                String u = b.group(1);
                for (String[] s : SCALES) {
                    if (u.startsWith(s[0]) && u.length() > s[0].length() && NUMBER_UNITS.contains(u.substring(s[0].length()))) {
                        x = x.multiply(new BigDecimal(s[1]));
                        u = u.substring(s[0].length());
                        break;
                    }
                }
                unit = NUMBER_UNITS.contains(u) ? u : null;
            }
            if (unit == null) {
                unit = "(" + h + ")"; // the unit the column name implies, whatever it is
            }
        }
        return new Amount(x, unit, m.group(1) != null);
    }

    /**
     * The readings of a number with a unit and of the bare number in this column agree when the
     * column name states that unit (or its base): the bare number then carries the name's unit.
     */
    static boolean sameAmount(Object original, Object suggested, String header) {
        if (original.equals(suggested)) {
            return true;
        }
        if (original instanceof Amount a && suggested instanceof Amount b && b.unit.startsWith("(")
                && a.unit != null && !a.unit.startsWith("(")) {
            String h = Normalizer.normalize(header, Normalizer.Form.NFKC);
            int i = h.indexOf(a.unit);
            boolean stated = i >= 0 && (i == 0 || "千万百十億".indexOf(h.charAt(i - 1)) < 0);
            return stated && a.value.compareTo(b.value) == 0 && a.approximate == b.approximate;
        }
        return false;
    }

    // ------------------------------------------------------------------ dates

    private static final String[][] ERAS = {{"明治", "M", "1867"}, {"大正", "T", "1911"}, {"昭和", "S", "1925"},
        {"平成", "H", "1988"}, {"令和", "R", "2018"}};
    private static final Pattern WAREKI = Pattern.compile(
            "(明治|大正|昭和|平成|令和|[MTSHRmtshr])(元|\\d{1,2})(?:年(\\d{1,2})月(\\d{1,2})日|([./-])(\\d{1,2})\\5(\\d{1,2}))");
    private static final Pattern WAREKI_YEAR = Pattern.compile("(明治|大正|昭和|平成|令和|[MTSHRmtshr])(元|\\d{1,2})(年度|年)");
    private static final Pattern YMD = Pattern.compile("(\\d{4})(?:([./-])(\\d{1,2})\\2(\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日)");
    private static final Pattern GREGORIAN_YEAR = Pattern.compile("(\\d{4})(年度|年)");

    static Object date(String value) {
        String v = Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
        try {
            Matcher m = WAREKI.matcher(v);
            if (m.matches()) {
                int base = eraBase(m.group(1));
                int y = base + (m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2)));
                String mo = m.group(3) != null ? m.group(3) : m.group(6);
                String d = m.group(4) != null ? m.group(4) : m.group(7);
                return LocalDate.of(y, Integer.parseInt(mo), Integer.parseInt(d));
            }
            m = WAREKI_YEAR.matcher(v);
            if (m.matches()) {
                int y = eraBase(m.group(1)) + (m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2)));
                return y + m.group(3);
            }
            m = YMD.matcher(v);
            if (m.matches()) {
                String mo = m.group(3) != null ? m.group(3) : m.group(5);
                String d = m.group(4) != null ? m.group(4) : m.group(6);
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(mo), Integer.parseInt(d));
            }
            m = GREGORIAN_YEAR.matcher(v);
            if (m.matches()) {
                return m.group(1) + m.group(2);
            }
            if (v.matches("\\d{8}")) {
                return LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)),
                        Integer.parseInt(v.substring(6)));
            }
            m = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})[T ]00:00(?::00)?").matcher(v);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException e) {
            return unknown("no such day: " + value);
        }
        return unknown("not a date: " + value);
    }

    private static int eraBase(String era) {
        for (String[] e : ERAS) {
            if (e[0].equals(era) || e[1].equalsIgnoreCase(era)) {
                return Integer.parseInt(e[2]);
            }
        }
        throw new IllegalArgumentException(era);
    }

    // ------------------------------------------------------------------ codes

    /** The list of municipalities (reference data: which codes name one). */
    private static final CodeLists LISTED = CodeLists.standard();

    static Object code(String value) {
        String v = Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
        if (!v.matches("\\d{1,6}")) {
            return unknown("not a code: " + value);
        }
        switch (v.length()) {
            case 6:
                return checkDigit(v.substring(0, 5)) == v.charAt(5) - '0' ? v.substring(0, 5) : unknown("check digit");
            case 5: {
                // the 5-digit form, or a 6-digit code that lost its leading zero: whichever names a
                // municipality of the list; both or neither cannot be told apart
                boolean five = LISTED.isListed(v + checkDigit(v));
                String six = "0" + v;
                boolean lost = checkDigit(six.substring(0, 5)) == six.charAt(5) - '0' && LISTED.isListed(six);
                if (five && lost) {
                    return unknown("5-digit form or lost zero: " + value);
                }
                if (lost) {
                    return six.substring(0, 5);
                }
                int pref = Integer.parseInt(v.substring(0, 2));
                return pref >= 1 && pref <= 47 ? v : unknown("prefecture " + value);
            }
            case 4:
                return "0" + v;
            case 2:
                return v + "000";
            default:
                return unknown("too short: " + value);
        }
    }

    /** The check digit of a 5-digit code: 11 minus the weighted sum (6,5,4,3,2) mod 11, last digit. */
    static int checkDigit(String five) {
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (five.charAt(i) - '0') * (6 - i);
        }
        return (11 - sum % 11) % 10;
    }

    // ------------------------------------------------------------------ others

    private static Object digits(String value) {
        String v = Normalizer.normalize(value, Normalizer.Form.NFKC).strip()
                .replaceFirst("(?i)^(tel|fax|電話番号|電話)\\s*[:.]?\\s*", "").replaceFirst("^〒", "");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            } else if (c == '+' && sb.length() == 0) {
                sb.append(c);
            } else if (!(c == '-' || c == ' ' || c == '(' || c == ')' || isAmbiguousDash(c) || c == 'ー')) {
                return unknown("not digits: " + value);
            }
        }
        return sb.toString();
    }

    private static Object time(String value) {
        String v = Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
        Matcher m = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2})(?::(\\d{2}))?|時(?:(\\d{1,2})分)?)").matcher(v);
        if (m.matches()) {
            int h = Integer.parseInt(m.group(1));
            int mi = m.group(2) != null ? Integer.parseInt(m.group(2)) : m.group(4) != null ? Integer.parseInt(m.group(4)) : 0;
            int s = m.group(3) != null ? Integer.parseInt(m.group(3)) : 0;
            return h * 3600 + mi * 60 + s;
        }
        if (v.matches("\\d{4}")) {
            return Integer.parseInt(v.substring(0, 2)) * 3600 + Integer.parseInt(v.substring(2)) * 60;
        }
        return unknown("not a time: " + value);
    }

    private static final List<String> PREFECTURES = List.of("北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県",
            "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県",
            "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県",
            "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県",
            "大分県", "宮崎県", "鹿児島県", "沖縄県");

    private static Object prefecture(String value) {
        String v = value.strip();
        if (PREFECTURES.contains(v)) {
            return v;
        }
        List<String> c = PREFECTURES.stream().filter(p -> p.length() == v.length() + 1 && p.startsWith(v)).toList();
        return c.size() == 1 ? c.get(0) : unknown("prefecture " + value);
    }

    private static Object umu(String value) {
        String v = Normalizer.normalize(value, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        if (Set.of("有", "有り", "あり", "有る", "ある", "○", "〇", "◯", "1", "true", "yes", "y", "はい").contains(v)) {
            return "有";
        }
        if (Set.of("無", "無し", "なし", "無い", "ない", "×", "✕", "0", "false", "no", "n", "いいえ").contains(v)) {
            return "無";
        }
        return unknown("umu " + value);
    }
}
