package io.github.civicdata.validation;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.Values;
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
 * Applies the machine-readability rules to the records of one source (a CSV file or one sheet),
 * in one pass with bounded look-ahead and look-behind:
 *
 * <ul>
 *   <li>a head window of at most {@link #WINDOW_ROWS} records (and {@link #WINDOW_CHARS}
 *       characters) is buffered to find the header (title rows above it, metadata rows or a second
 *       header row below it) and to infer column types;
 *   <li>findings of the last {@link #TAIL} rows are held back so that notes and sources below the
 *       data can be reported as one L1-04 finding instead of as broken data rows;
 *   <li>column statistics (bounded) give the column-level findings at the end of the table.
 * </ul>
 *
 * <p>A blank row followed by a header-like row starts a second table (L1-02): the current table
 * is finished and the new one is read like the first.
 *
 * <p>Not thread-safe; one instance per source.
 */
final class TableProcessor {

    static final int WINDOW_ROWS = 100;
    static final int WINDOW_CHARS = 2 << 20;
    static final int TAIL = 32;
    /** A leading column with no "same as above" blank in its first rows is not tracked further. */
    static final int IMPLICIT_REPEAT_WINDOW = 10_000;

    private static final int FORMAT_BREAKING = (1 << CharClass.HALFWIDTH_KANA) | (1 << CharClass.EXT_SYMBOL)
            | (1 << CharClass.ERA) | (1 << CharClass.CONTROL) | (1 << CharClass.PRIVATE_USE);

    private static final int K_DATA = 0;
    private static final int K_BLANK = 1;
    private static final int K_NOTE = 2;
    private static final int K_NUMBERED_BLANK = 3;
    private static final int K_DROPPED = 4;
    private static final int K_TALLY = 5;

    /** One row whose findings are held back. */
    private static final class Pending {
        long line;
        long row;
        int kind;
        boolean weak;
        String text;
        ArrayList<Finding> findings;
    }

    final Emitter out;
    private final boolean xlsx;
    private final ValueSemantics semantics;
    private Conformance conformance;

    // table state
    private int tableNo;
    private boolean inHead = true;
    private final ArrayList<RecordView> window = new ArrayList<>();
    private long windowWeight;
    private long headerLine;
    private String[] names = new String[0];
    /** Rows that give other names of the columns: LinkData label rows, the rows of a two-row header. */
    private final List<RecordView> nameRows = new ArrayList<>(2);
    private ColumnProfile[] cols = new ColumnProfile[0];
    private ValueSemantics.Region[] regions = new ValueSemantics.Region[0];
    private int width;
    /** The header's number of cells, beyond {@link #width} when the header was cut off at maxColumns. */
    private int headerCells;
    /** Whether the schema declares values that stand for a missing value (cells treated as empty). */
    private boolean declaredMissing;
    private RecordView headerRec;
    /** The second header row whose labels were joined to the first, or null. */
    private RecordView secondHeaderRec;
    private long dataRow;
    private boolean seenData;
    private boolean gap;
    private long blankRunFirstLine;
    private long blankRunFirstRow;
    private int blankRunLength;
    private RecordView prev;
    private boolean prevValid;

    // the header row as stated (0: chosen by evidence) and the rows above the first header
    private long headerRow;
    private long preambleRows;
    private long preambleTitles;
    private long preambleFirstLine;
    private String preambleFirst;

    // total and subtotal rows of the current table
    private final TallyRows tallies = new TallyRows();

    // tail ring
    private final Pending[] ring = new Pending[TAIL];
    private int ringStart;
    private int ringSize;

    // totals
    private long rowsTotal;
    private boolean sawAnyRecord;
    private boolean sawHeader;
    private boolean limitColumnsReported;
    private boolean limitLineReported;

    // scratch
    private final Cells.Scan scan = new Cells.Scan();
    private final StringBuilder num = new StringBuilder();
    private final StringBuilder unit = new StringBuilder();

    TableProcessor(Emitter out, boolean xlsx, ValueSemantics semantics, Conformance conformance) {
        this.out = out;
        this.xlsx = xlsx;
        this.semantics = semantics;
        this.conformance = conformance;
        for (int i = 0; i < TAIL; i++) {
            ring[i] = new Pending();
        }
    }

    // ------------------------------------------------------------------ access for Conformance

    String[] names() {
        return names;
    }

    int width() {
        return width;
    }

    /** Each column's other names (see {@link #nameRows}), for header mapping. */
    List<List<String>> otherNames() {
        return HeaderNames.otherNames(nameRows, width);
    }

    ColumnProfile profile(int i) {
        return cols[i];
    }

    /** Adds a finding to the row being processed (held back with it). */
    void addToCurrentRow(Finding f) {
        if (f == null) {
            return;
        }
        if (ringSize == 0) {
            out.emit(f);
            return;
        }
        Pending p = ring[(ringStart + ringSize - 1) % TAIL];
        if (p.findings == null) {
            p.findings = new ArrayList<>(4);
        }
        p.findings.add(f);
    }

    long rows() {
        return rowsTotal;
    }

    // ------------------------------------------------------------------ input

    /**
     * States the header row (the record starting on, or spanning, this 1-based line or sheet row)
     * instead of choosing it by evidence; applies to the first table.
     */
    void headerRow(long line) {
        this.headerRow = line;
    }

    /** Accepts the next record (the instance is reused by the caller). */
    void accept(RecordView rec) {
        sawAnyRecord = true;
        if (inHead && tableNo == 0 && headerRow > 0 && rec.endLine < headerRow && window.isEmpty()) {
            preamble(rec); // above the stated header row
            return;
        }
        if (inHead) {
            RecordView c = rec.copy();
            window.add(c);
            windowWeight += c.weight();
            if (window.size() >= WINDOW_ROWS || windowWeight >= WINDOW_CHARS) {
                decideHeader();
            }
            return;
        }
        body(rec);
    }

    /** The end of the source. */
    void finish() {
        while (inHead && !window.isEmpty()) {
            decideHeader(); // may start further tables
        }
        if (!inHead) {
            finishTable();
        }
        if (!sawHeader && headerRow > 0 && preambleRows > 0) {
            out.emit(RuleIds.DATA_HEADER_ROW, "data.header-row.beyond", Severity.ERROR,
                    out.location().line(preambleFirstLine).build(), null, null, headerRow, preambleRows);
        } else if (!sawAnyRecord) {
            out.emit(RuleIds.CSV_EMPTY, RuleIds.CSV_EMPTY, null, out.location().build(), null, null);
        } else if (!sawHeader) {
            out.emit(RuleIds.CSV_EMPTY, "csv.empty.blank", null, out.location().build(), null, null);
        } else if (rowsTotal == 0) {
            out.emit(RuleIds.CSV_EMPTY, "csv.empty.no-data", Severity.WARNING,
                    out.location().line(headerLine).build(), null, null);
        }
    }

    // ------------------------------------------------------------------ header

    private void decideHeader() {
        inHead = false;
        List<RecordView> w = new ArrayList<>(window);
        window.clear();
        windowWeight = 0;
        int n = w.size();
        int[] ne = new int[n];
        int nonBlankRows = 0;
        for (int i = 0; i < n; i++) {
            ne[i] = w.get(i).nonEmpty();
            if (ne[i] > 0) {
                nonBlankRows++;
            }
        }
        boolean stated = headerRow > 0 && tableNo == 0;
        if (nonBlankRows == 0) {
            // nothing but blank lines: nothing to check beyond encoding
            for (RecordView r : w) {
                preamble(r);
            }
            inHead = true;
            return;
        }
        int h;
        HeaderChoice.Choice choice = null;
        if (stated && w.get(0).line <= headerRow && headerRow <= w.get(0).endLine && ne[0] > 0) {
            h = 0;
        } else {
            if (stated) {
                out.emit(RuleIds.DATA_HEADER_ROW, "data.header-row.blank", Severity.WARNING,
                        out.location().line(headerRow).build(), null, null, headerRow);
                stated = false;
            }
            choice = new HeaderChoice(w, ne, semantics, conformance).choose();
            h = choice.index();
            // the row above may be the first row of a two-row header whose second row scored higher
            if (h > 0 && ne[h - 1] > 0 && HeaderRows.isFirstHeaderRow(w.get(h - 1), w.get(h),
                    w.subList(Math.min(h + 1, n), n))) {
                h--;
            }
        }
        for (int i = 0; i < h; i++) {
            preamble(w.get(i));
        }
        tableNo++;
        secondHeaderRec = null;
        sawHeader = true;
        headerRec = w.get(h);
        headerLine = headerRec.line;
        if (tableNo == 1) {
            reportPreamble();
            if (stated) {
                out.emit(RuleIds.DATA_HEADER_ROW, "data.header-row.set", null, out.location().line(headerLine).build(),
                        null, null, headerLine);
            } else if (h > firstOfWidth(ne)) {
                out.emit(RuleIds.DATA_HEADER_ROW, RuleIds.DATA_HEADER_ROW, null,
                        out.location().line(headerLine).build(), null, null, headerLine, choice.typedColumns(),
                        choice.labelledColumns(), choice.knownNames());
            }
        }
        emitRecordLevel(headerRec, 0);
        int k = h + 1;
        // metadata rows between the header and the data (#object_type_xsd, #property_context …)
        int metaStart = k;
        nameRows.clear();
        boolean linkData = HeaderChoice.startsWithHash(headerRec);
        while (k < n && ne[k] > 0
                && (HeaderChoice.startsWithHash(w.get(k)) || (linkData && HeaderNames.isLabelRow(w.get(k), semantics)))) {
            emitRecordLevel(w.get(k), 0);
            nameRows.add(w.get(k));
            k++;
        }
        if (k > metaStart) {
            RecordView m = w.get(metaStart);
            out.emit(RuleIds.L3_01, "L3-01.between", null, out.location().line(m.line).build(),
                    m.text(m.firstNonEmpty()), null, headerLine, k - metaStart);
        }
        // names, possibly from a second header row
        width = headerRec.size;
        names = new String[width];
        for (int i = 0; i < width; i++) {
            names[i] = headerRec.text(i);
        }
        if (k < n && HeaderRows.isSecondHeaderRow(headerRec, w.get(k), w.subList(Math.min(k + 1, n), n))) {
            RecordView second = w.get(k);
            secondHeaderRec = second;
            nameRows.add(headerRec);
            nameRows.add(second);
            emitRecordLevel(second, 0);
            width = Math.max(width, second.size);
            boolean[] combinedAny = new boolean[1];
            String[] combined = HeaderRows.combine(headerRec, second, width, combinedAny);
            names = combined;
            // the suggestion is the one header row that replaces both (地区,人口_男,人口_女,世帯数)
            out.emit(RuleIds.L2_03, "L2-03.multi-row", null, out.location().line(headerLine).build(),
                    null, combinedAny[0] ? String.join(",", combined) : null, headerLine, second.line);
            k++;
        }
        // legend rows under the header (○：実施 ×：未実施): neither names nor data
        while (k < n && ne[k] > 0) {
            String legend = HeaderRows.legend(w.get(k));
            if (legend == null) {
                break;
            }
            RecordView l = w.get(k);
            emitRecordLevel(l, 0);
            out.emit(RuleIds.L2_03, "L2-03.legend", null, out.location().line(l.line).build(), legend, null,
                    l.line, headerLine);
            k++;
        }
        headerCells = Math.max(width, headerRec.totalFields);
        cols = new ColumnProfile[width];
        regions = new ValueSemantics.Region[width];
        regionLast = new String[width];
        regionLastIssue = new Issue[width];
        for (int i = 0; i < width; i++) {
            cols[i] = new ColumnProfile(i);
            cols[i].header = names[i];
            cols[i].headerBlank = Cells.trim(names[i]).isEmpty();
            cols[i].headerMerged = i < headerRec.size && (headerRec.flags[i] & RecordView.F_XL_MERGED) != 0;
            cols[i].properNoun = MachineDependent.properNounColumn(names[i]);
            regions[i] = semantics.regionColumn(Cells.trim(names[i]));
        }
        List<List<String>> other = nameRows.isEmpty() ? List.of() : otherNames();
        for (int i = 0; i < other.size(); i++) {
            // a LinkData label row names the column too (denwa / 電話番号)
            for (String o : other.get(i)) {
                if (regions[i] == ValueSemantics.Region.NONE) {
                    regions[i] = semantics.regionColumn(o);
                }
            }
        }
        // infer types from the rows in the window
        List<RecordView> sample = new ArrayList<>(n - k);
        for (int r = k; r < n; r++) {
            RecordView rec = w.get(r);
            if (ne[r] == 0 || isNoteRow(rec) || TallyRows.label(rec, names, null) != null) {
                continue;
            }
            sample.add(rec);
            for (int i = 0; i < Math.min(width, rec.size); i++) {
                if (!rec.isEmpty(i)) {
                    cols[i].infer(rec.chars, rec.start[i], rec.end[i], num, unit);
                }
            }
        }
        for (ColumnProfile c : cols) {
            c.decide(true);
        }
        checkHeaderNames(w.subList(Math.min(k, n), n));
        if (tableNo == 1) {
            if (conformance != null) {
                conformance.header(this, headerLine);
                declaredMissing = conformance.hasMissingValues();
                for (int i = 0; i < width; i++) {
                    regions[i] = conformance.region(i, regions[i]);
                }
            } else {
                for (Issue d : semantics.detectTemplate(names, otherNames())) {
                    out.emit(d.rule(), d.key(), d.severity(), out.location().line(headerLine).build(), null, null,
                            d.args().toArray());
                }
            }
        } else {
            conformance = null;
            declaredMissing = false;
        }
        // zero-padded code columns that nothing else checks: values that lost their zeros (L3-06)
        codeWidth = CodeWidths.infer(sample, width);
        for (int i = 0; i < width; i++) {
            if (regions[i] == ValueSemantics.Region.NONE && codeWidth[i] > 0 && cols[i].type != ColumnProfile.NUMERIC) {
                regions[i] = ValueSemantics.Region.PADDED_CODE;
            }
        }
        checkWide();
        totalColumn();
        dataRow = 0;
        seenData = false;
        gap = false;
        blankRunLength = 0;
        prevValid = false;
        for (int r = k; r < n; r++) {
            if (inHead) {
                // a second table started inside the window: the rest goes through the new head
                accept(w.get(r));
            } else {
                body(w.get(r));
            }
        }
    }

    /** A row above the header (title, note, blank): counted for L3-01. */
    private void preamble(RecordView r) {
        emitRecordLevel(r, 0);
        if (sawHeader) {
            return; // rows before a second table are reported with it (L1-02)
        }
        if (preambleRows++ == 0) {
            preambleFirstLine = r.line;
        }
        if (r.nonEmpty() > 0) {
            if (preambleTitles++ == 0) {
                preambleFirst = r.text(r.firstNonEmpty());
            }
        }
    }

    /** L3-01 for the rows above the first table's header. */
    private void reportPreamble() {
        if (preambleRows == 0) {
            return;
        }
        Location loc = out.location().line(preambleFirstLine).build();
        if (preambleTitles == 0) {
            out.emit(RuleIds.L3_01, "L3-01.blank", null, loc, null, null, headerLine, preambleRows);
        } else {
            out.emit(RuleIds.L3_01, RuleIds.L3_01, null, loc, preambleFirst, null, headerLine, preambleTitles,
                    preambleRows - preambleTitles);
        }
    }

    /** The row the header would be by position alone: the first as wide as half the table. */
    private static int firstOfWidth(int[] ne) {
        int need = Math.max(2, (HeaderChoice.robustWidth(ne) + 1) / 2);
        for (int i = 0; i < ne.length; i++) {
            if (ne[i] >= need) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private void checkHeaderNames(List<RecordView> below) {
        Map<String, Integer> firstIndex = new HashMap<>();
        int numeric = 0;
        int nonEmpty = 0;
        for (int i = 0; i < width; i++) {
            String t = Cells.trim(names[i]);
            if (t.isEmpty()) {
                continue;
            }
            nonEmpty++;
            if (Cells.isCleanNumber(t.toCharArray(), 0, t.length()) && !isYear(t)) {
                numeric++;
            }
        }
        int dataLike = nonEmpty >= 2 && numeric * 10 < nonEmpty * 6 ? DataLikeHeader.count(names, below) : 0;
        boolean noHeader = nonEmpty >= 2 && (numeric * 10 >= nonEmpty * 6 || (dataLike >= 2 && dataLike * 3 >= nonEmpty));
        if (noHeader) {
            out.emit(RuleIds.L1_05, "L1-05.no-header", null, out.location().line(headerLine).build(),
                    headerRec.text(headerRec.firstNonEmpty()), null, headerLine);
        }
        for (int i = 0; i < width; i++) {
            String raw = names[i];
            String t = Cells.trim(raw);
            if (secondHeaderRec == null) {
                if (!raw.isEmpty()) {
                    checkText(raw, i, headerLine, 0, true);
                }
            } else {
                // a name joined from two header rows is checked cell by cell, where each part is
                // written, so that a suggestion applies to that cell
                String top = i < headerRec.size ? headerRec.text(i) : "";
                String bottom = i < secondHeaderRec.size ? secondHeaderRec.text(i) : "";
                if (!top.isEmpty()) {
                    checkText(top, i, headerLine, 0, true);
                }
                if (!bottom.isEmpty()) {
                    checkText(bottom, i, secondHeaderRec.line, 0, true);
                }
            }
            if (t.isEmpty()) {
                continue;
            }
            Integer f = firstIndex.putIfAbsent(t, i);
            if (f != null) {
                out.emit(out.make(RuleIds.L2_03, "L2-03.duplicate-label", null,
                        out.cellLocation(headerLine, 0, i + 1, raw), t, null, t, f + 1));
            }
            if (!noHeader && meaninglessHeader(t)) {
                out.emit(out.make(RuleIds.L1_05, "L1-05.meaningless", null,
                        out.cellLocation(headerLine, 0, i + 1, raw), t, null, t));
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
        String[] placeholders = {"column", "unnamed:", "unnamed", "field", "列", "項目", "フィールド", "データ", "col", "f"};
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

    /** L3-09: numeric columns whose names differ only by a number (man1, man2 …, 2019年度, 2020年度 …). */
    private void checkWide() {
        Map<String, int[]> stems = new LinkedHashMap<>();
        for (int i = 0; i < width; i++) {
            ColumnProfile c = cols[i];
            if (c.type != ColumnProfile.NUMERIC && c.type != ColumnProfile.UNKNOWN) {
                continue;
            }
            String stem = stem(Cells.trim(names[i]));
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
            out.emit(out.make(RuleIds.L3_09, RuleIds.L3_09, null,
                    out.cellLocation(headerLine, 0, first + 1, names[first]), null, null,
                    String.join(", ", wide.subList(0, Math.min(4, wide.size()))), columns));
        }
    }

    /** L3-09: a numeric column that totals the others of its row ({@code 地区,男,女,計}). */
    private void totalColumn() {
        int numeric = 0;
        int at = -1;
        for (int i = 0; i < width; i++) {
            if (cols[i].type != ColumnProfile.NUMERIC) {
                continue;
            }
            numeric++;
            if (at < 0 && TallyRows.isTotal(Cells.trim(names[i]))) {
                at = i;
            }
        }
        if (at >= 0 && numeric >= 3) {
            out.emit(out.make(RuleIds.L3_09, "L3-09.total-column", null,
                    out.cellLocation(headerLine, 0, at + 1, names[at]), null, null, Cells.trim(names[at]),
                    numeric - 1));
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
        for (String w : new String[] {"令和", "平成", "昭和", "年度", "年", "月", "歳以上", "歳未満", "歳", "才", "代", "以上",
            "未満", "～", "〜", "~", "-", "－", "_", "(", ")", "（", "）", ".", "/", "元"}) {
            s = s.replace(w, "");
        }
        if (s.length() == 1 && (s.equals("R") || s.equals("H") || s.equals("S") || s.equals("FY"))) {
            return "";
        }
        return s.trim();
    }

    // ------------------------------------------------------------------ body

    private Pending push(long line, long row) {
        if (ringSize == TAIL) {
            flush(ring[ringStart]);
            ringStart = (ringStart + 1) % TAIL;
            ringSize--;
        }
        Pending p = ring[(ringStart + ringSize) % TAIL];
        ringSize++;
        p.line = line;
        p.row = row;
        p.kind = K_DATA;
        p.weak = false;
        p.text = null;
        if (p.findings != null) {
            p.findings.clear();
        }
        return p;
    }

    private void flush(Pending p) {
        switch (p.kind) {
            case K_DATA -> emitAll(p);
            case K_NOTE -> {
                out.emit(RuleIds.L1_04, "L1-04.note", null, rowLocation(p.line, p.row), p.text, null, p.line);
                dropAll(p);
            }
            case K_TALLY -> emitAll(p); // record-level findings only: the row is not checked as data
            case K_NUMBERED_BLANK -> {
                emitAll(p);
                out.emit(RuleIds.L1_03, "L1-03.numbered-blank", Severity.WARNING,
                        rowLocation(p.line, p.row), p.text, null, p.line);
            }
            default -> emitAll(p);
        }
        p.kind = K_DROPPED;
    }

    private Location rowLocation(long line, long row) {
        Location.Builder b = out.location().line(line);
        if (row > 0) {
            b.row(row);
        }
        return b.build();
    }

    private void emitAll(Pending p) {
        if (p.findings != null) {
            for (Finding f : p.findings) {
                out.emit(f);
            }
            p.findings.clear();
        }
    }

    private void dropAll(Pending p) {
        if (p.findings != null) {
            for (Finding f : p.findings) {
                out.uncount(f);
            }
            p.findings.clear();
        }
    }

    private void body(RecordView rec) {
        dataRow++;
        rowsTotal++;
        Pending p = push(rec.line, dataRow);
        emitRecordLevel(rec, dataRow);
        if (rec.isBlank()) {
            p.kind = K_BLANK;
            if (blankRunLength == 0) {
                blankRunFirstLine = rec.line;
                blankRunFirstRow = dataRow;
            }
            blankRunLength++;
            if (seenData) {
                gap = true;
            }
            return;
        }
        int ne = rec.nonEmpty();
        int first = rec.firstNonEmpty();
        if (seenData && gap && (headerLike(rec, ne) || otherWidthHeader(rec, ne))) {
            secondTable(rec);
            return;
        }
        if (equalsHeader(rec)) {
            out.emit(RuleIds.L1_02, "L1-02.repeated-header", null, rowLocation(rec.line, dataRow), rec.text(first),
                    null, headerLine);
            return;
        }
        String tally = TallyRows.label(rec, names, prevValid ? prev : null);
        if (tally != null) {
            // a total, subtotal or cumulative row: reported once per table, not checked as data
            p.kind = K_TALLY;
            p.text = tally;
            tallies.add(rec.line, dataRow, tally);
            closeBlankRun();
            seenData = true;
            gap = false;
            return;
        }
        String legend = ne >= 2 ? HeaderRows.legend(rec) : null;
        if (legend != null) {
            // a legend of marks (○：対応 ×：未対応) among or below the data: a note, not data
            p.kind = K_NOTE;
            p.text = legend;
            if (blankRunLength > 0 && seenData) {
                gap = true;
            }
            return;
        }
        String firstText = null;
        if (ne <= Math.max(2, width / 4)) {
            firstText = Cells.trim(rec.text(first));
            if (Cells.startsLikeNote(firstText)) {
                p.kind = K_NOTE;
                p.text = firstText;
                if (blankRunLength > 0 && seenData) {
                    gap = true;
                }
                return;
            }
        }
        if (ne == 1 && first == 0 && width >= 3 && cols.length > 0 && cols[0].seqCount >= 2 && !cols[0].seqBroken
                && Cells.isCleanNumber(rec.chars, rec.start[0], rec.end[0])) {
            p.kind = K_NUMBERED_BLANK;
            p.text = rec.text(0);
            return;
        }
        // a data row
        closeBlankRun();
        if (ne <= Math.max(1, width / 4) && width >= 3) {
            if (firstText == null) {
                firstText = Cells.trim(rec.text(first));
            }
            if (firstText.length() >= 4 && !Cells.isCleanNumber(firstText.toCharArray(), 0, firstText.length())) {
                p.weak = true;
                p.text = firstText;
            }
        }
        seenData = true;
        gap = false;
        dataRowChecks(rec);
    }

    /** L1-03 for the blank rows before this row of the table. */
    private void closeBlankRun() {
        if (blankRunLength == 0) {
            return;
        }
        if (seenData) {
            attachToRow(blankRunFirstLine, blankRunFirstRow, out.make(RuleIds.L1_03, "L1-03.blank-row", null,
                    rowLocation(blankRunFirstLine, blankRunFirstRow), null, null, blankRunFirstLine,
                    blankRunLength));
        } else {
            attachToRow(blankRunFirstLine, blankRunFirstRow, out.make(RuleIds.L1_03, "L1-03.blank-row.after-header",
                    null, rowLocation(blankRunFirstLine, blankRunFirstRow), null, null, blankRunFirstLine,
                    blankRunLength));
        }
        blankRunLength = 0;
    }

    private void attachToRow(long line, long row, Finding f) {
        if (f == null) {
            return;
        }
        for (int i = 0; i < ringSize; i++) {
            Pending q = ring[(ringStart + i) % TAIL];
            if (q.line == line && q.row == row && q.kind != K_DROPPED) {
                if (q.findings == null) {
                    q.findings = new ArrayList<>(2);
                }
                q.findings.add(f);
                return;
            }
        }
        out.emit(f);
    }

    private boolean equalsHeader(RecordView rec) {
        if (headerRec == null || rec.size != headerRec.size || rec.nonEmpty() < 2) {
            return false;
        }
        for (int i = 0; i < rec.size; i++) {
            if (rec.length(i) != headerRec.length(i)) {
                return false;
            }
            for (int k = 0; k < rec.length(i); k++) {
                if (rec.chars[rec.start[i] + k] != headerRec.chars[headerRec.start[i] + k]) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean headerLike(RecordView rec, int ne) {
        if (ne < Math.max(2, (width + 1) / 2)) {
            return false;
        }
        if (equalsHeader(rec)) {
            return true;
        }
        int textInNumeric = 0;
        int numericCols = 0;
        for (int i = 0; i < rec.size; i++) {
            if (rec.isEmpty(i)) {
                continue;
            }
            if (Cells.isCleanNumber(rec.chars, rec.start[i], rec.end[i])) {
                return false;
            }
            if (i < width && cols[i].type == ColumnProfile.NUMERIC) {
                numericCols++;
                textInNumeric++;
            }
        }
        int numericTotal = 0;
        for (ColumnProfile c : cols) {
            if (c.type == ColumnProfile.NUMERIC) {
                numericTotal++;
            }
        }
        return numericTotal > 0 && textInNumeric >= Math.max(1, (numericTotal + 1) / 2) && numericCols > 0;
    }

    /**
     * After a blank gap: a row of labels whose width differs from the table's, such as
     * {@code 地区,面積} under a table of four columns (or a wider one): a second table. The labels
     * fill the row from the first column without a blank, are not numbers and do not start like a
     * note ({@code 注}, {@code 出典} …).
     */
    private boolean otherWidthHeader(RecordView rec, int ne) {
        int span = rec.lastNonEmpty() + 1;
        int tableSpan = headerRec == null ? width : headerRec.lastNonEmpty() + 1;
        if (ne < 2 || span != ne || span == tableSpan || Cells.startsLikeNote(Cells.trim(rec.text(0)))) {
            return false;
        }
        for (int i = 0; i < span; i++) {
            if (Cells.isCleanNumber(rec.chars, rec.start[i], rec.end[i])) {
                return false;
            }
        }
        return true;
    }

    private void secondTable(RecordView rec) {
        // the pending entry for this row
        Pending self = ring[(ringStart + ringSize - 1) % TAIL];
        self.kind = K_DROPPED;
        // rows between the blank and the new header belong to the new table's preamble
        long lastData = lastDataLine();
        for (int i = 0; i < ringSize; i++) {
            Pending q = ring[(ringStart + i) % TAIL];
            if ((q.kind == K_NOTE || q.kind == K_BLANK) && q.line > lastData) {
                dropAll(q);
                q.kind = K_DROPPED;
            }
        }
        dataRow--;
        rowsTotal--;
        blankRunLength = 0;
        out.emit(RuleIds.L1_02, RuleIds.L1_02, null, out.location().line(rec.line).build(),
                rec.text(rec.firstNonEmpty()), null, rec.line, headerLine);
        finishTable();
        inHead = true;
        RecordView c = rec.copy();
        window.add(c);
        windowWeight = c.weight();
    }

    private long lastDataLine() {
        long last = 0;
        for (int i = 0; i < ringSize; i++) {
            Pending q = ring[(ringStart + i) % TAIL];
            if (q.kind == K_DATA && q.line > last) {
                last = q.line;
            }
        }
        return last;
    }

    /** Encoding errors, limits and quoting of a record, made wherever the record is. */
    private void emitRecordLevel(RecordView rec, long row) {
        if ((rec.recordFlags & RecordView.R_TOO_MANY_COLUMNS) != 0 && !limitColumnsReported) {
            limitColumnsReported = true;
            out.emit(RuleIds.LIMIT_COLUMNS, RuleIds.LIMIT_COLUMNS, null, rowLocation(rec.line, row), null, null,
                    rec.totalFields, rec.maxColumns, "maxColumns / --max-columns");
        }
        if ((rec.recordFlags & RecordView.R_LINE_TOO_LONG) != 0 && !limitLineReported) {
            limitLineReported = true;
            out.emit(RuleIds.LIMIT_LINE_LENGTH, RuleIds.LIMIT_LINE_LENGTH, null, rowLocation(rec.line, row), null,
                    null, rec.lineLength, rec.maxLineLength, "maxLineLength / --max-line-length");
        }
        if (rec.decodeErrors != null) {
            for (RecordView.DecodeHit hit : rec.decodeErrors) {
                Location.Builder b = out.location().line(rec.line).byteOffset(hit.byteOffset());
                if (row > 0) {
                    b.row(row);
                }
                if (hit.field() >= 0) {
                    b.column(hit.field() + 1).header(hit.field() < names.length ? names[hit.field()] : "");
                }
                Finding f = out.make(RuleIds.ENCODING_ERROR, RuleIds.ENCODING_ERROR, null, b.build(), null, null,
                        hit.hex(), decoderLabel, hit.byteOffset());
                if (row > 0) {
                    addToCurrentRow(f);
                } else {
                    out.emit(f);
                }
            }
            if (rec.decodeErrorsDropped > 0) {
                out.emit(RuleIds.ENCODING_ERROR, "encoding-error.more", null, rowLocation(rec.line, row), null, null,
                        rec.decodeErrorsDropped);
            }
        }
    }

    private String decoderLabel = "";

    void encodingLabel(String label) {
        this.decoderLabel = label;
    }

    private void dataRowChecks(RecordView rec) {
        long line = rec.line;
        int size = rec.size;
        int total = Math.max(size, rec.totalFields);
        // ragged rows; a header cut off at maxColumns is compared with its real number of cells
        if (total < width && !(total == 1 && rec.isEmpty(0))) {
            addToCurrentRow(out.cell(RuleIds.MISSING_CELL, RuleIds.MISSING_CELL, null, line, dataRow, total + 1,
                    names[total], null, null, headerCells, total));
        } else if (total < headerCells) {
            addToCurrentRow(out.cell(RuleIds.MISSING_CELL, RuleIds.MISSING_CELL, null, line, dataRow, total + 1,
                    "", null, null, headerCells, total));
        } else if (total > headerCells) {
            boolean nonEmptyExtra = false;
            for (int i = headerCells; i < size; i++) {
                if (!rec.isEmpty(i)) {
                    nonEmptyExtra = true;
                    break;
                }
            }
            if ((rec.recordFlags & RecordView.R_TOO_MANY_COLUMNS) != 0) {
                nonEmptyExtra = true;
            }
            String split = unquotedThousands(rec);
            if (split != null) {
                addToCurrentRow(out.cell(RuleIds.L1_15, RuleIds.L1_15, null, line, dataRow, 0, null, split,
                        "\"" + split + "\"", width, total));
            } else if (nonEmptyExtra) {
                int at = headerCells;
                addToCurrentRow(out.cell(RuleIds.EXTRA_CELL, RuleIds.EXTRA_CELL, null, line, dataRow, at + 1, "",
                        at < size ? rec.text(at) : null, null, headerCells, total));
            } else {
                addToCurrentRow(out.cell(RuleIds.EXTRA_CELL, "extra-cell.empty", Severity.WARNING, line, dataRow,
                        headerCells + 1, "", null, null, headerCells, total));
            }
        }
        int ne = 0;
        for (int i = 0; i < width && i < size; i++) {
            if (!rec.isEmpty(i)) {
                ne++;
            }
        }
        // running number in the first column
        if (width > 0 && cols.length > 0) {
            ColumnProfile c0 = cols[0];
            if (!c0.seqBroken && size > 0 && !rec.isEmpty(0) && Cells.isCleanNumber(rec.chars, rec.start[0], rec.end[0])
                    && rec.length(0) <= 12 && indexOf(rec, 0, '.') < 0) {
                long v = Long.parseLong(rec.text(0).replace("+", ""));
                if (c0.seqCount == 0 || v == c0.seqLast + 1) {
                    c0.seqCount++;
                    c0.seqLast = v;
                } else {
                    c0.seqBroken = true;
                }
            } else {
                c0.seqBroken = true;
            }
        }
        for (int i = 0; i < width; i++) {
            ColumnProfile col = cols[i];
            boolean empty = i >= size || rec.isEmpty(i)
                    || (declaredMissing && conformance.isMissing(i, rec.chars, rec.start[i], rec.end[i]));
            if (i < 3) {
                implicitRepeat(col, rec, i, empty, ne, line);
            }
            if (empty) {
                if (i < size && (rec.flags[i] & RecordView.F_XL_FORMULA) != 0) {
                    addToCurrentRow(out.cell(RuleIds.L2_06, RuleIds.L2_06, null, line, dataRow, i + 1, names[i],
                            null, null));
                }
                col.blanks++;
                if ((i >= size || (rec.flags[i] & RecordView.F_XL_MERGED) == 0) && conformance != null) {
                    conformance.blank(this, i, line, dataRow);
                }
                continue;
            }
            if (rec.style != null) {
                style(i, rec.style[i], line);
            }
            checkCell(rec, i, line);
        }
        // cells beyond the header: only the quoting and limit checks
        for (int i = width; i < size; i++) {
            if (!rec.isEmpty(i)) {
                structural(rec, i, line, "");
            }
        }
        if (prev == null) {
            prev = new RecordView(rec.maxColumns, rec.maxFieldLength, rec.maxLineLength);
        }
        rec.copyInto(prev);
        prevValid = true;
    }

    private static int indexOf(RecordView rec, int i, char c) {
        for (int k = rec.start[i]; k < rec.end[i]; k++) {
            if (rec.chars[k] == c) {
                return k;
            }
        }
        return -1;
    }

    /** L1-15: a row with extra cells where joining two neighbours gives a number with a thousands separator. */
    private String unquotedThousands(RecordView rec) {
        int extra = rec.size - width;
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
                    && left.endsWith(l) && right.startsWith(r) && i < width && cols[i].type == ColumnProfile.NUMERIC) {
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

    private void implicitRepeat(ColumnProfile col, RecordView rec, int i, boolean empty, int ne, long line) {
        if (col.consecutiveEqual > 0 || (col.repeatBlanks == 0 && dataRow > IMPLICIT_REPEAT_WINDOW)) {
            // values written out row by row, or no value left out in the first rows: not an implicit repeat
            return;
        }
        if (empty && i < rec.size && (rec.flags[i] & RecordView.F_XL_MERGED) != 0) {
            col.lastWasValue = false; // a merged cell: reported by L1-12
            return;
        }
        if (empty) {
            if (col.hadValue && ne * 2 >= width && ne >= 2) {
                if (col.lastWasValue) {
                    col.groups++;
                }
                int k = (int) Math.min(col.repeatBlanks, col.repeatRows.length);
                if (k < col.repeatRows.length) {
                    col.repeatRows[k] = dataRow;
                    col.repeatLines[k] = line;
                }
                col.repeatBlanks++;
            }
            col.lastWasValue = false;
        } else {
            if (col.hadValue && col.lastWasValue && prevValid && i < prev.size && sameCell(rec, prev, i)) {
                col.consecutiveEqual++;
            }
            col.hadValue = true;
            col.lastWasValue = true;
        }
    }

    private static boolean sameCell(RecordView a, RecordView b, int i) {
        int n = a.length(i);
        if (n != b.length(i)) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (a.chars[a.start[i] + k] != b.chars[b.start[i] + k]) {
                return false;
            }
        }
        return true;
    }

    private void structural(RecordView rec, int i, long line, String header) {
        int ff = rec.flags[i];
        if ((ff & (RecordView.F_STRAY_QUOTE | RecordView.F_AFTER_QUOTE | RecordView.F_UNTERMINATED)) != 0) {
            String key = (ff & RecordView.F_UNTERMINATED) != 0 ? "csv.quote.unterminated"
                    : (ff & RecordView.F_AFTER_QUOTE) != 0 ? "csv.quote.after-closing" : "csv.quote.stray";
            addToCurrentRow(out.cell(RuleIds.CSV_QUOTE, key, null, line, dataRow, i + 1, header, rec.text(i), null));
        }
        if ((ff & RecordView.F_TRUNCATED) != 0) {
            addToCurrentRow(out.cell(RuleIds.LIMIT_FIELD_LENGTH, RuleIds.LIMIT_FIELD_LENGTH, null, line, dataRow,
                    i + 1, header, null, null, rec.actualLength[i], rec.maxFieldLength,
                    "maxFieldLength / --max-field-length"));
        }
    }

    private void checkCell(RecordView rec, int i, long line) {
        ColumnProfile col = cols[i];
        String header = names[i];
        char[] a = rec.chars;
        int s = rec.start[i];
        int e = rec.end[i];
        int ff = rec.flags[i];
        col.values++;
        if ((ff & ~(RecordView.F_QUOTED | RecordView.F_XL_NUMBER | RecordView.F_XL_STRING)) != 0) {
            structural(rec, i, line, header);
        }
        Cells.scan(a, s, e, scan);
        int sf = scan.flags;
        // fast path: a plain number
        if ((sf & Cells.S_NUMERIC_CHARS_ONLY) != 0 && Cells.isCleanNumber(a, s, e)) {
            col.cleanNumbers++;
            if (isZero(a, s, e)) {
                col.zeros++;
            }
            if (col.type == ColumnProfile.UNKNOWN) {
                col.infer(a, s, e, num, unit);
                col.decide(false);
            }
            if (xlsx) {
                // the shape of numbers says whether a column of numbers stored as text holds codes
                col.plainNumber(a, s, e);
                if ((ff & RecordView.F_XL_STRING) != 0 && col.textNumbers++ == 0) {
                    col.textNumberLine = line;
                    col.textNumberRow = dataRow;
                    col.textNumberValue = rec.text(i);
                }
            }
            if ((ff & RecordView.F_XL_FORMULA) != 0) {
                addToCurrentRow(out.cell(RuleIds.L2_06, RuleIds.L2_06, null, line, dataRow, i + 1, header,
                        rec.text(i), null));
            }
            boolean reported = false;
            String v = null;
            if (regions[i] != ValueSemantics.Region.NONE) {
                if (semantics.quickValid(regions[i], slice.set(a, s, e))) {
                    reported = true;
                } else {
                    v = regionLast[i] != null && slice.contentEquals(regionLast[i]) ? regionLast[i] : rec.text(i);
                    region(i, v, line);
                    reported = regionStands(i);
                }
            }
            if (col.type != ColumnProfile.NUMERIC && col.type != ColumnProfile.CODE) {
                col.distinct.add(a, s, e, dataRow);
            }
            if (conformance != null) {
                conformance.cell(this, i, a, s, e, v, line, dataRow, reported);
            }
            return;
        }
        if ((ff & RecordView.F_UNTERMINATED) != 0) {
            sf &= ~Cells.S_NEWLINE;
        }
        // Strings are made only when a check needs one: most cells pass on characters alone.
        String text = null;
        if ((sf & TEXT_FLAGS) != 0) {
            text = rec.text(i);
            textChecks(text, sf, i, line, dataRow, false);
        }
        int ts = s;
        int te = e;
        while (ts < te && Cells.isSpace(a[ts])) {
            ts++;
        }
        while (te > ts && Cells.isSpace(a[te - 1])) {
            te--;
        }
        String t = null;
        // formulas
        if ((ff & RecordView.F_XL_FORMULA) != 0) {
            addToCurrentRow(out.cell(RuleIds.L2_06, RuleIds.L2_06, null, line, dataRow, i + 1, header,
                    text = text != null ? text : rec.text(i), null));
        } else if (!xlsx && ts < te && (a[ts] == '=' || a[ts] == '＝')) {
            t = new String(a, ts, te - ts);
            if (Cells.looksLikeFormula(t)) {
                addToCurrentRow(out.cell(RuleIds.L2_06, "L2-06.csv", null, line, dataRow, i + 1, header,
                        text = text != null ? text : rec.text(i), null));
            }
        }
        // ditto marks
        if (te - ts <= 5 && te > ts && Cells.mayBeDitto(a[ts])) {
            t = t != null ? t : new String(a, ts, te - ts);
            if (Cells.isDitto(t) && (col.type != ColumnProfile.NUMERIC || !t.equals("-"))) {
                String above = prevValid && i < prev.size && !prev.isEmpty(i) ? prev.text(i) : null;
                if (above != null && Cells.isDitto(Cells.trim(above))) {
                    above = null;
                }
                addToCurrentRow(out.cell(RuleIds.L2_02, "L2-02.ditto", null, line, dataRow, i + 1, header,
                        text != null ? text : rec.text(i), above));
                col.distinct.add(a, s, e, dataRow);
                return;
            }
        }
        // a value already reported for characters that break its format is not reported again as a type error
        boolean reported = (sf & Cells.S_DEPENDENT) != 0 && (scan.dependentMask & FORMAT_BREAKING) != 0;
        // ... unless the user disabled that rule or changed its severity: then the template's check stays
        boolean stands = reported && out.asDefined(RuleIds.L1_08, RuleIds.L1_08);
        // several values in one cell
        if ((sf & Cells.S_SEPARATOR) != 0 && (sf & (Cells.S_DIGIT | Cells.S_FW_DIGIT | Cells.S_AT | Cells.S_ALPHA)) != 0) {
            t = t != null ? t : new String(a, ts, te - ts);
            int mv = Cells.multiValue(t);
            if (mv != Cells.MV_NONE) {
                String key = mv == Cells.MV_RANGE ? "L1-07.range" : mv == Cells.MV_COORDINATES ? "L1-07.coordinates"
                        : RuleIds.L1_07;
                addToCurrentRow(out.cell(RuleIds.L1_07, key, null, line, dataRow, i + 1, header,
                        text != null ? text : rec.text(i), null));
                reported = true;
                stands |= out.asDefined(RuleIds.L1_07, key);
            }
        }
        // numbers
        if (col.type == ColumnProfile.UNKNOWN) {
            col.infer(a, s, e, num, unit);
            col.decide(false);
        }
        if (col.type == ColumnProfile.NUMERIC && !reported) {
            t = t != null ? t : new String(a, ts, te - ts);
            reported = numericCell(col, t, text != null ? text : rec.text(i), i, line);
            stands |= reported && out.asDefined(RuleIds.L2_01, RuleIds.L2_01);
        }
        // notation of dates
        if ((sf & (Cells.S_DIGIT | Cells.S_FW_DIGIT)) != 0 && !reported
                && VocabSemantics.looksLikeDate(slice.set(a, ts, te))) {
            t = t != null ? t : new String(a, ts, te - ts);
            Issue d = semantics.date(t);
            if (d != null) {
                addToCurrentRow(out.cell(d.rule(), d.key(), d.severity(), line, dataRow, i + 1, header,
                        text != null ? text : rec.text(i), d.suggestion(), d.args().toArray()));
                reported = true;
                stands |= out.asDefined(d.rule(), d.key());
            }
        }
        if (!reported && regions[i] != ValueSemantics.Region.NONE) {
            if (regionLast[i] == null || !slice.set(a, ts, te).contentEquals(regionLast[i])) {
                t = t != null ? t : new String(a, ts, te - ts);
            }
            reported = region(i, t != null ? t : regionLast[i], line);
            stands |= regionStands(i);
        }
        if (te > ts && Cells.mayBeOther(a[ts])) {
            t = t != null ? t : new String(a, ts, te - ts);
        }
        if (t != null && Cells.otherWithDetail(t)) {
            if (col.otherDetail++ == 0) {
                col.otherDetailRow = dataRow;
                col.otherDetailLine = line;
                col.otherDetailValue = text != null ? text : rec.text(i);
            }
        } else {
            col.distinct.add(a, s, e, dataRow);
        }
        if (conformance != null) {
            conformance.cell(this, i, a, ts, te, t, line, dataRow, stands);
        }
    }

    private static final int TEXT_FLAGS = Cells.S_NEWLINE | Cells.S_LEAD_SPACE | Cells.S_TRAIL_SPACE
            | Cells.S_MULTI_SPACE | Cells.S_INVISIBLE | Cells.S_DEPENDENT | Cells.S_SPACE;

    private final CharSlice slice = new CharSlice();

    /**
     * L3-06 or the coordinate check of a region column; returns whether the value's format was
     * checked, so that the template does not check it again (phone numbers and postal codes are
     * only checked for lost zeros here). Consecutive equal values (a code or a
     * prefecture repeated down the column) are checked once.
     */
    private boolean region(int i, String t, long line) {
        Issue r;
        if (t.equals(regionLast[i])) {
            r = regionLastIssue[i];
        } else {
            r = regions[i] == ValueSemantics.Region.PADDED_CODE ? CodeWidths.check(t, codeWidth[i])
                    : semantics.region(regions[i], t);
            regionLast[i] = t;
            regionLastIssue[i] = r;
        }
        if (r != null) {
            addToCurrentRow(out.cell(r.rule(), r.key(), r.severity(), line, dataRow, i + 1, names[i], t,
                    r.suggestion(), r.args().toArray()));
        }
        return r != null || regions[i].checksWholeFormat();
    }

    /**
     * Whether the last region check of column i stands for the template's check of the value: its
     * finding (if any) is made as its rule defines it ({@code --disable}/{@code --severity} of
     * L3-06 leave the template's check in place).
     */
    private boolean regionStands(int i) {
        Issue r = regionLastIssue[i];
        if (r == null) {
            if (!regions[i].checksWholeFormat()) {
                return false; // phone numbers and postal codes: only lost zeros were checked, the template checks the rest
            }
            return regions[i] == ValueSemantics.Region.LATITUDE || regions[i] == ValueSemantics.Region.LONGITUDE
                    || out.asDefined(RuleIds.L3_06, RuleIds.L3_06);
        }
        return out.asDefined(r.rule(), r.key());
    }

    private String[] regionLast = new String[0];
    private int[] codeWidth = new int[0];
    private Issue[] regionLastIssue = new Issue[0];

    private static boolean isZero(char[] a, int s, int e) {
        for (int k = s; k < e; k++) {
            char c = a[k];
            if (c != '0' && c != '.' && c != '-' && c != '+') {
                return false;
            }
        }
        return true;
    }

    /** L2-01 for a cell of a numeric column; whether a finding was made. */
    private boolean numericCell(ColumnProfile col, String t, String text, int i, long line) {
        String header = names[i];
        if (Cells.isSymbol(t)) {
            ColumnProfile.count(col.symbols, t, dataRow, 16);
            return false;
        }
        char[] tc = t.toCharArray();
        int r = Cells.parseNumber(tc, 0, tc.length, num, unit);
        if (r == Cells.N_NOT_NUMBER) {
            if (col.strongNumeric && !col.typeFromTemplate) {
                addToCurrentRow(out.cell(RuleIds.L2_01, "L2-01.text", null, line, dataRow, i + 1, header, text, null));
                return true;
            }
            return false;
        }
        if (r == Cells.N_CLEAN) {
            col.cleanNumbers++;
            return false;
        }
        col.dirtyNumbers++;
        String key;
        // the suggestion is the number only where the number alone means the same
        String suggestion = num.toString();
        Object[] args = {};
        if ((r & Cells.N_PREFIX) != 0) {
            key = "L2-01.prefix"; // 約 12: the number alone would read as exact
            suggestion = null;
        } else if ((r & Cells.N_UNIT) != 0) {
            String u = unit.toString();
            ColumnProfile.count(col.units, u, dataRow, 8);
            suggestion = Units.inColumnUnit(header, suggestion, u);
            key = suggestion != null ? "L2-01.unit" : "L2-01.unit.unstated";
            args = new Object[] {u};
        } else if ((r & Cells.N_SEPARATOR) != 0) {
            key = "L2-01.separator";
        } else if ((r & Cells.N_FOOTNOTE) != 0) {
            key = "L2-01.footnote";
        } else if ((r & Cells.N_TRIANGLE) != 0) {
            key = "L2-01.triangle";
        } else {
            key = "L2-01.fullwidth";
        }
        if ((r & Cells.N_FOOTNOTE) != 0 && hasSuperscript(t)) {
            suggestion = null; // 5² may be a footnote or a power
            if (key.equals("L2-01.footnote")) {
                key = "L2-01.footnote.superscript";
            }
        }
        addToCurrentRow(out.cell(RuleIds.L2_01, key, null, line, dataRow, i + 1, header, text, suggestion, args));
        return true;
    }

    private static boolean hasSuperscript(String t) {
        return t.indexOf('¹') >= 0 || t.indexOf('²') >= 0 || t.indexOf('³') >= 0;
    }

    /**
     * Character-level checks of a text (a data cell or a header cell): layout spaces and line
     * breaks (L1-06, L1-14), machine-dependent characters (L1-08).
     */
    private void textChecks(String text, int sf, int i, long line, long row, boolean headerCell) {
        String header = i < names.length ? names[i] : "";
        // one suggestion per value that fixes all of its layout, so that no L1-06 finding is left
        // (made only for a finding: most cells with a space have none)
        String fixed = null;
        if ((sf & Cells.S_NEWLINE) != 0) {
            if (xlsx) {
                fixed = LayoutFix.fixed(text, true);
                add(out.cell(RuleIds.L1_06, "L1-06.newline", null, line, row, i + 1, header, text, fixed), headerCell);
            } else {
                add(out.cell(RuleIds.L1_14, RuleIds.L1_14, null, line, row, i + 1, header, text,
                        LayoutFix.fixed(text, true)), headerCell);
            }
        }
        if ((sf & (Cells.S_LEAD_SPACE | Cells.S_TRAIL_SPACE)) != 0) {
            if (Cells.trim(text).isEmpty()) {
                // a cell that looks empty but is not: shown as "␣␣" so that a person can see it
                add(out.cell(RuleIds.L1_06, "L1-06.only-spaces", null, line, row, i + 1, header, text, "",
                        Values.visible(text)), headerCell);
            } else {
                fixed = fixed != null ? fixed : LayoutFix.fixed(text, xlsx);
                add(out.cell(RuleIds.L1_06, "L1-06.edge-space", null, line, row, i + 1, header, text, fixed),
                        headerCell);
            }
        } else if ((sf & Cells.S_MULTI_SPACE) != 0 && (sf & Cells.S_NEWLINE) == 0) {
            fixed = fixed != null ? fixed : LayoutFix.fixed(text, xlsx);
            add(out.cell(RuleIds.L1_06, "L1-06.multi-space", null, line, row, i + 1, header, text, fixed), headerCell);
        } else if ((sf & Cells.S_SPACE) != 0 && Cells.spacedOut(text)) {
            fixed = fixed != null ? fixed : LayoutFix.fixed(text, xlsx);
            add(out.cell(RuleIds.L1_06, "L1-06.spaced-out", null, line, row, i + 1, header, text, fixed), headerCell);
        }
        if ((sf & Cells.S_INVISIBLE) != 0) {
            fixed = fixed != null ? fixed : LayoutFix.fixed(text, xlsx);
            add(out.cell(RuleIds.L1_06, "L1-06.invisible", null, line, row, i + 1, header, text, fixed), headerCell);
        }
        if ((sf & Cells.S_DEPENDENT) != 0) {
            dependent(text, i, line, row, header, headerCell);
        }
    }

    private void checkText(String text, int i, long line, long row, boolean headerCell) {
        char[] a = text.toCharArray();
        Cells.scan(a, 0, a.length, scan);
        textChecks(text, scan.flags, i, line, row, headerCell);
    }

    private void add(Finding f, boolean now) {
        if (now) {
            out.emit(f);
        } else {
            addToCurrentRow(f);
        }
    }

    private void dependent(String text, int i, long line, long row, String header, boolean headerCell) {
        MachineDependent.Result r = MachineDependent.analyse(text, !headerCell && i < cols.length && cols[i].properNoun);
        add(out.cell(RuleIds.L1_08, r.key(), r.severity(), line, row, i + 1, header, text, r.suggestion(), r.args()),
                headerCell);
    }

    // ------------------------------------------------------------------ end of table

    private boolean isNoteRow(RecordView rec) {
        int ne = rec.nonEmpty();
        if (ne == 0 || ne > Math.max(2, width / 4)) {
            return false;
        }
        return Cells.startsLikeNote(Cells.trim(rec.text(rec.firstNonEmpty())));
    }

    private void finishTable() {
        tail();
        if (tallies.count() > 0) {
            out.emit(RuleIds.L1_04, "L1-04.tally", null, rowLocation(tallies.firstLine(), tallies.firstRow()),
                    tallies.firstLabel(), null, tallies.count(), tallies.lines(), tallies.labels());
            tallies.clear();
        }
        columnFindings();
        if (conformance != null) {
            conformance.end(this);
            conformance = null;
        }
    }

    private void tail() {
        // the maximal suffix of blank, note and note-like rows
        int end = ringSize;
        int startIdx = end;
        boolean note = false;
        boolean blank = false;
        boolean weak = false;
        for (int i = end - 1; i >= 0; i--) {
            Pending q = ring[(ringStart + i) % TAIL];
            if (q.kind == K_BLANK) {
                blank = true;
            } else if (q.kind == K_NOTE) {
                note = true;
            } else if (q.kind == K_DATA && q.weak) {
                weak = true;
            } else if (q.kind == K_DROPPED || q.kind == K_NUMBERED_BLANK) {
                // neither data nor notes: keep looking
            } else {
                break;
            }
            startIdx = i;
        }
        boolean notesBlock = note || (weak && blank) || (weak && width >= 4);
        if (startIdx < end && notesBlock) {
            long firstLine = -1;
            long lastLine = -1;
            long firstRow = -1;
            String text = null;
            int count = 0;
            for (int i = startIdx; i < end; i++) {
                Pending q = ring[(ringStart + i) % TAIL];
                if (q.kind == K_NOTE || (q.kind == K_DATA && q.weak)) {
                    if (firstLine < 0) {
                        firstLine = q.line;
                        firstRow = q.row;
                        text = q.text;
                    }
                    lastLine = q.line;
                    count++;
                    dropAll(q);
                    q.kind = K_DROPPED;
                } else if (q.kind == K_BLANK) {
                    dropAll(q);
                    q.kind = K_DROPPED;
                }
            }
            if (count > 0) {
                out.emit(RuleIds.L1_04, "L1-04.notes-below", null, rowLocation(firstLine, firstRow), text, null,
                        firstLine, lastLine, count);
            }
        } else if (startIdx < end && blank) {
            long firstLine = -1;
            long firstRow = -1;
            int count = 0;
            for (int i = startIdx; i < end; i++) {
                Pending q = ring[(ringStart + i) % TAIL];
                if (q.kind == K_BLANK) {
                    if (firstLine < 0) {
                        firstLine = q.line;
                        firstRow = q.row;
                    }
                    count++;
                    dropAll(q);
                    q.kind = K_DROPPED;
                }
            }
            out.emit(RuleIds.L1_03, "L1-03.blank-row.trailing", Severity.WARNING, rowLocation(firstLine, firstRow), null,
                    null, firstLine, count);
        }
        for (int i = 0; i < ringSize; i++) {
            flush(ring[(ringStart + i) % TAIL]);
        }
        ringStart = 0;
        ringSize = 0;
    }

    private void columnFindings() {
        List<String> empty = new ArrayList<>();
        int firstEmpty = -1;
        // blank columns: runs of columns with neither a name nor a value
        int i = 0;
        while (i < width) {
            ColumnProfile c = cols[i];
            if (c.headerBlank && c.values == 0) {
                int j = i;
                while (j + 1 < width && cols[j + 1].headerBlank && cols[j + 1].values == 0) {
                    j++;
                }
                blankColumns(i, j);
                i = j + 1;
                continue;
            }
            if (c.headerBlank && !c.headerMerged) {
                out.emit(out.make(RuleIds.L1_05, "L1-05.blank-label", null,
                        out.cellLocation(headerLine, 0, i + 1, ""), null, null, i + 1, c.values));
            } else if (c.values == 0 && rowsTotal > 0 && dataRow > 0) {
                if (firstEmpty < 0) {
                    firstEmpty = i;
                }
                if (empty.size() < 10) {
                    empty.add(Cells.trim(names[i]));
                }
            }
            i++;
        }
        if (!empty.isEmpty() && conformance == null) {
            out.emit(out.make(RuleIds.DATA_EMPTY_COLUMN, RuleIds.DATA_EMPTY_COLUMN, null,
                    out.cellLocation(headerLine, 0, firstEmpty + 1, names[firstEmpty]), null, null,
                    String.join(", ", empty), empty.size()));
        }
        boolean regionGiven = false;
        for (ValueSemantics.Region r : regions) {
            regionGiven |= r == ValueSemantics.Region.CODE || r == ValueSemantics.Region.MUNICIPALITY;
        }
        for (int k = 0; k < width; k++) {
            ColumnProfile c = cols[k];
            if (c.values == 0) {
                continue;
            }
            Location at = out.cellLocation(headerLine, 0, k + 1, names[k]);
            if (!regionGiven && regions[k] == ValueSemantics.Region.NONE) {
                wardNames(c, at);
            }
            if (c.type == ColumnProfile.NUMERIC) {
                if (!c.symbols.isEmpty()) {
                    out.emit(out.make(RuleIds.L3_03, RuleIds.L3_03, null, at, null, null,
                            out.hidesValues() ? "…" : describe(c.symbols)));
                }
                if (c.blanks > 0 && c.zeros > 0) {
                    out.emit(out.make(RuleIds.L1_09, RuleIds.L1_09, null, at, null, null, c.blanks, c.zeros));
                }
                if (!c.units.isEmpty()) {
                    unitFindings(c, k, at);
                }
            }
            if (c.textNumbers > 0 && c.type == ColumnProfile.NUMERIC && !c.codeLike(names[k])) {
                // Excel's "number stored as text": one finding for the column, not one per cell
                out.emit(out.make(RuleIds.L2_01, "L2-01.text-cell", Severity.INFO,
                        out.cellLocation(c.textNumberLine, c.textNumberRow, k + 1, names[k]), c.textNumberValue, null,
                        c.textNumbers));
            }
            ChoiceColumns.check(c, names[k], at, out);
            if (c.otherDetail > 0 && !c.distinct.overflow() && c.distinct.size() <= 20) {
                out.emit(out.make(RuleIds.L2_05, RuleIds.L2_05, null,
                        out.cellLocation(c.otherDetailLine, c.otherDetailRow, k + 1, names[k]), c.otherDetailValue,
                        null, c.otherDetail));
            }
            if (k < 3 && c.repeatBlanks >= 2 && c.groups >= 2 && c.consecutiveEqual == 0
                    && c.repeatBlanks * 5 >= dataRow && c.type != ColumnProfile.NUMERIC) {
                StringBuilder rows = new StringBuilder();
                for (int r = 0; r < Math.min(c.repeatBlanks, c.repeatRows.length); r++) {
                    if (r > 0) {
                        rows.append(", ");
                    }
                    rows.append(c.repeatLines[r]);
                }
                out.emit(out.make(RuleIds.L2_02, "L2-02.implicit", null,
                        out.cellLocation(c.repeatLines[0], c.repeatRows[0], k + 1, names[k]), null, null,
                        c.repeatBlanks, rows.toString()));
            }
            if (!c.styles.isEmpty()) {
                long styled = 0;
                for (long[] v : c.styles.values()) {
                    styled += v[0];
                }
                if (c.plainCells > 0 || c.styles.size() > 1) {
                    Map.Entry<Integer, long[]> e = c.styles.entrySet().iterator().next();
                    out.emit(out.make(RuleIds.L1_11, RuleIds.L1_11, null,
                            out.cellLocation(e.getValue()[1], 0, k + 1, names[k]), null, null, styled,
                            styled + c.plainCells, styleDescriber == null ? "" : styleDescriber.describe(e.getKey())));
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
            out.emit(out.make(w.rule(), w.key(), w.severity(), at, ward, w.suggestion(), w.args().toArray()));
        }
    }

    /**
     * L3-04: cells carry units the column name does not state. The new name is suggested only
     * when the column has one unit; with several, the values first need converting to one.
     */
    private void unitFindings(ColumnProfile c, int k, Location at) {
        String h = Cells.trim(names[k]);
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
            out.emit(out.make(RuleIds.L3_04, RuleIds.L3_04, null, at, null, h + "（" + u + "）", u));
        } else {
            out.emit(out.make(RuleIds.L3_04, "L3-04.mixed", null, at, null, null,
                    String.join(", ", c.units.keySet()), String.join(", ", unstated)));
        }
    }

    /** Describes an XLSX cell format for L1-11 messages. */
    interface StyleDescriber {
        String describe(int style);
    }

    private StyleDescriber styleDescriber;

    void styleDescriber(StyleDescriber d) {
        this.styleDescriber = d;
    }

    /** Counts a data cell's highlighting (XLSX): style 0 is plain. */
    private void style(int column, int style, long line) {
        ColumnProfile c = cols[column];
        if (style == 0) {
            c.plainCells++;
        } else {
            long[] v = c.styles.get(style);
            if (v == null) {
                if (c.styles.size() < 8) {
                    c.styles.put(style, new long[] {1, line});
                }
            } else {
                v[0]++;
            }
        }
    }

    private void blankColumns(int from, int to) {
        boolean rightHasData = false;
        long rightValues = 0;
        for (int k = to + 1; k < width; k++) {
            if (!cols[k].headerBlank || cols[k].values > 0) {
                rightHasData = true;
                rightValues += cols[k].values;
            }
        }
        Location at = out.cellLocation(headerLine, 0, from + 1, "");
        boolean repeatsNames = false;
        Set<String> left = new HashSet<>();
        for (int k = 0; k < from; k++) {
            left.add(Cells.trim(names[k]));
        }
        for (int k = to + 1; k < width; k++) {
            String t = Cells.trim(names[k]);
            if (!t.isEmpty() && left.contains(t)) {
                repeatsNames = true;
            }
        }
        if (!rightHasData) {
            out.emit(out.make(RuleIds.L1_03, one(from, to, "L1-03.trailing-columns"), Severity.WARNING, at,
                    null, null, columns(from, to)));
        } else if (from > 0 && rightValues <= Math.max(2, dataRow / 20)) {
            out.emit(out.make(RuleIds.L1_04, one(from, to, "L1-04.side-notes"), null,
                    out.cellLocation(headerLine, 0, to + 2, names[to + 1]), names[to + 1], null,
                    columns(from, to, to + 2)));
        } else if (from > 0 && repeatsNames) {
            out.emit(out.make(RuleIds.L1_02, one(from, to, "L1-02.side-by-side"), null, at, null, null,
                    columns(from, to, to + 2)));
        } else {
            out.emit(out.make(RuleIds.L1_03, one(from, to, "L1-03.blank-column"), null, at, null, null,
                    columns(from, to)));
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
