package io.github.civicdata.validation.blackbox;

import io.github.civicdata.core.testing.Golden;
import io.github.civicdata.core.Report;
import io.github.civicdata.validation.Validator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden cases for the Excel rules (L1-10 objects and comments, L1-11 highlighting, L1-12 merged
 * cells, L1-13 hidden rows/columns/sheets, L2-06 formulas) and for the cell rules applied to
 * XLSX: each workbook of {@link XlsxFixtures} is generated, validated, and compared with
 * {@code golden/xlsx/<case>.xlsx.expected.json}. A case named {@code *-set} is validated with the
 * header row stated ({@code headerRow(4)}).
 */
class XlsxGoldenTest {

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> xlsxCases() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, Consumer<XSSFWorkbook>> e : XlsxFixtures.cases().entrySet()) {
            tests.add(DynamicTest.dynamicTest(e.getKey(), () -> {
                Path f = XlsxFixtures.write(dir, e.getKey(), e.getValue());
                Validator.Builder b = Validator.builder();
                if (e.getKey().endsWith("-set")) {
                    b.headerRow(4); // the header row stated (--header-row 4)
                }
                Report r = b.build().validate(f);
                Golden.assertMatches("xlsx/" + e.getKey() + ".xlsx.expected.json", ReportJson.of(r));
            }));
        }
        return tests.stream();
    }
}
