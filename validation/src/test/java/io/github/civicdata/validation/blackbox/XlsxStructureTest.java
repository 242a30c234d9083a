package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Report;
import io.github.civicdata.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The class of problem behind items 1, 5, 7 and 8 of issue 9: every index, count and place a
 * workbook gives is checked against what was actually read, every part that is read and cannot
 * be read is a finding, and no part can keep the validator busy. Workbooks are written by hand
 * (see {@link XlsxSecurityTest} for the minimal parts).
 */
class XlsxStructureTest {

    private static final Validator VALIDATOR = Validator.builder().build();
    private static final String SST_REL = "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/"
            + "officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>";
    private static final String STYLES_REL = "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/"
            + "officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>";

    static Map<String, byte[]> workbook(String sheetData) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("[Content_Types].xml", bytes(XlsxSecurityTest.CONTENT_TYPES));
        m.put("_rels/.rels", bytes(XlsxSecurityTest.RELS));
        m.put("xl/workbook.xml", bytes(XlsxSecurityTest.WORKBOOK));
        m.put("xl/_rels/workbook.xml.rels", bytes(XlsxSecurityTest.WB_RELS));
        m.put("xl/worksheets/sheet1.xml", bytes(XlsxSecurityTest.sheet(sheetData)));
        return m;
    }

    static Map<String, byte[]> withStrings(String sheetData, String... strings) {
        Map<String, byte[]> m = workbook(sheetData);
        StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\">");
        for (String s : strings) {
            sst.append("<si><t>").append(s).append("</t></si>");
        }
        m.put("xl/sharedStrings.xml", bytes(sst.append("</sst>").toString()));
        m.put("xl/_rels/workbook.xml.rels", bytes(XlsxSecurityTest.WB_RELS.replace("</Relationships>",
                SST_REL + "</Relationships>")));
        return m;
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zip(Map<String, byte[]> parts) throws IOException {
        return XlsxMutationProperties.zip(parts);
    }

    private static Report validate(Map<String, byte[]> parts) throws IOException {
        return validate(VALIDATOR, zip(parts));
    }

    private static Report validate(Validator v, byte[] zip) {
        Printed.Result<Report> r = Printed.by(() -> v.validate(new ByteArrayInputStream(zip), "wb.xlsx"));
        assertThat(r.printed()).isEmpty();
        assertThat(r.value().findings()).extracting(Finding::ruleId).doesNotContain(Validator.INTERNAL_ERROR);
        return r.value();
    }

    private static Finding only(Report r, String key) {
        List<Finding> f = r.findings().stream().filter(x -> x.messageKey().equals(key)).toList();
        assertThat(f).as(key + " in " + r.findings()).hasSize(1);
        return f.get(0);
    }

    private static String row(int r, String... cells) {
        StringBuilder b = new StringBuilder("<row r=\"" + r + "\">");
        for (String c : cells) {
            b.append(c);
        }
        return b.append("</row>").toString();
    }

    private static String s(String ref, int index) {
        return "<c r=\"" + ref + "\" t=\"s\"><v>" + index + "</v></c>";
    }

    private static String n(String ref, String v) {
        return "<c r=\"" + ref + "\"><v>" + v + "</v></c>";
    }

    private static String text(String ref, String t) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + t + "</t></is></c>";
    }

    // ------------------------------------------------------------------ indexes and counts

    @Test
    void sharedStringIndexesAreCheckedAgainstTheStringsRead() throws IOException {
        Report r = validate(withStrings(row(1, s("A1", 0), s("B1", 1)) + row(2, s("A2", 2), s("B2", 7))
                + row(3, s("A3", 2), "<c r=\"B3\" t=\"s\"><v>-1</v></c>"), "名称", "人数", "市役所"));
        Finding f = only(r, "xlsx.malformed.shared-string");
        assertThat(f.arguments()).containsExactly(2L, "7", 2L, 3);
        assertThat(f.location().line()).hasValue(2);
    }

    @Test
    void aWorkbookWithoutSharedStringsHasNoTextCellsThatReferToThem() throws IOException {
        Report r = validate(workbook(row(1, text("A1", "名称"), s("B1", 0)) + row(2, text("A2", "x"), n("B2", "1"))));
        assertThat(only(r, "xlsx.malformed.shared-string").arguments()).containsExactly(1L, "0", 1L, 0);
    }

    @Test
    void rowNumbersOutOfOrderOrRangeAreReadAsTheNextRow() throws IOException {
        Report r = validate(workbook(row(1, text("A1", "名称"), text("B1", "人数"))
                + row(3, text("A3", "市役所"), n("B3", "1"))
                + row(2, text("A2", "図書館"), n("B2", "2"))
                + "<row r=\"99999999999\"><c t=\"inlineStr\"><is><t>公園</t></is></c><c><v>3</v></c></row>"
                + "<row r=\"x\"><c t=\"inlineStr\"><is><t>駅</t></is></c><c><v>4</v></c></row>"));
        Finding f = only(r, "xlsx.malformed.row-number");
        assertThat(f.arguments()).containsExactly(3L, "2", 4L);
        // every row is accounted for: the four with values and the blank row 2 between rows 1 and 3
        assertThat(r.sources().get(0).rows()).hasValue(5);
    }

    @Test
    void cellReferencesAreCheckedAndCellsKeepTheirColumns() throws IOException {
        Report r = validate(workbook(row(1, text("A1", "名称"), text("B1", "人数"), text("C1", "備考"))
                // out of order: C before A; the values stay in their columns
                + row(2, text("C2", "メモ"), text("A2", "市役所"), n("B2", "1"))
                // a second cell for column A: the first is read
                + row(3, text("A3", "図書館"), text("A3", "二つ目"), n("B3", "2"), text("C3", "x"))
                // not references: "1", "AAAA4", "A0", and A5 in row 4
                + row(4, text("1", "公園"), text("AAAA4", "y"), "<c r=\"A0\"><v>5</v></c>", text("A5", "z"))));
        // C2 before A2, the second A3, and in row 4 the cells read as A after the first one
        assertThat(only(r, "xlsx.malformed.cell-order").arguments()).containsExactly(4L, "A2", 2L);
        assertThat(only(r, "xlsx.malformed.cell-reference").arguments()).containsExactly(4L, "1", 4L);
        // L2-01 (number stored as text) would fire if 1 and 2 had moved into the text column
        assertThat(r.findings()).extracting(Finding::ruleId).doesNotContain("L2-01", "extra-cell");
    }

    @Test
    void unknownCellFormatsBooleansAndNumbersAreReportedAndKept() throws IOException {
        Report r = validate(workbook(row(1, text("A1", "名称"), text("B1", "可否"), text("C1", "人数"))
                + row(2, "<c r=\"A2\" s=\"9\" t=\"inlineStr\"><is><t>市役所</t></is></c>",
                        "<c r=\"B2\" t=\"b\"><v>2</v></c>", "<c r=\"C2\"><v>十</v></c>")));
        // no styles part at all: format indexes cannot be checked and are not reported
        assertThat(r.findings()).extracting(Finding::messageKey).doesNotContain("xlsx.malformed.style");
        Finding b = only(r, "xlsx.malformed.boolean");
        assertThat(b.arguments()).containsExactly(1L, "2", 2L);
        assertThat(b.value()).hasValue("2");
        assertThat(only(r, "xlsx.malformed.number").arguments()).containsExactly(1L, "十", 2L);

        Map<String, byte[]> styled = workbook(row(1, text("A1", "名称")) + row(2,
                "<c r=\"A2\" s=\"9\" t=\"inlineStr\"><is><t>市役所</t></is></c>"));
        styled.put("xl/styles.xml", bytes("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                + "main\"><cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs></styleSheet>"));
        styled.put("xl/_rels/workbook.xml.rels", bytes(XlsxSecurityTest.WB_RELS.replace("</Relationships>",
                STYLES_REL + "</Relationships>")));
        assertThat(only(validate(styled), "xlsx.malformed.style").arguments()).containsExactly(1L, "9", 2L, 1);
    }

    @Test
    void cellFormatsThatNameMissingFontsFillsOrNumberFormatsAreReported() throws IOException {
        Map<String, byte[]> m = workbook(row(1, text("A1", "名称")) + row(2, "<c r=\"A2\" s=\"1\"><v>1</v></c>"));
        m.put("xl/styles.xml", bytes("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                + "main\"><fonts count=\"9\"><font/></fonts><cellXfs count=\"1\"><xf/><xf fontId=\"5\"/>"
                + "<xf numFmtId=\"170\"/></cellXfs></styleSheet>"));
        m.put("xl/_rels/workbook.xml.rels", bytes(XlsxSecurityTest.WB_RELS.replace("</Relationships>",
                STYLES_REL + "</Relationships>")));
        // the count attributes say 9 fonts and 1 format: what was read is 1 font and 3 formats
        Report r = validate(m);
        assertThat(only(r, "xlsx.malformed.styles").arguments()).containsExactly(2L, "xl/styles.xml");
        assertThat(r.findings()).extracting(Finding::messageKey).doesNotContain("xlsx.malformed.style");
    }

    @Test
    void mergedRangesAndHiddenColumnsThatAreNotRangesAreReported() throws IOException {
        Map<String, byte[]> m = workbook("");
        m.put("xl/worksheets/sheet1.xml", bytes("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas."
                + "openxmlformats.org/spreadsheetml/2006/main\"><cols><col min=\"5\" max=\"2\" hidden=\"1\"/></cols>"
                + "<sheetData>" + row(1, text("A1", "名称"), text("B1", "人数")) + row(2, text("A2", "x"), n("B2", "1"))
                + "</sheetData><mergeCells><mergeCell ref=\"A1:\"/><mergeCell ref=\"A1:XFD1048576\"/></mergeCells>"
                + "</worksheet>"));
        Report r = validate(m);
        assertThat(only(r, "xlsx.malformed.merge").arguments()).containsExactly(1L, "A1:");
        assertThat(only(r, "xlsx.malformed.columns").arguments()).containsExactly(1L, "5", "2");
        assertThat(r.findings()).extracting(Finding::ruleId).contains("L1-12");
    }

    @Test
    void escapedCharactersAreDecoded() throws IOException {
        Report r = validate(workbook(row(1, text("A1", "名称"), text("B1", "人数"))
                + row(2, text("A2", "市役所_x000D__x000A_本庁舎"), n("B2", "1"))
                + row(3, text("A3", "図書館_x005F_x000D_"), n("B3", "2"))));
        // _x000D__x000A_ is a line break (L1-06), not literal text; _x005F_ is an underscore
        Finding f = only(r, "L1-06.newline");
        assertThat(f.location().line()).hasValue(2);
    }

    // ------------------------------------------------------------------ parts that cannot be read

    @Test
    void everyPartThatCannotBeReadIsAFindingAndTheRestIsStillValidated() throws IOException {
        String doctype = "<?xml version=\"1.0\"?><!DOCTYPE x>";
        String cells = row(1, text("A1", "名称"), text("B1", "ｶﾅ")) + row(2, text("A2", "市役所"), text("B2", "ｼﾔｸｼｮ"));
        Map<String, byte[]> m = workbook(cells);
        m.put("[Content_Types].xml", bytes(doctype + XlsxSecurityTest.CONTENT_TYPES.substring(38)));
        m.put("xl/styles.xml", bytes(doctype + "<styleSheet/>"));
        m.put("xl/_rels/workbook.xml.rels", bytes(XlsxSecurityTest.WB_RELS.replace("</Relationships>",
                STYLES_REL + "</Relationships>")));
        m.put("xl/worksheets/_rels/sheet1.xml.rels", bytes(doctype + "<Relationships/>"));
        Report r = validate(m);
        assertThat(r.findings()).extracting(Finding::messageKey).contains("xlsx.unreadable.content-types",
                "xlsx.unreadable.styles", "xlsx.unreadable.relationships", "L1-08.halfwidth-kana");
        assertThat(r.sources().get(0).rows()).hasValue(1);
    }

    @Test
    void aWorkbookPartWithADoctypeOrNestedTooDeepIsRefused() throws IOException {
        Map<String, byte[]> m = workbook(row(1, text("A1", "名称")));
        m.put("xl/workbook.xml", bytes("<?xml version=\"1.0\"?>\n<!-- a comment -->\n<!DOCTYPE workbook>"
                + XlsxSecurityTest.WORKBOOK.substring(XlsxSecurityTest.WORKBOOK.indexOf("<workbook"))));
        assertThat(validate(m).findings()).extracting(Finding::messageKey).containsExactly("xlsx.unreadable.entities");

        Map<String, byte[]> deep = workbook(row(1, text("A1", "名称")) + row(2, text("A2", "x")));
        String nest = "<a>".repeat(5000) + "</a>".repeat(5000);
        deep.put("xl/worksheets/sheet1.xml", bytes(XlsxSecurityTest.sheet(row(1, text("A1", "名称")) + nest)));
        Finding f = only(validate(deep), "xlsx.unreadable.sheet");
        assertThat(f.arguments()).containsExactly("xl/worksheets/sheet1.xml nests elements deeper than 1000 levels");
    }

    @Test
    void sheetsThatAreMissingSharedOrChartsAreFindings() throws IOException {
        Map<String, byte[]> m = workbook(row(1, text("A1", "名称"), text("B1", "人数")) + row(2, text("A2", "x"),
                n("B2", "1")));
        m.put("xl/workbook.xml", bytes(XlsxSecurityTest.WORKBOOK.replace("</sheets>",
                "<sheet name=\"again\" sheetId=\"2\" r:id=\"rId1\"/><sheet name=\"lost\" sheetId=\"3\" r:id=\"rId8\"/>"
                + "<sheet name=\"gone\" sheetId=\"4\" r:id=\"rId9\"/><sheet name=\"chart\" sheetId=\"5\" "
                + "r:id=\"rId7\"/></sheets>")));
        m.put("xl/_rels/workbook.xml.rels", bytes(XlsxSecurityTest.WB_RELS.replace("</Relationships>",
                "<Relationship Id=\"rId8\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + "worksheet\" Target=\"worksheets/nothing.xml\"/><Relationship Id=\"rId7\" Type=\"http://schemas."
                + "openxmlformats.org/officeDocument/2006/relationships/chartsheet\" Target=\"chartsheets/c.xml\"/>"
                + "</Relationships>")));
        Report r = validate(m);
        assertThat(r.findings()).filteredOn(f -> f.messageKey().equals("xlsx.unreadable.sheet"))
                .extracting(f -> f.location().sheet().orElseThrow() + ": " + f.arguments().get(0))
                .containsExactly("again: xl/worksheets/sheet1.xml is the part of another sheet too: \"S\"",
                        "lost: xl/worksheets/nothing.xml is missing: named by xl/workbook.xml",
                        "gone: xl/workbook.xml names a relationship that is not there: rId9 for the sheet");
        assertThat(r.findings()).filteredOn(f -> f.location().sheet().orElse("").equals("chart"))
                .extracting(Finding::ruleId).containsExactly("L1-10");
    }

    @Test
    void aDamagedPartIsFoundByItsChecksum() throws IOException {
        String cells = row(1, text("A1", "名称"), text("B1", "人数")) + row(2, text("A2", "市役所"), n("B2", "1"));
        Map<String, byte[]> m = workbook(cells);
        byte[] sheet = m.remove("xl/worksheets/sheet1.xml");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : m.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
            ZipEntry stored = new ZipEntry("xl/worksheets/sheet1.xml");
            stored.setMethod(ZipEntry.STORED);
            stored.setSize(sheet.length);
            CRC32 crc = new CRC32();
            crc.update(sheet);
            stored.setCrc(crc.getValue());
            z.putNextEntry(stored);
            z.write(sheet);
            z.closeEntry();
        }
        byte[] zip = out.toByteArray();
        byte[] marker = bytes("市役所");
        int at = indexOf(zip, marker);
        zip[at + 1] ^= 0x01; // still valid XML and UTF-8 would not notice: ("市" becomes another kanji)
        Finding f = only(validate(VALIDATOR, zip), "xlsx.unreadable.sheet");
        assertThat(f.arguments().get(0).toString()).contains("CRC-32 mismatch");
    }

    private static int indexOf(byte[] b, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= b.length; i++) {
            for (int k = 0; k < what.length; k++) {
                if (b[i + k] != what[k]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }

    @Test
    void aZipWhoseDirectoryPointsBeyondItsEndIsUnreadableNotAnIoError() throws IOException {
        // found by XlsxReaderProperties (10,000 tries): ZipFile throws EOFException, not ZipException,
        // when the end record's comment length runs past the end; it escaped as UnreadableInputException
        byte[] zip = zip(workbook(row(1, text("A1", "名称"))));
        int end = zip.length - 22;
        assertThat(zip[end]).isEqualTo((byte) 0x50);
        zip[end + 20] = (byte) 0xFF;
        zip[end + 21] = (byte) 0x7F;
        Report r = validate(VALIDATOR, zip);
        assertThat(r.findings()).extracting(Finding::messageKey).containsExactly("xlsx.unreadable");
        assertThat(r.findings().get(0).arguments().get(0).toString()).startsWith("(the zip) is damaged")
                .contains("EOFException");
    }

    @Test
    void twoPartsWithTheSameNameAreRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : workbook(row(1, text("A1", "x"))).entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry("XL/Worksheets/Sheet1.xml"));
            z.write(bytes(XlsxSecurityTest.sheet(row(1, text("A1", "hidden twin")))));
            z.closeEntry();
        }
        Report r = validate(VALIDATOR, out.toByteArray());
        assertThat(r.findings()).extracting(Finding::messageKey).containsExactly("xlsx.unreadable");
        assertThat(r.findings().get(0).arguments().get(0).toString())
                .isEqualTo("XL/Worksheets/Sheet1.xml is in the zip twice (names that differ only in case are the "
                        + "same part)");
    }

    // ------------------------------------------------------------------ budget

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aPartThatTakesLongerThanTheTimeLimitIsLeftUnread() throws IOException {
        StringBuilder cells = new StringBuilder(row(1, text("A1", "名称"), text("B1", "人数")));
        for (int i = 2; i <= 3000; i++) {
            cells.append(row(i, text("A" + i, "施設" + i), n("B" + i, Integer.toString(i))));
        }
        byte[] zip = zip(workbook(cells.toString()));
        Validator quick = Validator.builder().xlsxPartTimeLimit(Duration.ofNanos(1)).build();
        Report r = validate(quick, zip);
        Finding f = only(r, "limit.xlsx-part-time");
        assertThat(f.ruleId()).isEqualTo("limit.xlsx-part-time");
        assertThat(f.arguments()).containsExactly("xl/worksheets/sheet1.xml", "1 ns",
                "xlsxPartTimeLimit / --xlsx-part-time-limit");
        assertThat(r.conforms()).isFalse();
        // with the default limit the same workbook is read in full
        assertThat(validate(VALIDATOR, zip).sources().get(0).rows()).hasValue(2999);
    }

    @Test
    void aStreamIsCopiedToATemporaryFileThatIsRemovedAfterwards() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before;
        try (var s = Files.list(tmp)) {
            before = s.filter(p -> p.getFileName().toString().startsWith("civicdata-")).count();
        }
        validate(workbook(row(1, text("A1", "名称"))));
        try (var s = Files.list(tmp)) {
            assertThat(s.filter(p -> p.getFileName().toString().startsWith("civicdata-")).count())
                    .isLessThanOrEqualTo(before);
        }
    }
}
