package io.github.civicdata.validation;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the machine-readability rules to the records of one source (a CSV file or one sheet),
 * in one pass with bounded look-ahead and look-behind:
 *
 * <ul>
 *   <li>a head window of at most {@link #WINDOW_ROWS} records (and {@link #WINDOW_CHARS}
 *       characters) is buffered to find the header block ({@link HeaderDetection}: title rows
 *       above it, metadata rows or a second header row below it) and to infer column types;
 *   <li>each data row is classified (data, blank, note, legend, total, repeated header, start of a
 *       second table) and checked ({@link CellChecks});
 *   <li>findings of the last {@link HeldRows#TAIL} rows are held back ({@link HeldRows}) so that
 *       notes and sources below the data can be reported as one L1-04 finding instead of as broken
 *       data rows;
 *   <li>column statistics (bounded) give the column-level findings at the end of the table
 *       ({@link ColumnFindings}).
 * </ul>
 *
 * <p>A blank row followed by a header-like row starts a second table (L1-02): the current table
 * is finished and the new one is read like the first. A template or schema ({@link Conformance})
 * checks the first table; it sees the table through a read-only {@link TableView}.
 *
 * <p>Not thread-safe; one instance per source.
 */
final class TableProcessor {

    static final int WINDOW_ROWS = 100;
    static final int WINDOW_CHARS = 2 << 20;

    private final Emitter out;
    private final ValueSemantics semantics;
    /** The template or schema check of the first table; null from the end of the first table on. */
    private Conformance conformance;
    private final TableState table = new TableState();
    private final HeldRows held;
    private final CellChecks cells;
    private final ColumnFindings columns;
    /** Told what each record turned out to be (the fixer), or null. */
    private TableObserver observer;
    /** The fixing mode ({@link #observer(TableObserver, boolean)}). */
    private boolean fixing;

    // head of a table
    private int tableNo;
    private boolean inHead = true;
    private final ArrayList<RecordView> window = new ArrayList<>();
    private long windowWeight;

    // the header row as stated (0: chosen by evidence) and the rows above the first header
    private long headerRow;
    private long preambleRows;
    private long preambleTitles;
    private long preambleFirstLine;
    private String preambleFirst;

    // rows of the current table
    private boolean seenData;
    private boolean gap;
    private long blankRunFirstLine;
    private long blankRunFirstRow;
    private int blankRunLength;
    /** Total and subtotal rows of the current table. */
    private final TallyRows tallies = new TallyRows();

    // the source
    private boolean sawAnyRecord;
    private boolean sawHeader;
    private boolean limitColumnsReported;
    private boolean limitLineReported;
    private String decoderLabel = "";

    // scratch for type inference
    private final StringBuilder num = new StringBuilder();
    private final StringBuilder unit = new StringBuilder();

    TableProcessor(Emitter out, boolean xlsx, ValueSemantics semantics, Conformance conformance) {
        this.out = out;
        this.semantics = semantics;
        this.conformance = conformance;
        this.held = new HeldRows(out);
        this.cells = new CellChecks(out, held, table, semantics, xlsx);
        this.columns = new ColumnFindings(out, table, cells, semantics);
    }

    /** The data rows of the source so far (all tables). */
    long rows() {
        return table.rowsTotal;
    }

    /**
     * States the header row (the record starting on, or spanning, this 1-based line or sheet row)
     * instead of choosing it by evidence; applies to the first table.
     */
    void headerRow(long line) {
        this.headerRow = line;
    }

    /** The label of the encoding, for encoding-error messages. */
    void encodingLabel(String label) {
        this.decoderLabel = label;
    }

    /** Describes XLSX cell formats for L1-11 messages. */
    void styleDescriber(ColumnFindings.StyleDescriber d) {
        columns.styleDescriber(d);
    }

    // ------------------------------------------------------------------ the fixer's seam

    /**
     * Tells {@code observer} what each record turns out to be (see {@link TableObserver}); with
     * {@code fixing}, the detection runs in the fixing mode ({@link CellChecks#observed(boolean)}):
     * the decisions are made as always, but no finding that only the validator reports (the encoding
     * errors of records among them) is prepared.
     */
    void observer(TableObserver observer, boolean fixing) {
        this.observer = observer;
        this.fixing = fixing;
        held.observer(observer);
        cells.observed(fixing);
    }

    /** In the fixing mode, the columns of the current table whose distinct values are counted (see {@link CellChecks}). */
    void distinctWanted(boolean[] columns) {
        cells.distinctWanted(columns);
    }

    /** The number of the current table (1 for the first; 0 before the first header). */
    int tableNo() {
        return tableNo;
    }

    /** The conformance checked against the current table (first table only), or null. */
    Conformance conformance() {
        return conformance;
    }

    /** Replaces the conformance before the first record (the fixer keeps only its header matching). */
    void conformance(Conformance c) {
        this.conformance = c;
    }

    /** The current table's width (known from {@link TableObserver#tableStart} on). */
    int width() {
        return table.width;
    }

    /** The current table's column names. */
    String[] names() {
        return table.names;
    }

    /** The profile of a column of the current table. */
    ColumnProfile profile(int column) {
        return table.cols[column];
    }

    private void decided(long line, TableObserver.Role role) {
        if (observer != null) {
            observer.decided(line, 0, role);
        }
    }

    // ------------------------------------------------------------------ input

    /** Accepts the next record (the instance is reused by the caller). */
    void accept(RecordView rec) {
        if (observer != null) {
            observer.record(rec);
        }
        take(rec);
    }

    /** A record from the caller, or one taken up again by the head window of a second table. */
    private void take(RecordView rec) {
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
            out.finding(RuleIds.DATA_HEADER_ROW).key("data.header-row.beyond").defaultSeverity(Severity.ERROR)
                    .line(preambleFirstLine).args(headerRow, preambleRows).emit();
        } else if (!sawAnyRecord) {
            out.finding(RuleIds.CSV_EMPTY).emit();
        } else if (!sawHeader) {
            out.finding(RuleIds.CSV_EMPTY).key("csv.empty.blank").emit();
        } else if (table.rowsTotal == 0) {
            out.finding(RuleIds.CSV_EMPTY).key("csv.empty.no-data").defaultSeverity(Severity.WARNING)
                    .line(table.headerLine).emit();
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
        if (nonBlankRows == 0) {
            // nothing but blank lines: nothing to check beyond encoding
            for (RecordView r : w) {
                preamble(r);
            }
            inHead = true;
            return;
        }
        HeaderDetection.Head head = HeaderDetection.detect(w, ne, tableNo == 0 ? headerRow : 0, semantics,
                conformance);
        if (head.statedBlank()) {
            out.finding(RuleIds.DATA_HEADER_ROW).key("data.header-row.blank").defaultSeverity(Severity.WARNING)
                    .line(headerRow).args(headerRow).emit();
        }
        for (int i = 0; i < head.header(); i++) {
            preamble(w.get(i));
        }
        tableNo++;
        sawHeader = true;
        RecordView headerRec = w.get(head.header());
        long headerLine = headerRec.line;
        if (tableNo == 1) {
            reportPreamble(headerLine);
            if (head.stated()) {
                out.finding(RuleIds.DATA_HEADER_ROW).key("data.header-row.set").line(headerLine).args(headerLine)
                        .emit();
            } else if (head.belowPosition()) {
                HeaderChoice.Choice c = head.choice();
                out.finding(RuleIds.DATA_HEADER_ROW).line(headerLine)
                        .args(headerLine, c.typedColumns(), c.labelledColumns(), c.knownNames()).emit();
            }
        }
        reportHeaderBlock(w, head, headerLine);
        RecordView second = head.second() < 0 ? null : w.get(head.second());
        table.start(headerLine, headerRec, second, head.names(), head.nameRows(), semantics);
        if (out.profiles() && tableNo == 1 && table.width <= Validator.MAX_PROFILED_COLUMNS) {
            // the column profile of the report (HTML): the first table only
            for (ColumnProfile c : table.cols) {
                c.seen = new DistinctCounter(ColumnProfile.PROFILE_DISTINCT);
            }
        }
        int k = head.dataStart();
        // infer types from the rows in the window
        List<RecordView> sample = new ArrayList<>(n - k);
        for (int r = k; r < n; r++) {
            RecordView rec = w.get(r);
            if (ne[r] == 0 || isNoteRow(rec) || TallyRows.label(rec, table.names, null) != null) {
                continue;
            }
            sample.add(rec);
            for (int i = 0; i < Math.min(table.width, rec.size); i++) {
                if (!rec.isEmpty(i)) {
                    table.cols[i].infer(rec.chars, rec.start[i], rec.end[i], num, unit);
                }
            }
        }
        for (ColumnProfile c : table.cols) {
            c.decide(true);
        }
        columns.headerNames(w.subList(Math.min(k, n), n));
        if (tableNo == 1) {
            if (conformance != null) {
                applyConformance();
            } else {
                for (Issue d : semantics.detectTemplate(table.names, table.otherNames())) {
                    out.finding(d.rule()).key(d.key()).defaultSeverity(d.severity()).line(headerLine)
                            .args(d.args().toArray()).emit();
                }
            }
        } else {
            conformance = null;
        }
        // zero-padded code columns that nothing else checks: values that lost their zeros (L3-06)
        table.codeWidth = CodeWidths.infer(sample, table.width);
        for (int i = 0; i < table.width; i++) {
            if (table.regions[i] == ValueSemantics.Region.NONE && table.codeWidth[i] > 0
                    && table.cols[i].type != ColumnProfile.NUMERIC) {
                table.regions[i] = ValueSemantics.Region.PADDED_CODE;
            }
        }
        columns.shape();
        cells.startTable(conformance);
        if (observer != null) {
            observer.tableStart(this);
        }
        seenData = false;
        gap = false;
        blankRunLength = 0;
        for (int r = k; r < n; r++) {
            if (inHead) {
                // a second table started inside the window: the rest goes through the new head
                take(w.get(r));
            } else {
                body(w.get(r));
            }
        }
    }

    /**
     * The rows of the header block other than the preamble: the header, metadata rows (L3-01),
     * the second header row (L2-03) and legend rows (L2-03). Their record-level findings are
     * located with the names known when each row is reached.
     */
    private void reportHeaderBlock(List<RecordView> w, HeaderDetection.Head head, long headerLine) {
        emitRecordLevel(w.get(head.header()), 0, table.names);
        decided(headerLine, TableObserver.Role.HEADER);
        int metaStart = head.header() + 1;
        for (int k = metaStart; k < head.metaEnd(); k++) {
            emitRecordLevel(w.get(k), 0, table.names);
            decided(w.get(k).line, TableObserver.Role.METADATA);
        }
        if (head.metaEnd() > metaStart) {
            RecordView m = w.get(metaStart);
            out.finding(RuleIds.L3_01).key("L3-01.between").line(m.line).value(m.text(m.firstNonEmpty()))
                    .args(headerLine, head.metaEnd() - metaStart).emit();
        }
        if (head.second() >= 0) {
            RecordView second = w.get(head.second());
            emitRecordLevel(second, 0, head.headerNames());
            decided(second.line, TableObserver.Role.SECOND_HEADER);
            // the suggestion is the one header row that replaces both (地区,人口_男,人口_女,世帯数)
            out.finding(RuleIds.L2_03).key("L2-03.multi-row").line(headerLine)
                    .suggest(head.joined() ? String.join(",", head.names()) : null).args(headerLine, second.line)
                    .emit();
        }
        // legend rows under the header (○：実施 ×：未実施): neither names nor data
        for (HeaderDetection.Legend legend : head.legends()) {
            RecordView l = w.get(legend.index());
            emitRecordLevel(l, 0, head.names());
            decided(l.line, TableObserver.Role.LEGEND);
            out.finding(RuleIds.L2_03).key("L2-03.legend").line(l.line).value(legend.text()).args(l.line, headerLine)
                    .emit();
        }
    }

    /** The template or schema checks the header; it fixes the types and region checks of the columns it declares. */
    private void applyConformance() {
        conformance.header(table, out, held::add);
        table.declaredMissing = conformance.hasMissingValues();
        for (int i = 0; i < table.width; i++) {
            byte type = conformance.columnType(i);
            if (type != ColumnProfile.UNKNOWN) {
                ColumnProfile p = table.cols[i];
                p.typeFromTemplate = true;
                p.type = type;
                p.strongNumeric = false;
            }
            // what the report's column profile names: the template column and its declared type
            table.cols[i].templateColumn = conformance.templateHeader(i);
            table.cols[i].templateType = conformance.templateTypeName(i);
            table.cols[i].period = "period".equals(table.cols[i].templateType);
            table.regions[i] = conformance.region(i, table.regions[i]);
        }
    }

    /** A row above the header (title, note, blank): counted for L3-01. */
    private void preamble(RecordView r) {
        emitRecordLevel(r, 0, table.names);
        decided(r.line, TableObserver.Role.PREAMBLE);
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
    private void reportPreamble(long headerLine) {
        if (preambleRows == 0) {
            return;
        }
        if (preambleTitles == 0) {
            out.finding(RuleIds.L3_01).key("L3-01.blank").line(preambleFirstLine).args(headerLine, preambleRows)
                    .emit();
        } else {
            out.finding(RuleIds.L3_01).line(preambleFirstLine).value(preambleFirst)
                    .args(headerLine, preambleTitles, preambleRows - preambleTitles).emit();
        }
    }

    private boolean isNoteRow(RecordView rec) {
        int ne = rec.nonEmpty();
        if (ne == 0 || ne > Math.max(2, table.width / 4)) {
            return false;
        }
        return Cells.startsLikeNote(Cells.trim(rec.text(rec.firstNonEmpty())));
    }

    // ------------------------------------------------------------------ body

    /** A row below the header block: classified, then checked as data if it is data. */
    private void body(RecordView rec) {
        long row = ++table.dataRow;
        table.rowsTotal++;
        HeldRows.Row p = held.push(rec.line, row);
        emitRecordLevel(rec, row, table.names);
        if (rec.isBlank()) {
            p.kind = HeldRows.Kind.BLANK;
            if (blankRunLength == 0) {
                blankRunFirstLine = rec.line;
                blankRunFirstRow = row;
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
            p.kind = HeldRows.Kind.REPEATED_HEADER;
            out.finding(RuleIds.L1_02).key("L1-02.repeated-header").at(rec.line, row, 0, null).value(rec.text(first))
                    .args(table.headerLine).emit();
            return;
        }
        String tally = TallyRows.label(rec, table.names, cells.previous());
        if (tally != null) {
            // a total, subtotal or cumulative row: reported once per table, not checked as data
            p.kind = HeldRows.Kind.TALLY;
            p.text = tally;
            tallies.add(rec.line, row, tally);
            closeBlankRun();
            seenData = true;
            gap = false;
            return;
        }
        String legend = ne >= 2 ? HeaderRows.legend(rec) : null;
        if (legend != null) {
            // a legend of marks (○：対応 ×：未対応) among or below the data: a note, not data
            note(p, legend);
            return;
        }
        int width = table.width;
        String firstText = null;
        if (ne <= Math.max(2, width / 4)) {
            firstText = Cells.trim(rec.text(first));
            if (Cells.startsLikeNote(firstText)) {
                note(p, firstText);
                return;
            }
        }
        ColumnProfile[] cols = table.cols;
        if (ne == 1 && first == 0 && width >= 3 && cols.length > 0 && cols[0].seqCount >= 2 && !cols[0].seqBroken
                && Cells.isCleanNumber(rec.chars, rec.start[0], rec.end[0])) {
            p.kind = HeldRows.Kind.NUMBERED_BLANK;
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
        cells.row(rec);
        if (observer != null) {
            observer.checked(rec, cells.scans());
        }
    }

    private void note(HeldRows.Row p, String text) {
        p.kind = HeldRows.Kind.NOTE;
        p.text = text;
        if (blankRunLength > 0 && seenData) {
            gap = true;
        }
    }

    /** L1-03 for the blank rows before this row of the table. */
    private void closeBlankRun() {
        if (blankRunLength == 0) {
            return;
        }
        String key = seenData ? "L1-03.blank-row" : "L1-03.blank-row.after-header";
        held.attach(blankRunFirstLine, blankRunFirstRow, out.finding(RuleIds.L1_03).key(key)
                .at(blankRunFirstLine, blankRunFirstRow, 0, null).args(blankRunFirstLine, blankRunLength).make());
        blankRunLength = 0;
    }

    /**
     * Whether the row repeats the header: the same cells, at least two of them non-empty. The cells
     * are compared first, so that a data row (different from its first cell on) is passed over
     * without counting its non-empty cells (issue 16).
     */
    private boolean equalsHeader(RecordView rec) {
        return repeatsHeader(table.headerRec, rec);
    }

    /** {@link #equalsHeader} of a table whose header record is {@code headerRec} (may be null). */
    static boolean repeatsHeader(RecordView headerRec, RecordView rec) {
        if (headerRec == null || rec.size != headerRec.size) {
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
        return rec.nonEmpty() >= 2;
    }

    private boolean headerLike(RecordView rec, int ne) {
        if (ne < Math.max(2, (table.width + 1) / 2)) {
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
            if (i < table.width && table.cols[i].type == ColumnProfile.NUMERIC) {
                numericCols++;
                textInNumeric++;
            }
        }
        int numericTotal = 0;
        for (ColumnProfile c : table.cols) {
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
        int tableSpan = table.headerRec == null ? table.width : table.headerRec.lastNonEmpty() + 1;
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

    /** The row starts a second table (L1-02): this table ends, the row goes to the new table's head. */
    private void secondTable(RecordView rec) {
        // rows between the blank and the new header belong to the new table's preamble
        held.startsNextTable();
        table.dataRow--;
        table.rowsTotal--;
        blankRunLength = 0;
        out.finding(RuleIds.L1_02).line(rec.line).value(rec.text(rec.firstNonEmpty()))
                .args(rec.line, table.headerLine).emit();
        finishTable();
        inHead = true;
        RecordView c = rec.copy();
        window.add(c);
        windowWeight = c.weight();
    }

    /**
     * Encoding errors and limits of a record, made wherever the record is.
     *
     * @param row the data row, 0 for a row of the head (its findings are not held back)
     * @param names the column names for the location of an encoding error
     */
    private void emitRecordLevel(RecordView rec, long row, String[] names) {
        if ((rec.recordFlags & RecordView.R_TOO_MANY_COLUMNS) != 0 && !limitColumnsReported) {
            limitColumnsReported = true;
            out.finding(RuleIds.LIMIT_COLUMNS).at(rec.line, row, 0, null)
                    .args(rec.totalFields, rec.maxColumns, "maxColumns / --max-columns").emit();
        }
        if ((rec.recordFlags & RecordView.R_LINE_TOO_LONG) != 0 && !limitLineReported) {
            limitLineReported = true;
            out.finding(RuleIds.LIMIT_LINE_LENGTH).at(rec.line, row, 0, null)
                    .args(rec.lineLength, rec.maxLineLength, "maxLineLength / --max-line-length").emit();
        }
        if (rec.decodeErrors != null && !fixing) {
            for (RecordView.DecodeHit hit : rec.decodeErrors) {
                Location.Builder b = out.location().line(rec.line).byteOffset(hit.byteOffset());
                if (row > 0) {
                    b.row(row);
                }
                if (hit.field() >= 0) {
                    b.column(hit.field() + 1).header(hit.field() < names.length ? names[hit.field()] : "");
                }
                Finding f = out.finding(RuleIds.ENCODING_ERROR).at(b.build())
                        .args(hit.hex(), decoderLabel, hit.byteOffset()).make();
                if (row > 0) {
                    held.add(f);
                } else {
                    out.emit(f);
                }
            }
            if (rec.decodeErrorsDropped > 0) {
                out.finding(RuleIds.ENCODING_ERROR).key("encoding-error.more").at(rec.line, row, 0, null)
                        .args(rec.decodeErrorsDropped).emit();
            }
        }
    }

    // ------------------------------------------------------------------ end of table

    private void finishTable() {
        held.end(table.width);
        if (tallies.count() > 0) {
            out.finding(RuleIds.L1_04).key("L1-04.tally").at(tallies.firstLine(), tallies.firstRow(), 0, null)
                    .value(tallies.firstLabel()).args(tallies.count(), tallies.lines(), tallies.labels()).emit();
            tallies.clear();
        }
        columns.end(conformance != null);
        if (conformance != null) {
            conformance.end();
            conformance = null;
        }
        if (table.width > 0 && table.cols[0].seen != null) {
            List<io.github.civicdata.core.ColumnSummary> summaries = new ArrayList<>(table.width);
            for (ColumnProfile c : table.cols) {
                summaries.add(c.summary(out.hidesValues()));
            }
            out.table(new io.github.civicdata.core.TableSummary(out.source(),
                    java.util.Optional.ofNullable(out.sheet()), Math.max(0, table.dataRow), summaries));
            for (ColumnProfile c : table.cols) {
                c.seen = null;
            }
        }
        if (observer != null) {
            observer.tableEnd(this);
        }
    }
}
