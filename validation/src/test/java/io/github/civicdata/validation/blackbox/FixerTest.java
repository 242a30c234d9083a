package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.civicdata.core.Messages;
import io.github.civicdata.validation.FixOutputs;
import io.github.civicdata.validation.FixResult;
import io.github.civicdata.validation.FixTransformation;
import io.github.civicdata.validation.Fixer;
import io.github.civicdata.validation.Validator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixer's transformations one by one (before and after, as docs/fix.md shows them), what it
 * never changes, its refusals ({@code fix.refused}), the choice of a table, the second pass when a
 * decision made from the first rows turns out wrong, and its options. Every case is also audited
 * ({@link FixAudit}): rows and values accounted for, and what remains in the output logged.
 */
class FixerTest {

    private static final Validator VALIDATOR = Validator.builder().maxFindingsPerColumn(0).build();

    @TempDir
    Path dir;

    private int n;

    private FixAudit fix(String csv, Fixer fixer) throws IOException {
        return fix(csv.getBytes(StandardCharsets.UTF_8), "t.csv", fixer);
    }

    private FixAudit fix(byte[] bytes, String name, Fixer fixer) throws IOException {
        Path d = Files.createDirectories(dir.resolve("case" + n++));
        Path in = d.resolve(name);
        Files.write(in, bytes);
        FixAudit a = FixAudit.of(in, fixer, d).validate(VALIDATOR);
        assertThat(a.violations).as("audit").isEmpty();
        return a;
    }

    /** Fixes the output of {@code a} again and asserts that the same bytes come out; the second audit. */
    private FixAudit fixAgain(FixAudit a) throws IOException {
        FixAudit again = fix(Files.readAllBytes(a.output), "again.csv", DEFAULT);
        assertThat(Files.readAllBytes(again.output)).as("fix(fix(x)) == fix(x)")
                .isEqualTo(Files.readAllBytes(a.output));
        return again;
    }

    private static String out(FixAudit a) throws IOException {
        return Files.readString(a.output, StandardCharsets.UTF_8);
    }

    private static List<String> actions(FixAudit a) {
        List<String> l = new ArrayList<>();
        for (JsonNode e : a.log) {
            l.add(e.path("transformation").asText() + " " + e.path("action").asText() + " "
                    + e.path("before").asText("") + " -> " + e.path("after").asText(""));
        }
        return l;
    }

    private static final Fixer DEFAULT = Fixer.builder().build();

    // ------------------------------------------------------------------ structure

    @Test
    void titleRowsAndNotesGoToTheSidecarBlankRowsAreRemoved() throws IOException {
        FixAudit a = fix("施設一覧（令和6年4月1日現在）\n\n名称,人数\n北館,10\n\n南館,20\n\n※ 速報値\n出典：市民課\n", DEFAULT);
        assertThat(out(a)).isEqualTo("名称,人数\n北館,10\n南館,20\n");
        assertThat(a.result.rowsNotWritten()).containsEntry("title", 1L).containsEntry("blank", 3L)
                .containsEntry("note", 2L);
        assertThat(a.result.recordsRead()).isEqualTo(a.result.headerRows() + a.result.rowsWritten()
                + a.result.rowsNotWritten().values().stream().mapToLong(Long::longValue).sum());
        assertThat(a.sidecar.path("entries").toString()).contains("施設一覧（令和6年4月1日現在）", "※ 速報値", "出典：市民課");
        assertThat(actions(a)).contains("title-rows moved 施設一覧（令和6年4月1日現在） -> ", "notes moved ※ 速報値 -> ",
                "blank-rows removed  -> ");
    }

    @Test
    void aTwoRowHeaderBecomesOneAndSpacedOutNamesAreJoined() throws IOException {
        FixAudit a = fix("設　置　者,人口,,世帯数\n,男,女,\n北区,10,12,8\n南区,20,21,15\n", DEFAULT);
        assertThat(out(a)).startsWith("設置者,人口_男,人口_女,世帯数\n北区,10,12,8\n");
        assertThat(a.result.headerRows()).isEqualTo(2);
        assertThat(actions(a)).contains("header-rows renamed 男 -> 人口_男", "layout renamed 設　置　者 -> 設置者");
    }

