package io.github.civicdata.validation;

import java.util.List;
import java.util.Set;

/**
 * Character-level analysis of one cell, written as plain scans over the record's character array
 * (no regular expressions, no allocation on the common path): layout spaces, line breaks,
 * machine-dependent characters, numbers with units or separators, secrecy symbols, ditto marks,
 * several values in one cell.
 *
 * <p>Stateless and thread-safe (the {@link Scan} result object is per caller).
 */
final class Cells {

    // scan flags
    static final int S_DIGIT = 1;
    static final int S_SPACE = 1 << 1;
    static final int S_NEWLINE = 1 << 2;
    static final int S_LEAD_SPACE = 1 << 3;
    static final int S_TRAIL_SPACE = 1 << 4;
    static final int S_MULTI_SPACE = 1 << 5;
    static final int S_NON_ASCII = 1 << 6;
    static final int S_DEPENDENT = 1 << 7;
    static final int S_INVISIBLE = 1 << 8;
    static final int S_REPLACEMENT = 1 << 9;
    static final int S_FW_DIGIT = 1 << 10;
    static final int S_SEPARATOR = 1 << 11;
    static final int S_ALPHA = 1 << 12;
    static final int S_DATE_CHAR = 1 << 13;
    static final int S_OTHER = 1 << 14;
    static final int S_NUMERIC_CHARS_ONLY = 1 << 15;
    static final int S_AT = 1 << 16;
    static final int S_COLON = 1 << 17;
    /** A full-width form of an ASCII character (U+FF01–U+FF5E), digits included (the fixer's full-width step). */
    static final int S_FW_ASCII = 1 << 18;

    private static final int[] ASCII = new int[128];

    static {
        for (int c = 0; c < 128; c++) {
            int f;
            if (c >= '0' && c <= '9') {
                f = S_DIGIT;
            } else if (c == ' ' || c == '\t') {
                f = S_SPACE | S_SEPARATOR;
            } else if (c == '\n' || c == '\r') {
                f = S_NEWLINE | S_SEPARATOR;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                f = S_ALPHA;
            } else if (c == ',' || c == ';' || c == '/' || c == '&' || c == '~') {
                f = S_SEPARATOR;
            } else if (c == '-' || c == '.') {
                f = S_DATE_CHAR;
            } else if (c == '@') {
                f = S_AT;
            } else if (c == ':') {
                f = S_COLON;
            } else if (c < 0x20 || c == 0x7F) {
                f = 0;
            } else {
                f = S_OTHER;
            }
            ASCII[c] = f;
        }
    }

    /** The result of {@link #scan}: flags and the first machine-dependent character. */
    static final class Scan {
        int flags;
        int firstDependent = -1;
        byte dependentClass;
        int dependentMask;
    }

    private Cells() {
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000';
    }

    static final int SPACE_BIT = 1 << 20;
    static final int DEP_BIT = 1 << 21;
    static final int FLAG_MASK = (1 << 20) - 1;

    /** Scan flags of every char (low bits), a space marker, a machine-dependent marker and class (bits 24+). */
    private static final int[] TABLE = CharTables.read().map(t -> t[1]).orElseGet(Cells::compute);

    /** Computes {@link #TABLE} from {@link CharClass} (what {@link CharTables} stores precomputed). */
    static int[] compute() {
        int[] table = new int[0x10000];
        for (int c = 0; c < 0x10000; c++) {
            int f;
            if (c < 0x80) {
                f = ASCII[c];
                if ((f & S_SPACE) != 0) {
                    f |= SPACE_BIT;
                }
                if (f == 0 && c != '\n' && c != '\r' && c != '\t') {
                    f = S_DEPENDENT | DEP_BIT | (CharClass.CONTROL << 24);
                }
            } else {
                byte k = CharClass.of((char) c);
                switch (k) {
                    case CharClass.OK:
                        if (c == '年' || c == '月' || c == '日' || c == '／' || c == '．') {
                            f = S_DATE_CHAR;
                        } else if (c == '、' || c == '・' || c == '，' || c == '；' || c == '＆') {
                            f = S_SEPARATOR;
                        } else {
                            f = S_OTHER;
                        }
                        break;
                    case CharClass.FULLWIDTH_SPACE:
                        f = S_SPACE | S_SEPARATOR | SPACE_BIT;
                        break;
                    case CharClass.FULLWIDTH_DIGIT:
                        f = S_FW_DIGIT;
                        break;
                    case CharClass.INVISIBLE:
                        f = S_INVISIBLE;
                        break;
                    case CharClass.REPLACEMENT:
                        f = S_REPLACEMENT;
                        break;
                    default:
                        f = S_DEPENDENT | S_OTHER | DEP_BIT | (k << 24);
                        if (k == CharClass.MAPPING && (c == '〜' || c == '～')) {
                            f |= S_SEPARATOR;
                        }
                        break;
                }
                f |= S_NON_ASCII;
                if (c >= 0xFF01 && c <= 0xFF5E) {
                    f |= S_FW_ASCII;
                }
            }
            table[c] = f;
        }
        return table;
    }

