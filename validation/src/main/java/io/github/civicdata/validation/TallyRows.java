package io.github.civicdata.validation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Total, subtotal and cumulative rows mixed into the data (集計行): {@code 合計}, {@code 計},
 * {@code 小計}, {@code 総計}, {@code ＊東区計＊}, {@code 男計}, {@code TOTAL}, and a cumulative row
 * such as {@code ～2020/4/26} at the top of a daily table. They are derived from the data rows, so
 * a program that sums the column counts them twice; they are reported once per table under
 * L1-04 and are not checked as data (their blank cells are not "same as above", their labels are
 * not choices).
 *
 * <p>A row is a tally when one of its first three cells is such a label and some other cell holds
 * a number. A label ending in 計 counts only when it is decorated ({@code ＊東区計＊},
 * {@code 【計】}) or names a group ({@code 東区計}, {@code 男計}, {@code 令和5年度計}), so that
 * words such as 時計, 会計, 設計, 統計 or 集計 are not taken for totals.
 *
 * <p>{@link #label} is stateless; an instance collects the tally rows of one table. Not
 * thread-safe.
 */
final class TallyRows {

    /** Lines listed in the finding. */
    static final int LISTED = 5;

    private static final Set<String> WORDS = Set.of("合計", "計", "小計", "総計", "中計", "累計", "総合計", "全体計",
            "合算", "総和", "合計値", "計(再掲)", "total", "subtotal", "grandtotal", "sum", "sumtotal", "totals");

    private static final Set<String> NOT_TOTALS = Set.of("時計", "会計", "設計", "統計", "家計", "集計", "推計", "生計",
            "早計", "余計", "主計", "見積計", "温度計", "体温計", "血圧計", "湿度計", "気圧計", "雨量計", "水位計", "風速計",
            "地震計", "歩数計", "万歩計", "線量計", "圧力計", "流量計", "電力計", "照度計", "騒音計", "振動計", "積算計");

    /** Endings of a group name before 計: 東区計, 全市計, 男計, 令和5年度計. */
    private static final String[] GROUP_ENDINGS = {"区", "市", "町", "村", "郡", "県", "都", "府", "道", "地区", "地域",
        "圏", "部", "課", "局", "所", "校", "園", "男", "女", "年", "月", "度", "内", "外", "全体", "全市", "全県", "全区"};

    private final List<long[]> rows = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private long count;

    /**
     * The tally label of a row, or null if the row is data: one of the first three cells is a total
     * label (or a cumulative date in a date column) and another non-empty cell is a number.
     *
     * @param names the column names
     * @param prev the previous data row, or null when this is the first
     */
    static String label(RecordView rec, String[] names, RecordView prev) {
        int width = names.length;
        int limit = Math.min(Math.min(3, rec.size), Math.max(1, width));
        String found = null;
        int at = -1;
        for (int i = 0; i < limit && found == null; i++) {
            if (rec.isEmpty(i) || rec.length(i) > 40 || !mayBeTally(rec.chars, rec.start[i], rec.end[i])
                    || !asciiMayBeLabel(rec.chars, rec.start[i], rec.end[i])) {
                continue; // most cells are decided on their characters, without a string
            }
            String t = Cells.trim(rec.text(i));
            if (t.length() > 24) {
                continue; // text, not a row label
            }
            if (isTotal(t) || (isCumulative(t) && i < width && dateColumn(names[i])
                    && (prev == null || (i < prev.size && plainDate(prev.text(i)))))) {
                found = t;
                at = i;
            }
        }
        if (found == null) {
            return null;
        }
        StringBuilder n = new StringBuilder();
        StringBuilder u = new StringBuilder();
        for (int i = 0; i < rec.size; i++) {
            if (i == at || rec.isEmpty(i)) {
                continue;
            }
            if (Cells.isCleanNumber(rec.chars, rec.start[i], rec.end[i])) {
                return found;
            }
            String t = Cells.trim(rec.text(i));
            char[] a = t.toCharArray();
            if (Cells.parseNumber(a, 0, a.length, n, u) != Cells.N_NOT_NUMBER) {
                return found;
            }
        }
        return null;
    }

    /**
     * Whether a cell can be a tally label at all: it holds 計, a letter of total/subtotal/sum/grand
     * (half- or full-width), a wave dash, or ends like まで/以前/迄. False for most data cells.
     */
    static boolean mayBeTally(char[] a, int s, int e) {
        return TALLY_CHARS.any(a, s, e);
    }

    /** The characters of {@link #mayBeTally}. */
    static final String TALLY_CHAR_LIST = "計～〜~で前迄TtSsＴｔＳｓ";
    private static final CharBits TALLY_CHARS = new CharBits(TALLY_CHAR_LIST);

    /**
     * False only for a cell of ASCII characters that can be neither a total label nor a cumulative
     * one, decided on the characters (a Latin word with a t or an s in it, most often): NFKC leaves
     * ASCII as it is, so {@link #isTotal} can only match one of the English words, whose letters
     * (after the spaces and decorations it drops, lower-cased) start with tot, sub, gra or sum; and
     * {@link #isCumulative} needs a {@code ~}. True for anything else (the string checks decide).
     */
    static boolean asciiMayBeLabel(char[] a, int s, int e) {
        int got = 0;
        int head = 0;
        for (int k = s; k < e; k++) {
            char c = a[k];
            if (c >= 0x80 || c == '~') {
                return true;
            }
            if (Character.isWhitespace(c) || "*[]<>-_=".indexOf(c) >= 0 || got == 3) {
                continue;
            }
            head = (head << 8) | (c >= 'A' && c <= 'Z' ? c + 32 : c);
            got++;
        }
        return got == 3 && (head == ('t' << 16 | 'o' << 8 | 't') || head == ('s' << 16 | 'u' << 8 | 'b')
                || head == ('g' << 16 | 'r' << 8 | 'a') || head == ('s' << 16 | 'u' << 8 | 'm'));
    }

    /** A total or subtotal label: 合計, 計, 小計, ＊東区計＊, 男計, TOTAL, 合　計, 合計（人）. */
    static boolean isTotal(String t) {
        if (t.startsWith("=") || t.startsWith("＝")) {
            return false; // a formula (L2-06), such as =SUM(B2:B3)
        }
        String n = Normalizer.normalize(t, Normalizer.Form.NFKC);
        StringBuilder core = new StringBuilder(n.length());
        boolean decorated = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            if ("*＊【】[]〔〕<>＜＞《》「」『』・※-_=".indexOf(c) >= 0) {
                decorated = true;
                continue;
            }
            core.append(c);
        }
        String k = core.toString().toLowerCase(Locale.ROOT);
        // a unit or note in brackets after the word: 合計(人), 計（再掲）
        int paren = k.indexOf('(');
        if (paren > 0 && k.endsWith(")")) {
            String head = k.substring(0, paren);
            if (WORDS.contains(head) || WORDS.contains(k)) {
                return true;
            }
            k = head;
        }
        if (WORDS.contains(k)) {
            return true;
        }
        if (k.length() < 2 || k.length() > 12 || k.charAt(k.length() - 1) != '計' || NOT_TOTALS.contains(k)) {
            return false;
        }
        String group = k.substring(0, k.length() - 1);
        if (group.endsWith("小") || group.endsWith("合") || group.endsWith("総")) {
            return true; // 東区小計, 男女合計
        }
        if (decorated) {
            return true;
        }
        for (String e : GROUP_ENDINGS) {
            if (group.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** A cumulative label: a date with 〜 before it or まで/以前/迄 after it (～2020/4/26, 2020/4/26まで). */
    static boolean isCumulative(String t) {
        if (t.length() < 4) {
            return false;
        }
        String d = null;
        char c0 = t.charAt(0);
        if (c0 == '～' || c0 == '〜' || c0 == '~') {
            d = Cells.trim(t.substring(1));
        } else if (t.endsWith("まで") || t.endsWith("以前")) {
            d = Cells.trim(t.substring(0, t.length() - 2));
        } else if (t.endsWith("迄")) {
            d = Cells.trim(t.substring(0, t.length() - 1));
        }
        if (d == null || d.isEmpty()) {
            return false;
        }
        if (d.charAt(d.length() - 1) == '～' || d.charAt(d.length() - 1) == '〜') {
            return false;
        }
        return VocabSemantics.looksLikeDate(d);
    }

    /** A column name that says the column holds dates (日付, 公表日, 年月日, date), not periods (期間). */
    static boolean dateColumn(String name) {
        String n = Normalizer.normalize(Cells.trim(name), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return (n.contains("日") || n.contains("date") || n.contains("年月") || n.contains("時点"))
                && !n.contains("期間") && !n.contains("period");
    }

    private static boolean plainDate(String v) {
        String t = Cells.trim(v);
        return !t.isEmpty() && !isCumulative(t) && VocabSemantics.looksLikeDate(t);
    }

    /** Counts a tally row of the table. */
    void add(long line, long row, String label) {
        count++;
        if (rows.size() < LISTED) {
            rows.add(new long[] {line, row});
        }
        if (labels.size() < 3 && !labels.contains(label)) {
            labels.add(label);
        }
    }

    long count() {
        return count;
    }

    String firstLabel() {
        return labels.get(0);
    }

    long firstLine() {
        return rows.get(0)[0];
    }

    long firstRow() {
        return rows.get(0)[1];
    }

    /** The lines listed in the finding: {@code 4, 7, 8} (and {@code …} when there are more). */
    String lines() {
        StringBuilder sb = new StringBuilder();
        for (long[] r : rows) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(r[0]);
        }
        if (count > rows.size()) {
            sb.append(", …");
        }
        return sb.toString();
    }

    /** Up to three distinct labels: {@code 「＊東区計＊」「合計」}. */
    String labels() {
        StringBuilder sb = new StringBuilder();
        for (String l : labels) {
            sb.append('「').append(l.length() > 20 ? l.substring(0, 20) + "…" : l).append('」');
        }
        return sb.toString();
    }

    void clear() {
        rows.clear();
        labels.clear();
        count = 0;
    }
}
