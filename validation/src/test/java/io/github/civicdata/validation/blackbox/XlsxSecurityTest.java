package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Report;
import io.github.civicdata.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile workbooks give an {@code xlsx.unreadable} finding, never an exception, and never leak
 * what an external entity points at: the zip-bomb, DOCTYPE and entity protections of the reader hold.
 */
class XlsxSecurityTest {

    @TempDir
    Path dir;

    static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "</Types>";
    static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>";
    static final String WB_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "</Relationships>";
    static final String WORKBOOK = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

    static String sheet(String cells) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + cells + "</sheetData></worksheet>";
    }

    private Path zip(String name, Map<String, byte[]> parts) throws IOException {
        Path f = dir.resolve(name);
        try (OutputStream o = Files.newOutputStream(f); ZipOutputStream z = new ZipOutputStream(o)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return f;
    }

    private Map<String, byte[]> minimal(String sheetXml) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
        m.put("_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8));
        m.put("xl/workbook.xml", WORKBOOK.getBytes(StandardCharsets.UTF_8));
        m.put("xl/_rels/workbook.xml.rels", WB_RELS.getBytes(StandardCharsets.UTF_8));
        m.put("xl/worksheets/sheet1.xml", sheetXml.getBytes(StandardCharsets.UTF_8));
        return m;
    }

    private static Report validate(Path f) {
        return Validator.builder().build().validate(f);
    }

    @Test
    void minimalHandWrittenWorkbookIsRead() throws IOException {
        Path f = zip("ok.xlsx", minimal(sheet(
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>名称</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>人数</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>市役所</t></is></c><c r=\"B2\"><v>10</v></c></row>")));
        Report r = validate(f);
        assertThat(r.findings()).isEmpty();
        assertThat(r.sources().get(0).rows()).hasValue(1);
    }

    @Test
    void zipBombIsAFindingNotACrash() throws IOException {
        // 20 MB of blanks inside the sheet compress about 1000:1, far beyond the ratio of 100 allowed (XlsxPackage)
        byte[] blanks = new byte[20 << 20];
        Arrays.fill(blanks, (byte) ' ');
        String head = sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
        int cut = head.indexOf("</sheetData>");
        byte[] a = head.substring(0, cut).getBytes(StandardCharsets.UTF_8);
        byte[] b = head.substring(cut).getBytes(StandardCharsets.UTF_8);
        byte[] bomb = new byte[a.length + blanks.length + b.length];
        System.arraycopy(a, 0, bomb, 0, a.length);
        System.arraycopy(blanks, 0, bomb, a.length, blanks.length);
        System.arraycopy(b, 0, bomb, a.length + blanks.length, b.length);
        Map<String, byte[]> parts = minimal("");
        parts.put("xl/worksheets/sheet1.xml", bomb);
        Path f = zip("bomb.xlsx", parts);
        assertThat(Files.size(f)).isLessThan(200_000);
        Report r = validate(f);
        // the only sheet is refused; a zip bomb in a part every sheet needs refuses the workbook
        assertThat(r.findings()).extracting(Finding::messageKey).containsExactly("xlsx.unreadable.sheet");
        assertThat(r.findings().get(0).arguments().get(0).toString())
                .startsWith("xl/worksheets/sheet1.xml expands to more than 100 times").contains("zip bomb");
        assertThat(r.conforms()).isFalse();
        parts.put("xl/sharedStrings.xml", bomb);
        parts.put("xl/_rels/workbook.xml.rels", (WB_RELS.replace("</Relationships>", "<Relationship Id=\"rId2\" "
                + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
                + "Target=\"sharedStrings.xml\"/></Relationships>")).getBytes(StandardCharsets.UTF_8));
        Report whole = validate(zip("bomb-strings.xlsx", parts));
        assertThat(whole.findings()).extracting(Finding::messageKey).containsExactly("xlsx.unreadable.zip-bomb");
    }

    @Test
    void externalEntityIsRefusedAndNotRead() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-MARKER");
        String xxe = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"
                + "</sheetData></worksheet>";
        Path f = zip("xxe.xlsx", minimal(xxe));
        Report r = validate(f);
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("xlsx.unreadable");
        assertThat(r.findings().get(0).messageKey()).isEqualTo("xlsx.unreadable.sheet");
        assertThat(r.findings().get(0).arguments().get(0).toString())
                .isEqualTo("xl/worksheets/sheet1.xml holds a document type declaration (<!DOCTYPE>), which is "
                        + "refused for security");
        assertThat(ReportJson.of(r)).doesNotContain("TOP-SECRET-MARKER");
    }

    @Test
    void entityExpansionInWorkbookPartIsRefused() throws IOException {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE workbook [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + WORKBOOK.substring(WORKBOOK.indexOf("<workbook")).replace("name=\"S\"", "name=\"&c;\"");
        Map<String, byte[]> parts = minimal(sheet(""));
        parts.put("xl/workbook.xml", laughs.getBytes(StandardCharsets.UTF_8));
        Report r = validate(zip("laughs.xlsx", parts));
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("xlsx.unreadable");
    }

    @Test
    void notAZipAndTruncatedZipAreFindings() throws IOException {
        Path text = dir.resolve("fake.xlsx");
        Files.writeString(text, "名称,住所\n市役所,東京都\n");
        assertThat(validate(text).findings()).extracting(Finding::ruleId).containsExactly("xlsx.unreadable");

        Path good = XlsxFixtures.write(dir, "good", XlsxFixtures.cases().get("clean"));
        byte[] all = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.xlsx");
        Files.write(cut, Arrays.copyOf(all, all.length / 2));
        assertThat(validate(cut).findings()).extracting(Finding::ruleId).containsExactly("xlsx.unreadable");
    }

    static Path hostile(String name) {
        try {
            return Path.of(XlsxSecurityTest.class.getResource("/hostile/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void missingWorkbookPartIsAFindingNotACrash() throws IOException {
        // review gap 1: POI threw a NullPointerException from XSSFReader.getWorkbookData
        Path f = hostile("npe-no-workbook-part.xlsx");
        for (Report r : List.of(validate(f),
                Validator.builder().build().validate(new ByteArrayInputStream(Files.readAllBytes(f)), "wb.xlsx"))) {
            assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("xlsx.unreadable");
            assertThat(r.findings().get(0).arguments().get(0).toString())
                    .isEqualTo("xl/workbook.xml is missing: named by _rels/.rels");
            assertThat(r.sources()).hasSize(1);
        }
    }

    @Test
    void danglingCommentsRelationshipIsAFindingAndTheCellsAreStillValidated() {
        // review gap 1: POI threw a NullPointerException from CommentsTable.<init>
        Report r = validate(hostile("npe-missing-comments-part.xlsx"));
        assertThat(r.findings()).extracting(Finding::messageKey).contains("xlsx.unreadable.comments", "L1-10")
                .doesNotContain("validation.internal-error");
        Finding comments = r.findings().stream().filter(f -> f.messageKey().equals("xlsx.unreadable.comments"))
                .findFirst().orElseThrow();
        assertThat(comments.arguments())
                .containsExactly("xl/comments1.xml is missing: named by xl/worksheets/_rels/sheet1.xml.rels");
        assertThat(comments.location().sheet()).isPresent();
        assertThat(r.sources().get(0).rows()).isPresent();
    }

    @Test
    void passwordProtectedWorkbookIsReportedAsSuch() throws IOException {
        // review gap 7: it was reported as a legacy .doc/.ppt file (L1-01)
        Path f = hostile("encrypted-password.xlsx");
        byte[] bytes = Files.readAllBytes(f);
        Path renamed = Files.write(dir.resolve("protected.xls"), bytes);
        Path unnamed = Files.write(dir.resolve("protected.bin"), bytes);
        Validator v = Validator.builder().build();
        for (Report r : List.of(v.validate(f), v.validate(renamed), v.validate(unnamed),
                v.validate(new ByteArrayInputStream(bytes), "stream.xlsx"),
                v.validate(new ByteArrayInputStream(bytes), "stream.dat"))) {
            assertThat(r.findings()).extracting(Finding::messageKey).containsExactly("xlsx.unreadable.encrypted");
            assertThat(r.conforms()).isFalse();
        }
        // a legacy file that is not encrypted is still one
        Path legacy = Files.write(dir.resolve("old.xls"), Arrays.copyOf(bytes, 512));
        assertThat(v.validate(legacy).findings()).extracting(Finding::messageKey).containsExactly("L1-01.legacy");
    }

    @Test
    void workbookFromStreamIsValidatedToo() throws IOException {
        Path good = XlsxFixtures.write(dir, "stream", XlsxFixtures.cases().get("merged"));
        Report r = Validator.builder().build().validate(new ByteArrayInputStream(Files.readAllBytes(good)), "stream.xlsx");
        assertThat(r.findings()).extracting(Finding::ruleId).contains("L1-12");
    }
}
