package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.civicdata.validation.Fixer;
import io.github.civicdata.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Classes of input whose fix was not a fixed point (a second fix changed it): decisions made on
 * the values or rows as read that the values or rows as fixed contradict. Each case is fixed,
 * audited ({@link FixAudit}), fixed again and compared byte for byte.
 */
class FixIdempotenceTest {

    private static final Validator VALIDATOR = Validator.builder().maxFindingsPerColumn(0).build();
    private static final Fixer FIXER = Fixer.builder().build();

    @TempDir
    Path dir;

    private int n;

    private FixAudit fix(String csv) throws IOException {
        return fix(csv.getBytes(StandardCharsets.UTF_8), "t.csv");
    }

    private FixAudit fix(byte[] bytes, String name) throws IOException {
        Path d = Files.createDirectories(dir.resolve("case" + n++));
        Path in = d.resolve(name);
        Files.write(in, bytes);
        FixAudit a = FixAudit.of(in, FIXER, d).validate(VALIDATOR);
        assertThat(a.violations).as("audit").isEmpty();
        return a;
    }

    /** Fixes the output again: the same bytes, and no change logged. */
    private void fixedPoint(FixAudit a) throws IOException {
        FixAudit again = fix(Files.readAllBytes(a.output), "again.csv");
        assertThat(Files.readAllBytes(again.output)).as("fix(fix(x)) == fix(x)").isEqualTo(Files.readAllBytes(a.output));
        assertThat(again.result.totalChanges()).as("changes of the second fix").isZero();
    }

    private static String out(FixAudit a) throws IOException {
        return Files.readString(a.output, StandardCharsets.UTF_8);
    }

    private static List<String> actions(FixAudit a) {
        List<String> l = new ArrayList<>();
        for (JsonNode e : a.log) {
            l.add(e.path("transformation").asText() + " " + e.path("action").asText() + " " + e.path("before").asText(""));
        }
        return l;
    }

    @Test
    void aColumnThatIsNumericOnlyOnceItsValuesAreFixedIsPlannedAsNumericAtOnce() throws IOException {
        // as read, 〃, ③ and ⑦ are no numbers (7 of 12 values are: not numeric); fixed, they are 2, 3, 7
        // (11 of 12): the second reading found the column numeric and turned △8 into -8
        FixAudit a = fix("番号,名称,人数\n1,北館,10\n2,南館,20\n〃,東館,5\n③,西館,7\n〃,中館,8\n6,本館,9\n⑦,別館,3\n"
                + "△8,新館,4\n9,旧館,2\n10,分館,1\n11,支所,6\n本館,出張所,2\n");
        assertThat(out(a)).isEqualTo("番号,名称,人数\n1,北館,10\n2,南館,20\n2,東館,5\n3,西館,7\n3,中館,8\n6,本館,9\n"
                + "7,別館,3\n-8,新館,4\n9,旧館,2\n10,分館,1\n11,支所,6\n本館,出張所,2\n");
        assertThat(actions(a)).contains("numbers changed △8");
        fixedPoint(a);
    }

    @Test
    void aColumnThatHoldsCoordinatePairsOnlyOnceItsValuesAreFixedIsSplitAtOnce() throws IOException {
        // as read, one of three values is a pair (the others have a U+200B in them): not a coordinate
        // column; fixed, all three are, which the second reading split into 緯度 and 経度
        FixAudit a = fix("名称,位置\n北館,\"35.63,139.57\"\n南館,\"35.64\u200B,139.58\"\n東館,\"35.65,\u200B139.59\"\n");
        assertThat(out(a)).isEqualTo("名称,緯度,経度\n北館,35.63,139.57\n南館,35.64,139.58\n東館,35.65,139.59\n");
        fixedPoint(a);
    }

    @Test
    void aLatitudeCellThatIsAPairOnlyOnceFixedIsSplitIntoTheEmptyLongitudeAtOnce() throws IOException {
        FixAudit a = fix("名称,緯度,経度\n北館,\"35.62\u200B9812,139.573301\",\n南館,35.1,139.2\n");
        assertThat(out(a)).isEqualTo("名称,緯度,経度\n北館,35.629812,139.573301\n南館,35.1,139.2\n");
        assertThat(actions(a)).contains("coordinates split 35.62\u200B9812,139.573301");
        fixedPoint(a);
    }

    @Test
    void aDittoMarkAloneInTheLastRowBecomesAKeyOnlyRowThatStaysARecord() throws IOException {
        // 同上 is filled with S002; a row holding only S002 is what the validator takes for a note below
        // the data: the fixer keeps it as a record both times, and logs it for a person
        FixAudit a = fix("ID,名称,住所,人数\nS001,北館,本町1,10\nS002,南館,本町2,20\n同上\n");
        assertThat(out(a)).isEqualTo("ID,名称,住所,人数\nS001,北館,本町1,10\nS002,南館,本町2,20\nS002,,,\n");
        assertThat(actions(a)).contains("ditto changed 同上", "notes unfixable S002");
        fixedPoint(a);
    }

    @Test
    void aRowHoldingOnlyAKeyShapedValueBelowTheDataIsARecordAndANoteStaysANote() throws IOException {
        FixAudit a = fix("ID,名称,住所,人数\nS001,北館,本町1,10\nS002,南館,本町2,20\nS003,,,\nサンプル市総務課作成\n");
        assertThat(out(a)).isEqualTo("ID,名称,住所,人数\nS001,北館,本町1,10\nS002,南館,本町2,20\nS003,,,\n");
        assertThat(a.result.rowsWritten()).isEqualTo(3);
        assertThat(a.result.rowsNotWritten()).containsEntry("note", 1L);
        assertThat(actions(a)).contains("notes unfixable S003", "notes moved サンプル市総務課作成");
        fixedPoint(a);
    }

    @Test
    void aHeaderRowWithoutNamesIsRefusedInsteadOfWrittenAsABlankLine() throws IOException {
        // written, " " becomes "" (one column) or "," (two): read again, a blank row, and 13219 the header
        for (String csv : List.of(" \n13219\nabc\n1-2\n", " , \n1,2\n3,4\n", "\u3000\nりんご\nみかん\n")) {
            FixAudit a = fix(csv);
            assertThat(a.result.refusal()).as(csv).hasValueSatisfying(
                    f -> assertThat(f.messageKey()).isEqualTo("fix.refused.blank-header"));
        }
    }

    @Test
    void aHashRowThatRemovedBlankRowsLeaveUnderTheHeaderIsMovedAsMetadataAtOnce() throws IOException {
        // with the blank row, #property… is a data row as read; without it (fixed), a LinkData row under the header
        FixAudit a = fix("男,女\n\n#property女,男\n10,12\n");
        assertThat(out(a)).isEqualTo("男,女\n10,12\n");
        assertThat(a.result.rowsNotWritten()).containsEntry("metadata", 1L).containsEntry("blank", 1L);
        fixedPoint(a);
    }
}
