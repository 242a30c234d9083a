package io.github.civicdata.validation;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rows that belong to the header although they are not the header row itself: a second header
 * row (sub-headers under merged groups such as {@code 人数} over {@code 総数 / うち男 / うち女}, or
 * a row of units {@code (人) / 世帯 / 単位：円}) and legend rows that explain the marks used in the
 * data ({@code ○：実施 ×：未実施}). Such rows are never data: they are reported as L2-03 and the
 * data starts below them.
 *
 * <p>Stateless and thread-safe.
 */
final class HeaderRows {

    private HeaderRows() {
    }

    /** Units of area and density that {@link Cells#UNITS} does not list (after NFKC: ㎢ is km2). */
    private static final Set<String> AREA_UNITS = Set.of("km2", "km²", "平方キロメートル", "a", "アール", "ヘクタール",
            "人/km2", "人/㎢", "m3", "㎥", "l", "L", "リットル");

    /** Marks that legends explain. */
    static final String MARKS = "○◯〇●◎△▲▽×✕✖☓□■◇◆☆★✓✔";

    /**
     * Whether {@code r}, right below {@code header}, is a second header row: a row of units, or
     * labels under the merged groups of the header, confirmed by rows below that hold numbers
     * where it holds text.
     */
    static boolean isSecondHeaderRow(RecordView header, RecordView r, List<RecordView> rest) {
        int hn = header.nonEmpty();
        int rn = r.nonEmpty();
        if (rn >= 2 && isUnitRow(r)) {
            return true;
        }
        if (rn < 2 || (rn * 10 < hn * 8 && !labelsUnderMergedGroups(header, r))) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < r.size; i++) {
            if (r.isEmpty(i)) {
                continue;
            }
            String t = Cells.trim(r.text(i));
            if (Cells.isCleanNumber(t.toCharArray(), 0, t.length())) {
                return false;
            }
            if (!seen.add(t)) {
                return false;
            }
        }
        // merged-cell artefacts in the first row: blanks inside, or the same text repeated
        boolean artefact = false;
        int last = header.lastNonEmpty();
        for (int i = 0; i <= last; i++) {
            if (header.isEmpty(i)) {
                artefact = true;
                break;
            }
            if (i > 0 && !header.isEmpty(i - 1) && header.text(i).equals(header.text(i - 1))) {
                artefact = true;
                break;
            }
        }
        if (!artefact) {
            return false;
        }
        if (rest.isEmpty()) {
            return true;
        }
        // confirmed by a column where this row is text but the rows below are numbers
        for (int i = 0; i < r.size; i++) {
            if (r.isEmpty(i)) {
                continue;
            }
            int numbers = 0;
            int values = 0;
            for (RecordView d : rest) {
                if (i < d.size && !d.isEmpty(i)) {
                    values++;
                    if (Cells.isCleanNumber(d.chars, d.start[i], d.end[i])) {
                        numbers++;
                    }
                }
            }
            if (values > 0 && numbers * 10 >= values * 6) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code upper}, the row above a header chosen by evidence, is the first row of a
     * two-row header: its labels are groups over the header's labels (merged horizontally, or
     * repeated by a merged-cell export), or the header is a row of units; and it is a second
     * header row by {@link #isSecondHeaderRow}. A key-value row above the header
     * ({@code 出典,住民基本台帳,,担当,市民課}) is not.
     */
    static boolean isFirstHeaderRow(RecordView upper, RecordView header, List<RecordView> rest) {
        String first = Cells.trim(upper.text(Math.max(0, upper.firstNonEmpty())));
        if (Cells.startsLikeNote(first) || HeaderChoice.metadataKey(first)) {
            return false;
        }
        boolean repeated = false;
        for (int i = 1; i < upper.size; i++) {
            if (!upper.isEmpty(i) && !upper.isEmpty(i - 1) && upper.text(i).equals(upper.text(i - 1))) {
                repeated = true;
                break;
            }
        }
        if (!(repeated || isUnitRow(header) || labelsUnderMergedGroups(upper, header))) {
            return false;
        }
        return isSecondHeaderRow(upper, header, rest);
    }

    /** Whether every non-empty cell of the row is a unit: {@code (人)}, {@code 単位：円}, {@code 世帯}, {@code ％}. */
    static boolean isUnitRow(RecordView r) {
        int units = 0;
        for (int i = 0; i < r.size; i++) {
            if (r.isEmpty(i)) {
                continue;
            }
            if (!isUnit(Cells.trim(r.text(i)))) {
                return false;
            }
            units++;
        }
        return units >= 2;
    }

    static boolean isUnit(String t) {
        if (t.startsWith("(") || t.startsWith("（") || t.startsWith("単位") || t.startsWith("［") || t.startsWith("[")
                || t.startsWith("〔")) {
            return true;
        }
        String n = Normalizer.normalize(t, Normalizer.Form.NFKC);
        if (AREA_UNITS.contains(n)) {
            return true;
        }
        for (String u : Cells.UNITS) {
            if (n.equals(Normalizer.normalize(u, Normalizer.Form.NFKC))) {
                return true;
            }
        }
        return false;
    }

    /** The unit of a unit cell without brackets or {@code 単位：}: {@code （人）} → {@code 人}. */
    static String unitText(String t) {
        String u = t;
        if (u.startsWith("単位")) {
            u = u.substring(2);
            while (!u.isEmpty() && (u.charAt(0) == '：' || u.charAt(0) == ':' || Cells.isSpace(u.charAt(0)))) {
                u = u.substring(1);
            }
        }
        if (u.length() >= 2 && "(（［[〔".indexOf(u.charAt(0)) >= 0 && ")）］]〕".indexOf(u.charAt(u.length() - 1)) >= 0) {
            u = u.substring(1, u.length() - 1);
            if (u.startsWith("単位")) {
                return unitText(u);
            }
        }
        return Cells.trim(u);
    }

    /**
     * Whether the labels of a row with fewer labels than the header sit under merged groups of the
     * header, as a merged-cell export writes them: {@code 地区,人口,,世帯数} over {@code ,男,女,}
     * ({@code 地区} and {@code 世帯数} merged vertically, {@code 人口} horizontally). Each label is
     * under a blank header cell that continues a group, or under the first cell of a group; every
     * blank inside the header is labelled by the row.
     */
    static boolean labelsUnderMergedGroups(RecordView header, RecordView r) {
        int first = header.firstNonEmpty();
        int last = Math.max(header.lastNonEmpty(), r.lastNonEmpty());
        for (int i = Math.max(0, first); i <= last; i++) {
            boolean topBlank = header.isEmpty(i);
            if (r.isEmpty(i)) {
                if (topBlank) {
                    return false; // a blank inside the header that the row does not name either
                }
                continue;
            }
            if (topBlank) {
                continue; // continues the group on its left
            }
            boolean groupStart = (i + 1 <= last && header.isEmpty(i + 1))
                    || (i + 1 < header.size && header.text(i + 1).equals(header.text(i)));
            boolean groupPart = i > 0 && !header.isEmpty(i - 1) && header.text(i - 1).equals(header.text(i));
            if (!groupStart && !groupPart) {
                return false; // a label under a single, unmerged header cell
            }
        }
        return first >= 0 && r.firstNonEmpty() > first;
    }

    /**
     * The names of a two-row header: the group carried over blank cells of the first row, joined
     * to the label below ({@code 人口_男}); a unit is put in brackets after the name
     * ({@code 人口（人）}).
     *
     * @param combinedAny receives whether any name was combined from two cells
     */
    static String[] combine(RecordView header, RecordView second, int width, boolean[] combinedAny) {
        boolean units = isUnitRow(second);
        String carried = "";
        String[] combined = new String[width];
        for (int i = 0; i < width; i++) {
            String top = i < header.size ? Cells.trim(header.text(i)) : "";
            if (top.isEmpty() && !units) {
                top = carried;
            } else {
                carried = top;
            }
            String bottom = Cells.trim(second.text(i));
            if (bottom.isEmpty() || top.equals(bottom)) {
                combined[i] = top;
            } else if (top.isEmpty()) {
                combined[i] = bottom;
            } else if (units) {
                combined[i] = top + "（" + unitText(bottom) + "）";
                combinedAny[0] = true;
            } else {
                combined[i] = top + "_" + bottom;
                combinedAny[0] = true;
            }
        }
        return combined;
    }

    /**
     * The first legend of a legend row (every non-empty cell explains marks: {@code ○：実施 ×：未実施},
     * {@code 凡例 ○=可}), or null when the row is not one.
     */
    static String legend(RecordView r) {
        String first = null;
        int n = 0;
        for (int i = 0; i < r.size; i++) {
            if (r.isEmpty(i)) {
                continue;
            }
            if (!mayBeLegend(r.chars, r.start[i], r.end[i])) {
                return null; // decided on the characters, without a string (most data rows)
            }
            String t = Cells.trim(r.text(i));
            if (!isLegend(t)) {
                return null;
            }
            if (first == null) {
                first = t;
            }
            n++;
        }
        return n == 0 ? null : first;
    }

    /** Whether a cell holds a mark or 凡 at all. */
    static boolean mayBeLegend(char[] a, int s, int e) {
        return LEGEND_CHARS.any(a, s, e);
    }

    /** 凡 and the {@link #MARKS}: the characters of {@link #mayBeLegend}. */
    private static final CharBits LEGEND_CHARS = new CharBits("凡" + MARKS);

    /** A text that explains a mark: {@code 凡例…}, or a mark followed by {@code ：}, {@code =}, {@code …}, {@code は}. */
    static boolean isLegend(String t) {
        if (t.startsWith("凡例") || t.startsWith("［凡例") || t.startsWith("【凡例") || t.startsWith("(凡例")
                || t.startsWith("（凡例")) {
            return true;
        }
        for (int i = 0; i + 1 < t.length(); i++) {
            if (MARKS.indexOf(t.charAt(i)) < 0) {
                continue;
            }
            int k = i + 1;
            while (k < t.length() && Cells.isSpace(t.charAt(k))) {
                k++;
            }
            if (k + 1 < t.length() && "：:=＝…は→".indexOf(t.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