    @Test
    void ofTheLinkDataNameRowsTheUserChoosesWhichIsTheHeader() throws IOException {
        String csv = "#LINK,,\n#lang,ja,\n#property,name,address\n#label,名称,住所\n#object_type_xsd,string,string\n"
                + "1,北館,本町1\n2,南館,本町2\n3,東館,本町3\n";
        assertThat(out(fix(csv, DEFAULT))).isEqualTo("#property,name,address\n1,北館,本町1\n2,南館,本町2\n3,東館,本町3\n");
        FixAudit labels = fix(csv, Fixer.builder().headerRow(4).build());
        assertThat(out(labels)).isEqualTo("#label,名称,住所\n1,北館,本町1\n2,南館,本町2\n3,東館,本町3\n");
        // the other name rows are kept in the sidecar, never dropped
        assertThat(labels.sidecar.path("entries").toString()).contains("#property", "address", "#object_type_xsd");
    }

    @Test
    void totalRowsAndTheRepeatedHeaderGoToTheSidecar() throws IOException {
        FixAudit a = fix("地区,人口,世帯数\n北区,10,8\n南区,20,15\n地区,人口,世帯数\n東区,30,20\n合計,60,43\n", DEFAULT);
        assertThat(out(a)).isEqualTo("地区,人口,世帯数\n北区,10,8\n南区,20,15\n東区,30,20\n");
        assertThat(a.result.rowsNotWritten()).containsEntry("total", 1L).containsEntry("repeated-header", 1L);
    }

    @Test
    void blankColumnsAreRemovedShortRowsPaddedAndCellsBeyondTheHeaderKeptInTheSidecar() throws IOException {
        FixAudit a = fix("名称,人数,\n北館,10,\n南館\n東館,30,,メモ\n", DEFAULT);
        assertThat(out(a)).isEqualTo("名称,人数\n北館,10\n南館,\n東館,30\n");
        assertThat(a.sidecar.path("entries").toString()).contains("extra-cells", "メモ");
        assertThat(actions(a)).contains("blank-columns removed  -> ", "ragged-rows padded  -> ",
                "ragged-rows moved メモ -> ");
    }

    @Test
    void severalTablesAreRefusedUnlessOneIsChosen() throws IOException {
        String csv = "地区,人口,世帯数\n北区,10,8\n南区,20,15\n\n地区,面積\n北区,3.2\n南区,4.1\n";
        FixAudit refused = fix(csv, DEFAULT);
        assertThat(refused.result.refusal()).hasValueSatisfying(f -> {
            assertThat(f.ruleId()).isEqualTo("fix.refused");
            assertThat(f.messageKey()).isEqualTo("fix.refused.several-tables");
            assertThat(Messages.get().localize(f).en()).contains("2 tables", "1: 1–3", "2: 5–7", "--table");
            assertThat(Messages.get().localize(f).ja()).contains("--table");
        });
        FixAudit second = fix(csv, Fixer.builder().table(2).build());
        assertThat(out(second)).isEqualTo("地区,面積\n北区,3.2\n南区,4.1\n");
        assertThat(second.result.rowsNotWritten()).containsEntry("other-table", 3L);
        assertThat(second.sidecar.path("entries").toString()).contains("other-table", "北区", "15");
        FixAudit missing = fix(csv, Fixer.builder().table(3).build());
        assertThat(missing.result.refusal().orElseThrow().messageKey()).isEqualTo("fix.refused.no-table");
    }

    @Test
    void aValueLongerThanTheLimitsIsNeverWrittenCut() throws IOException {
        FixAudit a = fix("名称,備考\n北館," + "あ".repeat(200) + "\n", Fixer.builder().maxFieldLength(100).build());
        assertThat(a.result.refusal().orElseThrow().messageKey()).isEqualTo("fix.refused.limit");
        assertThat(Messages.get().localize(a.result.refusal().get()).en()).contains("maxFieldLength");
    }

