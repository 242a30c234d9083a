package io.github.civicdata.validation;

import io.github.civicdata.core.Location;
import io.github.civicdata.core.SourceInfo;
import io.github.civicdata.validation.XlsxPackage.PartException;
import io.github.civicdata.validation.XlsxPackage.Reason;
import io.github.civicdata.validation.XlsxPackage.Rel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Validates an XLSX workbook: every sheet's cells go through the same {@link TableProcessor} as
 * CSV records, and the Excel-only rules are checked from the workbook's parts: merged cells
 * (L1-12), hidden rows, columns and sheets (L1-13), formulas (L2-06), highlighting used as meaning
 * (L1-11), objects and comments (L1-10).
 *
 * <p>The package is read with the JDK ({@link XlsxPackage}, {@link XlsxXml}), not POI: zip bombs,
 * document type declarations (entities), deep nesting and slow parts are stopped, and nothing is
 * ever printed. Every part that is read and cannot be read is a finding:
 * <ul>
 *   <li>the package relationships, the workbook part, its relationships or the shared strings:
 *       the workbook is not validated ({@code xlsx.unreadable}, {@code .zip-bomb},
 *       {@code .entities});
 *   <li>a sheet: that sheet is not validated ({@code xlsx.unreadable.sheet});
 *   <li>{@code [Content_Types].xml}, styles, theme, a sheet's relationships, drawing or comments:
 *       a finding naming what could not be checked ({@code xlsx.unreadable.content-types},
 *       {@code .styles}, {@code .theme}, {@code .relationships}, {@code .drawing},
 *       {@code .comments}), and the cells are still validated.
 * </ul>
 * The package properties ({@code docProps/*}) are not read at all. A part that takes longer than
 * the validator's part time limit to read gives {@code limit.xlsx-part-time}.
 *
 * <p>Memory: the shared strings and the cell formats are held in memory; cells are streamed. Each
 * sheet is parsed twice, first for its merged ranges, hidden columns and width, then for its cells.
 *
 * <p>Not thread-safe; one use per input.
 */
final class XlsxValidation {

    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String REL_NS_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    private XlsxValidation() {
    }

    /** A sheet as the workbook part lists it. */
    private record SheetEntry(String name, String state, String relId) {
    }

    /**
     * Lets the fixer choose the sheet it reads and observe the sheet's reading: which sheets are
     * read, and the shape (merged ranges, hidden columns) and table processor of each before its
     * cells are read.
     */
    interface SheetHook {
        /**
         * Whether to read this sheet.
         *
         * @param index 0-based position among the workbook's sheets
         * @param state {@code visible}, {@code hidden} or {@code veryHidden}
         */
        boolean wants(int index, String sheetName, String state);

        /** The sheet is about to be read: its shape is known, its cells go to {@code table}. */
        void sheet(String sheetName, XlsxSheet.Shape shape, TableProcessor table);
    }

    /**
     * @throws IOException when a workbook given as a stream cannot be copied to a temporary file
     */
    static SourceInfo run(InputStream in, Path file, String name, Validator v, Emitter out, ProgressTracker progress,
            Footprint footprint) throws IOException {
        return run(in, file, name, v, out, progress, footprint, null);
    }

    /**
     * As {@link #run(InputStream, Path, String, Validator, Emitter, ProgressTracker, Footprint)},
     * reading only the sheets {@code hook} wants (null: all).
     */
    static SourceInfo run(InputStream in, Path file, String name, Validator v, Emitter out, ProgressTracker progress,
            Footprint footprint, SheetHook hook) throws IOException {
        if (file != null) {
            footprint.bytes = Files.size(file);
        }
        XlsxPackage pkg;
        try {
            pkg = XlsxPackage.open(in, file, v.xlsxPartTimeNanos);
        } catch (PartException e) {
            return unreadable(e, name, out);
        }
        try (pkg) {
            return read(pkg, name, v, out, progress, footprint, hook);
        } catch (PartException e) {
            return unreadable(e, name, out);
        }
    }

    private static SourceInfo read(XlsxPackage pkg, String name, Validator v, Emitter out, ProgressTracker progress,
            Footprint footprint, SheetHook hook) throws PartException, IOException {
        // the content types are not needed, but a broken list is a broken file (Excel refuses it)
        try {
            pkg.parse("[Content_Types].xml", new DefaultHandler());
        } catch (PartException e) {
            partFinding(out, "xlsx.unreadable.content-types", e, Location.of(name));
        }
        Map<String, Rel> packageRels = pkg.relationships("");
        if (!pkg.exists("_rels/.rels")) {
            throw new PartException("_rels/.rels", Reason.MISSING, null);
        }
        String workbookPart = null;
        for (Rel r : packageRels.values()) {
            if (r.isType(XlsxPackage.OFFICE_DOCUMENT)) {
                if (r.target() == null || !pkg.exists(r.target())) {
                    throw new PartException(r.name(), Reason.MISSING, "named by _rels/.rels");
                }
                workbookPart = r.target();
                break;
            }
        }
        if (workbookPart == null) {
            throw new PartException("_rels/.rels", Reason.NO_WORKBOOK, null);
        }
        WorkbookReader wb = new WorkbookReader();
        pkg.parse(workbookPart, wb);
        Map<String, Rel> wbRels = pkg.relationships(workbookPart);
        XlsxStyles styles = styles(pkg, workbookPart, wbRels, name, out);
        try (XlsxSharedStrings strings = new XlsxSharedStrings(v.maxFieldLength, footprint)) {
            Rel sst = first(wbRels, "/sharedStrings");
            if (sst != null) {
                try {
                    pkg.parse(sst, workbookPart, strings);
                } catch (PartException e) {
                    if (strings.failure() != null) {
                        throw strings.failure(); // the temporary file, not the workbook, failed
                    }
                    throw e;
                }
            }
            strings.finish();
            return sheets(pkg, name, v, out, progress, footprint, wb, wbRels, workbookPart, styles, strings, hook);
        }
    }

    private static SourceInfo sheets(XlsxPackage pkg, String name, Validator v, Emitter out, ProgressTracker progress,
            Footprint footprint, WorkbookReader wb, Map<String, Rel> wbRels, String workbookPart, XlsxStyles styles,
            XlsxSharedStrings strings, SheetHook hook) throws PartException {
        StyleSignatures signatures = new StyleSignatures(styles);
        Conformance conf = v.newConformance();
        String template = conf == null ? null : conf.label();
        boolean anySheet = false;
        boolean anyUnreadable = false;
        long rows = 0;
        Map<String, String> partsRead = new HashMap<>();
        int index = -1;
        for (SheetEntry sheet : wb.sheets) {
            index++;
            if (hook != null && !hook.wants(index, sheet.name(), sheet.state())) {
                continue;
            }
            out.startSource(name, sheet.name());
            if (!"visible".equals(sheet.state())) {
                out.finding(RuleIds.L1_13).key("L1-13.sheet").args(sheet.name(), sheet.state()).emit();
            }
            Rel rel = sheet.relId() == null ? null : wbRels.get(sheet.relId());
            String part = rel == null ? null : rel.target();
            try {
                if (rel == null) {
                    throw new PartException(workbookPart, Reason.BROKEN_LINK, XlsxSheet.cut(sheet.relId())
                            + " for the sheet");
                }
                if (rel.isType("/chartsheet")) {
                    // a sheet that is a chart: an object in place of data
                    out.finding(RuleIds.L1_10).args(0, 1, 0).emit();
                    out.endSource();
                    continue;
                }
                if (!rel.isType("/worksheet")) {
                    throw new PartException(rel.name(), Reason.NOT_A_WORKSHEET, XlsxSheet.cut(rel.type()));
                }
                if (part == null || !pkg.exists(part)) {
                    throw new PartException(rel.name(), Reason.MISSING, "named by " + workbookPart);
                }
                String earlier = partsRead.putIfAbsent(part.toLowerCase(java.util.Locale.ROOT), sheet.name());
                if (earlier != null) {
                    throw new PartException(part, Reason.ALREADY_READ, "\"" + XlsxSheet.cut(earlier) + "\"");
                }
                SheetResult r = sheet(pkg, part, v, out, strings, styles, signatures, wb.date1904,
                        anySheet ? null : conf, footprint, hook == null ? null : (shape, table) -> hook.sheet(sheet.name(),
                                shape, table));
                if (r.hadValues) {
                    anySheet = true;
                    rows += r.rows;
                }
            } catch (PartException e) {
                anyUnreadable = true;
                if (e.reason == Reason.TIME_LIMIT) {
                    timeLimit(out, e.part, v);
                } else {
                    partFinding(out, "xlsx.unreadable.sheet", e, out.location().build());
                }
            }
            out.endSource();
        }
        out.startSource(name, null);
        if (!anySheet && !anyUnreadable) {
            out.finding(RuleIds.CSV_EMPTY).key("csv.empty.workbook").at(Location.of(name)).emit();
        }
        progress.finish();
        SourceInfo.Builder s = SourceInfo.builder(name).rows(rows);
        if (template != null) {
            s.template(template);
            if (conf.provenance() != null) {
                s.templateProvenance(conf.provenance());
            }
        }
        return s.build();
    }

    private record SheetResult(boolean hadValues, long rows) {
    }

    /** Reads one worksheet: relationships, pass 1, drawings and comments, pass 2. */
    private static SheetResult sheet(XlsxPackage pkg, String part, Validator v, Emitter out,
            XlsxSharedStrings strings, XlsxStyles styles, StyleSignatures signatures, boolean date1904,
            Conformance conf, Footprint footprint,
            java.util.function.BiConsumer<XlsxSheet.Shape, TableProcessor> hook) throws PartException {
        Map<String, Rel> rels;
        boolean relsRead = true;
        try {
            rels = pkg.relationships(part);
        } catch (PartException e) {
            partFinding(out, "xlsx.unreadable.relationships", e, out.location().build());
            rels = Map.of();
            relsRead = false;
        }
        XlsxSheet.Malformed malformed = new XlsxSheet.Malformed();
        XlsxSheet.Shape shape = new XlsxSheet.Shape(malformed);
        pkg.parse(part, shape);
        shape.report(out);
        objects(pkg, part, rels, relsRead, shape, out);
        TableProcessor table = new TableProcessor(out, true, v.semantics, conf);
        table.styleDescriber(signatures::describe);
        table.headerRow(v.headerRow);
        if (hook != null) {
            hook.accept(shape, table);
        }
        XlsxCells cells = new XlsxCells(table, strings, styles, signatures, date1904, shape, v, out, footprint);
        try {
            pkg.parse(part, cells);
        } catch (PartException e) {
            if (e.reason == Reason.TIME_LIMIT) {
                out.finding(RuleIds.LIMIT_XLSX_PART_TIME).key("limit.xlsx-part-time.sheet")
                        .line(Math.max(1, cells.currentRow)).args(seconds(v),
                                "xlsxPartTimeLimit / --xlsx-part-time-limit", Math.max(0, cells.currentRow - 1))
                        .emit();
            } else {
                // read in full by pass 1, so only a failure of the storage gets here
                partFinding(out, "xlsx.unreadable.sheet", e, out.location().build());
            }
        }
        cells.finish();
        malformed.report(out);
        if (cells.hadValues) {
            table.finish();
            return new SheetResult(true, table.rows());
        }
        return new SheetResult(false, 0);
    }

    /**
     * L1-10: pictures, shapes, charts and comments on a sheet. A drawing or comments part that
     * cannot be read (missing, dangling relationship, broken XML, refused) is an
     * {@code xlsx.unreadable.drawing} or {@code xlsx.unreadable.comments} finding.
     */
    private static void objects(XlsxPackage pkg, String part, Map<String, Rel> rels, boolean relsRead,
            XlsxSheet.Shape shape, Emitter out) {
        DrawingCounter drawing = new DrawingCounter();
        for (Rel r : rels.values()) {
            if (r.isType("/drawing")) {
                read(pkg, r, part, drawing, "xlsx.unreadable.drawing", out);
            }
        }
        if (relsRead) {
            for (String[] link : shape.links) {
                if (!rels.containsKey(link[1])) {
                    partFinding(out, "xlsx.unreadable.drawing", new PartException(part, Reason.BROKEN_LINK,
                            XlsxSheet.cut(link[1]) + " (<" + link[0] + ">)"), out.location().build());
                }
            }
        }
        if (drawing.pictures + drawing.charts + drawing.other > 0) {
            out.finding(RuleIds.L1_10).args(drawing.pictures, drawing.charts, drawing.other).emit();
        }
        CommentCounter comments = new CommentCounter();
        for (Rel r : rels.values()) {
            if (r.isType("/comments")) {
                read(pkg, r, part, comments, "xlsx.unreadable.comments", out);
            }
        }
        if (comments.count > 0) {
            out.finding(RuleIds.L1_10).key("L1-10.comments")
                    .args(comments.count, comments.first == null ? "" : comments.first).emit();
        }
    }

    private static void read(XlsxPackage pkg, Rel r, String source, DefaultHandler h, String key, Emitter out) {
        try {
            pkg.parse(r, source, h);
        } catch (PartException e) {
            partFinding(out, key, e, out.location().build());
        }
    }

    /** The styles (and theme) of the workbook; {@link XlsxStyles#NONE} with a finding when they cannot be read. */
    private static XlsxStyles styles(XlsxPackage pkg, String workbookPart, Map<String, Rel> wbRels, String name,
            Emitter out) {
        Rel st = first(wbRels, "/styles");
        if (st == null) {
            return XlsxStyles.NONE;
        }
        XlsxStyles.Reader reader = new XlsxStyles.Reader();
        try {
            pkg.parse(st, workbookPart, reader);
        } catch (PartException e) {
            partFinding(out, "xlsx.unreadable.styles", e, Location.of(name));
            return XlsxStyles.NONE;
        }
        Rel th = first(wbRels, "/theme");
        if (th != null) {
            XlsxStyles.ThemeReader t = new XlsxStyles.ThemeReader();
            try {
                pkg.parse(th, workbookPart, t);
                reader.styles.theme(t.colours);
            } catch (PartException e) {
                partFinding(out, "xlsx.unreadable.theme", e, Location.of(name));
            }
        }
        int dangling = reader.styles.danglingReferences();
        if (dangling > 0) {
            out.finding(RuleIds.XLSX_MALFORMED).key("xlsx.malformed.styles").at(Location.of(name))
                    .args((long) dangling, XlsxSheet.cut(st.name())).emit();
        }
        return reader.styles;
    }

    private static Rel first(Map<String, Rel> rels, String type) {
        for (Rel r : rels.values()) {
            if (r.isType(type)) {
                return r;
            }
        }
        return null;
    }

    /** A part that could not be used: a time limit, or the finding {@code key} with what went wrong. */
    private static void partFinding(Emitter out, String key, PartException e, Location loc) {
        out.finding(RuleIds.XLSX_UNREADABLE).key(key).at(loc).args(e.detail()).emit();
    }

    private static void timeLimit(Emitter out, String part, Validator v) {
        out.finding(RuleIds.LIMIT_XLSX_PART_TIME)
                .args(XlsxSheet.cut(part), seconds(v), "xlsxPartTimeLimit / --xlsx-part-time-limit").emit();
    }

    private static String seconds(Validator v) {
        long ns = v.xlsxPartTimeNanos;
        if (ns % 1_000_000_000L == 0) {
            return ns / 1_000_000_000L + " s";
        }
        return ns % 1_000_000L == 0 ? ns / 1_000_000L + " ms" : ns + " ns";
    }

    /** The whole workbook cannot be read: one finding, by reason. */
    private static SourceInfo unreadable(PartException e, String name, Emitter out) {
        out.startSource(name, null);
        String key = switch (e.reason) {
            case ZIP_BOMB, TOO_LARGE -> "xlsx.unreadable.zip-bomb";
            case DOCTYPE -> "xlsx.unreadable.entities";
            default -> RuleIds.XLSX_UNREADABLE;
        };
        out.finding(RuleIds.XLSX_UNREADABLE).key(key).at(Location.of(name)).args(e.detail()).emit();
        return SourceInfo.builder(name).rows(0).build();
    }

    /**
     * Whether a runtime exception comes from reading the workbook (the XML parser, the zip reader)
     * rather than from civicdata's own code: the first stack frame outside the JDK's public
     * packages decides.
     */
    static boolean thrownByReader(Throwable e) {
        StackTraceElement f = firstOutsideJdk(e);
        return f != null && !f.getClassName().startsWith("io.github.civicdata.");
    }

    private static StackTraceElement firstOutsideJdk(Throwable e) {
        for (StackTraceElement f : e.getStackTrace()) {
            String c = f.getClassName();
            if (!(c.startsWith("java.") || c.startsWith("javax.") || c.startsWith("jdk.") || c.startsWith("sun."))) {
                return f;
            }
        }
        return null;
    }

    /** The relationship id of an element ({@code r:id} in the transitional or strict namespace). */
    static String relId(Attributes a) {
        String id = a.getValue(REL_NS, "id");
        if (id == null) {
            id = a.getValue(REL_NS_STRICT, "id");
        }
        if (id == null) {
            for (int i = 0; i < a.getLength(); i++) {
                if ("id".equals(a.getLocalName(i)) && !a.getURI(i).isEmpty()) {
                    return a.getValue(i);
                }
            }
        }
        return id;
    }

    /** The sheets (name, state, relationship) and the date system of the workbook part. */
    static final class WorkbookReader extends DefaultHandler {
        final List<SheetEntry> sheets = new ArrayList<>();
        boolean date1904;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) throws XlsxXml.Stop {
            if ("sheet".equals(localName)) {
                if (sheets.size() >= XlsxPackage.MAX_ENTRIES) {
                    throw new XlsxXml.Stop(Reason.TOO_MANY, "more than " + XlsxPackage.MAX_ENTRIES + " sheets");
                }
                String n = a.getValue("name");
                String st = a.getValue("state");
                sheets.add(new SheetEntry(n == null ? "" : XlsxSheet.cut(n), st == null ? "visible" : XlsxSheet.cut(st),
                        relId(a)));
            } else if ("workbookPr".equals(localName)) {
                date1904 = XlsxStyles.boolAttr(a.getValue("date1904"), false);
            }
        }
    }

    /** Counts the pictures, charts and other shapes anchored in a drawing part (not those inside groups). */
    static final class DrawingCounter extends DefaultHandler {
        int pictures;
        int charts;
        int other;
        private int depth;
        private int anchorDepth = -1;
        private int shapeDepth = -1;
        private int fallbackDepth = -1;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            depth++;
            if (fallbackDepth < 0 && "Fallback".equals(localName)) {
                fallbackDepth = depth; // the same object as the Choice before it
            }
            if (anchorDepth < 0) {
                if (localName.equals("twoCellAnchor") || localName.equals("oneCellAnchor")
                        || localName.equals("absoluteAnchor")) {
                    anchorDepth = depth;
                }
                return;
            }
            if (shapeDepth >= 0 || fallbackDepth >= 0) {
                return;
            }
            switch (localName) {
                case "pic" -> pictures++;
                case "graphicFrame" -> charts++;
                case "sp", "grpSp", "cxnSp", "contentPart" -> other++;
                default -> {
                    return;
                }
            }
            shapeDepth = depth;
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (depth == shapeDepth) {
                shapeDepth = -1;
            }
            if (depth == anchorDepth) {
                anchorDepth = -1;
            }
            if (depth == fallbackDepth) {
                fallbackDepth = -1;
            }
            depth--;
        }
    }

    /** Counts the comments of a comments part and remembers the first one's cell. */
    static final class CommentCounter extends DefaultHandler {
        int count;
        String first;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            if ("comment".equals(localName)) {
                count++;
                if (first == null) {
                    first = XlsxSheet.cut(a.getValue("ref"));
                }
            }
        }
    }

    /** Cell formats that highlight (fill colour, font colour, bold, italic, strike-through), numbered. */
    static final class StyleSignatures {
        private final XlsxStyles styles;
        private final Map<Integer, Integer> byStyle = new HashMap<>();
        private final Map<String, Integer> ids = new LinkedHashMap<>();
        private final List<String> descriptions = new ArrayList<>();

        StyleSignatures(XlsxStyles styles) {
            this.styles = styles;
            descriptions.add("");
        }

        int of(int styleIndex) {
            Integer known = byStyle.get(styleIndex);
            if (known != null) {
                return known;
            }
            int id = 0;
            String d = styles.describe(styleIndex);
            if (!d.isEmpty()) {
                Integer existing = ids.get(d);
                if (existing == null) {
                    existing = descriptions.size();
                    descriptions.add(d);
                    ids.put(d, existing);
                }
                id = existing;
            }
            if (byStyle.size() < 100_000) {
                byStyle.put(styleIndex, id);
            }
            return id;
        }

        String describe(int id) {
            return id >= 0 && id < descriptions.size() ? descriptions.get(id) : "";
        }
    }
}
