package io.github.civicdata.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Other names of a table's columns, beside the header row: a LinkData label row (under a
 * {@code #property} header, a row whose first cell is blank and whose other cells are mostly
 * names of data items, {@code ,名称,住所,緯度}) and the rows of a two-row header. Header mapping
 * and the name-based value checks try them when the header itself says nothing
 * ({@code shisetsu / 名称}).
 *
 * <p>Stateless and thread-safe.
 */
final class HeaderNames {

    private HeaderNames() {
    }

    /** For each column, the non-blank cells of the name rows in that column. */
    static List<List<String>> otherNames(List<RecordView> rows, int width) {
        List<List<String>> out = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            List<String> l = new ArrayList<>(rows.size());
            for (RecordView r : rows) {
                if (i < r.size && !r.isEmpty(i)) {
                    String t = Cells.trim(r.text(i));
                    if (!t.isEmpty()) {
                        l.add(t);
                    }
                }
            }
            out.add(l);
        }
        return out;
    }

    /**
     * Whether a row under a LinkData {@code #property} header is a label row: the first cell
     * blank, no number, and at least two labels of which at least half name data items.
     */
    static boolean isLabelRow(RecordView r, ValueSemantics semantics) {
        if (r.size < 3 || (!r.isEmpty(0) && !Cells.trim(r.text(0)).isEmpty())) {
            return false;
        }
        int labels = 0;
        int known = 0;
        for (int i = 1; i < r.size; i++) {
            if (r.isEmpty(i)) {
                continue;
            }
            String t = Cells.trim(r.text(i));
            if (t.isEmpty()) {
                continue;
            }
            if (Cells.isCleanNumber(r.chars, r.start[i], r.end[i])) {
                return false;
            }
            labels++;
            if (semantics.namesItem(t)) {
                known++;
            }
        }
        return labels >= 2 && known * 2 >= labels;
    }
}
