package io.github.civicdata.validation;

import io.github.civicdata.core.Location;
import io.github.civicdata.core.Severity;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Findings about a table's columns as a whole: when the header is known, its names (L1-05, L2-03)
 * and the table's shape (L3-09); at the end of the table, from the {@link ColumnProfile}s: blank
 * columns and columns of side notes (L1-03, L1-04, L1-02), empty columns, symbols for missing
 * values (L3-03), blank versus zero (L1-09), units in cells (L3-04), numbers stored as text and
 * other values with details (L2-01, L2-05), spelling variants of choices (L2-04), implicit repeats
 * (L2-02), highlighted cells (L1-11) and ward names without their city (L3-06).
 *
 * <p>Not thread-safe; one instance per source.
 */
final class ColumnFindings {

    /** Describes an XLSX cell format for L1-11 messages. */
    interface StyleDescriber {
        String describe(int style);
    }

    private final Emitter out;
    private final TableState table;
    private final CellChecks cells;
    private final ValueSemantics semantics;
    private StyleDescriber styleDescriber;

    ColumnFindings(Emitter out, TableState table, CellChecks cells, ValueSemantics semantics) {
        this.out = out;
        this.table = table;
        this.cells = cells;
        this.semantics = semantics;
    }

    void styleDescriber(StyleDescriber d) {
        this.styleDescriber = d;
    }

    /**
     * The header's names: no header at all (L1-05: numbers or data-like cells), the character
     * checks of each header cell, duplicate (L2-03) and meaningless names (L1-05).
     *
     * @param below the rows of the head window below the header block
     */
    void headerNames(List<RecordView> below) {
        Map<String, Integer> firstIndex = new HashMap<>();
        int numeric = 0;
        int nonEmpty = 0;
        for (int i = 0; i < table.width; i++) {
            String t = Cells.trim(table.names[i]);
            if (t.isEmpty()) {
                continue;
            }
            nonEmpty++;
            if (Cells.isCleanNumber(t.toCharArray(), 0, t.length()) && !isYear(t)) {
                numeric++;
            }
        }
        int dataLike = nonEmpty >= 2 && numeric * 10 < nonEmpty * 6 ? DataLikeHeader.count(table.names, below) : 0;
        boolean noHeader = nonEmpty >= 2
                && (numeric * 10 >= nonEmpty * 6 || (dataLike >= 2 && dataLike * 3 >= nonEmpty));
        if (noHeader) {
            out.finding(RuleIds.L1_05).key("L1-05.no-header").line(table.headerLine)
                    .value(table.headerRec.text(table.headerRec.firstNonEmpty())).args(table.headerLine).emit();
        }
        for (int i = 0; i < table.width; i++) {
            String raw = table.names[i];
            String t = Cells.trim(raw);
            if (table.secondHeaderRec == null) {
                if (!raw.isEmpty()) {
                    cells.headerCell(raw, i, table.headerLine);
                }
            } else {
                // a name joined from two header rows is checked cell by cell, where each part is
                // written, so that a suggestion applies to that cell
                String top = i < table.headerRec.size ? table.headerRec.text(i) : "";
                String bottom = i < table.secondHeaderRec.size ? table.secondHeaderRec.text(i) : "";
                if (!top.isEmpty()) {
                    cells.headerCell(top, i, table.headerLine);
                }
                if (!bottom.isEmpty()) {
                    cells.headerCell(bottom, i, table.secondHeaderRec.line);
                }
            }
            if (t.isEmpty()) {
                continue;
            }
            Integer f = firstIndex.putIfAbsent(t, i);
            if (f != null) {
                out.finding(RuleIds.L2_03).key("L2-03.duplicate-label").at(table.headerLine, 0, i + 1, raw).value(t)
                        .args(t, f + 1).emit();
            }
            if (!noHeader && meaninglessHeader(t)) {
                out.finding(RuleIds.L1_05).key("L1-05.meaningless").at(table.headerLine, 0, i + 1, raw).value(t).args(t)
                        .emit();
            }
        }
    }