    @Test
    void filesThatAreNoTableAreRefused() throws IOException {
        FixAudit pdf = fix("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), "a.pdf", DEFAULT);
        assertThat(pdf.result.refusal().orElseThrow().messageKey()).isEqualTo("fix.refused.format");
        FixAudit empty = fix("\n\n", DEFAULT);
        assertThat(empty.result.refusal().orElseThrow().messageKey()).isEqualTo("fix.refused.empty");
    }

    // ------------------------------------------------------------------ values

    @Test
    void layoutKanaAndMachineDependentCharacters() throws IOException {
        FixAudit a = fix("名称,名称_カナ,備考\n 北館  ,ﾌｧｰｽﾄｾﾝﾀｰ,㈱ひかり　第②\n南館,ｱｰ5,ビル−3\n", DEFAULT);
        assertThat(out(a)).isEqualTo("名称,名称_カナ,備考\n北館,ファーストセンター,(株)ひかり　第2\n南館,ｱｰ5,ビル−3\n");
        // what the validator has no suggestion for stays, logged for a person
        assertThat(actions(a)).contains("halfwidth-kana unfixable ｱｰ5 -> ", "machine-dependent unfixable ビル−3 -> ");
    }

    @Test
    void fullWidthLettersAndDigitsBecomeHalfWidthJapanesePunctuationStays() throws IOException {
        FixAudit a = fix("名称,住所\nＡＥＤ（１号機）,本町１．５丁目\n", DEFAULT);
        assertThat(out(a)).isEqualTo("名称,住所\nAED（1号機）,本町1.5丁目\n");
    }

    @Test
    void numbersLoseSeparatorsUnitsAndTriangles() throws IOException {
        FixAudit a = fix("地区,金額,人口（千人）,増減\n北,\"1,234円\",3千人,△5\n南,500円,12,▲12\n東,980円,4,X\n西,約300円,5,0\n",
                DEFAULT);
        assertThat(out(a)).isEqualTo("地区,金額（円）,人口（千人）,増減\n北,1234,3,-5\n南,500,12,-12\n東,980,4,X\n西,約300円,5,0\n");
        assertThat(actions(a)).contains("numbers renamed 金額 -> 金額（円）", "numbers unfixable 約300円 -> ");
        assertThat(a.sidecar.path("table").path("columns").get(1).path("unit").asText()).isEqualTo("円");
        assertThat(a.sidecar.path("table").path("columns").get(3).path("marks").path("X").asInt()).isEqualTo(1);
    }

    @Test
    void aUnitMovedIntoTheNameIsSpelledAsTheFixedValuesAreAndASecondFixChangesNothing() throws IOException {
        // the values lose ㎡ after machine-dependent made it m2: the name must not get ㎡ back (L1-08)
        FixAudit a = fix("地区,面積\n北,120㎡\n南,85㎡\n東,200\n", DEFAULT);
        assertThat(out(a)).isEqualTo("地区,面積（m2）\n北,120\n南,85\n東,200\n");
        assertThat(actions(fixAgain(a))).isEmpty();
    }

    @Test
    void aColumnWhoseNameIsOnlyAnInvisibleCharacterAndWhichHoldsNothingIsRemovedAtOnce() throws IOException {
        // the layout fix empties the name (U+200B): the column has neither name nor value, as a second fix would see
        FixAudit a = fix("名称,\u200B,住所\n市役所,,本町1\n図書館,,新町2\n", DEFAULT);
        assertThat(out(a)).isEqualTo("名称,住所\n市役所,本町1\n図書館,新町2\n");
        assertThat(actions(a)).contains("blank-columns removed  -> ");
        assertThat(actions(fixAgain(a))).isEmpty();
    }

    @Test
    void aOneColumnTableWhoseValuesHoldSemicolonsIsWrittenSoThatItReadsBackAsOneColumn() throws IOException {
        // unquoted, 単身;単身世帯 would be read back as two columns split at the semicolon
        FixAudit a = fix("区分\n単身;単身世帯\n夫婦のみ;複数人世帯\nその他\n注：数値は概数\n", DEFAULT);
        assertThat(out(a)).isEqualTo("区分\n\"単身;単身世帯\"\n\"夫婦のみ;複数人世帯\"\nその他\n");
        assertThat(actions(fixAgain(a))).isEmpty();
    }

    @Test
    void aTableWithoutHeaderKeepsEveryRowInTheTableAndASecondFixChangesNothing() throws IOException {
        // 須屋,合志市 is the one row whose values do not come again below it: it is no header, and the
        // rows above it are data, not titles to move to the sidecar
        String csv = "北区,熊本市\n中央区,熊本市\n東区,熊本市\n須屋,合志市\n西区,熊本市\n南区,熊本市\n";
        FixAudit a = fix(csv, DEFAULT);
        assertThat(out(a)).isEqualTo(csv);
        assertThat(actions(a)).noneMatch(x -> x.startsWith("title-rows"));
        fixAgain(a);
    }

    @Test
    void datesBecomeIsoTimesArePaddedAndAmbiguousDatesStay() throws IOException {
        FixAudit a = fix("名称,開設日,開始時間\n北,令和5年4月1日,9:00\n南,2023/4/5,10:30\n東,4/5/2023,8:15\n西,未定,9:45\n"
                + "中,H31.4.1,9:00\n", DEFAULT);
        assertThat(out(a)).isEqualTo("名称,開設日,開始時間\n北,2023-04-01,09:00\n南,2023-04-05,10:30\n東,4/5/2023,08:15\n"
                + "西,未定,09:45\n中,2019-04-01,09:00\n");
        assertThat(actions(a)).contains("dates unfixable 4/5/2023 -> ", "dates unfixable 未定 -> ");
    }

    @Test
    void dittoMarksTakeTheValueAbove() throws IOException {
        FixAudit a = fix("区分,名称\n公立,北館\n〃,南館\n同上,東館\n", DEFAULT);
        assertThat(out(a)).isEqualTo("区分,名称\n公立,北館\n公立,南館\n公立,東館\n");
    }

    @Test
    void latitudeAndLongitudeInOneCellBecomeTwoColumns() throws IOException {
        FixAudit a = fix("名称,位置\n北館,\"35.63,139.57\"\n南館,\"139.58,35.64\"\n東館,\n", DEFAULT);
        assertThat(out(a)).isEqualTo("名称,緯度,経度\n北館,35.63,139.57\n南館,35.64,139.58\n東館,,\n");
        FixAudit beside = fix("名称,緯度,経度\n北館,\"35.63,139.57\",\n南館,35.64,139.58\n", DEFAULT);
        assertThat(out(beside)).isEqualTo("名称,緯度,経度\n北館,35.63,139.57\n南館,35.64,139.58\n");
    }

    @Test
    void regionCodesGetTheirCheckDigitButAWrongOneStays() throws IOException {
        FixAudit a = fix("全国地方公共団体コード,名称\n13219,狛江市\n132196,狛江市\n１３２１９５,狛江市\n", DEFAULT);
        assertThat(out(a)).isEqualTo("全国地方公共団体コード,名称\n132195,狛江市\n132196,狛江市\n132195,狛江市\n");
        assertThat(actions(a)).contains("codes unfixable 132196 -> ");
    }

    @Test
    void formulaLookingCellsAreDefusedWithTheProjectsOnePolicy() throws IOException {
        FixAudit a = fix("名称,金額,備考\n北館,-5,\"=HYPERLINK(\"\"x\"\")\"\n南館,-,@SUM(A1)\n", DEFAULT);
        assertThat(out(a)).isEqualTo("名称,金額,備考\n北館,-5,\"'=HYPERLINK(\"\"x\"\")\"\n南館,-,'@SUM(A1)\n");
        assertThat(actions(a)).contains("formulas defused =HYPERLINK(\"x\") -> '=HYPERLINK(\"x\")");
        // fixing the output again changes nothing
        fixAgain(a);
    }

    @Test
    void lineBreaksStayUnlessJoinLinesIsAsked() throws IOException {
        String csv = "名称,備考\n北館,\"月曜日\n（祝日を除く）\"\n";
        assertThat(out(fix(csv, DEFAULT))).isEqualTo("名称,備考\n北館,\"月曜日\n（祝日を除く）\"\n");
        assertThat(out(fix(csv, Fixer.builder().enable("join-lines").build()))).isEqualTo("名称,備考\n北館,月曜日 （祝日を除く）\n");
    }

    @Test
    void duplicateNamesStayUnlessUniqueHeadersIsAsked() throws IOException {
        String csv = "名称,備考,備考,人数\n北館,a,b,1\n南館,c,d,2\n";
        assertThat(out(fix(csv, DEFAULT))).startsWith("名称,備考,備考,人数\n");
        assertThat(out(fix(csv, Fixer.builder().enable("unique-headers").build()))).startsWith("名称,備考,備考_2,人数\n");
    }

    @Test
    void numericColumnsAreDecidedByTheDataRowsAloneRepeatedHeadersDoNotCount() throws IOException {
        // found by FixProperties: the validator's column profile also counts the repeated header
        // rows, so 金額 (3 of 7 values with 円) was text in the input but numeric in the output, and
        // fixing the output moved the unit; NO was numeric but not strongly so, and 合計 was not logged
        String csv = "NO,金額,人数\n1,832031,303\n2,1853365,295\n3,756929円,393\nNO,金額,人数\n4,1397324円,225\n"
                + "NO,金額,人数\n5,46723円,X\n";
        FixAudit a = fix(csv, DEFAULT);
        assertThat(out(a)).startsWith("NO,金額（円）,人数\n").contains("\n3,756929,393\n");
        fixAgain(a);
        StringBuilder rows = new StringBuilder("NO,名称,備考\n");
        for (int i = 1; i <= 13; i++) {
            rows.append(i).append(",館").append(i).append(",x\n").append(i % 5 == 0 ? "NO,名称,備考\n" : "");
        }
        FixAudit total = fix(rows.append("合計,,\n").toString(), DEFAULT);
        assertThat(actions(total)).contains("numbers unfixable 合計 -> ");
    }

    // ------------------------------------------------------------------ templates

    @Test
    void aTemplateRenamesOrdersAndAddsColumns() throws IOException {
        FixAudit a = fix("名称,都道府県コード又は市区町村コード,ＮＯ,電話番号,開始時間\n北館,132195,1,03(3430)0001,9:00\n",
                Fixer.builder().template("aed@2021-suisho").build());
        String header = out(a).lines().findFirst().orElseThrow();
        assertThat(header).startsWith("都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,");
        // optional and recommended columns are added empty; a missing required column is for a person
        assertThat(actions(a)).anyMatch(x -> x.startsWith("template-columns added"))
                .anyMatch(x -> x.startsWith("template-columns reordered"))
                .anyMatch(x -> x.startsWith("template-columns unfixable"))
                .contains("fullwidth renamed ＮＯ -> NO", "dates changed 9:00 -> 09:00",
                        "template-formats changed 03(3430)0001 -> 03-3430-0001");
        assertThat(header.split(",").length + a.log.stream().filter(e -> e.path("action").asText()
                .equals("unfixable") && e.path("rule").asText().equals("template.missing-column")).count())
                .isEqualTo(22);
    }

    // ------------------------------------------------------------------ passes, options

    @Test
    void aDecisionMadeFromTheFirstRowsThatTheRestContradictsIsCorrectedInASecondPass() throws IOException {
        StringBuilder sb = new StringBuilder("名称,金額,\n");
        for (int i = 0; i < 1500; i++) {
            sb.append("館").append(i).append(',').append(i).append(i < 1200 ? "," : "円,").append('\n');
        }
        sb.append("最後,5,メモ\n");
        FixAudit a = fix(sb.toString(), DEFAULT);
        assertThat(a.result.passes()).isEqualTo(2);
        assertThat(out(a)).startsWith("名称,金額（円）,\n館0,0,\n").contains("\n館1300,1300,\n").endsWith("最後,5,メモ\n");
    }

    @Test
    void skipAndOnlyChooseTransformations() throws IOException {
        String csv = "題名\n名称,開設日\n 北館 ,令和5年4月1日\n";
        assertThat(out(fix(csv, Fixer.builder().skip("L3-05").build()))).isEqualTo("名称,開設日\n北館,令和5年4月1日\n");
        assertThat(out(fix(csv, Fixer.builder().only("dates").build()))).isEqualTo("題名\n名称,開設日\n 北館 ,2023-04-01\n");
        assertThatThrownBy(() -> Fixer.builder().skip("formulas").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fixer.builder().only("nonsense").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nonsense");
        assertThat(FixTransformation.find("L1-08")).containsExactly(FixTransformation.HALFWIDTH_KANA,
                FixTransformation.MACHINE_DEPENDENT);
        assertThat(FixTransformation.find("1-11")).containsExactly(FixTransformation.DATES);
        assertThat(FixTransformation.DATES.covers("L3-05", "L3-05.wareki")).isTrue();
        assertThat(FixTransformation.NOTES.covers("L1-04", "L1-04.side-notes")).isFalse();
    }

    @Test
    void bomAndCrlfOnlyWhenAskedADryRunWritesOnlyTheLog() throws IOException {
        String csv = "名称,人数\n北館,１０\n";
        Path in = dir.resolve("in.csv");
        Files.writeString(in, csv, StandardCharsets.UTF_8);
        Path out = dir.resolve("out.csv");
        Fixer.builder().bom(true).crlf(true).build().fix(in, FixOutputs.builder().table(out).build());
        assertThat(Files.readAllBytes(out)).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("\uFEFF名称,人数\r\n北館,10\r\n");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        FixResult dry = DEFAULT.fix(in, FixOutputs.builder().changes(() -> log, FixOutputs.LogFormat.CSV)
                .locale(Locale.JAPANESE).build());
        assertThat(dry.rowsWritten()).isEqualTo(1);
        String text = log.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFfile,line,row,column,header,rule,transformation,action,before,after,reason,count")
                .contains("１０,10");
    }

    @Test
    void shiftJisInputBecomesUtf8() throws IOException {
        FixAudit a = fix("名称,人数\n髙島屋,10\n".getBytes(Charset.forName("windows-31j")), "sjis.csv", DEFAULT);
        assertThat(a.result.encoding()).isEqualTo("CP932");
        assertThat(out(a)).isEqualTo("名称,人数\n髙島屋,10\n");
        assertThat(actions(a)).contains("machine-dependent unfixable 髙島屋 -> ");
    }
}
