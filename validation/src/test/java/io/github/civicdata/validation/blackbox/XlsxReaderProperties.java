package io.github.civicdata.validation.blackbox;

import io.github.civicdata.core.Report;
import io.github.civicdata.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The XLSX reader on mutants of workbooks made from the project's example files
 * ({@code examples/data/validation}: shared strings, styles with fills and fonts, a date format,
 * merged cells, a hidden row and sheet, a formula, a comment and a picture) and of the XLSX test
 * fixtures: the zip's bytes flipped or cut, entries dropped, emptied, cut, corrupted, swapped,
 * doubled or renamed, and the XML of a part changed where readers trust it (attribute values such
 * as row numbers, cell references, shared-string and style indexes, counts; elements dropped or
 * doubled; a DOCTYPE, entities, deep nesting, escapes and odd text inserted). One to three
 * mutations at a time. Whatever comes out: no exception escapes, no
 * {@code validation.internal-error}, nothing is printed, the report covers the workbook.
 *
 * <p>Tries: 1,000 by default (about 30 s on 2 cores), 10,000 with {@code -Plong-properties}
 * ({@link ReaderTries}). Mutations that find nothing to change (an XML edit on a picture) are
 * counted in the statistics as {@code unchanged}.
 */
class XlsxReaderProperties {

