package io.github.civicdata.validation.blackbox;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * XLSX test workbooks built with POI, one per case, so that no binary fixture needs to be
 * committed. Each is deterministic apart from the zip timestamps, which the validator ignores.
 */
final class XlsxFixtures {

    /** A 1×1 transparent PNG. */
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private XlsxFixtures() {
    }

    static Map<String, Consumer<XSSFWorkbook>> cases() {
        Map<String, Consumer<XSSFWorkbook>> m = new LinkedHashMap<>();
        m.put("clean", wb -> {
            Sheet s = wb.createSheet("AED");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            header(s, "ID", "名称", "設置台数", "設置日", "緯度");
            for (int i = 1; i <= 4; i++) {
                Row r = s.createRow(i);
                r.createCell(0).setCellValue("A00" + i);
                r.createCell(1).setCellValue("施設" + i);
                r.createCell(2).setCellValue(i);
                r.createCell(3).setCellValue(LocalDate.of(2024, 4, i));
                r.getCell(3).setCellStyle(date);
                r.createCell(4).setCellValue(35.68 + i / 100.0);
            }
            // a header row in bold with a fill is fine: only data cells are checked for highlighting
            CellStyle head = wb.createCellStyle();
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            for (int c = 0; c < 5; c++) {
                s.getRow(0).getCell(c).setCellStyle(head);
            }
        });
        m.put("merged", wb -> {
            Sheet s = wb.createSheet("人口");
            header(s, "区分", "", "人口");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
            row(s, 1, "男女計", "総数", 300);
            row(s, 2, "男", "総数", 140);
            row(s, 3, "", "15歳未満", 20);
            s.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
        });
        m.put("hidden", wb -> {
            Sheet s = wb.createSheet("一覧");
            header(s, "名称", "内部メモ", "人数");
            row(s, 1, "市役所", "x", 10);
            row(s, 2, "市民会館", "y", 20);
            row(s, 3, "旧庁舎", "z", 0);
            s.getRow(3).setZeroHeight(true);
            s.setColumnHidden(1, true);
            Sheet h = wb.createSheet("作業用");
            header(h, "名称", "人数");
            row(h, 1, "市役所", 10);
            wb.setSheetHidden(wb.getSheetIndex(h), true);
        });
        m.put("formula", wb -> {
            Sheet s = wb.createSheet("集計");
            header(s, "地区", "男", "女", "計");
            for (int i = 1; i <= 3; i++) {
                Row r = s.createRow(i);
                r.createCell(0).setCellValue("地区" + i);
                r.createCell(1).setCellValue(10 * i);
                r.createCell(2).setCellValue(11 * i);
                r.createCell(3).setCellFormula("B" + (i + 1) + "+C" + (i + 1));
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        m.put("highlight", wb -> {
            Sheet s = wb.createSheet("施設");
            header(s, "名称", "状態");
            CellStyle yellow = wb.createCellStyle();
            yellow.setFillForegroundColor(IndexedColors.YELLOW.getIndex());
            yellow.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            for (int i = 1; i <= 5; i++) {
                row(s, i, "施設" + i, "運用中");
            }
            s.getRow(2).getCell(0).setCellStyle(yellow);
            s.getRow(4).getCell(0).setCellStyle(yellow);
        });
        m.put("objects", wb -> {
            Sheet s = wb.createSheet("施設");
            header(s, "名称", "人数");
            row(s, 1, "市役所", 10);
            row(s, 2, "市民会館", 20);
            Drawing<?> d = s.createDrawingPatriarch();
            CreationHelper ch = wb.getCreationHelper();
            int pic = wb.addPicture(PNG, Workbook.PICTURE_TYPE_PNG);
            ClientAnchor a = ch.createClientAnchor();
            a.setCol1(4);
            a.setRow1(1);
            d.createPicture(a, pic);
            ClientAnchor ca = ch.createClientAnchor();
            ca.setCol1(2);
            ca.setRow1(2);
            ca.setCol2(4);
            ca.setRow2(5);
            Comment c = d.createCellComment(ca);
            c.setString(ch.createRichTextString("人数は推計"));
            s.getRow(2).getCell(1).setCellComment(c);
        });
        m.put("cells", wb -> {
            Sheet s = wb.createSheet("一覧");
            header(s, "名称", "住所", "人口");
            row(s, 1, "第①会議室", "東京都千代田区", 1200);
            row(s, 2, "市民会館", "東京都\n千代田区", "1500");
            row(s, 3, "図書館 ", "東京都千代田区", 980);
            row(s, 4, "体育館", "東京都千代田区", 700);
            row(s, 5, "公民館", "東京都千代田区", 650);
        });
        m.put("two-tables", wb -> {
            Sheet s = wb.createSheet("統計");
            header(s, "地区", "人口");
            row(s, 1, "北", 1200);
            row(s, 2, "南", 980);
            row(s, 4, "地区", "事業所数");
            row(s, 5, "北", 35);
            row(s, 6, "南", 28);
        });
        m.put("title-rows", wb -> {
            Sheet s = wb.createSheet("人口");
            row(s, 0, "令和6年度 地区別人口");
            row(s, 1, "（単位：人）");
            row(s, 3, "地区", "人口", "世帯数");
            row(s, 4, "北", 1200, 540);
            row(s, 5, "南", 980, 410);
            row(s, 7, "※ 住民基本台帳による");
        });
        m.put("header-after-notes", XlsxFixtures::headerAfterNotes);
        m.put("header-after-notes-set", XlsxFixtures::headerAfterNotes);
        m.put("two-row-header", wb -> {
            // a 人数 group merged over 総数/うち男/うち女, 区名 and 世帯数 merged down two rows, and
            // ward subtotals and a grand total among the data, as statistics workbooks are made
            Sheet s = wb.createSheet("区別人口");
            row(s, 0, "区名", "人数", "", "", "世帯数");
            row(s, 1, "", "総数", "うち男", "うち女", "");
            s.addMergedRegion(new CellRangeAddress(0, 0, 1, 3));
            s.addMergedRegion(new CellRangeAddress(0, 1, 0, 0));
            s.addMergedRegion(new CellRangeAddress(0, 1, 4, 4));
            row(s, 2, "東区 箱崎", 1200, 590, 610, 540);
            row(s, 3, "東区 馬出", 980, 470, 510, 410);
            row(s, 4, "＊東区計＊", 2180, 1060, 1120, 950);
            row(s, 5, "博多区 祇園町", 700, 340, 360, 300);
            row(s, 6, "博多区 博多駅前", 1500, 760, 740, 600);
            row(s, 7, "＊博多区計＊", 2200, 1100, 1100, 900);
            row(s, 8, "合計", 4380, 2160, 2220, 1850);
        });
        m.put("numbers-as-text", wb -> {
            // Excel's "number stored as text": once for the 利用者数 column; the code columns
            // (zero-padded ID, 郵便番号, fixed-width 施設CD) are not numbers
            Sheet s = wb.createSheet("施設");
            header(s, "施設ID", "施設CD", "郵便番号", "名称", "利用者数", "定員");
            String[][] rows = {
                {"0012", "1001", "8120011", "中央図書館", "1520", "300"},
                {"0013", "1002", "8120012", "東図書館", "980", "120"},
                {"0014", "1003", "8120013", "西図書館", "1105", "150"},
                {"0015", "1004", "8120014", "南図書館", "870", "100"},
            };
            for (int i = 0; i < rows.length; i++) {
                Row r = s.createRow(i + 1);
                for (int c = 0; c < 5; c++) {
                    r.createCell(c).setCellValue(rows[i][c]); // stored as text
                }
                r.createCell(5).setCellValue(Double.parseDouble(rows[i][5]));
            }
        });
        m.put("lost-zeros", wb -> {
            // codes typed into number cells: Excel drops their leading zeros (L3-06)
            Sheet s = wb.createSheet("施設");
            header(s, "名称", "電話番号", "郵便番号", "署コード");
            row(s, 1, "本庁舎", "096-328-2018", "860-8601", "059");
            row(s, 2, "北支所", 963282018, 8600001, "078");
            row(s, 3, "東支所", "0963-11-2222", 600001, "112");
            row(s, 4, "西支所", 9012345678L, "060-0001", 59);
            row(s, 5, "南支所", "096-300-1000", 12345, "003");
            row(s, 6, "中央支所", "096-300-1001", "862-0950", "045");
        });
        return m;
    }

    /**
     * Rows 1–3 are a title (merged across the table) and two note rows that are as wide as half the
     * table; row 4 is the header; numbers below. Positional detection took row 2 as the header.
     */
    private static void headerAfterNotes(XSSFWorkbook wb) {
        Sheet s = wb.createSheet("年齢別人口");
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        row(s, 0, "令和6年4月1日現在 年齢別人口");
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
        row(s, 1, "作成日", "", "", "単位", "人");
        s.getRow(1).createCell(1).setCellValue(LocalDate.of(2024, 4, 1));
        s.getRow(1).getCell(1).setCellStyle(date);
        row(s, 2, "出典", "住民基本台帳", "", "担当", "市民課");
        row(s, 3, "年齢", "総数", "男", "女", "前年比");
        for (int age = 0; age < 8; age++) {
            row(s, 4 + age, age, 300 + age, 150 + age, 150, 0.98 + age / 100.0);
        }
        row(s, 12, "計", 2428, 1228, 1200, 1.01);
    }

    static Path write(Path dir, String name, Consumer<XSSFWorkbook> content) throws IOException {
        Path f = dir.resolve(name + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            content.accept(wb);
            wb.write(out);
        }
        return f;
    }

    static void header(Sheet s, String... names) {
        row(s, 0, (Object[]) names);
    }

    static void row(Sheet s, int index, Object... values) {
        Row r = s.getRow(index) == null ? s.createRow(index) : s.getRow(index);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof Number n) {
                r.createCell(i).setCellValue(n.doubleValue());
            } else if (v != null && !"".equals(v)) {
                r.createCell(i).setCellValue(v.toString());
            } else {
                r.createCell(i);
            }
        }
    }
}
