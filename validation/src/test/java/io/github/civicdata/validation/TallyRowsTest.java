package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TallyRowsTest {

    @ParameterizedTest
    @ValueSource(strings = {"合計", "計", "小計", "総計", "累計", "合　計", "合 計", "＊東区計＊", "*東区計*", "【計】", "東区計",
        "東区小計", "男計", "全市計", "令和5年度計", "合計（人）", "計(再掲)", "TOTAL", "Total", "Grand Total", "Subtotal"})
    void totals(String label) {
        assertThat(TallyRows.isTotal(label)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"時計", "会計", "設計", "統計", "集計", "推計", "家計", "置時計", "体温計", "計画", "計測",
        "東区", "合格", "Totally", "=SUM(B2:B3)", "計算機", "総務課"})
    void notTotals(String label) {
        assertThat(TallyRows.isTotal(label)).isFalse();
    }

    @Test
    void cumulativeRowsAreDatesWithATildeOrUntil() {
        assertThat(TallyRows.isCumulative("～2020/4/26")).isTrue();
        assertThat(TallyRows.isCumulative("〜2020-04-26")).isTrue();
        assertThat(TallyRows.isCumulative("2020/4/26まで")).isTrue();
        assertThat(TallyRows.isCumulative("2020/4/26以前")).isTrue();
        assertThat(TallyRows.isCumulative("2020/4/26～")).isFalse();
        assertThat(TallyRows.isCumulative("～")).isFalse();
        assertThat(TallyRows.isCumulative("～東区")).isFalse();
    }

    @Test
    void aTallyRowNeedsANumberBesideItsLabel() {
        String[] names = {"区名", "町名", "人口"};
        assertThat(TallyRows.label(Rows.row(5, "＊東区計＊,,2180"), names, null)).isEqualTo("＊東区計＊");
        assertThat(TallyRows.label(Rows.row(5, "東区,計,2180"), names, null)).isEqualTo("計");
        assertThat(TallyRows.label(Rows.row(5, "合計,,"), names, null)).isNull();
        assertThat(TallyRows.label(Rows.row(5, "東区,箱崎,1200"), names, null)).isNull();
        // a label beyond the first three columns is a value, not a row label
        assertThat(TallyRows.label(Rows.row(5, "東区,箱崎,1200,計"), new String[] {"a", "b", "c", "d"}, null)).isNull();
    }

    @Test
    void aCumulativeRowOnlyInADateColumnAboveDates() {
        String[] dates = {"公表日", "陽性者数"};
        String[] period = {"期間", "定員"};
        assertThat(TallyRows.label(Rows.row(2, "～2020/4/26,120"), dates, null)).isEqualTo("～2020/4/26");
        assertThat(TallyRows.label(Rows.row(3, "～2020/4/26,120"), dates, Rows.row(2, "2020/4/25,3"))).isNotNull();
        assertThat(TallyRows.label(Rows.row(3, "～2020/4/26,120"), dates, Rows.row(2, "東区,3"))).isNull();
        assertThat(TallyRows.label(Rows.row(2, "～2024/4/30,200"), period, null)).isNull();
    }

    @Test
    void theFindingListsFiveLinesAndThreeLabels() {
        TallyRows t = new TallyRows();
        for (int i = 1; i <= 7; i++) {
            t.add(10L * i, i, i % 2 == 0 ? "合計" : "＊区計" + i + "＊");
        }
        assertThat(t.count()).isEqualTo(7);
        assertThat(t.lines()).isEqualTo("10, 20, 30, 40, 50, …");
        assertThat(t.labels()).isEqualTo("「＊区計1＊」「合計」「＊区計3＊」");
        assertThat(t.firstLine()).isEqualTo(10);
        t.clear();
        assertThat(t.count()).isZero();
    }
}
