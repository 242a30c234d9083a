package io.github.civicdata.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One worksheet part, read in two passes: {@link Shape} (merged ranges, hidden columns, the widest
 * column holding a value, links to drawings) and {@link Cells} (rows become records for the
 * {@link TableProcessor}).
 *
 * <p>Nothing the file says about places is trusted: row numbers must be 1 to 1,048,576 and
 * increasing, cell references a column A to XFD with the row's number, shared-string and format
 * indexes must name an item that was actually read. What breaks this is read the way the finding
 * {@code xlsx.malformed.*} says (the next row, the next column, an empty text, the default format)
 * and counted, never dropped silently.
 *
 * <p>Not thread-safe; one per sheet.
 */
final class XlsxSheet {

    /** Excel's last row (1-based). */
    static final int MAX_ROW = 1_048_576;
    /** Excel's last column (0-based: XFD). */
    static final int MAX_COL = 16_383;
    /** Merged ranges remembered per sheet (more are reported but not used to classify cells). */
    static final int MAX_MERGES = 10_000;
    /** Blank rows synthesised for one gap between rows that hold values. */
    static final int MAX_GAP_ROWS = 100;
    /** Hidden column ranges remembered per sheet. */
    static final int MAX_HIDDEN_COLS = 1_000;

    private XlsxSheet() {
    }

    // ------------------------------------------------------------------ references

