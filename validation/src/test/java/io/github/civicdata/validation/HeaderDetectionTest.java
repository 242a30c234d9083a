package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The header block found in the rows at the head of a table, decided without reporting anything. */
class HeaderDetectionTest {

    private static HeaderDetection.Head detect(long statedRow, String... lines) {
        List<RecordView> rows = Rows.rows(lines);
        return HeaderDetection.detect(rows, Rows.nonEmpty(rows), statedRow, ValueSemantics.NONE, null);
    }

    @Test
    void titleRowsAboveTheHeaderMoveItBelowItsPosition() {
        HeaderDetection.Head h = detect(0, "タイトル,区別人口", "作成日,2024-04-01", "単位,人", "地区,人口,世帯数", "北,1200,540",
                "南,980,410", "東,1500,600");
        assertThat(h.header()).isEqualTo(3);
        assertThat(h.stated()).isFalse();
        assertThat(h.belowPosition()).isTrue();
        assertThat(h.choice().typedColumns()).isEqualTo(2);
        assertThat(h.names()).containsExactly("地区", "人口", "世帯数");
        assertThat(h.dataStart()).isEqualTo(4);
        assertThat(h.second()).isEqualTo(-1);
        assertThat(h.legends()).isEmpty();
    }

    @Test
    void aPlainTableStartsWithItsHeader() {
        HeaderDetection.Head h = detect(0, "地区,人口,世帯数", "北,1200,540", "南,980,410");
        assertThat(h.header()).isZero();
        assertThat(h.belowPosition()).isFalse();
        assertThat(h.metaEnd()).isEqualTo(1);
        assertThat(h.dataStart()).isEqualTo(1);
        assertThat(h.nameRows()).isEmpty();
    }

    @Test
    void aStatedHeaderIsTakenAsItIs() {
        // the window starts at the stated row (rows above it were read as the preamble)
        List<RecordView> rows = List.of(Rows.row(3, "1,2,3"), Rows.row(4, "4,5,6"));
        HeaderDetection.Head h = HeaderDetection.detect(rows, Rows.nonEmpty(rows), 3, ValueSemantics.NONE, null);
        assertThat(h.stated()).isTrue();
        assertThat(h.statedBlank()).isFalse();
        assertThat(h.choice()).isNull();
        assertThat(h.header()).isZero();
        assertThat(h.names()).containsExactly("1", "2", "3");
    }

    @Test
    void aStatedHeaderThatIsBlankIsChosenByEvidenceInstead() {
        List<RecordView> rows = List.of(Rows.row(2, ",,"), Rows.row(3, "地区,人口,世帯数"), Rows.row(4, "北,1200,540"),
                Rows.row(5, "南,980,410"));
        HeaderDetection.Head h = HeaderDetection.detect(rows, Rows.nonEmpty(rows), 2, ValueSemantics.NONE, null);
        assertThat(h.statedBlank()).isTrue();
        assertThat(h.stated()).isFalse();
        assertThat(h.header()).isEqualTo(1);
    }

    @Test
    void aTwoRowHeaderIsJoinedAndGivesOtherNames() {
        HeaderDetection.Head h = detect(0, "区名,人数,,,世帯数", ",総数,うち男,うち女,", "東区,310,150,160,140",
                "博多区,240,120,120,130", "中央区,200,100,100,90");
        assertThat(h.header()).isZero();
        assertThat(h.second()).isEqualTo(1);
        assertThat(h.joined()).isTrue();
        assertThat(h.headerNames()).containsExactly("区名", "人数", "", "", "世帯数");
        assertThat(h.names()).containsExactly("区名", "人数_総数", "人数_うち男", "人数_うち女", "世帯数");
        assertThat(h.nameRows()).hasSize(2);
        assertThat(h.dataStart()).isEqualTo(2);
    }

    @Test
    void theLowerRowOfATwoRowHeaderMovesTheHeaderUp() {
        HeaderDetection.Head h = detect(0, "区別人口,,,,", "区名,人数,,,世帯数", ",総数,うち男,うち女,", "東区,310,150,160,140",
                "博多区,240,120,120,130", "中央区,200,100,100,90");
        assertThat(h.header()).isEqualTo(1);
        assertThat(h.second()).isEqualTo(2);
        assertThat(h.dataStart()).isEqualTo(3);
    }

    @Test
    void metadataRowsUnderAHashHeaderAreNeitherNamesNorData() {
        HeaderDetection.Head h = detect(0, "#property,name,address", "#object_type_xsd,string,string", "1,市役所,本町1",
                "2,図書館,新町2");
        assertThat(h.header()).isZero();
        assertThat(h.metaEnd()).isEqualTo(2);
        assertThat(h.nameRows()).hasSize(1);
        assertThat(h.dataStart()).isEqualTo(2);
    }

    @Test
    void legendRowsUnderTheHeaderAreSetApart() {
        HeaderDetection.Head h = detect(0, "施設名,駐車場,トイレ", ",○：有 ×：無,○：有 ×：無", "市役所,○,×", "図書館,×,○",
                "公民館,○,○");
        assertThat(h.legends()).extracting(HeaderDetection.Legend::index).containsExactly(1);
        assertThat(h.legends().get(0).text()).isEqualTo("○：有 ×：無");
        assertThat(h.dataStart()).isEqualTo(2);
    }

    @Test
    void thePositionalHeaderIsTheFirstRowHalfAsWideAsTheTable() {
        assertThat(HeaderDetection.firstOfWidth(new int[] {1, 1, 4, 4, 4})).isEqualTo(2);
        assertThat(HeaderDetection.firstOfWidth(new int[] {0, 3, 4, 4})).isEqualTo(1);
        assertThat(HeaderDetection.firstOfWidth(new int[] {1, 1})).isEqualTo(Integer.MAX_VALUE);
    }
}
