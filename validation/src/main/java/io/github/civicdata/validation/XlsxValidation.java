package io.github.civicdata.validation;

import io.github.civicdata.core.Location;
import io.github.civicdata.core.SourceInfo;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.Comments;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFShapeGroup;
import org.apache.poi.xssf.usermodel.XSSFSimpleShape;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Validates an XLSX workbook with POI's streaming (SAX) reader: every sheet's cells go through the
 * same {@link TableProcessor} as CSV records, and the Excel-only rules are checked from the
 * workbook's parts: merged cells (L1-12), hidden rows, columns and sheets (L1-13), formulas
 * (L2-06), highlighting used as meaning (L1-11), objects and comments (L1-10).
 *
 * <p>POI's protections stay on: zip-bomb detection (inflate ratio, entry size), and XML parsers
 * without DTDs or external entities ({@link XMLHelper}). A workbook that trips them, or is not a
 * workbook at all, gives an {@code xlsx.unreadable} finding instead of an exception.
 *
 * <p>Memory: the shared-strings table and styles are held in memory (as POI's read-only table
 * does); cells are streamed. Each sheet is parsed twice, first for its merged ranges, hidden
 * columns and width, then for its cells.
 *
 * <p>Not thread-safe; one use per input.
 */
final class XlsxValidation {

    /** Merged ranges remembered per sheet (more are reported but not used to classify cells). */
    static final int MAX_MERGES = 10_000;
    /** Blank rows synthesised for one gap between rows that hold values. */
    static final int MAX_GAP_ROWS = 100;

    private XlsxValidation() {
    }

