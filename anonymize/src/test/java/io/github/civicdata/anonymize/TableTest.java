package io.github.civicdata.anonymize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.civicdata.core.internal.BundleCheck;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableTest {

    @TempDir
    Path tmp;

    @Test
    void readsAdultWithDetectedSemicolon() {
        Table t = Adult.table();
        assertThat(t.rowCount()).isEqualTo(30_162);
        assertThat(t.delimiter()).isEqualTo(';');
        assertThat(t.header()).containsExactly("sex", "age", "race", "marital-status", "education", "native-country",
                "workclass", "occupation", "salary-class");
        assertThat(t.distinctValues(0)).containsExactlyInAnyOrder("Male", "Female");
        assertThat(t.value(0, 1)).isEqualTo("39");
    }

    @Test
    void readsUtf8WithBomAndShiftJis() throws Exception {
        String csv = "氏名,住所\r\n山田,熊本市\r\n";
        Path bom = tmp.resolve("bom.csv");
        byte[] body = csv.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(bom, withBom);
        Table a = Table.read(bom, CsvOptions.defaults());
        assertThat(a.header()).containsExactly("氏名", "住所");
        assertThat(a.encoding()).contains("UTF-8");
        Path sjis = tmp.resolve("sjis.csv");
        Files.write(sjis, csv.getBytes(Charset.forName("windows-31j")));
        Table b = Table.read(sjis, CsvOptions.defaults());
        assertThat(b.value(0, 1)).isEqualTo("熊本市");
        assertThat(b.encoding().orElseThrow()).isIn("Shift_JIS", "CP932");
    }

    /** Core's rule ({@code EncodingDetector.open}): a byte-order mark is skipped only where it fits the charset. */
    @Test
    void aBomIsSkippedOnlyWhereItFitsTheDeclaredCharset() throws Exception {
        byte[] body = "氏名,住所\r\n山田,熊本市\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Path f = tmp.resolve("declared.csv");
        Files.write(f, withBom);
        assertThat(Table.read(f, CsvOptions.defaults().withCharset(StandardCharsets.UTF_8)).header())
                .containsExactly("氏名", "住所");
        // in a file said to be Shift_JIS, EF BB BF are not a BOM: read as Shift_JIS, they are invalid
        assertThatThrownBy(() -> Table.read(f, CsvOptions.defaults().withCharset(Charset.forName("windows-31j"))))
                .isInstanceOfSatisfying(AnonymizationException.class,
                        e -> assertThat(e.key()).isEqualTo("anon.input.encoding"));
        Path h = tmp.resolve("hierarchy.csv");
        byte[] levels = "男;*\n女;*\n".getBytes(StandardCharsets.UTF_8);
        byte[] hb = new byte[levels.length + 3];
        System.arraycopy(withBom, 0, hb, 0, 3);
        System.arraycopy(levels, 0, hb, 3, levels.length);
        Files.write(h, hb);
        assertThat(Hierarchy.read(h).generalize("男", 1)).contains("*");
    }

    @Test
    void raggedRowNamesRowAndLine() {
        assertThatThrownBy(() -> Table.read(new StringReader("a,b\n1,2\n3\n"), "x.csv", CsvOptions.defaults()))
                .isInstanceOfSatisfying(AnonymizationException.class, e -> {
                    assertThat(e.kind()).isEqualTo(AnonymizationException.Kind.INPUT);
                    assertThat(e.text().en()).contains("x.csv").contains("row 2").contains("line 3");
                    assertThat(e.text().ja()).contains("x.csv").contains("2 レコード目");
                });
    }

    @Test
    void hugeFieldIsRejected() {
        String big = "x".repeat(100);
        assertThatThrownBy(() -> Table.read(new StringReader("a\n" + big + "\n"), "x.csv",
                CsvOptions.defaults().withMaxFieldLength(50)))
                .isInstanceOfSatisfying(AnonymizationException.class,
                        e -> assertThat(e.text().en()).contains("100 characters").contains("50"));
    }

    @Test
    void writesOriginalHeaderOrderDelimiterAndProtectsFormulas() {
        Table t = Table.read(new StringReader("b;a\n=cmd|' /C calc'!A0;-12\n@SUM(1);+81\n-x;3\n"), "t.csv",
                CsvOptions.defaults());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.write(out, CsvOptions.defaults());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                "b;a\r\n'=cmd|' /C calc'!A0;-12\r\n'@SUM(1);+81\r\n'-x;3\r\n");
        out.reset();
        t.write(out, CsvOptions.defaults().withFormulaProtection(FormulaProtection.ALL));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("'-12").contains("'+81");
        out.reset();
        t.write(out, CsvOptions.defaults().withFormulaProtection(FormulaProtection.NONE));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\r\n=cmd");
    }

    @Test
    void formulaProtectionOfSingleCells() {
        FormulaProtection p = FormulaProtection.EXCEPT_NUMBERS;
        assertThat(p.apply("-1.5e3")).isEqualTo("-1.5e3");
        assertThat(p.apply("-1+1")).isEqualTo("'-1+1");
        assertThat(p.apply("\tx")).isEqualTo("'\tx");
        assertThat(p.apply("\rx")).isEqualTo("'\rx");
        assertThat(p.apply("a=b")).isEqualTo("a=b");
        assertThat(p.apply("")).isEmpty();
    }

    /** Every input line is the header, part of a record or a counted blank line (review of issue 5). */
    @Test
    void countsBlankLinesBeforeBetweenAndAfterRecords() {
        assertThat(blankLines("a,b\r\n1,2\r\n3,4\r\n")).isZero();
        assertThat(blankLines("a,b\n1,2\n3,4")).isZero();
        assertThat(blankLines("\n\na,b\n1,2\n")).isEqualTo(2);
        assertThat(blankLines("a,b\r\n1,2\r\n\r\n\r\n3,4\r\n")).isEqualTo(2);
        assertThat(blankLines("a,b\n1,2\n3,4\n\n\n")).isEqualTo(2);
        assertThat(blankLines("a,b\r1,2\r\r3,4\r\r")).isEqualTo(2);
        // line breaks inside quoted fields are part of the record, not blank lines
        assertThat(blankLines("a,b\n\"x\n\ny\",2\n\n3,\"4\r\n\"\n")).isEqualTo(1);
        assertThat(blankLines("a,b\n1,\"2\n\n\"")).isZero();
        StringBuilder big = new StringBuilder("a,b\n");
        for (int i = 0; i < 50_000; i++) {
            big.append(i).append(",x\n").append(i % 1000 == 0 ? "\n" : "");
        }
        assertThat(blankLines(big + "\n\n")).isEqualTo(50 + 2);
        assertThat(Table.builder(List.of("a")).addRow("1").build().blankLines()).isZero();
    }

    private static long blankLines(String csv) {
        return Table.read(new StringReader(csv), "x.csv", CsvOptions.defaults()).blankLines();
    }

    @Test
    void builderChecksHeader() {
        assertThatThrownBy(() -> Table.builder(List.of("a", "a"))).isInstanceOf(AnonymizationException.class);
        Table t = Table.builder(List.of("a", "b")).addRow("1", "2").addRow("1", "3").build();
        assertThat(t.distinctValues(0)).containsExactly("1");
        assertThat(t.row(1)).containsExactly("1", "3");
    }

    @Test
    void bundleIsComplete() throws Exception {
        assertThat(BundleCheck.problems(AnonymizeMessages.BASE_NAME, getClass().getClassLoader())).isEmpty();
    }
}
