package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.validation.FixTransformation;
import io.github.civicdata.validation.Fixer;
import io.github.civicdata.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fixing a workbook as offices save them (made with POI here): a title block, a header, a key
 * column merged vertically, a remark merged across two cells, 和暦 written as text and a date
 * shown in an era format, a formula with its cached value, a hidden row and a hidden column,
 * a note under the data; and the choice of the sheet.
 */
class FixXlsxTest {

    static void office(XSSFWorkbook wb) {
        wb.createSheet("メモ");
        Sheet s = wb.createSheet("AED一覧");
        CellStyle era = wb.createCellStyle();
        era.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("[$-ja-JP]ggge\"年\"m\"月\"d\"日\""));
        XlsxFixtures.row(s, 0, "令和6年度 AED設置箇所一覧");
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
        XlsxFixtures.row(s, 1, "作成：狛江市 健康推進課");
        XlsxFixtures.row(s, 3, "地区", "名称", "設置日", "台数", "金額（円）", "備考");
        Object[][] data = {
            {"北部", "みどり台市民センター", "令和5年4月1日", 2, null, "1階受付横"},
            {"", "さくら公園管理棟", "平成31年4月1日", 1, null, ""},
            {"", "第２図書館", null, 1, null, "2階"},
            {"南部", "あおば総合体育館", "令和元年5月1日", 3, null, ""},
            {"", "ゆうゆう児童館　", "R5.10.2", 1, null, "休館日あり"},
        };
        for (int i = 0; i < data.length; i++) {
            XlsxFixtures.row(s, 4 + i, data[i]);
            Row r = s.getRow(4 + i);
            r.createCell(4).setCellFormula("D" + (5 + i) + "*150000");
            r.getCell(4).setCellValue(((Number) data[i][3]).doubleValue() * 150_000);
        }
        s.getRow(6).createCell(2).setCellValue(LocalDate.of(2023, 4, 1));
        s.getRow(6).getCell(2).setCellStyle(era);
        s.addMergedRegion(new CellRangeAddress(4, 6, 0, 0));
        s.addMergedRegion(new CellRangeAddress(7, 8, 0, 0));
        s.addMergedRegion(new CellRangeAddress(8, 8, 5, 6)); // a remark over two cells
        s.getRow(8).setZeroHeight(true);
        s.setColumnHidden(5, true);
        XlsxFixtures.row(s, 10, "※ 令和6年4月1日現在");
    }

    @Test
    void anOfficeWorkbookBecomesOneCleanTable(@TempDir Path dir) throws IOException {
        Path book = XlsxFixtures.write(dir, "aed", FixXlsxTest::office);
        FixAudit a = FixAudit.of(book, Fixer.builder().sheet("AED一覧").build(), Files.createDirectories(dir.resolve("o")))
                .validate(Validator.builder().maxFindingsPerColumn(0).build());
        assertThat(a.result.refused()).as(a.result.toString()).isFalse();
        assertThat(a.violations).isEmpty();
        assertThat(a.result.sheet()).hasValue("AED一覧");
        List<String> lines = Files.readAllLines(a.output);
        assertThat(lines).containsExactly(
                "地区,名称,設置日,台数,金額（円）,備考",
                "北部,みどり台市民センター,2023-04-01,2,300000,1階受付横",
                "北部,さくら公園管理棟,2019-04-01,1,150000,",
                "北部,第2図書館,2023-04-01,1,150000,2階",
                "南部,あおば総合体育館,2019-05-01,3,450000,",
                "南部,ゆうゆう児童館,2023-10-02,1,150000,休館日あり");
        assertThat(a.result.rowsNotWritten()).containsEntry("title", 2L).containsEntry("note", 1L);
        assertThat(a.result.changes()).containsKeys(FixTransformation.MERGED_CELLS, FixTransformation.DATES,
                FixTransformation.FORMULAS, FixTransformation.LAYOUT, FixTransformation.FULLWIDTH);
        List<String> actions = new ArrayList<>();
        a.log.forEach(e -> actions.add(e.path("action").asText() + " " + e.path("rule").asText() + " "
                + e.path("before").asText("") + " -> " + e.path("after").asText("")));
        assertThat(actions).contains("formula L2-06 =D5*150000 -> 300000", "filled L1-12  -> 北部",
                "kept L1-13  -> ", "changed L3-05 令和5年4月1日 -> 2023-04-01");
        assertThat(actions).anyMatch(x -> x.startsWith("unfixable L1-12 F9:G9"));
        assertThat(actions).anyMatch(x -> x.startsWith("kept L1-13 F"));
        assertThat(a.sidecar.path("entries").toString()).contains("令和6年度 AED設置箇所一覧", "A5:A7 filled",
                "F9:G9 left", "※ 令和6年4月1日現在");
        assertThat(a.remaining).noneMatch(r -> r.why().startsWith("no transformation") && r.finding().ruleId()
                .startsWith("L"));
    }

    @Test
    void theFirstVisibleSheetByDefaultAndAnUnknownSheetIsRefused(@TempDir Path dir) throws IOException {
        Path book = XlsxFixtures.write(dir, "aed", FixXlsxTest::office);
        FixAudit first = FixAudit.of(book, Fixer.builder().build(), Files.createDirectories(dir.resolve("a")));
        assertThat(first.result.sheet()).hasValue("メモ");
        assertThat(first.result.refusal().orElseThrow().messageKey()).isEqualTo("fix.refused.empty");
        FixAudit none = FixAudit.of(book, Fixer.builder().sheet("ない").build(), Files.createDirectories(dir.resolve("b")));
        assertThat(none.result.refusal().orElseThrow().messageKey()).isEqualTo("fix.refused.no-sheet");
        assertThat(none.result.refusal().orElseThrow().arguments()).containsExactly("ない", "メモ, AED一覧");
    }
}