    /** Scans a non-empty cell once: one table lookup per character. */
    static void scan(char[] a, int s, int e, Scan out) {
        int flags = 0;
        int firstDep = -1;
        byte depClass = 0;
        int depMask = 0;
        int spaceRun = 0;
        final int[] table = TABLE;
        int i = s;
        // the common cell first: no space and no machine-dependent character, one test per character
        // (issue 16); the loop below takes over at the first of either, with the same state
        for (; i < e; i++) {
            int f = table[a[i]];
            if ((f & (SPACE_BIT | DEP_BIT)) != 0) {
                break;
            }
            flags |= f;
        }
        for (; i < e; i++) {
            int f = table[a[i]];
            flags |= f;
            if ((f & SPACE_BIT) != 0) {
                if (++spaceRun >= 2) {
                    flags |= S_MULTI_SPACE;
                }
                continue;
            }
            spaceRun = 0;
            if ((f & DEP_BIT) != 0) {
                byte k = (byte) (f >>> 24);
                depMask |= 1 << k;
                if (firstDep < 0) {
                    firstDep = i;
                    depClass = k;
                } else if (severityRank(k) > severityRank(depClass)) {
                    depClass = k;
                }
            }
        }
        flags &= FLAG_MASK;
        if (isSpace(a[s])) {
            flags |= S_LEAD_SPACE;
        }
        if (isSpace(a[e - 1])) {
            flags |= S_TRAIL_SPACE;
        }
        if ((flags & (S_NON_ASCII | S_ALPHA | S_OTHER | S_SPACE | S_NEWLINE | S_SEPARATOR | S_AT | S_COLON)) == 0) {
            flags |= S_NUMERIC_CHARS_ONLY;
        }
        out.flags = flags;
        out.firstDependent = firstDep;
        out.dependentClass = depClass;
        out.dependentMask = depMask;
    }

    /** Which machine-dependent class to name first when a cell holds several. */
    static int severityRank(byte k) {
        return switch (k) {
            case CharClass.CONTROL -> 8;
            case CharClass.PRIVATE_USE -> 7;
            case CharClass.EXT_SYMBOL -> 6;
            case CharClass.ERA -> 5;
            case CharClass.HALFWIDTH_KANA -> 4;
            case CharClass.NON_JIS -> 3;
            case CharClass.EXT_KANJI -> 2;
            case CharClass.MAPPING -> 1;
            default -> 0;
        };
    }

    // ---------------------------------------------------------------- numbers

    static final int N_NOT_NUMBER = -1;
    static final int N_CLEAN = 0;
    static final int N_SEPARATOR = 1;
    static final int N_FULLWIDTH = 1 << 1;
    static final int N_UNIT = 1 << 2;
    static final int N_FOOTNOTE = 1 << 3;
    static final int N_TRIANGLE = 1 << 4;
    static final int N_SPACE = 1 << 5;
    static final int N_PREFIX = 1 << 6;

    /** Measure units written after numbers in Japanese statistics; longest first where prefixes overlap. */
    static final String[] UNITS = {
        "百万円", "千円", "万円", "円", "千人", "万人", "人", "名", "件", "個", "台", "本", "枚", "冊", "回", "戸",
        "世帯", "棟", "箇所", "か所", "ヶ所", "ケ所", "カ所", "施設", "校", "園", "床", "頭", "羽", "隻", "両",
        "kg", "ｋｇ", "km", "ｋｍ", "m2", "m²", "㎡", "平方メートル", "ha", "ｈａ", "ml", "mL", "m", "ｍ", "g", "t",
        "トン", "%", "％", "パーセント", "歳", "才", "時間", "分", "秒", "km/h", "℃", "mm", "cm", "ｍｍ", "ｃｍ",
        "倍", "点", "票", "席", "区画", "か月", "ヶ月", "ケ月", "カ月", "週", "日間", "年間"
    };

