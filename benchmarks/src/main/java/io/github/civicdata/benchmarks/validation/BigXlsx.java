package io.github.civicdata.benchmarks.validation;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Generates a large workbook for the bounded-memory check of the xlsx reader: one sheet with a
 * header row and {@code rows} rows of an ID (number), {@code textColumns} columns of text that is
 * unique in every cell (so the shared-strings table holds {@code rows × textColumns} items of
 * random letters, which compress badly) and a date serial. Written with the JDK's zip classes.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.github.civicdata.benchmarks.validation.BigXlsx
 * /tmp/big.xlsx 1000000 5 24} writes 5,000,000 unique strings of 24 characters.
 */
public final class BigXlsx {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final char[] LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzアイウエオカキクケコ".toCharArray();

    private BigXlsx() {
    }

    /**
     * Entry point.
     *
     * @param args file, rows (default 1,000,000), text columns (5), characters per text (24)
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int texts = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int length = args.length > 3 ? Integer.parseInt(args[3]) : 24;
        write(file, rows, texts, length, 42);
    }

    /** Writes the workbook. */
    static void write(Path file, int rows, int texts, int length, long seed) throws IOException {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                ZipOutputStream zip = new ZipOutputStream(os, StandardCharsets.UTF_8)) {
            Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            part(zip, w, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                    + "</Types>");
            part(zip, w, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            part(zip, w, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>"
                    + "<sheet name=\"data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part(zip, w, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"" + REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "</Relationships>");
            // the shared strings: the headers, then every text cell in row order
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\">");
            w.write("<si><t>ID</t></si>");
            for (int t = 0; t < texts; t++) {
                w.write("<si><t>項目" + (t + 1) + "</t></si>");
            }
            w.write("<si><t>日付</t></si>");
            SplittableRandom random = new SplittableRandom(seed);
            char[] text = new char[length];
            for (long i = 0; i < (long) rows * texts; i++) {
                for (int k = 0; k < length; k++) {
                    text[k] = LETTERS[random.nextInt(LETTERS.length)];
                }
                w.write("<si><t>");
                w.write(text);
                w.write("</t></si>");
            }
            w.write("</sst>");
            w.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>");
            w.write("<row r=\"1\">");
            for (int c = 0; c < texts + 2; c++) {
                w.write("<c t=\"s\"><v>" + c + "</v></c>");
            }
            w.write("</row>");
            long next = texts + 2;
            for (int r = 0; r < rows; r++) {
                w.write("<row r=\"" + (r + 2) + "\"><c><v>" + (r + 1) + "</v></c>");
                for (int t = 0; t < texts; t++) {
                    w.write("<c t=\"s\"><v>" + next++ + "</v></c>");
                }
                w.write("<c><v>" + (45000 + r % 1000) + "</v></c></row>");
            }
            w.write("</sheetData></worksheet>");
            w.flush();
            zip.closeEntry();
        }
    }

    private static void part(ZipOutputStream zip, Writer w, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        w.write(xml);
        w.flush();
        zip.closeEntry();
    }
}