    /** The 0-based column of "AB12", or -1 when the reference does not start with 1–3 letters A–XFD. */
    static int column(String ref) {
        int col = 0;
        int i = 0;
        int n = ref.length();
        while (i < n && i < 4) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            col = col * 26 + (c - 'A' + 1);
            i++;
        }
        return i == 0 || i > 3 || col - 1 > MAX_COL ? -1 : col - 1;
    }

    /** The 1-based row of "AB12", or -1 when the letters are not followed by a row number 1–1,048,576. */
    static int row(String ref) {
        int i = 0;
        int n = ref.length();
        while (i < n && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
            i++;
        }
        if (i == n || n - i > 7) {
            return -1;
        }
        int r = 0;
        for (; i < n; i++) {
            char c = ref.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            r = r * 10 + (c - '0');
        }
        return r >= 1 && r <= MAX_ROW ? r : -1;
    }

    /** "A", "Z", "AA", … for a 0-based column. */
    static String columnName(int col) {
        StringBuilder b = new StringBuilder(3);
        for (int c = col + 1; c > 0; c = (c - 1) / 26) {
            b.append((char) ('A' + (c - 1) % 26));
        }
        return b.reverse().toString();
    }

    /** "B3" for 0-based row and column. */
    static String cellName(int row, int col) {
        return columnName(col) + (row + 1);
    }

    /** firstRow, firstCol, lastRow, lastCol (0-based) of "A1:C3", or null when not a range of two cell references. */
    static int[] range(String ref) {
        int colon = ref.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String a = ref.substring(0, colon).replace("$", "");
        String b = ref.substring(colon + 1).replace("$", "");
        int r1 = row(a);
        int c1 = column(a);
        int r2 = row(b);
        int c2 = column(b);
        if (r1 < 0 || c1 < 0 || r2 < 0 || c2 < 0) {
            return null;
        }
        return new int[] {Math.min(r1, r2) - 1, Math.min(c1, c2), Math.max(r1, r2) - 1, Math.max(c1, c2)};
    }

    static String cut(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    // ------------------------------------------------------------------ what breaks the format

    /** The kinds of {@code xlsx.malformed} findings, each reported once per sheet with a count. */
    enum Kind {
        ROW_NUMBER("xlsx.malformed.row-number"),
        CELL_REFERENCE("xlsx.malformed.cell-reference"),
        CELL_ORDER("xlsx.malformed.cell-order"),
        SHARED_STRING("xlsx.malformed.shared-string"),
        STYLE("xlsx.malformed.style"),
        BOOLEAN("xlsx.malformed.boolean"),
        NUMBER("xlsx.malformed.number"),
        MERGE("xlsx.malformed.merge"),
        COLUMNS("xlsx.malformed.columns");

        final String key;

        Kind(String key) {
            this.key = key;
        }
    }

    /** Counts per kind, with the row and the arguments of the first occurrence. */
    static final class Malformed {
        private record First(long row, String value, Object[] args) {
        }

        private final Map<Kind, long[]> counts = new EnumMap<>(Kind.class);
        private final Map<Kind, First> first = new EnumMap<>(Kind.class);

        /**
         * @param row 1-based sheet row, 0 when none
         * @param value a value of the data shown (hidden with the other values), or null
         * @param args the message arguments after the count
         */
        void add(Kind k, long row, String value, Object... args) {
            counts.computeIfAbsent(k, x -> new long[1])[0]++;
            first.putIfAbsent(k, new First(row, value, args));
        }

        long count(Kind k) {
            long[] c = counts.get(k);
            return c == null ? 0 : c[0];
        }

        void report(Emitter out) {
            for (Map.Entry<Kind, First> e : first.entrySet()) {
                First f = e.getValue();
                Object[] args = new Object[f.args().length + 1];
                args[0] = count(e.getKey());
                System.arraycopy(f.args(), 0, args, 1, f.args().length);
                io.github.civicdata.core.Location.Builder loc = out.location();
                if (f.row() > 0) {
                    loc.line(f.row());
                }
                out.emit(RuleIds.XLSX_MALFORMED, e.getKey().key, null, loc.build(), f.value(), null, args);
            }
            counts.clear();
            first.clear();
        }
    }

    // ------------------------------------------------------------------ pass 1

    /** Pass 1 over a sheet: merged ranges, hidden columns, the widest column holding a value, drawings. */
    static final class Shape extends DefaultHandler {
        final List<int[]> merges = new ArrayList<>();
        long mergeCount;
        final List<int[]> hiddenCols = new ArrayList<>();
        int maxCol = -1;
        /** Relationship ids of {@code <drawing>} and {@code <legacyDrawing>}: kind, id. */
        final List<String[]> links = new ArrayList<>();
        final Malformed malformed;
        private boolean inCell;
        private int cellCol;
        private int nextCol;
        private boolean cellHasValue;

        Shape(Malformed malformed) {
            this.malformed = malformed;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            switch (localName) {
                case "row" -> nextCol = 0;
                case "c" -> {
                    inCell = true;
                    cellHasValue = false;
                    String r = a.getValue("r");
                    int c = r == null ? -1 : column(r);
                    cellCol = c >= 0 ? c : Math.min(nextCol, MAX_COL);
                    nextCol = cellCol + 1;
                }
                case "v", "is", "f" -> cellHasValue |= inCell;
                case "mergeCell" -> {
                    mergeCount++;
                    String ref = a.getValue("ref");
                    int[] m = ref == null ? null : range(ref);
                    if (m == null) {
                        if (ref == null || ref.indexOf(':') >= 0) {
                            malformed.add(Kind.MERGE, 0, null, cut(ref));
                        }
                    } else if (merges.size() < MAX_MERGES) {
                        merges.add(m);
                    }
                }
                case "col" -> {
                    if (XlsxStyles.boolAttr(a.getValue("hidden"), false)) {
                        String min = a.getValue("min");
                        String max = a.getValue("max");
                        int lo = parse(min);
                        int hi = parse(max);
                        if (lo < 1 || hi < lo || lo > MAX_COL + 1) {
                            malformed.add(Kind.COLUMNS, 0, null, cut(min), cut(max));
                        } else if (hiddenCols.size() < MAX_HIDDEN_COLS) {
                            hiddenCols.add(new int[] {lo, Math.min(hi, MAX_COL + 1)});
                        }
                    }
                }
                case "drawing", "legacyDrawing" -> {
                    String id = XlsxValidation.relId(a);
                    if (id != null) {
                        links.add(new String[] {localName, id});
                    }
                }
                default -> {
                }
            }
        }

        private static int parse(String s) {
            try {
                return s == null ? -1 : Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if ("c".equals(localName)) {
                if (cellHasValue && cellCol > maxCol) {
                    maxCol = cellCol;
                }
                inCell = false;
            }
        }

        void report(Emitter out) {
            int listed = 0;
            for (int[] m : merges) {
                String ref = cellName(m[0], m[1]) + ":" + cellName(m[2], m[3]);
                if (listed++ < 200) {
                    out.emit(out.cell(RuleIds.L1_12, RuleIds.L1_12, null, m[0] + 1L, 0, m[1] + 1, "", null, null,
                            ref));
                }
            }
            long valid = mergeCount - malformed.count(Kind.MERGE);
            if (valid > listed) {
                out.emit(RuleIds.L1_12, "L1-12.more", null, out.location().build(), null, null, valid - listed);
            }
            for (int[] h : hiddenCols) {
                if (h[0] - 1 > maxCol) {
                    continue; // hidden beyond the data: harmless
                }
                String from = columnName(h[0] - 1);
                String to = columnName(h[1] - 1);
                out.emit(RuleIds.L1_13, "L1-13.columns", null, out.location().column(h[0]).build(), null, null,
                        h[0] == h[1] ? from : from + ":" + to);
            }
        }
    }

    // ------------------------------------------------------------------ merged cells by row

    /**
     * Which columns of a row are covered by a merged range other than at its top-left cell, for rows
     * asked in increasing order; recomputed only when the ranges that cover the row change.
     */
    static final class MergeIndex {
        private final int[][] byFirstRow;
        private final PriorityQueue<int[]> active = new PriorityQueue<>(Comparator.comparingInt(m -> m[2]));
        private final int width;
        private int next;
        private boolean[] mask;
        private boolean lastHadStarts;
        private int lastRow = Integer.MIN_VALUE;

        MergeIndex(List<int[]> merges, int width) {
            this.byFirstRow = merges.toArray(new int[0][]);
            Arrays.sort(byFirstRow, Comparator.comparingInt(m -> m[0]));
            this.width = width;
            this.mask = new boolean[width];
        }

        /** The mask of row {@code r} (0-based); valid until the next call. */
        boolean[] row(int r) {
            if (r == lastRow) {
                return mask;
            }
            lastRow = r;
            boolean changed = false;
            boolean starts = false;
            while (next < byFirstRow.length && byFirstRow[next][0] <= r) {
                int[] m = byFirstRow[next++];
                if (m[2] >= r) {
                    active.add(m);
                    changed = true;
                    starts |= m[0] == r;
                }
            }
            while (!active.isEmpty() && active.peek()[2] < r) {
                active.poll();
                changed = true;
            }
            if (changed || starts || lastHadStarts) {
                recompute(r);
            }
            lastHadStarts = starts;
            return mask;
        }

        private void recompute(int r) {
            int[] cover = new int[width + 1];
            int[] topLeft = new int[width];
            for (int[] m : active) {
                int c1 = m[1];
                int c2 = Math.min(width - 1, m[3]);
                if (c1 > c2) {
                    continue;
                }
                cover[c1]++;
                cover[c2 + 1]--;
                if (m[0] == r) {
                    topLeft[c1]++;
                }
            }
            int run = 0;
            for (int c = 0; c < width; c++) {
                run += cover[c];
                mask[c] = run - topLeft[c] > 0;
            }
        }
    }
}