    /**
     * Words before an approximate number; in a fixed order, longest first where they overlap ({@code 約:}
     * before {@code 約}), so that a value parses the same in every run.
     */
    private static final List<String> PREFIXES = List.of("約:", "約", "およそ", "概ね", "ca.");

    /** Whether a character starts one of {@link #PREFIXES} / {@link #UNITS} (most cells start none). */
    private static final boolean[] PREFIX_START = starts(PREFIXES.toArray(new String[0]));
    private static final boolean[] UNIT_START = starts(UNITS);

    private static boolean[] starts(String[] words) {
        boolean[] b = new boolean[Character.MAX_VALUE + 1];
        for (String w : words) {
            b[w.charAt(0)] = true;
        }
        return b;
    }

    /**
     * Whether {@link #parseNumber} can find a number in a cell that starts with {@code c} (not a
     * space): a digit, a point, a sign or the first character of an approximate prefix. A cheap
     * test before it (most text cells start with none).
     */
    static boolean mayStartNumber(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９' || c == '.' || c == '．' || c == '-' || c == '+'
                || c == '−' || c == '－' || c == '＋' || c == '▲' || c == '△' || PREFIX_START[c];
    }

    /**
     * Parses a (trimmed) cell as a number, reporting what keeps it from being a plain number.
     *
     * @param normalized receives the plain number when the result is not {@link #N_NOT_NUMBER}
     * @param unit receives the unit found (if any)
     * @return {@link #N_NOT_NUMBER}, {@link #N_CLEAN}, or a mask of defects
     */
    static int parseNumber(char[] a, int s, int e, StringBuilder normalized, StringBuilder unit) {
        normalized.setLength(0);
        unit.setLength(0);
        // trim
        while (s < e && isSpace(a[s])) {
            s++;
        }
        while (e > s && isSpace(a[e - 1])) {
            e--;
        }
        if (s >= e) {
            return N_NOT_NUMBER;
        }
        int defects = 0;
        int i = s;
        // approximate prefix
        for (int k = 0, n = i < e && PREFIX_START[a[i]] ? PREFIXES.size() : 0; k < n; k++) {
            String p = PREFIXES.get(k);
            if (startsWith(a, i, e, p)) {
                i += p.length();
                defects |= N_PREFIX;
                break;
            }
        }
        if (i < e) {
            char c = a[i];
            if (c == '-' || c == '+') {
                if (c == '-') {
                    normalized.append('-');
                }
                i++;
            } else if (c == '−' || c == '－' || c == '＋') {
                if (c != '＋') {
                    normalized.append('-');
                }
                defects |= N_FULLWIDTH;
                i++;
            } else if (c == '▲' || c == '△') {
                normalized.append('-');
                defects |= N_TRIANGLE;
                i++;
            }
        }
        int digits = 0;
        int groupLen = 0;
        boolean sawSeparator = false;
        boolean sawPoint = false;
        boolean firstGroup = true;
        while (i < e) {
            char c = a[i];
            if (c >= '0' && c <= '9') {
                normalized.append(c);
                digits++;
                groupLen++;
            } else if (c >= '０' && c <= '９') {
                normalized.append((char) ('0' + (c - '０')));
                digits++;
                groupLen++;
                defects |= N_FULLWIDTH;
            } else if ((c == ',' || c == '，') && !sawPoint) {
                if (groupLen == 0 || (firstGroup ? groupLen > 3 : groupLen != 3)) {
                    return N_NOT_NUMBER;
                }
                firstGroup = false;
                groupLen = 0;
                sawSeparator = true;
                defects |= N_SEPARATOR;
                if (c == '，') {
                    defects |= N_FULLWIDTH;
                }
            } else if ((c == '.' || c == '．') && !sawPoint) {
                if (sawSeparator && groupLen != 3) {
                    return N_NOT_NUMBER;
                }
                sawPoint = true;
                normalized.append('.');
                groupLen = 0;
                if (c == '．') {
                    defects |= N_FULLWIDTH;
                }
            } else {
                break;
            }
            i++;
        }
        if (digits == 0) {
            return N_NOT_NUMBER;
        }
        if (sawSeparator && !sawPoint && groupLen != 3) {
            return N_NOT_NUMBER;
        }
        if (i == e) {
            return defects;
        }
        // suffix: spaces, unit, footnote marks
        int j = i;
        while (j < e && isSpace(a[j])) {
            j++;
        }
        if (j > i) {
            defects |= N_SPACE;
        }
        boolean matched = false;
        for (int k = 0, n = j < e && UNIT_START[a[j]] ? UNITS.length : 0; k < n; k++) {
            String u = UNITS[k];
            if (startsWith(a, j, e, u)) {
                unit.append(u);
                j += u.length();
                defects |= N_UNIT;
                matched = true;
                break;
            }
        }
        // footnote marks: ※, ※1, *, ＊, †, ‡, 注1, (注1), （注）, superscripts
        int beforeNotes = j;
        while (j < e) {
            char c = a[j];
            if (c == '※' || c == '*' || c == '＊' || c == '†' || c == '‡' || c == '¹' || c == '²' || c == '³') {
                j++;
                while (j < e && (Character.isDigit(a[j]))) {
                    j++;
                }
            } else if (c == '注') {
                j++;
                while (j < e && Character.isDigit(a[j])) {
                    j++;
                }
            } else if ((c == '(' || c == '（') && j + 1 < e && (a[j + 1] == '注' || a[j + 1] == '※')) {
                int k = j + 2;
                while (k < e && Character.isDigit(a[k])) {
                    k++;
                }
                if (k < e && (a[k] == ')' || a[k] == '）')) {
                    j = k + 1;
                } else {
                    return N_NOT_NUMBER;
                }
            } else {
                break;
            }
        }
        if (j > beforeNotes) {
            defects |= N_FOOTNOTE;
        }
        if (j != e) {
            return N_NOT_NUMBER;
        }
        if (!matched && j == beforeNotes && j == i) {
            return N_NOT_NUMBER;
        }
        return defects;
    }