    static SourceInfo run(InputStream in, Path file, String name, Validator v, Emitter out, ProgressTracker progress) {
        OPCPackage pkg = null;
        long rows = 0;
        try {
            pkg = file != null ? OPCPackage.open(file.toFile(), PackageAccess.READ) : OPCPackage.open(in);
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Map<String, String> states = sheetStates(reader);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            StyleSignatures signatures = new StyleSignatures(styles);
            boolean anySheet = false;
            Conformance conf = v.newConformance();
            String template = conf == null ? null : conf.label();
            while (it.hasNext()) {
                try (InputStream sheetData = it.next()) {
                    String sheet = it.getSheetName();
                    out.startSource(name, sheet);
                    String state = states.getOrDefault(sheet, "visible");
                    if (!"visible".equals(state)) {
                        out.emit(RuleIds.L1_13, "L1-13.sheet", null, out.location().build(), null, null, sheet, state);
                    }
                    objects(it, out);
                    PackagePart part = it.getSheetPart();
                    if (part == null) {
                        throw new POIXMLException("the part of sheet \"" + sheet + "\" is missing");
                    }
                    SheetShape shape = new SheetShape();
                    try (InputStream first = part.getInputStream()) {
                        parse(first, shape);
                    }
                    shape.report(out);
                    TableProcessor table = new TableProcessor(out, true, v.semantics, anySheet ? null : conf);
                    table.styleDescriber(signatures::describe);
                    SheetCells cells = new SheetCells(table, strings, styles, signatures, shape, v, out);
                    parse(sheetData, cells);
                    cells.finish();
                    if (cells.hadValues) {
                        anySheet = true;
                        table.finish();
                        rows += table.rows();
                    }
                    out.endSource();
                }
            }
            out.startSource(name, null);
            if (!anySheet) {
                out.emit(RuleIds.CSV_EMPTY, "csv.empty.workbook", null, Location.of(name), null, null);
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
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException
                | OpenXML4JRuntimeException | org.apache.poi.util.RecordFormatException e) {
            return unreadable(e, name, out, rows);
        } catch (RuntimeException e) {
            if (!thrownByReader(e)) {
                throw e; // a bug of ours: Validator turns it into validation.internal-error
            }
            // POI, the XML parser or the zip reader failed on broken content: NullPointerException,
            // ClassCastException, IndexOutOfBoundsException, IllegalArgumentException …
            return unreadable(e, name, out, rows);
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    private static SourceInfo unreadable(Exception e, String name, Emitter out, long rows) {
        out.startSource(name, null);
        out.emit(RuleIds.XLSX_UNREADABLE, unreadableKey(e), null, Location.of(name), null, null, reason(e));
        return SourceInfo.builder(name).rows(rows).build();
    }

    /**
     * Whether a runtime exception comes from reading the workbook (POI, the XML parser, the zip
     * reader) rather than from civicdata's own code: the first stack frame outside the JDK decides.
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

    /** The simple name of the first class outside the JDK in the stack trace. */
    private static String readerClass(Throwable e) {
        StackTraceElement f = firstOutsideJdk(e);
        return f == null ? "?" : f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1);
    }

    private static String unreadableKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("zip bomb") || m.contains("MaxEntrySize")
                    || m.contains("max entry size") || m.contains("MAX_ENTRY_SIZE")) {
                return "xlsx.unreadable.zip-bomb";
            }
            if (m.contains("DOCTYPE") || m.contains("DTD") || m.contains("entity") || m.contains("ENTITY")) {
                return "xlsx.unreadable.entities";
            }
        }
        return RuleIds.XLSX_UNREADABLE;
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof NullPointerException || root instanceof ClassCastException
                || root instanceof IndexOutOfBoundsException || root.getMessage() == null) {
            // POI tripped over a part or relationship that is missing or broken; its own message
            // ("Cannot invoke … because … is null") means nothing to the reader of the report
            return root.getClass().getSimpleName() + " in " + readerClass(root);
        }
        String m = root.getMessage();
        m = m.replace('\n', ' ').replace('\r', ' ');
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }

    private static void parse(InputStream in, DefaultHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader xr = XMLHelper.newXMLReader();
        xr.setContentHandler(handler);
        xr.parse(new InputSource(in));
    }

    /** Sheet name → state (visible, hidden, veryHidden) from workbook.xml. */
    private static Map<String, String> sheetStates(XSSFReader reader)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        Map<String, String> states = new HashMap<>();
        InputStream data;
        try {
            data = reader.getWorkbookData();
        } catch (NullPointerException e) {
            // the package relationship names a workbook part that is not in the file
            throw new POIXMLException("the workbook part (xl/workbook.xml) is missing");
        }
        try (InputStream wb = data) {
            parse(wb, new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes a) {
                    if ("sheet".equals(local(qName, local))) {
                        String n = a.getValue("name");
                        String st = a.getValue("state");
                        if (n != null) {
                            states.put(n, st == null ? "visible" : st);
                        }
                    }
                }
            });
        }
        return states;
    }

    static String local(String qName, String local) {
        if (local != null && !local.isEmpty()) {
            return local;
        }
        int c = qName.indexOf(':');
        return c < 0 ? qName : qName.substring(c + 1);
    }

    /**
     * L1-10: pictures, shapes, charts and comments on a sheet. A drawing or comments part that POI
     * cannot read (missing, dangling relationship, broken XML) is an {@code xlsx.unreadable.drawing}
     * or {@code xlsx.unreadable.comments} finding; the sheet's cells are still validated.
     */
    private static void objects(XSSFReader.SheetIterator it, Emitter out) {
        List<XSSFShape> shapes;
        try {
            shapes = it.getShapes();
        } catch (RuntimeException e) {
            unreadablePart(e, "xlsx.unreadable.drawing", out);
            shapes = null;
        }
        int pictures = 0;
        int charts = 0;
        int other = 0;
        if (shapes != null) {
            for (XSSFShape s : shapes) {
                if (s instanceof XSSFPicture) {
                    pictures++;
                } else if (s instanceof XSSFGraphicFrame) {
                    charts++;
                } else if (s instanceof XSSFSimpleShape || s instanceof XSSFShapeGroup) {
                    other++;
                } else {
                    other++;
                }
            }
        }
        if (pictures + charts + other > 0) {
            out.emit(RuleIds.L1_10, RuleIds.L1_10, null, out.location().build(), null, null, pictures, charts, other);
        }
        Comments comments;
        try {
            comments = it.getSheetComments();
        } catch (RuntimeException e) {
            unreadablePart(e, "xlsx.unreadable.comments", out);
            comments = null;
        }
        if (comments != null && comments.getNumberOfComments() > 0) {
            Iterator<org.apache.poi.ss.util.CellAddress> first = comments.getCellAddresses();
            String ref = first.hasNext() ? first.next().formatAsString() : "";
            out.emit(RuleIds.L1_10, "L1-10.comments", null, out.location().build(), null, null,
                    comments.getNumberOfComments(), ref);
        }
    }

    private static void unreadablePart(RuntimeException e, String key, Emitter out) {
        if (!thrownByReader(e)) {
            throw e;
        }
        out.emit(RuleIds.XLSX_UNREADABLE, key, null, out.location().build(), null, null, reason(e));
    }

    /** Pass 1 over a sheet: merged ranges, hidden columns, the widest column holding a value. */
    static final class SheetShape extends DefaultHandler {
        final List<int[]> merges = new ArrayList<>();
        long mergeCount;
        final List<int[]> hiddenCols = new ArrayList<>();
        int maxCol = -1;
        private boolean inCell;
        private int cellCol;
        private boolean cellHasValue;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            String l = local(qName, localName);
            switch (l) {
                case "c" -> {
                    inCell = true;
                    cellHasValue = false;
                    String r = a.getValue("r");
                    cellCol = r == null ? cellCol + 1 : colOf(r);
                }
                case "v", "is" -> cellHasValue |= inCell;
                case "mergeCell" -> {
                    mergeCount++;
                    String ref = a.getValue("ref");
                    if (ref != null && merges.size() < MAX_MERGES) {
                        int[] m = range(ref);
                        if (m != null) {
                            merges.add(m);
                        }
                    }
                }
                case "col" -> {
                    String h = a.getValue("hidden");
                    if ("1".equals(h) || "true".equals(h)) {
                        try {
                            int min = Integer.parseInt(a.getValue("min"));
                            int max = Integer.parseInt(a.getValue("max"));
                            if (hiddenCols.size() < 1000) {
                                hiddenCols.add(new int[] {min, Math.min(max, 16384)});
                            }
                        } catch (NumberFormatException | NullPointerException e) {
                            // a malformed <col> is skipped
                        }
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if ("c".equals(local(qName, localName))) {
                if (cellHasValue && cellCol > maxCol) {
                    maxCol = cellCol;
                }
                inCell = false;
            }
        }

        void report(Emitter out) {
            int listed = 0;
            for (int[] m : merges) {
                String ref = new CellReference(m[0], m[1]).formatAsString() + ":"
                        + new CellReference(m[2], m[3]).formatAsString();
                if (listed++ < 200) {
                    out.emit(out.cell(RuleIds.L1_12, RuleIds.L1_12, null, m[0] + 1L, 0, m[1] + 1, "", null, null,
                            ref));
                }
            }
            if (mergeCount > listed) {
                out.emit(RuleIds.L1_12, "L1-12.more", null, out.location().build(), null, null, mergeCount - listed);
            }
            for (int[] h : hiddenCols) {
                if (h[0] - 1 > maxCol) {
                    continue; // hidden beyond the data: harmless
                }
                String from = CellReference.convertNumToColString(h[0] - 1);
                String to = CellReference.convertNumToColString(h[1] - 1);
                out.emit(RuleIds.L1_13, "L1-13.columns", null, out.location().column(h[0]).build(), null, null,
                        h[0] == h[1] ? from : from + ":" + to);
            }
        }
    }

    static int colOf(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                col = col * 26 + (c - 'A' + 1);
            } else {
                break;
            }
        }
        return col - 1;
    }

    static int rowOf(String ref) {
        int r = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= '0' && c <= '9') {
                r = r * 10 + (c - '0');
            }
        }
        return r - 1;
    }

    /** firstRow, firstCol, lastRow, lastCol (0-based) of "A1:C3". */
    static int[] range(String ref) {
        int colon = ref.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String a = ref.substring(0, colon);
        String b = ref.substring(colon + 1);
        return new int[] {rowOf(a), colOf(a), rowOf(b), colOf(b)};
    }

    /** Pass 2 over a sheet: cells become records for the table processor. */
    static final class SheetCells extends DefaultHandler {
        private final TableProcessor table;
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final StyleSignatures signatures;
        private final SheetShape shape;
        private final Emitter out;
        private final RecordView rec;
        private final int width;

        boolean hadValues;
        private int lastEmittedRow = -1;
        private int row = -1;
        private boolean rowHidden;
        private final List<Object[]> cells = new ArrayList<>();
        private int nextCol;
        // current cell
        private int col;
        private String type;
        private int styleIndex;
        private boolean formula;
        private final StringBuilder value = new StringBuilder();
        private boolean capture;
        private boolean inInline;
        private boolean inPhonetic;
        private boolean hasV;
        // hidden rows, reported in runs
        private int hiddenFrom = -1;
        private int hiddenTo = -1;
        private int hiddenRuns;

        SheetCells(TableProcessor table, ReadOnlySharedStringsTable strings, StylesTable styles,
                StyleSignatures signatures, SheetShape shape, Validator v, Emitter out) {
            this.table = table;
            this.strings = strings;
            this.styles = styles;
            this.signatures = signatures;
            this.shape = shape;
            this.out = out;
            this.rec = new RecordView(v.maxColumns, v.maxFieldLength, v.maxLineLength);
            this.width = Math.min(shape.maxCol + 1, v.maxColumns + 1);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            String l = local(qName, localName);
            switch (l) {
                case "row" -> {
                    String r = a.getValue("r");
                    row = r == null ? row + 1 : parseInt(r, row + 2) - 1;
                    String h = a.getValue("hidden");
                    rowHidden = "1".equals(h) || "true".equals(h);
                    cells.clear();
                    nextCol = 0;
                }
                case "c" -> {
                    String r = a.getValue("r");
                    col = r == null ? nextCol : colOf(r);
                    nextCol = col + 1;
                    type = a.getValue("t");
                    String s = a.getValue("s");
                    styleIndex = s == null ? 0 : parseInt(s, 0);
                    formula = false;
                    hasV = false;
                    value.setLength(0);
                }
                case "f" -> formula = true;
                case "v" -> {
                    capture = true;
                    hasV = true;
                }
                case "is" -> {
                    inInline = true;
                    hasV = true;
                }
                case "rPh" -> inPhonetic = true;
                case "t" -> capture = inInline && !inPhonetic;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (capture) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String l = local(qName, localName);
            switch (l) {
                case "v", "t" -> capture = false;
                case "rPh" -> inPhonetic = false;
                case "is" -> inInline = false;
                case "c" -> endCell();
                case "row" -> endRow();
                default -> {
                }
            }
        }

        private static int parseInt(String s, int dflt) {
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                return dflt;
            }
        }

        private void endCell() {
            if (!hasV && !formula) {
                return;
            }
            int flags = 0;
            String text;
            String t = type == null ? "n" : type;
            switch (t) {
                case "s" -> {
                    int idx = parseInt(value.toString().trim(), -1);
                    text = idx >= 0 && idx < strings.getCount() ? strings.getItemAt(idx).getString() : "";
                    flags |= RecordView.F_XL_STRING;
                }
                case "inlineStr", "str" -> {
                    text = value.toString();
                    flags |= RecordView.F_XL_STRING;
                }
                case "b" -> {
                    text = "1".equals(value.toString().trim()) ? "TRUE" : "FALSE";
                    flags |= RecordView.F_XL_BOOLEAN;
                }
                case "e" -> {
                    text = value.toString();
                    flags |= RecordView.F_XL_ERROR;
                }
                default -> {
                    text = numeric(value.toString().trim());
                    flags |= RecordView.F_XL_NUMBER;
                }
            }
            if (formula) {
                flags |= RecordView.F_XL_FORMULA;
            }
            if (text == null) {
                text = "";
            }
            cells.add(new Object[] {col, text, flags, signatures.of(styleIndex)});
        }

        private String numeric(String raw) {
            if (raw.isEmpty()) {
                return raw;
            }
            XSSFCellStyle st = styles != null && styleIndex < styles.getNumCellStyles()
                    ? styles.getStyleAt(styleIndex) : null;
            try {
                if (st != null && DateUtil.isADateFormat(st.getDataFormat(), st.getDataFormatString())) {
                    double d = Double.parseDouble(raw);
                    if (DateUtil.isValidExcelDate(d)) {
                        LocalDateTime dt = DateUtil.getLocalDateTime(d);
                        if (d < 1) {
                            return String.format(Locale.ROOT, "%02d:%02d", dt.getHour(), dt.getMinute());
                        }
                        if (dt.toLocalTime().toSecondOfDay() == 0) {
                            return dt.toLocalDate().toString();
                        }
                        return dt.toString();
                    }
                }
                // as Excel shows a number in General format: 1.5E-5 -> 0.000015, 21.0 -> 21, 2.50 -> 2.5
                if (raw.indexOf('E') >= 0 || raw.indexOf('e') >= 0
                        || (raw.indexOf('.') >= 0 && raw.charAt(raw.length() - 1) == '0')) {
                    return new BigDecimal(raw).stripTrailingZeros().toPlainString();
                }
            } catch (NumberFormatException e) {
                return raw;
            }
            return raw;
        }

        private void endRow() {
            boolean any = false;
            for (Object[] c : cells) {
                if (!((String) c[1]).isEmpty()) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return;
            }
            if (rowHidden) {
                hidden(row);
            }
            // blank rows between rows with values
            if (lastEmittedRow >= 0 && row > lastEmittedRow + 1) {
                int gap = Math.min(row - lastEmittedRow - 1, MAX_GAP_ROWS);
                for (int g = 1; g <= gap; g++) {
                    rec.reset(lastEmittedRow + g + 1L);
                    rec.addField("", 0, 0);
                    table.accept(rec);
                }
            }
            hadValues = true;
            rec.reset(row + 1L);
            int w = Math.max(width, 1);
            int ci = 0;
            for (int c = 0; c < w; c++) {
                String text = "";
                int flags = 0;
                int sig = 0;
                while (ci < cells.size() && (int) cells.get(ci)[0] < c) {
                    ci++;
                }
                if (ci < cells.size() && (int) cells.get(ci)[0] == c) {
                    Object[] cell = cells.get(ci);
                    text = (String) cell[1];
                    flags = (int) cell[2];
                    sig = (int) cell[3];
                }
                if (merged(row, c)) {
                    flags |= RecordView.F_XL_MERGED;
                }
                rec.addField(text, flags, text.isEmpty() ? 0 : sig);
            }
            lastEmittedRow = row;
            table.accept(rec);
        }

        private boolean merged(int r, int c) {
            for (int[] m : shape.merges) {
                if (r >= m[0] && r <= m[2] && c >= m[1] && c <= m[3] && !(r == m[0] && c == m[1])) {
                    return true;
                }
            }
            return false;
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

        void finish() {
            flushHidden();
            if (hiddenRuns > 50) {
                out.emit(RuleIds.L1_13, "L1-13.more", null, out.location().build(), null, null, hiddenRuns - 50);
            }
        }
    }

    /** Cell formats that highlight (fill colour, font colour, bold, italic, strike-through), numbered. */
    static final class StyleSignatures {
        private final StylesTable styles;
        private final Map<Integer, Integer> byStyle = new HashMap<>();
        private final Map<String, Integer> ids = new LinkedHashMap<>();
        private final List<String> descriptions = new ArrayList<>();

        StyleSignatures(StylesTable styles) {
            this.styles = styles;
            descriptions.add("");
        }

        int of(int styleIndex) {
            Integer known = byStyle.get(styleIndex);
            if (known != null) {
                return known;
            }
            int id = 0;
            if (styles != null && styleIndex > 0 && styleIndex < styles.getNumCellStyles()) {
                String d = describeStyle(styles.getStyleAt(styleIndex));
                if (!d.isEmpty()) {
                    Integer existing = ids.get(d);
                    if (existing == null) {
                        existing = descriptions.size();
                        descriptions.add(d);
                        ids.put(d, existing);
                    }
                    id = existing;
                }
            }
            if (byStyle.size() < 100_000) {
                byStyle.put(styleIndex, id);
            }
            return id;
        }

        String describe(int id) {
            return id >= 0 && id < descriptions.size() ? descriptions.get(id) : "";
        }

        private static String describeStyle(XSSFCellStyle st) {
            List<String> parts = new ArrayList<>(3);
            if (st.getFillPattern() != null && st.getFillPattern() != FillPatternType.NO_FILL) {
                String c = rgb(st.getFillForegroundXSSFColor());
                if (c != null && !"FFFFFF".equals(c)) {
                    parts.add("fill #" + c);
                }
            }
            XSSFFont f = st.getFont();
            if (f != null) {
                String c = rgb(f.getXSSFColor());
                if (c != null && !"000000".equals(c)) {
                    parts.add("font #" + c);
                }
                if (f.getBold()) {
                    parts.add("bold");
                }
                if (f.getItalic()) {
                    parts.add("italic");
                }
                if (f.getStrikeout()) {
                    parts.add("strike");
                }
            }
            return String.join(", ", parts);
        }

        private static String rgb(XSSFColor c) {
            if (c == null || c.isAuto()) {
                return null;
            }
            byte[] b = c.getRGBWithTint();
            if (b == null) {
                b = c.getRGB();
            }
            if (b == null) {
                return c.isIndexed() ? "indexed-" + c.getIndex() : c.isThemed() ? "theme-" + c.getTheme() : null;
            }
            int o = b.length == 4 ? 1 : 0;
            return String.format(Locale.ROOT, "%02X%02X%02X", b[o] & 0xFF, b[o + 1] & 0xFF, b[o + 2] & 0xFF);
        }
    }
}
