package io.github.civicdata.validation;

import io.github.civicdata.validation.XlsxSheet.Kind;
import io.github.civicdata.validation.XlsxSheet.Malformed;
import java.util.Arrays;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Pass 2 over a worksheet part: cells become records for the {@link TableProcessor}, one per row
 * that holds a value, padded to the sheet's width (blank rows between rows with values are
 * synthesised, at most {@value XlsxSheet#MAX_GAP_ROWS} per gap).
 *
 * <p>Bounded: a value keeps at most {@code maxFieldLength} characters (its real length is still
 * reported), a row at most {@code maxColumns + 1} cells (the rest are counted).
 *
 * <p>Not thread-safe; one per sheet.
 */
final class XlsxCells extends DefaultHandler {

    private final TableProcessor table;
    private final XlsxSharedStrings strings;
    private final XlsxStyles styles;
    private final XlsxValidation.StyleSignatures signatures;
    private final boolean date1904;
    private final Emitter out;
    private final Footprint footprint;
    private final Malformed malformed;
    private final RecordView rec;
    private final int width;
    private final int maxFieldLength;
    private final XlsxSheet.MergeIndex merges;

    boolean hadValues;
    /** The 1-based sheet row being read (for a finding where the reading stopped). */
    long currentRow;
    private int lastEmittedRow = -1;
    private int lastRow = -1;
    private int row = -1;
    private boolean renumbered;
    private boolean rowHidden;
    // the cells of the current row, in document order
    private int cellCount;
    private int[] cellCol = new int[64];
    private String[] cellText = new String[64];
    private int[] cellFlags = new int[64];
    private int[] cellSig = new int[64];
    private int[] cellLength = new int[64];
    private boolean unsorted;
    private int nextCol;
    // the current cell
    private int col;
    private String type;
    private String styleAttr;
    private int styleIndex;
    private boolean formula;
    private final StringBuilder value = new StringBuilder();
    private long valueLength;
    private boolean capture;
    private boolean inInline;
    private int phonetic;
    private boolean hasV;
    // hidden rows, reported in runs
    private int hiddenFrom = -1;
    private int hiddenTo = -1;
    private int hiddenRuns;

    XlsxCells(TableProcessor table, XlsxSharedStrings strings, XlsxStyles styles,
            XlsxValidation.StyleSignatures signatures, boolean date1904, XlsxSheet.Shape shape, Validator v,
            Emitter out, Footprint footprint) {
        this.table = table;
        this.strings = strings;
        this.styles = styles;
        this.signatures = signatures;
        this.date1904 = date1904;
        this.out = out;
        this.footprint = footprint;
        this.malformed = shape.malformed;
        this.rec = new RecordView(v.maxColumns, v.maxFieldLength, v.maxLineLength);
        this.width = Math.max(1, Math.min(shape.maxCol + 1, v.maxColumns + 1));
        this.maxFieldLength = v.maxFieldLength;
        this.merges = new XlsxSheet.MergeIndex(shape.merges, width);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes a) {
        switch (localName) {
            case "row" -> startRow(a);
            case "c" -> startCell(a);
            case "f" -> formula = true;
            case "v" -> {
                capture = true;
                hasV = true;
            }
            case "is" -> {
                inInline = true;
                hasV = true;
            }
            case "rPh" -> phonetic++;
            case "t" -> capture = inInline && phonetic == 0;
            default -> {
            }
        }
    }

    private void startRow(Attributes a) {
        String r = a.getValue("r");
        int wanted = -1;
        if (r != null) {
            try {
                wanted = Integer.parseInt(r.trim()) - 1;
            } catch (NumberFormatException e) {
                wanted = -2;
            }
        }
        renumbered = false;
        if (r == null) {
            row = lastRow + 1;
        } else if (wanted < 0 || wanted >= XlsxSheet.MAX_ROW || wanted <= lastRow) {
            row = lastRow + 1;
            renumbered = true;
            malformed.add(Kind.ROW_NUMBER, row + 1L, null, XlsxSheet.cut(r), row + 1L);
        } else {
            row = wanted;
        }
        lastRow = row;
        currentRow = row + 1L;
        rowHidden = XlsxStyles.boolAttr(a.getValue("hidden"), false);
        cellCount = 0;
        nextCol = 0;
        unsorted = false;
    }

    private void startCell(Attributes a) {
        String r = a.getValue("r");
        if (r == null) {
            col = nextCol;
        } else {
            int c = XlsxSheet.column(r);
            int rr = XlsxSheet.row(r);
            if (c < 0 || rr < 0 || (rr != row + 1 && !renumbered)) {
                malformed.add(Kind.CELL_REFERENCE, row + 1L, null, XlsxSheet.cut(r), row + 1L);
            }
            col = c >= 0 ? c : nextCol;
        }
        if (col < nextCol) {
            // out of column order, or a second cell for a column: sorted below, the first one kept
            unsorted = true;
            malformed.add(Kind.CELL_ORDER, row + 1L, null, XlsxSheet.cellName(row, col), row + 1L);
        }
        nextCol = col + 1;
        type = a.getValue("t");
        styleAttr = a.getValue("s");
        styleIndex = 0;
        if (styleAttr != null) {
            try {
                styleIndex = Integer.parseInt(styleAttr.trim());
            } catch (NumberFormatException e) {
                styleIndex = -1;
            }
        }
        formula = false;
        hasV = false;
        value.setLength(0);
        valueLength = 0;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (capture) {
            valueLength += length;
            int room = maxFieldLength + 8 - value.length();
            if (room > 0) {
                value.append(ch, start, Math.min(room, length));
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v", "t" -> capture = false;
            case "rPh" -> phonetic--;
            case "is" -> inInline = false;
            case "c" -> endCell();
            case "row" -> endRow();
            default -> {
            }
        }
    }

    private void endCell() {
        if (!hasV && !formula) {
            return;
        }
        if (styleIndex != 0 && (styleIndex < 0 || styleIndex >= styles.count()) && styles != XlsxStyles.NONE) {
            malformed.add(Kind.STYLE, row + 1L, null, XlsxSheet.cut(styleAttr), row + 1L, styles.count());
            styleIndex = 0;
        } else if (styles == XlsxStyles.NONE) {
            styleIndex = 0;
        }
        int flags;
        String text;
        long length = -1;
        String t = type == null ? "n" : type;
        switch (t) {
            case "s" -> {
                flags = RecordView.F_XL_STRING;
                int idx = parseIndex(value);
                if (idx >= 0 && idx < strings.size()) {
                    text = strings.get(idx);
                    length = strings.realLength(idx);
                } else {
                    malformed.add(Kind.SHARED_STRING, row + 1L, null, XlsxSheet.cut(value.toString().trim()),
                            row + 1L, strings.size());
                    text = "";
                }
            }
            case "inlineStr", "str" -> {
                flags = RecordView.F_XL_STRING;
                text = XlsxSharedStrings.decode(value);
                length = valueLength - value.length() + text.length();
            }
            case "b" -> {
                flags = RecordView.F_XL_BOOLEAN;
                String v = value.toString().trim();
                if (v.equals("1") || v.equals("0")) {
                    text = v.equals("1") ? "TRUE" : "FALSE";
                } else {
                    malformed.add(Kind.BOOLEAN, row + 1L, XlsxSheet.cut(v), XlsxSheet.cut(v), row + 1L);
                    text = v;
                }
            }
            case "e" -> {
                flags = RecordView.F_XL_ERROR;
                text = value.toString();
            }
            case "d" -> {
                flags = RecordView.F_XL_DATE;
                text = value.toString().trim();
            }
            default -> {
                String raw = value.toString().trim();
                if (raw.isEmpty() || XlsxNumbers.isNumber(raw)) {
                    flags = RecordView.F_XL_NUMBER;
                    text = XlsxNumbers.text(raw, styles.isDate(styleIndex), date1904);
                } else {
                    malformed.add(Kind.NUMBER, row + 1L, XlsxSheet.cut(raw), XlsxSheet.cut(raw), row + 1L);
                    flags = RecordView.F_XL_STRING;
                    text = value.toString();
                    length = valueLength;
                }
            }
        }
        if (formula) {
            flags |= RecordView.F_XL_FORMULA;
        }
        if (length < 0) {
            length = text.length();
        }
        if (text.length() > maxFieldLength) {
            text = text.substring(0, maxFieldLength);
        }
        if (col >= width) {
            return; // beyond maxColumns (or beyond the widest value): counted by the row's width
        }
        addCell(col, text, flags, signatures.of(styleIndex), (int) Math.min(Integer.MAX_VALUE, length));
    }

    private static int parseIndex(CharSequence s) {
        String v = s.toString().trim();
        if (v.isEmpty() || v.length() > 10) {
            return -1;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void addCell(int c, String text, int flags, int sig, int length) {
        if (cellCount == cellCol.length) {
            int n = Math.min(cellCount * 2, width + 1);
            cellCol = Arrays.copyOf(cellCol, n);
            cellText = Arrays.copyOf(cellText, n);
            cellFlags = Arrays.copyOf(cellFlags, n);
            cellSig = Arrays.copyOf(cellSig, n);
            cellLength = Arrays.copyOf(cellLength, n);
        }
        if (cellCount == cellCol.length) {
            return; // more cells than columns: only with duplicates, counted when sorted below
        }
        cellCol[cellCount] = c;
        cellText[cellCount] = text;
        cellFlags[cellCount] = flags;
        cellSig[cellCount] = sig;
        cellLength[cellCount] = length;
        cellCount++;
    }

    private void endRow() {
        boolean any = false;
        for (int i = 0; i < cellCount; i++) {
            if (!cellText[i].isEmpty()) {
                any = true;
                break;
            }
        }
        if (!any) {
            return;
        }
        Integer[] order = null;
        if (unsorted) {
            order = new Integer[cellCount];
            for (int i = 0; i < cellCount; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (x, y) -> Integer.compare(cellCol[x], cellCol[y]));
        }
        if (rowHidden) {
            hidden(row);
        }
        // blank rows between rows with values
        if (lastEmittedRow >= 0 && row > lastEmittedRow + 1) {
            int gap = Math.min(row - lastEmittedRow - 1, XlsxSheet.MAX_GAP_ROWS);
            for (int g = 1; g <= gap; g++) {
                rec.reset(lastEmittedRow + g + 1L);
                rec.addField("", 0, 0);
                table.accept(rec);
            }
        }
        hadValues = true;
        rec.reset(row + 1L);
        boolean[] merged = merges.row(row);
        int ci = 0;
        for (int c = 0; c < width; c++) {
            String text = "";
            int flags = 0;
            int sig = 0;
            int length = 0;
            while (ci < cellCount && cellCol[at(order, ci)] < c) {
                ci++;
            }
            if (ci < cellCount && cellCol[at(order, ci)] == c) {
                int k = at(order, ci++);
                text = cellText[k];
                flags = cellFlags[k];
                sig = cellSig[k];
                length = cellLength[k];
                while (ci < cellCount && cellCol[at(order, ci)] == c) {
                    ci++; // a second cell for the column (counted when it was read)
                }
            }
            if (merged[c]) {
                flags |= RecordView.F_XL_MERGED;
            }
            rec.addField(text, length, flags, text.isEmpty() ? 0 : sig);
        }
        lastEmittedRow = row;
        footprint.row(rec);
        table.accept(rec);
    }

    private static int at(Integer[] order, int i) {
        return order == null ? i : order[i];
    }

    private void hidden(int r) {
        if (hiddenFrom >= 0 && r == hiddenTo + 1) {
            hiddenTo = r;
            return;
        }
        flushHidden();
        hiddenFrom = r;
        hiddenTo = r;
    }

    private void flushHidden() {
        if (hiddenFrom < 0) {
            return;
        }
        if (hiddenRuns++ < 50) {
            out.emit(RuleIds.L1_13, "L1-13.rows", null, out.location().line(hiddenFrom + 1L).build(), null, null,
                    hiddenFrom + 1, hiddenTo + 1);
        }
        hiddenFrom = -1;
    }

    /** Ends the sheet: hidden-row runs and the counts of what broke the format. */
    void finish() {
        flushHidden();
        if (hiddenRuns > 50) {
            out.emit(RuleIds.L1_13, "L1-13.more", null, out.location().build(), null, null, hiddenRuns - 50);
        }
    }
}