    static boolean startsWith(char[] a, int i, int e, String p) {
        int n = p.length();
        if (e - i < n) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (a[i + k] != p.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** A plain ASCII number: optional sign, digits, optional single decimal point. */
    static boolean isCleanNumber(char[] a, int s, int e) {
        int i = s;
        if (i < e && (a[i] == '-' || a[i] == '+')) {
            i++;
        }
        int digits = 0;
        boolean point = false;
        for (; i < e; i++) {
            char c = a[i];
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digits > 0;
    }

    // ---------------------------------------------------------------- symbols and marks

    private static final Set<String> SYMBOLS = Set.of(
            "-", "－", "‐", "―", "—", "–", "−", "ー", "…", "...", "‥", "・", "X", "x", "Ｘ", "ｘ", "×", "*", "＊",
            "**", "***", "＊＊", "＊＊＊", "秘", "χ", "NA", "N/A", "n/a", "n.a.", "na", "nd", "ND", "/", "／", "不詳",
            "不明", "秘匿", "非公表", "該当なし", "－－", "--", "?", "？", "#", "＃", "∞", "△", "▲", "◇");

    /** Whether a character starts one of {@link #SYMBOLS}. */
    private static final boolean[] SYMBOL_START = starts(SYMBOLS.toArray(new String[0]));

    /** Whether a trimmed cell is a symbol used for missing, secret or not-applicable values. */
    static boolean isSymbol(String trimmed) {
        return !trimmed.isEmpty() && trimmed.length() <= 4 && SYMBOLS.contains(trimmed);
    }

    /** {@link #isSymbol(String)} of the trimmed cell {@code a[s..e)}, making a string only when it may be one. */
    static boolean isSymbol(char[] a, int s, int e) {
        return s < e && e - s <= 4 && SYMBOL_START[a[s]] && SYMBOLS.contains(new String(a, s, e - s));
    }

    private static final Set<String> DITTO = Set.of(
            "〃", "″", "”", "\"", "々", "仝", "同上", "同左", "上に同じ", "左に同じ", "〃〃", "同", "ditto", "do.", "Do.");
    private static final String[] DITTO_LIST = DITTO.toArray(new String[0]);

    /** Whether a cell starting with {@code c} can be a ditto mark (a cheap test before the set lookup). */
    static boolean mayBeDitto(char c) {
        switch (c) {
            case '〃', '″', '”', '"', '々', '仝', '同', '上', '左', 'd', 'D':
                return true;
            default:
                return false;
        }
    }

    /** Whether a cell starting with {@code c} can be "その他" with details. */
    static boolean mayBeOther(char c) {
        return c == 'そ' || c == '他' || c == 'O' || c == 'o';
    }

    static boolean isDitto(String trimmed) {
        if (trimmed.isEmpty() || trimmed.length() > 5) {
            return false;
        }
        char c = trimmed.charAt(0);
        return (c == '〃' || c == '″' || c == '”' || c == '"' || c == '々' || c == '仝' || c == '同' || c == '上'
                || c == '左' || c == 'd' || c == 'D') && DITTO.contains(trimmed);
    }

    /** {@link #isDitto(String)} of a trimmed range, without making a string. */
    static boolean isDitto(char[] a, int s, int e) {
        int n = e - s;
        if (n <= 0 || n > 5 || !mayBeDitto(a[s])) {
            return false;
        }
        for (String d : DITTO_LIST) {
            if (d.length() == n && startsWith(a, s, e, d)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a cell's text is a note marker at its start (※, 注, 出典 …). */
    static boolean startsLikeNote(String t) {
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(0);
        if (c == '※' || c == '＊' || c == '*' || c == '注' || c == '†' || c == '＜' || c == '<') {
            return !(c == '*' && t.length() <= 3) && !(c == '＊' && t.length() <= 3);
        }
        return t.startsWith("(注") || t.startsWith("（注") || t.startsWith("出典") || t.startsWith("資料")
                || t.startsWith("備考") || t.startsWith("出所") || t.startsWith("単位") || t.startsWith("（単位")
                || t.startsWith("(単位") || t.startsWith("作成") || t.startsWith("調査") && t.contains("時点")
                || t.startsWith("Source") || t.startsWith("Note") || t.startsWith("NOTE") || t.startsWith("更新日")
                || t.startsWith("最終更新") || t.startsWith("問い合わせ") || t.startsWith("問合せ");
    }

    /** Trims half-width and full-width spaces and tabs. */
    static String trim(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isSpace(s.charAt(b))) {
            b++;
        }
        while (e > b && isSpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    /** Collapses runs of spaces into one (of the first kind seen) and trims. */
    static String collapseSpaces(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) {
                    sb.append(c);
                }
                inSpace = true;
            } else {
                sb.append(c);
                inSpace = false;
            }
        }
        return trim(sb.toString());
    }

    /** Characters separated by single spaces to look evenly spaced ("高 松 市"). */
    static boolean spacedOut(String t) {
        int n = t.length();
        if (n < 5 || n > 40) {
            return false;
        }
        int pairs = 0;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            boolean sp = isSpace(c);
            if ((i % 2 == 1) != sp) {
                return false;
            }
            if (sp) {
                pairs++;
            } else if (!Character.isIdeographic(c) && !(c >= '\u3040' && c <= '\u30FF')) {
                return false; // only kanji and kana are spaced out to justify
            }
        }
        return pairs >= 2 && n % 2 == 1;
    }

    // ---------------------------------------------------------------- several values in one cell

    static final int MV_NONE = 0;
    static final int MV_LIST = 1;
    static final int MV_RANGE = 2;
    static final int MV_COORDINATES = 3;

    /**
     * Whether a trimmed cell is entirely several values of one kind joined by separators, or a range
     * of two times or dates ({@link MultiValues#of}).
     */
    static int multiValue(String t) {
        return MultiValues.of(t);
    }

    /** Whether a trimmed cell starts like a spreadsheet formula ({@code =…}). */
    static boolean looksLikeFormula(String t) {
        return t.length() > 1 && (t.charAt(0) == '=' || t.charAt(0) == '＝') && t.charAt(1) != '=';
    }

    private static final String[] OTHER_HEADS = {"その他", "そのほか", "他", "Other", "other"};

    private static boolean startsWith(CharSequence t, String p) {
        for (int i = 0; i < p.length(); i++) {
            if (t.charAt(i) != p.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a trimmed cell is "その他" followed by a detail ("その他（…）", "その他:…").
     */
    static boolean otherWithDetail(CharSequence t) {
        if (t.length() < 3) {
            return false;
        }
        char first = t.charAt(0);
        if (first != 'そ' && first != '他' && first != 'O' && first != 'o') {
            return false;
        }
        for (String h : OTHER_HEADS) {
            if (t.length() > h.length() + 1 && startsWith(t, h)) {
                char c = t.charAt(h.length());
                if (c == '（' || c == '(' || c == '：' || c == ':' || c == '「' || c == '［' || c == '[' || c == '・'
                        || c == '　' || c == ' ' || c == '-' || c == '－' || c == '／' || c == '/') {
                    return !h.equals("他") || c == '（' || c == '(';
                }
            }
        }
        return false;
    }
}
