package io.github.civicdata.validation;

import io.github.civicdata.core.csv.CsvFormulas;
import io.github.civicdata.vocab.Obligation;
import io.github.civicdata.vocab.TemplateColumn;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table the fixer writes: its rows as the {@link TableProcessor} decided them, held until the
 * column decisions ({@link FixPlan}) are made (from the first {@value FixRun#PLAN_ROWS} data rows,
 * or the whole table when it is shorter), then written one by one: data rows through the
 * {@link CellFixer}, other rows to the sidecar or away, each with its log line. At the end of the
 * table the decisions are checked against the whole table; when they differ, the run asks for a
 * second pass with the exact decisions.
 *
 * <p>Not thread-safe; one per fixed table.
 */
final class FixTable {

    /** A decided row waiting for the plan. */
    private record Held(RecordView rec, long row, TableObserver.Role role) {
    }

    private final FixRun run;
    private final RecordView header;
    private RecordView second;
    private TableProcessor table;
    private final ArrayDeque<Held> held = new ArrayDeque<>();
    private long heldChars;
    private int heldData;
    private FixPlan plan;
    private FixPlan.Stats stats;
    private FixPlan exact;
    /** Whether a data row with a value was added (a "#" row after it is data). */
    private boolean dataAdded;
    /** The column profiles of the fixed file's head window ({@link #profileAsFixed}), once made. */
    private ColumnProfile[] asFixed;
    private String[] rawNames = new String[0];
    private final List<Long> headerLines = new ArrayList<>();
    // writing
    private String[] prev;
    private String[] outCells;
    private String[] fixedIn;
    private final Map<Integer, Map<String, Long>> marks = new HashMap<>();
    /** XLSX: per input column, the value of an open vertical merge and its last row. */
    private String[] mergeValue;
    private long[] mergeUntil;
    private boolean started;
    private final CharSlice slice = new CharSlice();
    /** The statistics of the data rows, and the scan flags of the last row counted. */
    private final FixCounts counts = new FixCounts();
    /** Per input column: its first output column (-1 when dropped), its secrecy-mark counts (numeric columns). */
    private int[] firstOut;
    private List<Map<String, Long>> marksOf;
    /** Per output column: its input column (-1 when added). */
    private int[] outSource;
    /** Whether a template column is required (its blank cells are logged). */
    private boolean requiredColumns;
    private String[] raws = new String[0];
    private String[] rawText = new String[0];
    /** Per input column of the current row: written from the record's characters as they are. */
    private boolean[] direct = new boolean[0];
    /** The last data row written (its untouched values are the values above the next row). */
    private RecordView prevRec;
    /** Whether {@link #prevRec} was written as it is (then {@link #prev} does not hold its values). */
    private boolean prevAsIs;
    /**
     * Whether a data row may be written as it is when every value needs nothing: a CSV input whose
     * output columns are its input columns in their order (nothing dropped, added, split or moved).
     */
    private boolean asIsLayout;
    /** Per input column: an empty value is logged (a required template column), so the row takes the general path. */
    private boolean[] emptyLogged = new boolean[0];
    /** Per input column: its values may take {@link CellFixer#quickUntouched} ({@link CellFixer#quickColumn}). */
    private boolean[] quick = new boolean[0];
    /** A data row's statistics to hand to the writer thread with the row (after the plan), else null. */
    private RecordView tallyPending;

    FixTable(FixRun run, RecordView header) {
        this.run = run;
        this.header = header;
        headerLines.add(header.line);
    }

    // ------------------------------------------------------------------ events

    /** A record of this table, decided (header rows included), in input order. */
    void add(RecordView rec, long row, TableObserver.Role role) {
        if (role == TableObserver.Role.SECOND_HEADER && run.on(FixTransformation.HEADER_ROWS)) {
            second = rec;
            headerLines.add(rec.line);
        }
        if (role == TableObserver.Role.DATA && !dataAdded) {
            if (run.on(FixTransformation.TITLE_ROWS) && !rec.isEmpty(0) && Cells.trim(rec.text(0)).startsWith("#")) {
                // a LinkData "#" row that only rows the fix removes (blank rows) separate from the header:
                // in the output it is under the header, where the validator reads it as a metadata row;
                // it is one now, neither counted for the plan nor written
                role = TableObserver.Role.METADATA;
            } else if (!FixNextReading.blankWhenTrimmed(rec)) {
                dataAdded = true;
            }
        }
        if (isData(role) && stats != null) {
            FixWriterThread w = plan != null ? run.writer() : null;
            if (w != null) {
                // after the plan, the statistics are needed only at the end of the table: tallied on the
                // writer thread, with the row when it is written as it is (one copy), else on their own
                counts.flags(rec, stats.cols.length, run.on(FixTransformation.LAYOUT));
                tallyPending = rec;
                process(rec, row, role);
                if (tallyPending != null) {
                    tallyPending = null;
                    w.tally(rec, counts.flags, counts, stats, run.on(FixTransformation.LAYOUT), run.semantics());
                }
                return;
            } else {
                counts.count(rec, stats, run.on(FixTransformation.LAYOUT), run.semantics());
            }
        }
        if (plan != null) {
            process(rec, row, role);
            return;
        }
        held.add(new Held(rec, row, role));
        heldChars += rec.charLen;
        if (isData(role)) {
            heldData++;
        }
        if (started && (heldData >= FixRun.PLAN_ROWS || heldChars >= FixRun.PLAN_CHARS)) {
            decide(false);
        }
    }

    /** The header is known: names, column profiles and template columns. */
    void start(TableProcessor t) {
        this.table = t;
        this.started = true;
        counts.quiet = run.quietCells();
        int width = t.width();
        stats = new FixPlan.Stats(width);
        for (Held h : held) {
            if (isData(h.role())) {
                counts.count(h.rec(), stats, run.on(FixTransformation.LAYOUT), run.semantics());
            }
        }
    }

    /** Every row of the table was decided. */
    void end() {
        if (!started) {
            return; // only header rows: nothing was decided about the table
        }
        if (plan == null) {
            decide(true);
        } else if (!plan.exact) {
            if (run.writer() != null) {
                run.writer().sync(); // the rows tallied on the writer thread
            }
            FixPlan whole = makePlan(true);
            if (!whole.signature().equals(plan.signature())) {
                exact = whole;
            }
        }
        wardNames();
    }

    /**
     * L3-06 for a column of ward names without their city (東区 for 福岡市東区), judged like the
     * validator from the column's distinct values: left for a person (which city is meant is the
     * publisher's knowledge), logged for the column.
     */
    private void wardNames() {
        if (!run.on(FixTransformation.CODES)) {
            return;
        }
        for (FixPlan.In c : plan.in) {
            if (c.region == ValueSemantics.Region.CODE || c.region == ValueSemantics.Region.MUNICIPALITY) {
                return;
            }
        }
        for (FixPlan.In c : plan.in) {
            ColumnProfile p = table.profile(c.index);
            if (c.drop || c.region != ValueSemantics.Region.NONE || p.values == 0 || p.distinct.overflow()
                    || p.distinct.size() == 0 || p.type != ColumnProfile.TEXT && p.type != ColumnProfile.UNKNOWN) {
                continue;
            }
            Map<String, Long> values = new LinkedHashMap<>();
            for (DistinctCounter.Entry e : p.distinct.entries()) {
                values.merge(Cells.trim(e.value()), e.count(), Long::sum);
            }
            Issue w = run.semantics().wardsWithoutCity(values);
            if (w != null) {
                run.log().add(header.line, 0, c.index + 1, c.rawName, w.rule(), FixTransformation.CODES,
                        FixLog.Action.UNFIXABLE, null, null, w.key(), w.args().toArray());
            }
        }
    }

    /**
     * The columns whose distinct values {@link #wardNames} may read, for the detection's fixing
     * mode ({@link TableProcessor#distinctWanted}): none when the codes are not fixed or a column
     * is named as a code or municipality column, else every column not named as a region column
     * (the plan's {@code region} is the same test of the same names).
     */
    boolean[] distinctWanted() {
        String[] names = rawNames();
        boolean[] wanted = new boolean[names.length];
        if (!run.on(FixTransformation.CODES)) {
            return wanted;
        }
        for (int i = 0; i < names.length; i++) {
            ValueSemantics.Region r = run.semantics().regionColumn(Cells.trim(names[i]));
            if (r == ValueSemantics.Region.CODE || r == ValueSemantics.Region.MUNICIPALITY) {
                return new boolean[names.length];
            }
            wanted[i] = r == ValueSemantics.Region.NONE;
        }
        return wanted;
    }

    /** The exact plan when the one used was wrong (a second pass is needed), else null. */
    FixPlan replan() {
        return exact;
    }

    FixPlan plan() {
        return plan;
    }

    List<Long> headerLines() {
        return headerLines;
    }

    Map<String, Long> marksOf(int input) {
        return marks.getOrDefault(input, Map.of());
    }

    private boolean isData(TableObserver.Role role) {
        return role == TableObserver.Role.SECOND_HEADER ? second == null : run.asData(role);
    }

    // ------------------------------------------------------------------ the plan (made by FixPlanner)

    private void decide(boolean whole) {
        plan = run.given() != null ? new FixPlanner(run, table, stats, rawNames()).adopt(run.given())
                : makePlan(whole);
        writeHeader();
        while (!held.isEmpty()) {
            Held h = held.poll();
            process(h.rec(), h.row(), h.role());
        }
        heldChars = 0;
    }

    private FixPlan makePlan(boolean whole) {
        if (asFixed == null) {
            asFixed = profileAsFixed();
        }
        return new FixPlanner(run, table, stats, rawNames()).asFixed(asFixed).make(whole);
    }

    /** {@link FixNextReading#profiles} of the held data rows (made once: the first rows' plan and the whole table's agree). */
    private ColumnProfile[] profileAsFixed() {
        List<RecordView> rows = new ArrayList<>();
        for (Held h : held) {
            if (isData(h.role()) && h.rec() != header && h.rec() != second) {
                rows.add(h.rec());
            }
        }
        return FixNextReading.profiles(rows, table.width(), rawNames(), run.cells());
    }

    /** The input columns' names as read (the joined names of a two-row header). */
    private String[] rawNames() {
        int width = table.width();
        String[] names = table.names();
        rawNames = new String[width];
        for (int i = 0; i < width; i++) {
            rawNames[i] = second != null ? names[i] : header.text(i);
        }
        return rawNames;
    }

    // ------------------------------------------------------------------ writing the header

    private void writeHeader() {
        FixLog log = run.log();
        long line = header.line;
        // the two rows of a joined header
        if (second != null) {
            for (int i = 0; i < rawNames.length; i++) {
                String top = header.text(i);
                String bottom = second.text(i);
                if (!top.isEmpty() && !top.equals(rawNames[i])) {
                    log.add(line, 0, i + 1, top, RuleIds.L2_03, FixTransformation.HEADER_ROWS, FixLog.Action.RENAMED,
                            top, rawNames[i], "fix.reason.header-rows");
                }
                if (!bottom.isEmpty() && !bottom.equals(rawNames[i])) {
                    log.add(second.line, 0, i + 1, bottom, RuleIds.L2_03, FixTransformation.HEADER_ROWS,
                            FixLog.Action.RENAMED, bottom, rawNames[i], "fix.reason.header-rows");
                }
            }
        }
        Map<Integer, String> fixedNames = new LinkedHashMap<>();
        for (FixPlan.In c : plan.in) {
            if (c.drop) {
                log.add(line, 0, c.index + 1, c.rawName, RuleIds.L1_03, FixTransformation.BLANK_COLUMNS,
                        FixLog.Action.REMOVED, null, null, "fix.reason.blank-column");
                continue;
            }
            String n = run.cells().name(c.rawName, line, c.index + 1);
            if (c.unit != null) {
                if (c.unitInName) {
                    log.add(line, 0, c.index + 1, c.rawName, RuleIds.L3_04, FixTransformation.NUMBERS,
                            FixLog.Action.RENAMED, n, n + "（" + c.unit + "）", "fix.reason.unit-in-name", c.unit);
                    n = n + "（" + c.unit + "）";
                } else {
                    log.add(line, 0, c.index + 1, c.rawName, RuleIds.L3_04, FixTransformation.NUMBERS,
                            FixLog.Action.MOVED, c.unit, null, "fix.reason.unit-in-sidecar", c.unit);
                }
            }
            if (!c.mixedUnits.isEmpty()) {
                List<String> unstated = new ArrayList<>();
                for (String u : c.mixedUnits) {
                    if (!Units.stated(Cells.trim(c.rawName), u)) {
                        unstated.add(u);
                    }
                }
                log.add(line, 0, c.index + 1, c.rawName, RuleIds.L3_04, FixTransformation.NUMBERS,
                        FixLog.Action.UNFIXABLE, null, null, "L3-04.mixed", String.join(", ", c.mixedUnits),
                        String.join(", ", unstated));
            }
            fixedNames.put(c.index, n);
        }
        int position = 0;
        Map<Integer, Integer> inputOrder = new HashMap<>();
        for (FixPlan.In c : plan.in) {
            if (!c.drop) {
                inputOrder.put(c.index, position++);
            }
        }
        int width = plan.out.size();
        String[] names = new String[width];
        int lastSource = -1;
        for (int k = 0; k < width; k++) {
            FixPlan.Out o = plan.out.get(k);
            names[k] = o.name();
            if (o.added()) {
                log.add(line, 0, 0, o.name(), "template.missing-column", FixTransformation.TEMPLATE_COLUMNS,
                        FixLog.Action.ADDED, null, o.name(), "fix.reason.column-added");
                continue;
            }
            FixPlan.In c = plan.in[o.source()];
            String n = fixedNames.get(o.source());
            if (o.part() != FixPlan.WHOLE) {
                log.add(line, 0, c.index + 1, c.rawName, RuleIds.L1_07, FixTransformation.COORDINATES,
                        FixLog.Action.SPLIT, n, o.name(), "fix.reason.coordinates-name");
            } else if (!o.name().equals(n)) {
                FixTransformation t = o.template() != null && o.name().equals(o.template().header())
                        ? FixTransformation.TEMPLATE_COLUMNS : FixTransformation.UNIQUE_HEADERS;
                log.add(line, 0, c.index + 1, c.rawName, t == FixTransformation.TEMPLATE_COLUMNS
                        ? "template.column-name" : RuleIds.L2_03, t, FixLog.Action.RENAMED, n, o.name(),
                        t == FixTransformation.TEMPLATE_COLUMNS ? "fix.reason.template-name" : "fix.reason.unique-name");
            }
            if (o.source() < lastSource) {
                log.add(line, 0, c.index + 1, c.rawName, "template.column-order", FixTransformation.TEMPLATE_COLUMNS,
                        FixLog.Action.REORDERED, Integer.toString(inputOrder.get(o.source()) + 1),
                        Integer.toString(k + 1), "fix.reason.column-order");
            }
            lastSource = Math.max(lastSource, o.source());
        }
        for (TemplateColumn t : plan.missingRequired) {
            log.add(line, 0, 0, t.header(), "template.missing-column", FixTransformation.TEMPLATE_COLUMNS,
                    FixLog.Action.UNFIXABLE, null, null, "template.missing-column", t.header());
        }
        run.headerReady(plan, names, this);
        prev = new String[width];
        outCells = new String[width];
        fixedIn = new String[plan.in.length];
        firstOut = new int[plan.in.length];
        outSource = new int[width];
        for (int k = 0; k < width; k++) {
            FixPlan.Out o = plan.out.get(k);
            outSource[k] = o.source();
            requiredColumns |= o.template() != null && o.template().obligation() == Obligation.REQUIRED
                    && run.on(FixTransformation.TEMPLATE_FORMATS);
        }
        marksOf = new ArrayList<>();
        for (int i = 0; i < plan.in.length; i++) {
            firstOut[i] = firstOutput(i);
            Map<String, Long> m = plan.in[i].numeric ? new LinkedHashMap<>() : null;
            marksOf.add(m);
            if (m != null) {
                marks.put(i, m);
            }
        }
        mergeValue = new String[plan.in.length];
        mergeUntil = new long[plan.in.length];
        asIsLayout = !run.xlsx() && width == plan.in.length;
        emptyLogged = new boolean[plan.in.length];
        quick = new boolean[plan.in.length];
        for (int i = 0; i < plan.in.length; i++) {
            quick[i] = run.cells().quickColumn(plan.in[i]);
        }
        for (int k = 0; k < width && asIsLayout; k++) {
            FixPlan.Out o = plan.out.get(k);
            asIsLayout = o.source() == k && o.part() == FixPlan.WHOLE && !plan.in[k].drop;
            emptyLogged[k] = requiredColumns && o.template() != null && o.template().obligation() == Obligation.REQUIRED;
        }
    }

    // ------------------------------------------------------------------ rows

    private void process(RecordView rec, long row, TableObserver.Role role) {
        boolean asData = isData(role);
        String keyAbove = null;
        if ((asData || role == TableObserver.Role.NOTE_BELOW) && rec != header && rec != second && keyOnly(rec)) {
            keyAbove = above(firstOut[0]);
            if (!asData && keyAbove != null) {
                // the validator takes a short text alone below the data for a note; a value of the key
                // column shaped like the key above is a record whose other values are missing
                String t = Cells.trim(rec.text(0));
                asData = !Cells.startsLikeNote(t) && FixNextReading.sameShape(t, keyAbove);
            }
        }
        if (asData) {
            if (data(rec, row) && rec != header && rec != second) {
                // kept as the row above, for ditto marks written from the record
                if (prevRec != null) {
                    run.recycle(prevRec);
                }
                prevRec = rec;
                if (keyAbove != null) {
                    keyOnlyWritten(rec.line, row, keyAbove);
                }
                return;
            }
        } else if (role != TableObserver.Role.SECOND_HEADER) {
            run.away(rec, row, role);
        }
        if (rec != header && rec != second) {
            run.recycle(rec);
        }
    }

    /**
     * Whether a row of the table holds a value in its first column and nothing else, while the
     * first column is a key column written whole as the first output column (in a table of three
     * or more columns, where the validator may take such a row for a note).
     */
    private boolean keyOnly(RecordView rec) {
        if (plan.in.length < 3 || rec.size == 0 || rec.isEmpty(0) || !plan.in[0].key || plan.in[0].drop
                || firstOut[0] != 0 || plan.out.get(0).part() != FixPlan.WHOLE) {
            return false;
        }
        for (int i = 1; i < rec.size; i++) {
            if (!rec.isEmpty(i) && !Cells.trim(rec.text(i)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A row holding only a value of the key column was written as data: when the validator would
     * take it for a note (L1-04: four characters or more, not a number, at the end of the table),
     * the log says that it was kept as a record, so that the decision is the same however often
     * the file is fixed (the validator decides on the value as written, e.g. after a ditto mark
     * was filled) and a person can check it.
     */
    private void keyOnlyWritten(long line, long row, String keyAbove) {
        String w = Cells.trim(above(firstOut[0]) == null ? "" : above(firstOut[0]));
        if (w.length() >= 4 && !Cells.isCleanNumber(w.toCharArray(), 0, w.length()) && FixNextReading.sameShape(w, keyAbove)) {
            run.log().add(line, row, 0, null, RuleIds.L1_04, FixTransformation.NOTES,
                    FixLog.Action.UNFIXABLE, w, null, "fix.unfixable.key-only-row");
        }
    }

    /** Writes a data row; whether it was written (then {@link #prevRec} may keep it). */
    private boolean data(RecordView rec, long row) {
        int inWidth = plan.in.length;
        int known = 0;
        if (asIsLayout && counts.of == rec && rec.size == inWidth && rec.totalFields <= inWidth
                && rec.decodeErrors == null && rec.recordFlags == 0) {
            known = asIs(rec);
            if (known < 0) {
                return true;
            }
        }
        FixLog log = run.log();
        long line = rec.line;
        if ((rec.recordFlags & RecordView.R_HIDDEN) != 0) {
            log.add(line, row, 0, null, RuleIds.L1_13, null, FixLog.Action.KEPT, null, null, "fix.reason.hidden-row");
        }
        int total = Math.max(rec.size, rec.totalFields);
        if (total < inWidth && !(total == 1 && rec.isEmpty(0))) {
            log.add(line, row, total + 1, null, RuleIds.MISSING_CELL, FixTransformation.RAGGED_ROWS,
                    FixLog.Action.PADDED, null, null, "fix.reason.padded", inWidth - total);
        }
        if (rec.size > inWidth) {
            int first = -1;
            for (int i = inWidth; i < rec.size; i++) {
                if (!rec.isEmpty(i)) {
                    first = i;
                    break;
                }
            }
            if (first >= 0) {
                List<String> values = FixSidecar.trimmedValues(rec, first);
                run.sidecar().entry("extra-cells", line, row, first + 1, values, null);
                for (int i = first; i < rec.size; i++) {
                    if (!rec.isEmpty(i)) {
                        log.add(line, row, i + 1, "", RuleIds.EXTRA_CELL, FixTransformation.RAGGED_ROWS,
                                FixLog.Action.MOVED, rec.text(i), null, "fix.reason.extra-cell");
                    }
                }
            }
        }
        if (raws.length < inWidth) {
            raws = new String[inWidth];
            rawText = new String[inWidth];
            direct = new boolean[inWidth];
        }
        boolean flagged = counts.of == rec;
        for (int i = 0; i < inWidth; i++) {
            FixPlan.In c = plan.in[i];
            if (i < known && direct[i]) {
                raws[i] = null; // (asIs found that it needs nothing)
                rawText[i] = null;
                continue;
            }
            direct[i] = false;
            if (c.drop) {
                continue;
            }
            int flags = i < rec.size ? rec.flags[i] : 0;
            // most values need nothing: they are written from the record's characters as they are
            if (i >= known && flagged && i < rec.size && rec.end[i] > rec.start[i] && (flags & (RecordView.F_XL_FORMULA
                    | RecordView.F_XL_MERGED)) == 0 && !decodeError(rec, i) && run.cells().untouched(
                    slice.set(rec.chars, rec.start[i], rec.end[i]), c, counts.flags[i])) {
                direct[i] = true;
                raws[i] = null;
                rawText[i] = null;
                continue;
            }
            String original = rec.text(i);
            String raw = original;
            if ((flags & RecordView.F_XL_FORMULA) != 0) {
                String f = rec.formula(i);
                if (raw.isEmpty()) {
                    log.add(line, row, i + 1, c.rawName, RuleIds.L2_06, FixTransformation.FORMULAS,
                            FixLog.Action.UNFIXABLE, f, null, "fix.unfixable.formula-no-value");
                } else {
                    log.add(line, row, i + 1, c.rawName, RuleIds.L2_06, FixTransformation.FORMULAS,
                            FixLog.Action.FORMULA, f, raw, "fix.reason.formula");
                }
            }
            if (raw.isEmpty() && (flags & RecordView.F_XL_MERGED) != 0 && c.key && mergeUntil[i] >= line
                    && mergeValue[i] != null && run.on(FixTransformation.MERGED_CELLS)) {
                raw = mergeValue[i];
                log.add(line, row, i + 1, c.rawName, RuleIds.L1_12, FixTransformation.MERGED_CELLS,
                        FixLog.Action.FILLED, "", raw, "fix.reason.merged");
            }
            if (rec.decodeErrors != null) {
                for (RecordView.DecodeHit hit : rec.decodeErrors) {
                    if (hit.field() == i) {
                        log.add(line, row, i + 1, c.rawName, RuleIds.ENCODING_ERROR, null, FixLog.Action.UNFIXABLE,
                                raw, null, RuleIds.ENCODING_ERROR, hit.hex(), run.encodingLabel(), hit.byteOffset());
                    }
                }
            }
            raws[i] = raw;
            rawText[i] = original;
        }
        if (run.on(FixTransformation.COORDINATES)) {
            pairIntoNeighbour(raws, line, row);
        }
        for (int i = 0; i < inWidth; i++) {
            FixPlan.In c = plan.in[i];
            if (c.drop) {
                continue;
            }
            long until = run.verticalMergeFrom(line, i);
            if (direct[i]) {
                fixedIn[i] = null;
                if (until > 0 && c.key) {
                    mergeValue[i] = rec.text(i);
                    mergeUntil[i] = until;
                }
                continue;
            }
            // (an empty value needs nothing, not even the value above)
            String above = firstOut[i] >= 0 && !raws[i].isEmpty() ? above(firstOut[i]) : null;
            int f = flagged && i < rec.size && raws[i] == rawText[i] ? counts.flags[i] : -1;
            fixedIn[i] = run.cells().value(raws[i], f, c, line, row, above, marksOf.get(i));
            if (until > 0 && c.key) {
                mergeValue[i] = fixedIn[i];
                mergeUntil[i] = until;
            }
        }
        boolean any = false;
        for (int k = 0; k < outCells.length; k++) {
            FixPlan.Out o = plan.out.get(k);
            String v;
            if (o.added()) {
                v = "";
            } else if (o.part() == FixPlan.WHOLE) {
                if (direct[o.source()]) {
                    outCells[k] = null; // written from the record
                    any = true;
                    continue;
                }
                v = fixedIn[o.source()];
            } else {
                v = coordinate(direct[o.source()] ? rec.text(o.source()) : fixedIn[o.source()], o.part(),
                        plan.in[o.source()], line, row);
            }
            String d = CsvFormulas.defuseExceptNumbers(v);
            if (!d.equals(v)) {
                log.add(line, row, o.added() ? 0 : o.source() + 1, o.name(), RuleIds.L2_06, FixTransformation.FORMULAS,
                        FixLog.Action.DEFUSED, v, d, "fix.reason.defused");
                v = d;
            }
            outCells[k] = v;
            any |= !v.isEmpty();
        }
        if (!any && run.on(FixTransformation.BLANK_ROWS)) {
            log.add(line, row, 0, null, RuleIds.L1_03, FixTransformation.BLANK_ROWS, FixLog.Action.REMOVED, null, null,
                    "fix.reason.blank-after-fix");
            run.notWritten("blank");
            return false;
        }
        if (requiredColumns) {
            for (int k = 0; k < outCells.length; k++) {
                FixPlan.Out o = plan.out.get(k);
                if (outCells[k] != null && outCells[k].isEmpty() && o.template() != null
                        && o.template().obligation() == Obligation.REQUIRED) {
                    log.add(line, row, o.added() ? 0 : o.source() + 1, o.name(), RuleIds.CONSTRAINT_ERROR,
                            FixTransformation.TEMPLATE_FORMATS, FixLog.Action.UNFIXABLE, "", null,
                            "constraint-error.required", o.template().header());
                }
            }
        }
        run.write(outCells, rec, outSource, counts.flags);
        String[] t = prev;
        prev = outCells;
        outCells = t;
        prevAsIs = false;
        return true;
    }

    /**
     * The row as it is, when every value needs nothing ({@link #asIsLayout}, a plain CSV record of
     * the table's width, {@link #counts} made for it): then it is written from the record's
     * characters in one piece (with its statistics, on the writer thread) and -1 is returned, as
     * the general path would write it (no value changes, no log line). Else the number of leading
     * cells looked at, whose {@link #direct} the general path takes over.
     */
    private int asIs(RecordView rec) {
        int n = rec.size;
        if (direct.length < n) {
            raws = new String[n];
            rawText = new String[n];
            direct = new boolean[n];
        }
        int[] f = counts.flags;
        CellFixer cells = run.cells();
        boolean any = false;
        for (int i = 0; i < n; i++) {
            int s = rec.start[i];
            int e = rec.end[i];
            if (s >= e) {
                direct[i] = false;
                if (emptyLogged[i]) {
                    return i;
                }
            } else if (quick[i] && CellFixer.quickUntouched(rec.chars[s], f[i], plan.in[i].numeric, plan.in[i].region)
                    || cells.untouched(slice.set(rec.chars, s, e), plan.in[i], f[i])) {
                direct[i] = true;
                any = true;
            } else {
                direct[i] = false;
                return i;
            }
        }
        if (!any) {
            return n; // blank: the general path removes it (or writes it, as it decides)
        }
        boolean tally = tallyPending == rec;
        tallyPending = null;
        run.writeAsIs(rec, f, tally ? counts : null, stats, run.on(FixTransformation.LAYOUT));
        prevAsIs = true;
        return -1;
    }

    private static boolean decodeError(RecordView rec, int i) {
        if (rec.decodeErrors == null) {
            return false;
        }
        for (RecordView.DecodeHit hit : rec.decodeErrors) {
            if (hit.field() == i) {
                return true;
            }
        }
        return false;
    }

    /** The value written above in output column k (for ditto marks). */
    private String above(int k) {
        if (!prevAsIs && prev[k] != null) {
            return prev[k];
        }
        return prevRec == null ? null : prevRec.text(outSource[k]);
    }

    /**
     * A latitude column's cell holding latitude and longitude together while the longitude column
     * beside it is empty in that row: the pair is split into the two cells.
     */
    private void pairIntoNeighbour(String[] raws, long line, long row) {
        for (int i = 0; i + 1 < raws.length; i++) {
            FixPlan.In c = plan.in[i];
            FixPlan.In n = plan.in[i + 1];
            if (c.region != ValueSemantics.Region.LATITUDE || n.region != ValueSemantics.Region.LONGITUDE || c.drop
                    || n.drop || c.coordinates || raws[i] == null || raws[i + 1] == null
                    || !Cells.trim(raws[i + 1]).isEmpty()) {
                continue;
            }
            String v = Cells.trim(raws[i]);
            if (v.isEmpty()) {
                continue;
            }
            if (Cells.multiValue(v) != Cells.MV_COORDINATES) {
                // the value fixes may make a pair of it (a space in a number, full-width digits): split
                // as the next reading of the output will split it
                String f = Cells.trim(run.cells().quietValue(raws[i], new FixPlan.In(i, c.rawName), null));
                if (f.equals(v) || Cells.multiValue(f) != Cells.MV_COORDINATES) {
                    continue;
                }
                v = f;
            }
            String[] pair = FixRun.coordinatePair(v);
            if (pair == null) {
                continue;
            }
            FixLog log = run.log();
            log.add(line, row, i + 1, c.rawName, RuleIds.L1_07, FixTransformation.COORDINATES, FixLog.Action.SPLIT,
                    raws[i], pair[0], "fix.reason.latitude");
            log.add(line, row, i + 2, n.rawName, RuleIds.L1_07, FixTransformation.COORDINATES, FixLog.Action.SPLIT,
                    raws[i], pair[1], "fix.reason.longitude");
            raws[i] = pair[0];
            raws[i + 1] = pair[1];
        }
    }

    private int firstOutput(int input) {
        for (int k = 0; k < plan.out.size(); k++) {
            if (plan.out.get(k).source() == input) {
                return k;
            }
        }
        return -1;
    }

    /** One part of a "latitude,longitude" cell; the whole value stays in the latitude column when it is not a pair. */
    private String coordinate(String v, int part, FixPlan.In c, long line, long row) {
        String t = Cells.trim(v);
        if (t.isEmpty()) {
            return "";
        }
        String[] pair = FixRun.coordinatePair(t);
        if (pair == null) {
            if (part == FixPlan.LATITUDE) {
                run.log().add(line, row, c.index + 1, c.rawName, RuleIds.L1_07, FixTransformation.COORDINATES,
                        FixLog.Action.UNFIXABLE, v, null, "fix.unfixable.not-coordinates");
                return v;
            }
            return "";
        }
        String out = part == FixPlan.LATITUDE ? pair[0] : pair[1];
        run.log().add(line, row, c.index + 1, c.rawName, RuleIds.L1_07, FixTransformation.COORDINATES,
                FixLog.Action.SPLIT, v, out, part == FixPlan.LATITUDE ? "fix.reason.latitude" : "fix.reason.longitude");
        Issue where = run.semantics().region(part == FixPlan.LATITUDE ? ValueSemantics.Region.LATITUDE
                : ValueSemantics.Region.LONGITUDE, out);
        if (where != null) {
            run.log().add(line, row, c.index + 1, c.rawName, where.rule(), FixTransformation.COORDINATES,
                    FixLog.Action.UNFIXABLE, out, null, where.key(), where.args().toArray());
        }
        return out;
    }
}
