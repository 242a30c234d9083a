package io.github.civicdata.examples.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixer examples run on the bundled data (tests run in the examples module directory). */
class FixExamplesTest {

    @Test
    void theShiftJisExportIsFixedIntoTheTemplateAndOnlyWhatNeedsAPersonRemains(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Report r = FixExcelExport.run(Path.of("data", "validation", "aed_defects_sjis.csv"), dir,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("CP932 -> UTF-8", "5 data rows",
                "132195,1,東京都,狛江市,みどり台市民センター,ミドリダイシミンセンター,東京都狛江市和泉本町1丁目1番1号");
        // what the fixer cannot decide: two extension numbers in one cell, 24:00, a duplicate NO, a missing 設置位置
        assertThat(r.findings()).extracting(Finding::messageKey).containsExactlyInAnyOrder("L1-07",
                "format.time-hhmm.24", "unique-error", "constraint-error.required");
        assertThat(Files.readString(dir.resolve("aed_changes.csv"), StandardCharsets.UTF_8))
                .contains("平成31年4月1日,2019-04-01").contains("13219,132195");
        assertThat(Files.readString(dir.resolve("aed_sidecar.json"), StandardCharsets.UTF_8))
                .contains("令和6年度 AED設置箇所一覧（狛江市）", "出典：狛江市（架空のデータ）");
    }

    @Test
    void theWorkbookWithATitleBlockMergedCellsAndWarekiBecomesACleanTable(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Report r = FixWorkbookExample.run(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(Files.readAllLines(dir.resolve("kominkan.csv"), StandardCharsets.UTF_8)).containsExactly(
                "地区,名称,開館日,定員,利用料（円）",
                "北部,北部公民館,1980-04-01,120,1200",
                "北部,ひばり台公民館,2002-04-01,80,800",
                "南部,南部公民館,1991-10-01,150,1500",
                "南部,みなと公民館,2020-04-01,60,600");
        assertThat(r.findings()).isEmpty();
        assertThat(Files.readString(dir.resolve("kominkan_sidecar.json"), StandardCharsets.UTF_8))
                .contains("令和6年度 公民館一覧（青葉台市）", "A5:A6 filled", "※ 利用料は1時間あたり");
        assertThat(Files.readString(dir.resolve("kominkan_changes.csv"), StandardCharsets.UTF_8))
                .contains("=D5*10,1200").contains("昭和55年4月1日,1980-04-01");
    }
}
