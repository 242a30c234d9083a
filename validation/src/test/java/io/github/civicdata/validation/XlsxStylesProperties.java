package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The JDK-only reading of cell formats describes highlighting as POI (on the test class path
 * only) did: random fills and fonts in indexed, RGB and theme colours with tints, written by POI,
 * are described the same way by {@link XlsxStyles} and by the POI code the validator used before.
 */
class XlsxStylesProperties {

    @Property(tries = 40)
    void highlightingIsDescribedAsPoiDescribedIt(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int count)
            throws Exception {
        java.util.Random rnd = new java.util.Random(seed);
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.getStylesSource().ensureThemesTable();
            wb.createSheet("s").createRow(0).createCell(0).setCellValue("x");
            for (int i = 0; i < count; i++) {
                XSSFCellStyle st = wb.createCellStyle();
                if (rnd.nextBoolean()) {
                    st.setFillPattern(rnd.nextBoolean() ? FillPatternType.SOLID_FOREGROUND : FillPatternType.NO_FILL);
                    st.setFillForegroundColor(color(rnd));
                }
                if (rnd.nextBoolean()) {
                    XSSFFont f = wb.createFont();
                    f.setBold(rnd.nextBoolean());
                    f.setItalic(rnd.nextBoolean());
                    f.setStrikeout(rnd.nextBoolean());
                    if (rnd.nextBoolean()) {
                        f.setColor(color(rnd));
                    }
                    st.setFont(f);
                }
            }
            wb.write(out);
            bytes = withTheme(out.toByteArray());
        }
        List<String> poi = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (int i = 0; i < wb.getNumCellStyles(); i++) {
                poi.add(i == 0 ? "" : describeWithPoi(wb.getCellStyleAt(i)));
            }
        }
        XlsxStyles.Reader reader = new XlsxStyles.Reader();
        XlsxStyles.ThemeReader theme = new XlsxStyles.ThemeReader();
        try (XlsxPackage pkg = XlsxPackage.open(new ByteArrayInputStream(bytes), null, Long.MAX_VALUE)) {
            pkg.parse("xl/styles.xml", reader);
            for (XlsxPackage.Rel rel : pkg.relationships("xl/workbook.xml").values()) {
                if (rel.isType("/theme")) {
                    pkg.parse(rel.target(), theme);
                }
            }
        }
        reader.styles.theme(theme.colours);
        List<String> ours = new ArrayList<>();
        for (int i = 0; i < reader.styles.count(); i++) {
            ours.add(reader.styles.describe(i));
        }
        assertThat(ours).isEqualTo(poi);
    }

    /** POI writes an empty theme (and then fails on theme colours): put Office's colour scheme in. */
    private static byte[] withTheme(byte[] xlsx) throws IOException {
        String scheme = "<a:clrScheme name=\"Office\"><a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1>"
                + "<a:lt1><a:sysClr val=\"window\" lastClr=\"FFFFFF\"/></a:lt1><a:dk2><a:srgbClr val=\"1F497D\"/></a:dk2>"
                + "<a:lt2><a:srgbClr val=\"EEECE1\"/></a:lt2><a:accent1><a:srgbClr val=\"4F81BD\"/></a:accent1>"
                + "<a:accent2><a:srgbClr val=\"C0504D\"/></a:accent2><a:accent3><a:srgbClr val=\"9BBB59\"/></a:accent3>"
                + "<a:accent4><a:srgbClr val=\"8064A2\"/></a:accent4><a:accent5><a:srgbClr val=\"4BACC6\"/></a:accent5>"
                + "<a:accent6><a:srgbClr val=\"F79646\"/></a:accent6><a:hlink><a:srgbClr val=\"0000FF\"/></a:hlink>"
                + "<a:folHlink><a:srgbClr val=\"800080\"/></a:folHlink></a:clrScheme>";
        String theme = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><a:theme xmlns:a=\"http://schemas.openxmlformats.org/"
                + "drawingml/2006/main\" name=\"Office\"><a:themeElements>" + scheme + "<a:fontScheme name=\"Office\">"
                + "<a:majorFont><a:latin typeface=\"Cambria\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:majorFont>"
                + "<a:minorFont><a:latin typeface=\"Calibri\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:minorFont>"
                + "</a:fontScheme><a:fmtScheme name=\"Office\"><a:fillStyleLst/><a:lnStyleLst/><a:effectStyleLst/>"
                + "<a:bgFillStyleLst/></a:fmtScheme></a:themeElements></a:theme>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(xlsx));
                java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                z.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                z.write(e.getName().startsWith("xl/theme/") ? theme.getBytes(java.nio.charset.StandardCharsets.UTF_8)
                        : content);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static XSSFColor color(java.util.Random rnd) {
        XSSFColor c;
        switch (rnd.nextInt(3)) {
            // indexes 8-63: POI knows no colours for 0-7 (Excel's duplicates of 8-15) and 64+ (system colours)
            case 0 -> {
                c = new XSSFColor(new byte[] {0, 0, 0});
                c.getCTColor().unsetRgb();
                c.setIndexed(8 + rnd.nextInt(56));
            }
            case 1 -> c = new XSSFColor(new byte[] {(byte) rnd.nextInt(256), (byte) rnd.nextInt(256),
                (byte) rnd.nextInt(256)});
            default -> {
                c = new XSSFColor(new byte[] {0, 0, 0});
                c.getCTColor().unsetRgb();
                c.setTheme(rnd.nextInt(12));
            }
        }
        if (rnd.nextInt(3) == 0) {
            c.setTint(Math.round((rnd.nextDouble() * 2 - 1) * 100) / 100.0);
        }
        return c;
    }

    /** What the validator did with POI before (StyleSignatures.describeStyle of the POI reader). */
    private static String describeWithPoi(XSSFCellStyle st) {
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
        if (b == null || b.length < 3) {
            b = c.getRGB();
        }
        if (b == null || b.length < 3) {
            return c.isIndexed() ? "indexed-" + c.getIndex() : c.isThemed() ? "theme-" + c.getTheme() : null;
        }
        int o = b.length == 4 ? 1 : 0;
        return String.format(Locale.ROOT, "%02X%02X%02X", b[o] & 0xFF, b[o + 1] & 0xFF, b[o + 2] & 0xFF);
    }

    @Test
    void paletteIndexesBelow8AreTheColoursOf8To15AsInExcel() throws Exception {
        XlsxStyles.Reader reader = new XlsxStyles.Reader();
        String xml = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><fills>"
                + "<fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"solid\">"
                + "<fgColor indexed=\"2\"/></patternFill></fill></fills><cellXfs><xf/><xf fillId=\"1\"/></cellXfs>"
                + "</styleSheet>";
        XlsxXml.parse(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), reader,
                Long.MAX_VALUE);
        assertThat(reader.styles.describe(1)).isEqualTo("fill #FF0000");
    }

    @Test
    void theDefaultPaletteIsExcels() {
        DefaultIndexedColorMap poi = new DefaultIndexedColorMap();
        for (int i = 0; i < XlsxStyles.DEFAULT_PALETTE.length; i++) {
            byte[] b = poi.getRGB(i);
            if (b != null) {
                assertThat(XlsxStyles.DEFAULT_PALETTE[i]).as("index %d", i)
                        .isEqualTo(String.format(Locale.ROOT, "%02X%02X%02X", b[0] & 0xFF, b[1] & 0xFF, b[2] & 0xFF));
            }
        }
    }
}
