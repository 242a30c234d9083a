package io.github.civicdata.examples.fix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the workbook of {@link FixWorkbookExample} with the JDK alone (a zip of SpreadsheetML
 * parts, no spreadsheet library): one sheet "公民館" as an office keeps it, with a title block merged
 * over the table's width, a header row, a 地区 column merged vertically per district, 開館日 as
 * 和暦 text and as a date cell shown in an era format, 定員 as numbers (one typed with full-width
 * digits), 利用料 as a formula with its cached value, and a note below the data.
 *
 * <p>Stateless and thread-safe.
 */
final class ExcelExportWorkbook {

    private ExcelExportWorkbook() {
    }

    /** The sheet's rows: {row number, cells …}; a cell is a string, a number, or a formula {@code =…|value}. */
    private static final Object[][] ROWS = {
        {1, "令和6年度 公民館一覧（青葉台市）"},
        {2, "作成：青葉台市 生涯学習課"},
        {4, "地区", "名称", "開館日", "定員", "利用料（円）"},
        {5, "北部", "北部公民館", "昭和55年4月1日", 120, "=D5*10|1200"},
        {6, "", "ひばり台公民館 ", 37347.0, 80, "=D6*10|800"},
        {7, "南部", "南部公民館", "平成3年10月1日", 150, "=D7*10|1500"},
        {8, "", "みなと公民館", "令和2年4月1日", "６０", "=D8*10|600"},
        {10, "※ 利用料は1時間あたり（令和6年4月1日現在）"},
    };

    static void write(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            part(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + "</Types>");
            part(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            part(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"公民館\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                    + "</Relationships>");
            // style 1: the era date format of Japanese Excel (令和2年4月1日)
            part(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<numFmts count=\"1\"><numFmt numFmtId=\"176\" formatCode=\"[$-ja-JP]ggge&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/></numFmts>"
                    + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"游ゴシック\"/></font></fonts>"
                    + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
                    + "<borders count=\"1\"><border/></borders>"
                    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                    + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                    + "<xf numFmtId=\"176\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
                    + "</styleSheet>");
            part(zip, "xl/worksheets/sheet1.xml", sheet());
        }
    }

    private static String sheet() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (Object[] row : ROWS) {
            int r = (Integer) row[0];
            sb.append("<row r=\"").append(r).append("\">");
            for (int c = 1; c < row.length; c++) {
                String ref = (char) ('A' + c - 1) + Integer.toString(r);
                Object v = row[c];
                if (v instanceof String s && s.isEmpty()) {
                    continue;
                }
                if (v instanceof String s && s.startsWith("=")) {
                    String[] f = s.substring(1).split("\\|");
                    sb.append("<c r=\"").append(ref).append("\"><f>").append(f[0]).append("</f><v>").append(f[1])
                            .append("</v></c>");
                } else if (v instanceof String s) {
                    sb.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                            .append(s).append("</t></is></c>");
                } else if (v instanceof Double d) {
                    // a date serial (37347 = 2002-04-01) in the era format
                    sb.append("<c r=\"").append(ref).append("\" s=\"1\"><v>").append(d.longValue()).append("</v></c>");
                } else {
                    sb.append("<c r=\"").append(ref).append("\"><v>").append(v).append("</v></c>");
                }
            }
            sb.append("</row>");
        }
        sb.append("</sheetData><mergeCells count=\"3\"><mergeCell ref=\"A1:E1\"/><mergeCell ref=\"A5:A6\"/>"
                + "<mergeCell ref=\"A7:A8\"/></mergeCells></worksheet>");
        return sb.toString();
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
