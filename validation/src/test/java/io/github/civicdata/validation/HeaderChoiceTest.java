package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Layouts where rows above the data look alike, and the header each must give. */
class HeaderChoiceTest {

    private static HeaderChoice.Choice choose(String... lines) {
        List<RecordView> rows = Rows.rows(lines);
        return new HeaderChoice(rows, Rows.nonEmpty(rows), ValueSemantics.NONE, null).choose();
    }

    @Test
    void keyValueRowsAboveTheHeader() {
        HeaderChoice.Choice c = choose("タイトル,区別人口", "作成日,2024-04-01", "単位,人", "地区,人口,世帯数", "北,1200,540",
                "南,980,410", "東,1500,600");
        assertThat(c.index()).isEqualTo(3);
        assertThat(c.typedColumns()).isEqualTo(2);
        assertThat(c.labelledColumns()).isEqualTo(3);
    }

    @Test
    void keyValueRowAsWideAsTheTable() {
        assertThat(choose("単位,人", "地区,人口", "北,1200", "南,980", "東,1500", "西,700").index()).isEqualTo(1);
        assertThat(choose("作成日,2024-04-01", "地区,人口", "北,1200", "南,980", "東,1500").index()).isEqualTo(1);
    }

    @Test
    void titleAndNoteRowsHalfAsWideAsTheTable() {
        // the rows 2 and 3 have four of five cells: positional detection took row 2
        assertThat(choose("令和6年4月1日現在 年齢別人口,,,,", "作成日,2024-04-01,,単位,人", "出典,住民基本台帳,,担当,市民課",
                "年齢,総数,男,女,前年比", "0,300,150,150,0.98", "1,301,151,150,0.99", "2,302,152,150,1.0").index())
                .isEqualTo(3);
    }

    @Test
    void aDateColumnNamedLikeAMetadataKeyIsStillTheHeader() {
        assertThat(choose("公表日,陽性者数", "～2020/4/26,120", "2020/4/27,3", "2020/4/28,5").index()).isZero();
    }

    @Test
    void theFirstOfTwoTablesWins() {
        assertThat(choose("地区,面積", "中央区,10.2", "北区,12.5", ",,,", "区,名称,人数,開設日", "中央区,会館,10,2020-04-01",
                "北区,図書館,20,2020-04-01").index()).isZero();
    }

    @Test
    void aHeaderRepeatedInTheDataIsStillTheHeader() {
        assertThat(choose("地区,人口,世帯数", "北地区,1200,540", "南地区,980,410", "地区,人口,世帯数", "東地区,1500,620")
                .index()).isZero();
    }

    @Test
    void textOnlyTablesKeepTheFirstRow() {
        // no typed column: nothing beats the first row by the margin
        assertThat(choose("名称,住所,備考", "市役所,本町1,なし", "図書館,新町2,休館日あり", "公民館,旭町3,なし").index()).isZero();
    }

    @Test
    void headerWithABlankCellOverTextData() {
        assertThat(choose("No,名称,,住所", "1,市役所,しやくしょ,本町1", "2,図書館,としょかん,新町2", "3,公民館,こうみんかん,旭町3")
                .index()).isZero();
    }

    @Test
    void aTableWithoutHeaderKeepsItsFirstRowWhenOneRowHappensToBeUnique() {
        // 須屋,合志市 is the one row whose values do not come again below it; the rows above it
        // share 熊本市 with the rows under it: they are data, not titles
        assertThat(choose("北区,熊本市", "中央区,熊本市", "東区,熊本市", "須屋,合志市", "西区,熊本市", "南区,熊本市").index()).isZero();
        assertThat(choose("北区,熊本市,1", "中央区,熊本市,2", "東区,熊本市,3", "須屋,合志市,4", "西区,熊本市,5", "南区,熊本市,6",
                "光の森,菊陽町,7").index()).isZero();
        // the last row over a single dated row: one typed row is no evidence of a header
        assertThat(choose("町字,市区町村", "中央区手取本町,熊本市", "東区健軍,熊本市", "北区植木町,熊本市", "須屋,合志市", "御代志,合志市",
                "竹迫,合志市", "津久礼,菊陽町", "原水,菊陽町", "光の森,菊陽町", "1989-01-07,").index()).isZero();
        // the rows under the unique row share nothing with those above it, which share 熊本市 among themselves
        assertThat(choose("竹迫,合志市", "中央区水前寺,熊本市", "東区健軍,熊本市", "北区植木町,熊本市", "須屋,合志市", "御代志,合志市",
                "中央区手取本町,熊本市", "津久礼,菊陽町", "原水,菊陽町", "光の森,菊陽町").index()).isZero();
    }

    @Test
    void aStrayDataRowAboveAHeaderWithTypedColumnsDoesNotHideIt() {
        assertThat(choose("北,1190,538", "地区,人口,世帯数", "北,1200,540", "南,980,410", "東,1500,600", "西,700,300").index())
                .isEqualTo(1);
    }

    @Test
    void rowsThatShareAMarkWithTheLaterRowAreData() {
        // 男,* scored lower only because its * comes again below; the later row holds the same mark
        assertThat(choose("男,*", "女,*", "m2,").index()).isZero();
    }

    @Test
    void theUpperRowOfATwoRowHeaderMayShareALabelWithTheLowerOne() {
        List<RecordView> rows = Rows.rows("地区,人口,人口,世帯数", "地区,男,女,世帯数", "北,600,600,540", "南,490,490,410",
                "東,750,750,600");
        HeaderDetection.Head h = HeaderDetection.detect(rows, Rows.nonEmpty(rows), 0, ValueSemantics.NONE, null);
        assertThat(h.header()).isZero();
        assertThat(h.second()).isEqualTo(1);
        assertThat(h.dataStart()).isEqualTo(2);
    }

    @Test
    void aColumnNumberRowAboveTheHeaderStillGivesWay() {
        // numbers shared with the data do not make the row above data
        assertThat(choose("1,2,3", "地区,人口,世帯数", "北,1200,3", "南,980,2", "東,1500,1", "西,700,2").index()).isEqualTo(1);
    }

    @Test
    void allNumbersKeepTheFirstRow() {
        assertThat(choose("1,1200,540", "2,980,410", "3,1500,620").index()).isZero();
    }

    @Test
    void namesKnownToTheVocabularyBreakATie() {
        // text only: without the vocabulary the caption row and the header look alike
        String[] lines = {"施設一覧,高松市", "名称,住所", "市役所,本町1", "図書館,新町2", "公民館,旭町3"};
        assertThat(choose(lines).index()).isZero();
        List<RecordView> rows = Rows.rows(lines);
        ValueSemantics vocab = new VocabSemantics(io.github.civicdata.vocab.Vocabulary.standard(),
                io.github.civicdata.vocab.format.FormatChecks.builder().build(), false);
        HeaderChoice.Choice c = new HeaderChoice(rows, Rows.nonEmpty(rows), vocab, null).choose();
        assertThat(c.index()).isEqualTo(1);
        assertThat(c.knownNames()).isEqualTo(2);
    }

    @Test
    void metadataKeys() {
        assertThat(HeaderChoice.metadataKey("作成日")).isTrue();
        assertThat(HeaderChoice.metadataKey("単位：人")).isTrue();
        assertThat(HeaderChoice.metadataKey("地区")).isFalse();
        assertThat(HeaderChoice.keyRow(Rows.row(1, "出典,住民基本台帳,,担当,市民課"))).isTrue();
        assertThat(HeaderChoice.keyRow(Rows.row(1, "公表日,陽性者数,退院者数,死亡者数"))).isFalse();
    }
}