    private static boolean isYear(String t) {
        if (t.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        int y = Integer.parseInt(t);
        return y >= 1868 && y <= 2100;
    }

    static boolean meaninglessHeader(String name) {
        String t = Normalizer.normalize(name, Normalizer.Form.NFKC);
        boolean hasWord = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c) || Character.isIdeographic(c)) {
                hasWord = true;
                break;
            }
        }
        if (!hasWord) {
            // symbols only, or a bare number
            return !isYear(t);
        }
        String lower = t.toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "").replace("　", "");
        String[] placeholders = {"column", "unnamed:", "unnamed", "field", "列", "項目", "フィールド", "データ", "col",
            "f"};
        for (String p : placeholders) {
            if (lower.startsWith(p) && lower.length() > p.length()) {
                boolean digits = true;
                for (int i = p.length(); i < lower.length(); i++) {
                    char c = lower.charAt(i);
                    if (!(c >= '0' && c <= '9') && !(c >= '０' && c <= '９')) {
                        digits = false;
                        break;
                    }
                }
                if (digits) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The table's shape as its header and first rows show it: wide layouts and total columns (L3-09). */
    void shape() {
        checkWide();
        totalColumn();
    }

    /** L3-09: numeric columns whose names differ only by a number (man1, man2 …, 2019年度, 2020年度 …). */
    private void checkWide() {
        Map<String, int[]> stems = new LinkedHashMap<>();
        for (int i = 0; i < table.width; i++) {
            ColumnProfile c = table.cols[i];
            if (c.type != ColumnProfile.NUMERIC && c.type != ColumnProfile.UNKNOWN) {
                continue;
            }
            String stem = stem(Cells.trim(table.names[i]));
            if (stem == null) {
                continue;
            }
            int[] v = stems.get(stem);
            if (v == null) {
                v = new int[] {0, i};
                stems.put(stem, v);
            }
            v[0]++;
        }
        List<String> wide = new ArrayList<>();
        int columns = 0;
        int first = -1;
        for (Map.Entry<String, int[]> e : stems.entrySet()) {
            if (e.getValue()[0] >= 4) {
                String shown = e.getKey().isEmpty() ? "(年・年度)" : e.getKey();
                wide.add(shown + "×" + e.getValue()[0]);
                columns += e.getValue()[0];
                if (first < 0 || e.getValue()[1] < first) {
                    first = e.getValue()[1];
                }
            }
        }
        if (!wide.isEmpty()) {
            out.finding(RuleIds.L3_09).at(table.headerLine, 0, first + 1, table.names[first])
                    .args(String.join(", ", wide.subList(0, Math.min(4, wide.size()))), columns).emit();
        }
    }

    /** L3-09: a numeric column that totals the others of its row ({@code 地区,男,女,計}). */
    private void totalColumn() {
        int numeric = 0;
        int at = -1;
        for (int i = 0; i < table.width; i++) {
            if (table.cols[i].type != ColumnProfile.NUMERIC) {
                continue;
            }
            numeric++;
            if (at < 0 && TallyRows.isTotal(Cells.trim(table.names[i]))) {
                at = i;
            }
        }
        if (at >= 0 && numeric >= 3) {
            out.finding(RuleIds.L3_09).key("L3-09.total-column").at(table.headerLine, 0, at + 1, table.names[at])
                    .args(Cells.trim(table.names[at]), numeric - 1).emit();
        }
    }

    /** The name with its numbers (and year, age or era words next to them) removed, or null if it has no number. */
    static String stem(String name) {
        boolean digit = false;
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
                digit = true;
                continue;
            }
            sb.append(c);
        }
        if (!digit) {
            return null;
        }
        String s = sb.toString();
        for (String w : new String[] {"令和", "平成", "昭和", "年度", "年", "月", "歳以上", "歳未満", "歳", "才", "代",
            "以上",
            "未満", "～", "〜", "~", "-", "－", "_", "(", ")", "（", "）", ".", "/", "元"}) {
            s = s.replace(w, "");
        }
        if (s.length() == 1 && (s.equals("R") || s.equals("H") || s.equals("S") || s.equals("FY"))) {
            return "";
        }
        return s.trim();
    }

    /**
     * The column-level findings at the end of a table, from the column profiles.
     *
     * @param templated whether a template or schema checks the table (it reports empty columns itself)
     */
    void end(boolean templated) {
        List<String> empty = new ArrayList<>();
        int firstEmpty = -1;
        // blank columns: runs of columns with neither a name nor a value
        int i = 0;
        while (i < table.width) {
            ColumnProfile c = table.cols[i];
            if (c.headerBlank && c.values == 0) {
                int j = i;
                while (j + 1 < table.width && table.cols[j + 1].headerBlank && table.cols[j + 1].values == 0) {
                    j++;
                }
                blankColumns(i, j);
                i = j + 1;
                continue;
            }
            if (c.headerBlank && !c.headerMerged) {
                out.finding(RuleIds.L1_05).key("L1-05.blank-label").at(table.headerLine, 0, i + 1, "")
                        .args(i + 1, c.values)
                        .emit();
            } else if (c.values == 0 && table.rowsTotal > 0 && table.dataRow > 0) {
                if (firstEmpty < 0) {
                    firstEmpty = i;
                }
                if (empty.size() < 10) {
                    empty.add(Cells.trim(table.names[i]));
                }
            }
            i++;
        }
        if (!empty.isEmpty() && !templated) {
            out.finding(RuleIds.DATA_EMPTY_COLUMN).at(table.headerLine, 0, firstEmpty + 1, table.names[firstEmpty])
                    .args(String.join(", ", empty), empty.size()).emit();
        }
        boolean regionGiven = false;
        for (ValueSemantics.Region r : table.regions) {
            regionGiven |= r == ValueSemantics.Region.CODE || r == ValueSemantics.Region.MUNICIPALITY;
        }
        for (int k = 0; k < table.width; k++) {
            ColumnProfile c = table.cols[k];
            if (c.values == 0) {
                continue;
            }
            Location at = out.cellLocation(table.headerLine, 0, k + 1, table.names[k]);
            if (!regionGiven && table.regions[k] == ValueSemantics.Region.NONE) {
                wardNames(c, at);
            }
            if (c.type == ColumnProfile.NUMERIC) {
                if (!c.symbols.isEmpty()) {
                    out.finding(RuleIds.L3_03).at(at).args(out.hidesValues() ? "…" : describe(c.symbols)).emit();
                }
                if (c.blanks > 0 && c.zeros > 0) {
                    out.finding(RuleIds.L1_09).at(at).args(c.blanks, c.zeros).emit();
                }
                if (!c.units.isEmpty()) {
                    unitFindings(c, k, at);
                }
            }
            if (c.textNumbers > 0 && c.type == ColumnProfile.NUMERIC && !c.codeLike(table.names[k])) {
                // Excel's "number stored as text": one finding for the column, not one per cell
                out.finding(RuleIds.L2_01).key("L2-01.text-cell").defaultSeverity(Severity.INFO)
                        .at(c.textNumberLine, c.textNumberRow, k + 1, table.names[k]).value(c.textNumberValue)
                        .args(c.textNumbers).emit();
            }
            ChoiceColumns.check(c, table.names[k], at, out);
            if (c.otherDetail > 0 && !c.distinct.overflow() && c.distinct.size() <= 20) {
                out.finding(RuleIds.L2_05).at(c.otherDetailLine, c.otherDetailRow, k + 1, table.names[k])
                        .value(c.otherDetailValue).args(c.otherDetail).emit();
            }
            if (k < 3 && c.repeatBlanks >= 2 && c.groups >= 2 && c.consecutiveEqual == 0
                    && c.repeatBlanks * 5 >= table.dataRow && c.type != ColumnProfile.NUMERIC) {
                StringBuilder rows = new StringBuilder();
                for (int r = 0; r < Math.min(c.repeatBlanks, c.repeatRows.length); r++) {
                    if (r > 0) {
                        rows.append(", ");
                    }
                    rows.append(c.repeatLines[r]);
                }
                out.finding(RuleIds.L2_02).key("L2-02.implicit")
                        .at(c.repeatLines[0], c.repeatRows[0], k + 1, table.names[k])
                        .args(c.repeatBlanks, rows.toString()).emit();
            }
            if (!c.styles.isEmpty()) {
                long styled = 0;
                for (long[] v : c.styles.values()) {
                    styled += v[0];
                }
                if (c.plainCells > 0 || c.styles.size() > 1) {
                    Map.Entry<Integer, long[]> e = c.styles.entrySet().iterator().next();
                    out.finding(RuleIds.L1_11).at(e.getValue()[1], 0, k + 1, table.names[k])
                            .args(styled, styled + c.plainCells,
                                    styleDescriber == null ? "" : styleDescriber.describe(e.getKey()))
                            .emit();
                }
            }
        }
    }

    /** L3-06: a column of ward names without their city, in a table without a region code or municipality column. */
    private void wardNames(ColumnProfile c, Location at) {
        if (c.type != ColumnProfile.TEXT && c.type != ColumnProfile.UNKNOWN || c.distinct.overflow()
                || c.distinct.size() == 0) {
            return;
        }
        Map<String, Long> values = new LinkedHashMap<>();
        for (DistinctCounter.Entry e : c.distinct.entries()) {
            values.merge(Cells.trim(e.value()), e.count(), Long::sum);
        }
        Issue w = semantics.wardsWithoutCity(values);
        if (w != null) {
            // with one city, the suggestion is the first ward named with it (東区 → 福岡市東区)
            String ward = w.suggestion() == null ? null : w.suggestion().substring(w.args().get(1).toString().length());
            out.finding(w.rule()).key(w.key()).defaultSeverity(w.severity()).at(at).value(ward).suggest(w.suggestion())
                    .args(w.args().toArray()).emit();
        }
    }

    /**
     * L3-04: cells carry units the column name does not state. The new name is suggested only
     * when the column has one unit; with several, the values first need converting to one.
     */
    private void unitFindings(ColumnProfile c, int k, Location at) {
        String h = Cells.trim(table.names[k]);
        List<String> unstated = new ArrayList<>();
        for (String u : c.units.keySet()) {
            if (!Units.stated(h, u)) {
                unstated.add(u);
            }
        }
        if (unstated.isEmpty()) {
            return;
        }
        if (c.units.size() == 1) {
            String u = unstated.get(0);
            out.finding(RuleIds.L3_04).at(at).suggest(h + "（" + u + "）").args(u).emit();
        } else {
            out.finding(RuleIds.L3_04).key("L3-04.mixed").at(at)
                    .args(String.join(", ", c.units.keySet()), String.join(", ", unstated)).emit();
        }
    }



    private void blankColumns(int from, int to) {
        boolean rightHasData = false;
        long rightValues = 0;
        for (int k = to + 1; k < table.width; k++) {
            if (!table.cols[k].headerBlank || table.cols[k].values > 0) {
                rightHasData = true;
                rightValues += table.cols[k].values;
            }
        }
        Location at = out.cellLocation(table.headerLine, 0, from + 1, "");
        boolean repeatsNames = false;
        Set<String> left = new HashSet<>();
        for (int k = 0; k < from; k++) {
            left.add(Cells.trim(table.names[k]));
        }
        for (int k = to + 1; k < table.width; k++) {
            String t = Cells.trim(table.names[k]);
            if (!t.isEmpty() && left.contains(t)) {
                repeatsNames = true;
            }
        }
        if (!rightHasData) {
            out.finding(RuleIds.L1_03).key(one(from, to, "L1-03.trailing-columns")).defaultSeverity(Severity.WARNING)
                    .at(at).args(columns(from, to)).emit();
        } else if (from > 0 && rightValues <= Math.max(2, table.dataRow / 20)) {
            out.finding(RuleIds.L1_04).key(one(from, to, "L1-04.side-notes"))
                    .at(table.headerLine, 0, to + 2, table.names[to + 1])
                    .value(table.names[to + 1]).args(columns(from, to, to + 2)).emit();
        } else if (from > 0 && repeatsNames) {
            out.finding(RuleIds.L1_02).key(one(from, to, "L1-02.side-by-side")).at(at).args(columns(from, to, to + 2))
                    .emit();
        } else {
            out.finding(RuleIds.L1_03).key(one(from, to, "L1-03.blank-column")).at(at).args(columns(from, to)).emit();
        }
    }

    /** The message key for a range of columns, {@code <key>.one} when it is a single column. */
    private static String one(int from, int to, String key) {
        return from == to ? key + ".one" : key;
    }

    /** The message arguments for a range of columns: the 1-based column (or first and last), then {@code more}. */
    private static Object[] columns(int from, int to, Object... more) {
        Object[] range = from == to ? new Object[] {from + 1} : new Object[] {from + 1, to + 1};
        Object[] args = java.util.Arrays.copyOf(range, range.length + more.length);
        System.arraycopy(more, 0, args, range.length, more.length);
        return args;
    }

    private static String describe(Map<String, long[]> m) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, long[]> e : m.entrySet()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append('「').append(e.getKey()).append("」×").append(e.getValue()[0]);
        }
        return sb.toString();
    }
}
