package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Examples of {@link DelimiterSniffer}; the properties are in {@code blackbox/DelimiterDetectionProperties}. */
class DelimiterSnifferTest {

    private static char sniff(String s) {
        return DelimiterSniffer.sniff(s, true, ',');
    }

    @Test
    void semicolonsWithDecimalCommasAreSemicolonSeparated() {
        // every data row also splits into two at the decimal comma, but the header does not
        assertThat(sniff("名称;面積;料金\nA;152,5;100\nB;98,0;200\nC;410,25;0\n")).isEqualTo(';');
    }

    @Test
    void titleRowsAboveTheHeaderDoNotHideTheDelimiter() {
        assertThat(sniff("令和5年度 地区別人口\n\n地区\t人口\t世帯数\n東区\t312,569\t153,204\n博多区\t238,913\t141,502\n"))
                .isEqualTo('\t');
        assertThat(sniff("施設一覧|||\nID|名称|住所|電話\n1|a|b|c\n2|d|e|f\n")).isEqualTo('|');
    }

    @Test
    void delimitersInsideQuotesDoNotCount() {
        assertThat(sniff("名称,備考\n\"A;B;C\",\"x;y\"\n\"D;E\",z\n")).isEqualTo(',');
        assertThat(sniff("名称;備考\n\"1,2\";\"行1\n行2\"\nb;c\n")).isEqualTo(';');
    }

    @Test
    void unclearFilesKeepTheExpectedDelimiter() {
        assertThat(sniff("")).isEqualTo(',');
        assertThat(sniff("備考\nA;B\nなし\nなし\n")).isEqualTo(',');
        assertThat(DelimiterSniffer.sniff("名称\n市役所\n", true, '\t')).isEqualTo('\t');
        // a comma table whose one column holds semicolon lists stays a comma table
        assertThat(sniff("名称,曜日\nA,月;水\nB,火;木\nC,金;土\n")).isEqualTo(',');
    }

    @Test
    void aHeaderAloneIsEnough() {
        assertThat(sniff("名称;住所;電話番号\n")).isEqualTo(';');
    }

    @Test
    void theLastRecordOfACutOffSampleIsIgnored() {
        DelimiterSniffer.Score s = DelimiterSniffer.score("a;b\nc;d\ne", false, ';');
        assertThat(s.records()).isEqualTo(2);
        assertThat(s.width()).isEqualTo(2);
        assertThat(DelimiterSniffer.score("a;b\nc;d\ne", true, ';').records()).isEqualTo(3);
    }
}