    private static final Validator PLAIN = Validator.builder().build();
    private static final Validator TIGHT = Validator.builder().maxFieldLength(8).maxColumns(4).maxFindings(20)
            .build();
    private static final Map<String, Map<String, byte[]>> SEEDS = loadSeeds();

    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z:]+)=\"([^\"]*)\"");
    private static final Pattern ELEMENT = Pattern.compile("<(row|c|si|xf|font|fill|mergeCell|col|sheet|"
            + "Relationship|comment|xdr:twoCellAnchor|xdr:oneCellAnchor|Override|numFmt)\\b[^>]*?(/>|>.*?</\\1>)",
            Pattern.DOTALL);
    private static final String[] VALUES = {"", "0", "-1", "1", "2", "65536", "1048576", "1048577", "16385",
        "99999999999", "A0", "XFD1048576", "AAAA1", "1A", "abc", "1e309", "NaN", "-0", "s", "str", "inlineStr",
        "b", "e", "d", "n", "true", "A1:", "A1:XFD1048576", "rId99", "../../../x.xml", "/xl/styles.xml",
        "http://example.invalid/", "&amp;", "\u0000"};
    private static final String[] SNIPPETS = {"<!DOCTYPE x>", "<!DOCTYPE x [<!ENTITY e \"e\">]>", "&e;",
        "<a>".repeat(1200) + "</a>".repeat(1200), "_x0000_", "_x005F_x000D_", "<![CDATA[<c>]]>", "ﾃｽﾄ①𠮷",
        "<?pi x?>", "<!-- -->", "\uFFFE", "<c r=\"A1\" t=\"s\"><v>999</v></c>", "<row r=\"0\"/>", "<x:y/>"};

    enum Mutation {
        ZIP_FLIP, ZIP_CUT, ENTRY_DROP, ENTRY_EMPTY, ENTRY_CUT, ENTRY_FLIP, ENTRY_INSERT, ENTRY_SWAP, ENTRY_DOUBLE,
        ENTRY_RENAME, XML_ATTRIBUTE, XML_DROP, XML_DOUBLE, XML_INSERT, XML_TEXT
    }

    // ------------------------------------------------------------------ seeds

    static Map<String, Map<String, byte[]>> loadSeeds() {
        Map<String, Map<String, byte[]>> m = new LinkedHashMap<>();
        try {
            Path dir = CsvReaderProperties.EXAMPLES.resolve("validation");
            m.put("aed_clean", XlsxMutationProperties.unzip(fromCsv(dir.resolve("aed_clean.csv"),
                    StandardCharsets.UTF_8)));
            m.put("aed_defects", XlsxMutationProperties.unzip(fromCsv(dir.resolve("aed_defects_sjis.csv"),
                    Charset.forName("windows-31j"))));
            for (Map.Entry<String, java.util.function.Consumer<XSSFWorkbook>> e : XlsxFixtures.cases().entrySet()) {
                try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                    e.getValue().accept(wb);
                    wb.write(out);
                    m.put(e.getKey(), XlsxMutationProperties.unzip(out.toByteArray()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    /** A workbook holding an example CSV file, with what workbooks add: formats, merges, a comment, a picture. */
    static byte[] fromCsv(Path csv, Charset cs) throws IOException {
        List<String> lines = Files.readAllLines(csv, cs);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("データ");
            XSSFCellStyle head = wb.createCellStyle();
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            XSSFCellStyle yellow = wb.createCellStyle();
            yellow.setFillForegroundColor(IndexedColors.YELLOW.getIndex());
            yellow.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            XSSFCellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            for (int r = 0; r < lines.size(); r++) {
                Row row = s.createRow(r);
                List<String> cells = split(lines.get(r));
                for (int c = 0; c < cells.size(); c++) {
                    String v = cells.get(c);
                    if (r > 0 && v.matches("-?\\d{1,9}(\\.\\d+)?")) {
                        row.createCell(c).setCellValue(Double.parseDouble(v));
                    } else if (!v.isEmpty()) {
                        row.createCell(c).setCellValue(v);
                    }
                    if (r == 0 && row.getCell(c) != null) {
                        row.getCell(c).setCellStyle(head);
                    }
                }
                if (r == 2 && row.getCell(0) != null) {
                    row.getCell(0).setCellStyle(yellow);
                }
                if (r == 3) {
                    row.createCell(cells.size()).setCellValue(LocalDate.of(2024, 4, 1));
                    row.getCell(cells.size()).setCellStyle(date);
                    row.createCell(cells.size() + 1).setCellFormula("1+1");
                    row.setZeroHeight(true);
                }
            }
            if (lines.size() > 5) {
                s.addMergedRegion(new CellRangeAddress(4, 5, 0, 0));
            }
            Drawing<?> d = s.createDrawingPatriarch();
            CreationHelper ch = wb.getCreationHelper();
            ClientAnchor a = ch.createClientAnchor();
            a.setCol1(2);
            a.setRow1(1);
            d.createPicture(a, wb.addPicture(XlsxFixtures.PNG, Workbook.PICTURE_TYPE_PNG));
            ClientAnchor ca = ch.createClientAnchor();
            ca.setCol1(3);
            ca.setRow1(2);
            ca.setCol2(5);
            ca.setRow2(5);
            Comment c = d.createCellComment(ca);
            c.setString(ch.createRichTextString("確認中"));
            Row second = s.getRow(1) == null ? s.createRow(1) : s.getRow(1);
            (second.getCell(1) == null ? second.createCell(1) : second.getCell(1)).setCellComment(c);
            Sheet hidden = wb.createSheet("作業用");
            hidden.createRow(0).createCell(0).setCellValue("メモ");
            wb.setSheetHidden(1, true);
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Splits a CSV line (quotes honoured, no line breaks inside fields in the examples). */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                out.add(b.toString());
                b.setLength(0);
            } else {
                b.append(ch);
            }
        }
        out.add(b.toString());
        return out;
    }

    // ------------------------------------------------------------------ the property

    @Property
    @AddLifecycleHook(ReaderTries.class)
    void mutatedWorkbooksGiveAReport(@ForAll("seeds") String seed, @ForAll("mutations") List<Mutation> mutations,
            @ForAll long randomSeed) throws IOException {
        Random rnd = new Random(randomSeed);
        Map<String, byte[]> parts = new LinkedHashMap<>(SEEDS.get(seed));
        byte[] zip = null;
        for (Mutation m : mutations) {
            boolean changed;
            if (m == Mutation.ZIP_FLIP || m == Mutation.ZIP_CUT) {
                if (zip == null) {
                    zip = XlsxMutationProperties.zip(parts);
                }
                zip = m == Mutation.ZIP_CUT ? java.util.Arrays.copyOf(zip, rnd.nextInt(zip.length))
                        : CsvReaderProperties.mutate(zip, CsvReaderProperties.Mutation.FLIP, rnd);
                changed = true;
            } else {
                if (zip != null) {
                    continue; // entry mutations need a readable zip
                }
                changed = mutate(parts, m, rnd);
            }
            Statistics.label("mutation").collect(m, changed ? "changed" : "unchanged");
        }
        byte[] input = zip != null ? zip : XlsxMutationProperties.zip(parts);
        Validator v = (randomSeed & 3) == 0 ? TIGHT : PLAIN;
        Printed.Result<Report> r = Printed.by(() -> v.validate(new ByteArrayInputStream(input), seed + ".xlsx"));
        CsvReaderProperties.check(r, seed + ".xlsx");
        Statistics.label("outcome").collect(outcome(r.value()));
    }

    private static String outcome(Report r) {
        return r.findings().stream().map(f -> f.ruleId().startsWith("xlsx.") ? f.messageKey() : "")
                .filter(k -> !k.isEmpty()).findFirst().orElse(r.conforms() ? "conforms" : "other findings");
    }

    static boolean mutate(Map<String, byte[]> parts, Mutation m, Random rnd) {
        List<String> names = new ArrayList<>(parts.keySet());
        if (names.isEmpty()) {
            return false;
        }
        String target = names.get(rnd.nextInt(names.size()));
        byte[] content = parts.get(target);
        switch (m) {
            case ENTRY_DROP -> parts.remove(target);
            case ENTRY_EMPTY -> parts.put(target, new byte[0]);
            case ENTRY_CUT -> parts.put(target, java.util.Arrays.copyOf(content, rnd.nextInt(content.length + 1)));
            case ENTRY_FLIP -> parts.put(target, CsvReaderProperties.mutate(content, CsvReaderProperties.Mutation.FLIP,
                    rnd));
            case ENTRY_INSERT -> parts.put(target, CsvReaderProperties.mutate(content,
                    CsvReaderProperties.Mutation.INSERT_HOSTILE, rnd));
            case ENTRY_SWAP -> parts.put(target, parts.get(names.get(rnd.nextInt(names.size()))));
            case ENTRY_DOUBLE -> parts.put(target.toUpperCase(Locale.ROOT).equals(target) ? target + "x"
                    : target.toUpperCase(Locale.ROOT), content);
            case ENTRY_RENAME -> {
                parts.remove(target);
                parts.put(target.replace('/', '_'), content);
            }
            default -> {
                List<String> xml = names.stream().filter(n -> n.endsWith(".xml") || n.endsWith(".rels")).toList();
                String part = xml.get(rnd.nextInt(xml.size()));
                String text = new String(parts.get(part), StandardCharsets.UTF_8);
                String edited = editXml(text, m, rnd);
                if (edited.equals(text)) {
                    return false;
                }
                parts.put(part, edited.getBytes(StandardCharsets.UTF_8));
            }
        }
        return true;
    }

    static String editXml(String xml, Mutation m, Random rnd) {
        switch (m) {
            case XML_ATTRIBUTE -> {
                List<int[]> at = find(ATTRIBUTE, xml, 2);
                if (at.isEmpty()) {
                    return xml;
                }
                int[] a = at.get(rnd.nextInt(at.size()));
                String v = rnd.nextInt(4) == 0 ? Integer.toString(rnd.nextInt()) : VALUES[rnd.nextInt(VALUES.length)];
                return xml.substring(0, a[0]) + v.replace("\"", "") + xml.substring(a[1]);
            }
            case XML_DROP, XML_DOUBLE -> {
                List<int[]> at = find(ELEMENT, xml, 0);
                if (at.isEmpty()) {
                    return xml;
                }
                int[] e = at.get(rnd.nextInt(at.size()));
                String element = xml.substring(e[0], e[1]);
                return xml.substring(0, e[0]) + (m == Mutation.XML_DOUBLE ? element + element : "") + xml.substring(e[1]);
            }
            case XML_INSERT -> {
                String snippet = SNIPPETS[rnd.nextInt(SNIPPETS.length)];
                int gt = nthTagEnd(xml, rnd);
                return gt < 0 ? xml : xml.substring(0, gt) + snippet + xml.substring(gt);
            }
            default -> {
                int gt = nthTagEnd(xml, rnd);
                if (gt < 0) {
                    return xml;
                }
                int lt = xml.indexOf('<', gt);
                if (lt < 0) {
                    return xml;
                }
                String[] texts = {"", " ", "ﾃｽﾄ", "①", "𠮷", "\t\r\n", "&amp;&lt;", "12,345", "令和6年", "=1+1",
                    "x".repeat(200)};
                return xml.substring(0, gt) + texts[rnd.nextInt(texts.length)] + xml.substring(lt);
            }
        }
    }

    private static List<int[]> find(Pattern p, String s, int group) {
        List<int[]> out = new ArrayList<>();
        Matcher mt = p.matcher(s);
        while (mt.find() && out.size() < 10_000) {
            out.add(new int[] {mt.start(group), mt.end(group)});
        }
        return out;
    }

    /** The index just after a random {@code >}, or -1. */
    private static int nthTagEnd(String xml, Random rnd) {
        int count = 0;
        for (int i = xml.indexOf('>'); i >= 0; i = xml.indexOf('>', i + 1)) {
            count++;
        }
        if (count == 0) {
            return -1;
        }
        int k = rnd.nextInt(count);
        int i = xml.indexOf('>');
        while (k-- > 0) {
            i = xml.indexOf('>', i + 1);
        }
        return i + 1;
    }

    @Provide
    Arbitrary<String> seeds() {
        return Arbitraries.of(new ArrayList<>(SEEDS.keySet()));
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Arbitraries.of(Mutation.class).list().ofMinSize(1).ofMaxSize(3);
    }
}
