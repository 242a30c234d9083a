package io.github.civicdata.validation;

import io.github.civicdata.core.Severity;

/**
 * The ragged-row checks of a data row ({@link CellChecks}): missing cells and extra cells
 * ({@code missing-cell}, {@code extra-cell}), and a number with a thousands separator split into
 * two cells by an unquoted comma (L1-15). Findings go to the row being read ({@link HeldRows#add}).
 *
 * <p>Stateless.
 */
final class RaggedRows {

    private RaggedRows() {
    }

    /** Checks the width of {@code rec}, a data row of {@code table}. */
    static void check(Emitter out, HeldRows rows, TableState table, RecordView rec) {
        long line = rec.line;
        int size = rec.size;
        int total = Math.max(size, rec.totalFields);
        // a header cut off at maxColumns is compared with its real number of cells
        if (total < table.width && !(total == 1 && rec.isEmpty(0))) {
            rows.add(out.finding(RuleIds.MISSING_CELL).cell(line, table.dataRow, total + 1, table.names[total])
                    .args(table.headerCells, total).make());
        } else if (total < table.headerCells) {
            rows.add(out.finding(RuleIds.MISSING_CELL).cell(line, table.dataRow, total + 1, "")
                    .args(table.headerCells, total).make());
        } else if (total > table.headerCells) {
            boolean nonEmptyExtra = false;
            for (int i = table.headerCells; i < size; i++) {
                if (!rec.isEmpty(i)) {
                    nonEmptyExtra = true;
                    break;
                }
            }
            if ((rec.recordFlags & RecordView.R_TOO_MANY_COLUMNS) != 0) {
                nonEmptyExtra = true;
            }
            String split = unquotedThousands(rec, table);
            if (split != null) {
                rows.add(out.finding(RuleIds.L1_15).cell(line, table.dataRow, 0, null).value(split)
                        .suggest("\"" + split + "\"").args(table.width, total).make());
            } else if (nonEmptyExtra) {
                int at = table.headerCells;
                rows.add(out.finding(RuleIds.EXTRA_CELL).cell(line, table.dataRow, at + 1, "")
                        .value(at < size ? rec.text(at) : null).args(table.headerCells, total).make());
            } else {
                rows.add(out.finding(RuleIds.EXTRA_CELL).key("extra-cell.empty")
                        .defaultSeverity(Severity.WARNING).cell(line, table.dataRow, table.headerCells + 1, "")
                        .args(table.headerCells, total).make());
            }
        }
    }

    /** L1-15: a row with extra cells where joining two neighbours gives a number with a thousands separator. */
    private static String unquotedThousands(RecordView rec, TableState table) {
        int extra = rec.size - table.width;
        if (extra <= 0 || extra > 3) {
            return null;
        }
        for (int i = 0; i + 1 < rec.size; i++) {
            if ((rec.flags[i] & RecordView.F_QUOTED) != 0 || (rec.flags[i + 1] & RecordView.F_QUOTED) != 0) {
                continue;
            }
            // spaces around the number are allowed (" 32,500 " splits into " 32" and "500 ")
            String left = rec.text(i);
            String right = rec.text(i + 1);
            String l = Cells.trim(left);
            String r = Cells.trim(right);
            if (l.length() >= 1 && l.length() <= 3 && r.length() == 3 && allDigits(l) && allDigits(r)
                    && left.endsWith(l) && right.startsWith(r) && i < table.width
                    && table.cols[i].type == ColumnProfile.NUMERIC) {
                return l + "," + r;
            }
        }
        return null;
    }

    private static boolean allDigits(String t) {
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !t.isEmpty();
    }
}
