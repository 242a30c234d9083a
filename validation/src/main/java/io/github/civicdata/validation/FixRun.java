package io.github.civicdata.validation;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.RuleInfo;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.SourceInfo;
import io.github.civicdata.vocab.DatasetTemplate;
import io.github.civicdata.vocab.TemplateColumn;
import io.github.civicdata.vocab.format.FormatChecks;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One reading of the input by the {@link Fixer}: the validator's own reader (CSV with the
 * detected encoding and delimiter, or one sheet of a workbook) feeds a {@link TableProcessor}
 * whose decisions this class follows ({@link TableObserver}): records are copied as they arrive
 * and dispatched when decided, rows outside the fixed table go to the sidecar or away, the rows of
 * the fixed table to its {@link FixTable}. At the end it turns what the reading reported
 * (pictures, comments, malformed parts, unreadable workbooks, values beyond the limits) into log
 * lines, sidecar notes or a refusal.
 *
 * <p>Memory: the records between their arrival and their decision (the validator's head window
 * of 100 records and its 32 held-back rows) and, until the plan is made, at most
 * {@value #PLAN_ROWS} rows of the fixed table.
 *
 * <p>Not thread-safe; one per reading.
 */
final class FixRun implements TableObserver, XlsxValidation.SheetHook {

    /** Data rows held before the column decisions are made from them. */
    static final int PLAN_ROWS = 1000;
    /** Characters held before the column decisions are made. */
    static final long PLAN_CHARS = 4L << 20;
    /** The rule of the fixer's refusals. */
    static final String REFUSED = RuleIds.FIX_REFUSED;

    /** Rules whose findings the reading keeps (the rest are the validator's business). */
    private static final Set<String> KEPT = Set.of(RuleIds.L1_01, RuleIds.FILE_NOT_VALIDATED, RuleIds.FILE_UNREADABLE,
            RuleIds.CSV_EMPTY, RuleIds.XLSX_UNREADABLE, RuleIds.XLSX_MALFORMED, RuleIds.LIMIT_FIELD_LENGTH,
            RuleIds.LIMIT_LINE_LENGTH, RuleIds.LIMIT_COLUMNS, RuleIds.LIMIT_XLSX_PART_TIME, RuleIds.L1_10,
            RuleIds.L1_11);

    private final Fixer fixer;
    private final Path input;
    private final String name;
    private final FixOutputs outputs;
    private final FixPlan given;
    private final FormatChecks checks = FormatChecks.standard();
    private final Report.Builder report = Report.builder().maxFindings(1000);

    private FixLog log;
    private FixSidecar sidecar;
    private FixCsvWriter csv;
    /** Writes the table on a thread of its own (a large CSV input, more than one thread), else null. */
    private FixWriterThread writer;
    private CellFixer cells;
    private TableProcessor table;
    private TemplateConformance conformance;
    private final ArrayDeque<RecordView> incoming = new ArrayDeque<>();
    private final ArrayDeque<RecordView> pool = new ArrayDeque<>();
    private final int target;
    private FixTable fixTable;
    private boolean inTarget;
    private final List<long[]> tables = new ArrayList<>();
    private final List<RecordView> keptTitles = new ArrayList<>();
    private String encoding = "";
    private String delimiter;
    private boolean xlsx;
    // workbooks
    private final List<String> sheets = new ArrayList<>();
    private String sheet;
    private XlsxSheet.Shape shape;
    private final Map<Long, Long> verticalMerges = new HashMap<>();
    // results
    private long records;
    private long headerRows;
    private long written;
    /** Title rows written above the header (title-rows skipped). */
    private int rowsAbove;
    private final Map<String, Long> notWritten = new LinkedHashMap<>();
    private List<String> columns = List.of();
    private Finding refusal;
    private final List<Finding> carried = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /**
     * @param given the exact plan of a first pass whose plan was wrong, or null
     */
    FixRun(Fixer fixer, Path input, FixOutputs outputs, FixPlan given) {
        this.fixer = fixer;
        this.input = input;
        this.name = input.toString();
        this.outputs = outputs;
        this.given = given;
        this.target = Math.max(1, fixer.table);
        for (FixTransformation t : fixer.on) {
            on[t.ordinal()] = true;
        }
    }

    private final boolean[] on = new boolean[FixTransformation.values().length];

    /** The exact plan to read the input again with, or null when the plan used was right. */
    FixPlan replan() {
        return fixTable == null ? null : fixTable.replan();
    }

    FixResult run() throws IOException {
        OutputStream tableOut = null;
        OutputStream logOut = null;
        OutputStream sideOut = null;
        boolean ok = false;
        try {
            tableOut = open(outputs.table());
            logOut = open(outputs.changes());
            sideOut = open(outputs.sidecar());
            csv = new FixCsvWriter(tableOut, fixer.bom, fixer.crlf);
            log = new FixLog(logOut, outputs.logFormat(), name, outputs.locale());
            sidecar = new FixSidecar(sideOut, name);
            read();
            if (writer != null) {
                writer.finish();
            }
            finish();
            ok = true;
        } finally {
            closeAll(ok, writer, csv, log, sidecar, tableOut, logOut, sideOut);
        }
        return new FixResult(name, Optional.ofNullable(sheet), encoding, records, headerRows, written, notWritten,
                log.changes(), log.unfixable(), columns, Optional.ofNullable(refusal), carried, given == null ? 1 : 2);
    }

    private static OutputStream open(Optional<FixOutputs.Target> t) {
        if (t.isEmpty()) {
            return null;
        }
        try {
            return t.get().open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeAll(boolean ok, AutoCloseable... all) {
        RuntimeException first = null;
        for (AutoCloseable c : all) {
            if (c == null) {
                continue;
            }
            try {
                c.close();
            } catch (IOException e) {
                if (first == null) {
                    first = new UncheckedIOException(e);
                }
            } catch (Exception e) {
                if (first == null) {
                    first = e instanceof RuntimeException r ? r : new IllegalStateException(e);
                }
            }
        }
        if (first != null && ok) {
            throw first;
        }
    }

    // ------------------------------------------------------------------ reading

    private void read() throws IOException {
        Validator v = fixer.reader;
        Set<String> disabled = new HashSet<>();
        for (RuleInfo r : ValidationRules.all()) {
            if (!KEPT.contains(r.id())) {
                disabled.add(r.id());
            }
        }
        Emitter out = new Emitter(report, Map.of(), disabled, 0, false);
        out.startSource(name, null);
        long size = Files.size(input);
        try (InputStream raw = Files.newInputStream(input)) {
            BufferedInputStream in = new BufferedInputStream(out.footprint.counting(raw), 64 * 1024);
            FileFormat format = FileFormat.refineOle2(FileFormat.sniff(in, name), input);
            cells = new CellFixer(fixer.on, v.semantics, log, format == FileFormat.XLSX);
            switch (format) {
                case CSV -> {
                    if (outputs.table().isPresent() && v.threads >= 2 && size >= v.pipelineThreshold) {
                        // the checks and the fixing keep the calling thread busy: the writing gets a thread of its own
                        int[] wb = fixer.writerBatches;
                        writer = wb == null ? new FixWriterThread(csv, name)
                                : new FixWriterThread(csv, name, wb[0], wb[1], wb[2]);
                    }
                    SourceInfo info = CsvValidation.run(in, name, size, v, out, ProgressTracker.NONE, this::setup);
                    encoding = info.encoding().orElse("");
                    delimiter = info.delimiter().map(String::valueOf).orElse(null);
                }
                case XLSX -> {
                    xlsx = true;
                    encoding = "XLSX";
                    XlsxValidation.run(in, input, name, v, out, ProgressTracker.NONE, out.footprint, this);
                }
                default -> format.report(out, name);
            }
            out.endSource();
        } catch (OutOfMemoryError e) {
            throw ValidationOutOfMemoryError.of(name, out.footprint, v, Runtime.getRuntime().maxMemory(), e);
        }
    }

    private void setup(TableProcessor t) {
        this.table = t;
        if (t.conformance() instanceof TemplateConformance tc) {
            conformance = tc;
            t.conformance(new FixHeaderOnly(tc));
        }
        t.observer(this, !fixer.fullDetection);
    }

    @Override
    public boolean wants(int index, String sheetName, String state) {
        sheets.add(sheetName);
        if (sheet != null) {
            return false;
        }
        boolean want = fixer.sheet != null ? fixer.sheet.equals(sheetName) : "visible".equals(state);
        if (want) {
            sheet = sheetName;
        }
        return want;
    }

    @Override
    public void sheet(String sheetName, XlsxSheet.Shape s, TableProcessor t) {
        this.shape = s;
        for (int[] m : s.merges) {
            if (m[1] == m[3] && m[2] > m[0]) {
                verticalMerges.put(key(m[0] + 1L, m[1]), m[2] + 1L);
            }
        }
        setup(t);
    }

    private static long key(long line, int column) {
        return line * 32_768L + column;
    }

    /** The last row of a vertical merged range whose first cell is at (line, column), else 0. */
    long verticalMergeFrom(long line, int column) {
        return verticalMerges.isEmpty() ? 0 : verticalMerges.getOrDefault(key(line, column), 0L);
    }

    // ------------------------------------------------------------------ observing the table processor

    @Override
    public void record(RecordView rec) {
        RecordView c;
        if (rec.style != null || rec.formula != null) {
            c = rec.copy();
        } else {
            c = pool.isEmpty() ? new RecordView(rec.maxColumns, rec.maxFieldLength, rec.maxLineLength) : pool.pop();
            rec.copyInto(c);
            c.decodeErrors = rec.decodeErrors == null ? null : List.copyOf(rec.decodeErrors);
            c.decodeErrorsDropped = rec.decodeErrorsDropped;
            c.fixScanned = false;
        }
        incoming.add(c);
    }

    /**
     * The validator's scan flags of a data row's cells: kept on this run's copy of the record, so
     * that the fixer's counts ({@link FixCounts}) do not scan the cells again.
     */
    @Override
    public void checked(RecordView rec, int[] scans) {
        RecordView last = incoming.peekLast(); // the record checked is the last to have arrived, but in a table's head
        if (last != null && last.line == rec.line) {
            keepScans(last, rec, scans);
            return;
        }
        java.util.Iterator<RecordView> it = incoming.descendingIterator();
        while (it.hasNext()) {
            RecordView c = it.next();
            if (c.line == rec.line) {
                keepScans(c, rec, scans);
                return;
            }
        }
    }

    private static void keepScans(RecordView c, RecordView rec, int[] scans) {
        if (c.size == rec.size && c.charLen == rec.charLen) {
            if (c.fixScans == null || c.fixScans.length < c.size) {
                c.fixScans = new int[Math.max(16, c.size)];
            }
            System.arraycopy(scans, 0, c.fixScans, 0, c.size);
            c.fixScanned = true;
        }
    }

    void recycle(RecordView rec) {
        if (rec.style == null && rec.formula == null && pool.size() < 256) {
            pool.push(rec);
        }
    }

    @Override
    public void decided(long line, long row, Role role) {
        RecordView rec = incoming.poll();
        if (rec == null || rec.line != line) {
            throw new IllegalStateException("record of line " + line + " decided out of order");
        }
        records++;
        limits(rec);
        int t = table.tableNo();
        if (role == Role.HEADER) {
            tables.add(new long[] {line, line});
            if (t == target) {
                fixTable = new FixTable(this, rec);
                inTarget = true;
                headerRows++;
                if (namesBlank(rec)) {
                    // written, the header would be an empty line (or a row of empty fields), which the
                    // next reading takes for a blank row, and a data row for the header
                    refuse("fix.refused.blank-header", line, line);
                }
                return;
            }
        } else if (!tables.isEmpty() && role != Role.PREAMBLE && role != Role.BETWEEN_TABLES && !rec.isBlank()) {
            tables.get(tables.size() - 1)[1] = rec.endLine;
        }
        if (inTarget) {
            if (role == Role.SECOND_HEADER && on(FixTransformation.HEADER_ROWS)) {
                headerRows++;
            }
            fixTable.add(rec, row, role);
            return;
        }
        outsideTable(rec, row, role, t);
        recycle(rec);
    }

    @Override
    public void tableStart(TableProcessor t) {
        if (inTarget && t.tableNo() == target) {
            fixTable.start(t);
            t.distinctWanted(fixTable.distinctWanted());
        }
    }

    @Override
    public void tableEnd(TableProcessor t) {
        if (inTarget && t.tableNo() == target) {
            fixTable.end();
            inTarget = false;
        }
    }

    /**
     * Whether every name of a header row is empty once the header fixes ran (spaces, invisible
     * characters): a header the fixer cannot write so that it is read back as a header.
     */
    private boolean namesBlank(RecordView rec) {
        for (int i = 0; i < rec.size; i++) {
            String v = rec.text(i);
            if (!Cells.trim(v).isEmpty() && !Cells.trim(cells.quietName(v)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** A value cut at a limit would be written cut: the fixer refuses instead. */
    private void limits(RecordView rec) {
        if (refusal != null) {
            return;
        }
        String setting = null;
        long actual = 0;
        long allowed = 0;
        if ((rec.recordFlags & RecordView.R_TOO_MANY_COLUMNS) != 0) {
            setting = "maxColumns / --max-columns";
            actual = rec.totalFields;
            allowed = rec.maxColumns;
        } else if ((rec.recordFlags & RecordView.R_LINE_TOO_LONG) != 0) {
            setting = "maxLineLength / --max-line-length";
            actual = rec.lineLength;
            allowed = rec.maxLineLength;
        } else {
            for (int i = 0; i < rec.size; i++) {
                if ((rec.flags[i] & RecordView.F_TRUNCATED) != 0) {
                    setting = "maxFieldLength / --max-field-length";
                    actual = rec.actualLength[i];
                    allowed = rec.maxFieldLength;
                    break;
                }
            }
        }
        if (setting != null) {
            refuse("fix.refused.limit", rec.line, rec.line, actual, allowed, setting);
        }
    }

    // ------------------------------------------------------------------ rows outside the fixed table

    /** A row before the fixed table, between tables or of another table. */
    private void outsideTable(RecordView rec, long row, Role role, int tableNo) {
        if (rec.isBlank()) {
            FixTransformation t = tableNo == 0 ? FixTransformation.TITLE_ROWS : null;
            log.add(rec.line, row, 0, null, tableNo == 0 ? RuleIds.L3_01 : RuleIds.L1_02, t, FixLog.Action.REMOVED,
                    null, null, "fix.reason.blank-row");
            notWritten("blank");
            return;
        }
        if (tableNo == 0 && role == Role.PREAMBLE) {
            if (!on(FixTransformation.TITLE_ROWS)) {
                RecordView keep = rec.copy();
                keptTitles.add(keep);
                return;
            }
            moved(rec, row, "title", RuleIds.L3_01, FixTransformation.TITLE_ROWS, "fix.reason.title-row");
            return;
        }
        String kind = role == Role.BETWEEN_TABLES || role == Role.PREAMBLE ? "between-tables" : "other-table";
        moved(rec, row, kind, RuleIds.L1_02, null, "fix.reason.other-table");
    }

    /** Whether a row of the fixed table goes to the output as a data row. */
    boolean asData(Role role) {
        return switch (role) {
            case DATA, NUMBERED_BLANK -> true;
            case METADATA -> !on(FixTransformation.TITLE_ROWS);
            case LEGEND, NOTE, NOTE_BELOW -> !on(FixTransformation.NOTES);
            case BLANK, BLANK_BELOW -> !on(FixTransformation.BLANK_ROWS);
            case TALLY -> !on(FixTransformation.TOTAL_ROWS);
            case REPEATED_HEADER -> !on(FixTransformation.REPEATED_HEADERS);
            default -> false;
        };
    }

    /** A row of the fixed table that is not written as data: to the sidecar (or away when blank). */
    void away(RecordView rec, long row, Role role) {
        switch (role) {
            case METADATA -> moved(rec, row, "metadata", RuleIds.L3_01, FixTransformation.TITLE_ROWS,
                    "fix.reason.metadata-row");
            case LEGEND -> moved(rec, row, "legend", RuleIds.L2_03, FixTransformation.NOTES, "fix.reason.legend");
            case NOTE, NOTE_BELOW -> moved(rec, row, "note", RuleIds.L1_04, FixTransformation.NOTES,
                    "fix.reason.note");
            case TALLY -> moved(rec, row, "total", RuleIds.L1_04, FixTransformation.TOTAL_ROWS, "fix.reason.total");
            case REPEATED_HEADER -> moved(rec, row, "repeated-header", RuleIds.L1_02,
                    FixTransformation.REPEATED_HEADERS, "fix.reason.repeated-header");
            case BLANK, BLANK_BELOW -> {
                log.add(rec.line, row, 0, null, RuleIds.L1_03, FixTransformation.BLANK_ROWS, FixLog.Action.REMOVED,
                        null, null, "fix.reason.blank-row");
                notWritten("blank");
            }
            default -> outsideTable(rec, row, role, target + 1);
        }
    }

    private void moved(RecordView rec, long row, String kind, String rule, FixTransformation t, String reason) {
        if (rec.isBlank()) {
            log.add(rec.line, row, 0, null, rule, t, FixLog.Action.REMOVED, null, null, "fix.reason.blank-row");
            notWritten("blank");
            return;
        }
        List<String> values = FixSidecar.trimmedValues(rec, 0);
        sidecar.entry(kind, rec.line, row, 1, values, null);
        log.add(rec.line, row, 0, null, rule, t, FixLog.Action.MOVED, String.join(",", values), null, reason);
        notWritten(kind);
    }

    void notWritten(String reason) {
        notWritten.merge(reason, 1L, Long::sum);
    }

    // ------------------------------------------------------------------ writing

    /** The header of the fixed table is decided: title rows kept by choice, then the names. */
    void headerReady(FixPlan plan, String[] names, FixTable t) {
        for (RecordView r : keptTitles) {
            String[] cellsOfRow = new String[Math.max(1, r.size)];
            for (int i = 0; i < cellsOfRow.length; i++) {
                cellsOfRow[i] = r.text(i);
            }
            if (writer != null) {
                writer.row(cellsOfRow, cellsOfRow.length);
            } else {
                csv.row(cellsOfRow, cellsOfRow.length);
            }
            written++;
            rowsAbove++;
        }
        keptTitles.clear();
        columns = List.of(names);
        String[] defused = names.clone();
        for (int k = 0; k < defused.length; k++) {
            String d = io.github.civicdata.core.csv.CsvFormulas.defuseExceptNumbers(defused[k]);
            if (!d.equals(defused[k])) {
                log.add(t.headerLines().get(0), 0, 0, names[k], RuleIds.L2_06, FixTransformation.FORMULAS,
                        FixLog.Action.DEFUSED, defused[k], d, "fix.reason.defused");
                defused[k] = d;
            }
        }
        if (writer != null) {
            writer.row(defused, defused.length);
        } else {
            csv.row(defused, defused.length);
        }
    }

    /** The thread writing the table (which also tallies the fixed table's rows after its plan), or null. */
    FixWriterThread writer() {
        return writer;
    }

    /** A data row: a null cell is written from {@code rec}'s field {@code source[k]} as it is. */
    void write(String[] row, RecordView rec, int[] source, int[] flags) {
        if (writer != null) {
            writer.row(row, row.length, rec, source, flags);
        } else {
            csv.row(row, row.length, rec, source, flags);
        }
        written++;
    }

    /**
     * A data row written as it is (its cells' scan flags {@code flags}); with {@code counts} not
     * null, its statistics are tallied with it on the writer thread ({@link FixWriterThread#row(RecordView,
     * int[], FixCounts, FixPlan.Stats, boolean, ValueSemantics)}).
     */
    void writeAsIs(RecordView rec, int[] flags, FixCounts counts, FixPlan.Stats stats, boolean trim) {
        if (writer != null) {
            writer.row(rec, flags, counts, stats, trim, semantics());
        } else {
            csv.row(rec.chars, rec.start, rec.end, flags, 0, rec.size);
        }
        written++;
    }

    /** A value fixer of its own that logs nothing (for counting values as they will be written). */
    CellFixer quietCells() {
        return new CellFixer(fixer.on, fixer.reader.semantics, null, xlsx);
    }

    /** Whether the input is a workbook. */
    boolean xlsx() {
        return xlsx;
    }

    // ------------------------------------------------------------------ the end

    private void finish() {
        if (xlsx && sheet == null) {
            refuse("fix.refused.no-sheet", 0, fixer.sheet == null ? "" : fixer.sheet, String.join(", ", sheets));
        }
        Report r = report.build();
        for (Finding f : r.findings()) {
            String key = f.messageKey();
            switch (f.ruleId()) {
                case RuleIds.L1_01, RuleIds.FILE_NOT_VALIDATED ->
                        refuse("fix.refused.format", 0, Messages.get().localize(f).en());
                case RuleIds.CSV_EMPTY -> {
                    if (!key.equals("csv.empty.no-data")) {
                        refuse("fix.refused.empty", 0);
                    }
                }
                case RuleIds.XLSX_UNREADABLE -> {
                    if (key.equals(RuleIds.XLSX_UNREADABLE) || key.equals("xlsx.unreadable.zip-bomb")
                            || key.equals("xlsx.unreadable.entities") || key.equals("xlsx.unreadable.sheet")
                            || key.equals("xlsx.unreadable.encrypted")) {
                        refuse("fix.refused.unreadable", 0, Messages.get().localize(f).en());
                    } else {
                        carry(f);
                    }
                }
                case RuleIds.LIMIT_XLSX_PART_TIME, RuleIds.LIMIT_COLUMNS, RuleIds.LIMIT_FIELD_LENGTH,
                        RuleIds.LIMIT_LINE_LENGTH -> refuse("fix.refused.unreadable", 0, Messages.get().localize(f).en());
                default -> carry(f);
            }
        }
        if (refusal == null && tables.isEmpty()) {
            refuse("fix.refused.empty", 0);
        } else if (fixer.table == 0 && tables.size() > 1) {
            refuse("fix.refused.several-tables", tables.get(1)[0], tables.size(), ranges());
        } else if (fixer.table > tables.size() && !tables.isEmpty()) {
            refuse("fix.refused.no-table", 0, fixer.table, tables.size(), ranges());
        }
        if (shape != null && fixTable != null && fixTable.plan() != null) {
            workbookNotes(fixTable.plan());
        }
        List<FixSidecar.Column> cols = new ArrayList<>();
        if (fixTable != null && fixTable.plan() != null) {
            for (FixPlan.Out o : fixTable.plan().out) {
                FixPlan.In c = o.added() ? null : fixTable.plan().in[o.source()];
                cols.add(new FixSidecar.Column(o.name(), c == null ? 0 : c.index + 1, c == null ? "" : c.rawName,
                        o.part() == FixPlan.LATITUDE ? "latitude" : o.part() == FixPlan.LONGITUDE ? "longitude" : null,
                        c == null ? null : c.unit, o.template() == null ? null : o.template().item().id(),
                        c == null ? null : fixTable.marksOf(c.index)));
            }
        }
        sidecar.table(sheet, encoding, delimiter, rowsAbove, fixTable == null ? List.of() : fixTable.headerLines(), cols, notes);
    }

    private String ranges() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tables.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            long[] t = tables.get(i);
            sb.append(i + 1).append(": ").append(t[0]).append('–').append(t[1]);
        }
        return sb.toString();
    }

    /** A finding of the reading that the fix cannot carry over: logged, noted in the sidecar, returned. */
    private void carry(Finding f) {
        carried.add(f);
        String text = Messages.get().localize(f).in(outputs.locale());
        notes.add(text);
        log.add(f.location().line().orElse(0), f.location().row().orElse(0), f.location().column().orElse(0),
                f.location().header().orElse(null), f.ruleId(), null, FixLog.Action.UNFIXABLE, f.value().orElse(null),
                null, f.messageKey(), f.arguments().toArray());
    }

    /** Merged ranges and hidden columns of the sheet: in the sidecar, and logged where they touch the data. */
    private void workbookNotes(FixPlan plan) {
        long lastHeader = fixTable.headerLines().get(fixTable.headerLines().size() - 1);
        for (int[] m : shape.merges) {
            String range = XlsxSheet.cellName(m[0], m[1]) + ":" + XlsxSheet.cellName(m[2], m[3]);
            boolean vertical = m[1] == m[3] && m[2] > m[0];
            boolean filled = vertical && m[1] < plan.in.length && plan.in[m[1]].key
                    && on(FixTransformation.MERGED_CELLS) && m[0] + 1L > lastHeader;
            sidecar.entry("merge", m[0] + 1L, 0, m[1] + 1, null, range + (filled ? " filled" : " left"));
            if (!filled && m[2] + 1L > lastHeader) {
                log.add(m[0] + 1L, 0, m[1] + 1, null, RuleIds.L1_12, FixTransformation.MERGED_CELLS,
                        FixLog.Action.UNFIXABLE, range, null, "fix.unfixable.merge-left", range);
            }
        }
        for (int[] h : shape.hiddenCols) {
            if (h[0] - 1 > shape.maxCol) {
                continue;
            }
            String range = XlsxSheet.columnName(h[0] - 1) + (h[0] == h[1] ? "" : ":" + XlsxSheet.columnName(h[1] - 1));
            notes.add(Messages.get().format(outputs.locale(), "fix.reason.hidden-columns", range));
            log.add(0, 0, h[0], null, RuleIds.L1_13, null, FixLog.Action.KEPT, range, null,
                    "fix.reason.hidden-columns", range);
        }
    }

    private void refuse(String key, long line, Object... args) {
        if (refusal != null) {
            return;
        }
        Location.Builder loc = Location.builder(name);
        if (sheet != null) {
            loc.sheet(sheet);
        }
        if (line > 0) {
            loc.line(line);
        }
        refusal = Finding.builder(REFUSED, Severity.ERROR).location(loc.build()).messageKey(key).args(args).build();
    }

    // ------------------------------------------------------------------ for the fixed table

    boolean on(FixTransformation t) {
        return on[t.ordinal()];
    }

    FixPlan given() {
        return given;
    }

    ValueSemantics semantics() {
        return fixer.reader.semantics;
    }

    FormatChecks checks() {
        return checks;
    }

    /** The template column of an input column (the template is matched against the first table only). */
    TemplateColumn templateColumn(int col) {
        return conformance == null || target != 1 ? null : conformance.templateColumn(col).orElse(null);
    }

    DatasetTemplate template() {
        return conformance == null ? null : conformance.template();
    }

    CellFixer cells() {
        return cells;
    }

    FixLog log() {
        return log;
    }

    FixSidecar sidecar() {
        return sidecar;
    }

    String encodingLabel() {
        return encoding;
    }

    // ------------------------------------------------------------------ value shapes

    /** {@code 9:30} or {@code 09:30}. */
    static boolean isTime(CharSequence t) {
        int n = t.length();
        int colon = n == 4 ? 1 : n == 5 ? 2 : -1;
        if (colon < 0 || t.charAt(colon) != ':') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (i != colon && (c < '0' || c > '9')) {
                return false;
            }
        }
        return t.charAt(colon + 1) <= '5';
    }

    /**
     * Latitude and longitude of a cell holding both ({@code 34.34,134.04}; also with {@code 、}, a
     * space or a semicolon), in that order: when the first number lies in Japan's longitudes and
     * the second in its latitudes, they are swapped. Null when the cell is not two decimals.
     */
    static String[] coordinatePair(String t) {
        int sep = -1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ',' || c == '、' || c == '，' || c == ';' || c == ' ' || c == '\u3000') {
                sep = i;
                break;
            }
        }
        if (sep <= 0) {
            return null;
        }
        String a = Cells.trim(t.substring(0, sep));
        String b = t.substring(sep + 1);
        while (!b.isEmpty() && (b.charAt(0) == ' ' || b.charAt(0) == '\u3000' || b.charAt(0) == ',')) {
            b = b.substring(1);
        }
        b = Cells.trim(b);
        if (!decimal(a) || !decimal(b)) {
            return null;
        }
        double x = Double.parseDouble(a);
        double y = Double.parseDouble(b);
        if (x >= 122 && x <= 154 && y >= 20 && y <= 46) {
            return new String[] {b, a};
        }
        return new String[] {a, b};
    }

    private static boolean decimal(String s) {
        if (s.isEmpty() || s.length() > 24) {
            return false;
        }
        int i = s.charAt(0) == '-' ? 1 : 0;
        int digits = 0;
        boolean point = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
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
}
