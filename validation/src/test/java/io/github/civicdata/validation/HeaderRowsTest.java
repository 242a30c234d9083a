package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderRowsTest {

    @Test
    void subHeaderUnderMergedGroups() {
        List<RecordView> r = Rows.rows("区名,人数,,,世帯数", ",総数,うち男,うち女,", "東区,310,150,160,140",
                "博多区,240,120,120,130");
        assertThat(HeaderRows.isSecondHeaderRow(r.get(0), r.get(1), r.subList(2, 4))).isTrue();
        boolean[] any = new boolean[1];
        assertThat(HeaderRows.combine(r.get(0), r.get(1), 5, any))
                .containsExactly("区名", "人数_総数", "人数_うち男", "人数_うち女", "世帯数");
        assertThat(any[0]).isTrue();
    }

    @Test
    void unitRowsGiveNamesWithTheUnitInBrackets() {
        List<RecordView> r = Rows.rows("地区,人口,世帯数,面積", ",(人),世帯,単位：㎢", "北,1200,540,3.2");
        assertThat(HeaderRows.isUnitRow(r.get(1))).isTrue();
        assertThat(HeaderRows.isSecondHeaderRow(r.get(0), r.get(1), r.subList(2, 3))).isTrue();
        assertThat(HeaderRows.combine(r.get(0), r.get(1), 4, new boolean[1]))
                .containsExactly("地区", "人口（人）", "世帯数（世帯）", "面積（㎢）");
    }

    @Test
    void aDataRowIsNotASecondHeaderRow() {
        List<RecordView> r = Rows.rows("地区,人口,世帯数", "北地区,1200,540", "南地区,980,410");
        assertThat(HeaderRows.isSecondHeaderRow(r.get(0), r.get(1), r.subList(2, 3))).isFalse();
        assertThat(HeaderRows.isUnitRow(r.get(1))).isFalse();
    }

    @Test
    void aKeyValueRowAboveTheHeaderIsNotItsFirstRow() {
        List<RecordView> r = Rows.rows("出典,住民基本台帳,,担当,市民課", "年齢,総数,男,女,前年比", "0,310,160,150,0.98");
        assertThat(HeaderRows.isFirstHeaderRow(r.get(0), r.get(1), r.subList(2, 3))).isFalse();
        List<RecordView> g = Rows.rows("区名,人数,,,世帯数", ",総数,うち男,うち女,", "東区,310,150,160,140");
        assertThat(HeaderRows.isFirstHeaderRow(g.get(0), g.get(1), g.subList(2, 3))).isTrue();
    }

    @Test
    void legends() {
        assertThat(HeaderRows.legend(Rows.row(2, ",○：対応 ×：未対応,○=可 ×=不可"))).isEqualTo("○：対応 ×：未対応");
        assertThat(HeaderRows.legend(Rows.row(2, "凡例 ◎：常設,"))).isEqualTo("凡例 ◎：常設");
        assertThat(HeaderRows.legend(Rows.row(2, "市役所,○,○"))).isNull();
        assertThat(HeaderRows.legend(Rows.row(2, ",○,×"))).isNull();
        assertThat(HeaderRows.legend(Rows.row(2, ",,"))).isNull();
    }
}
