package io.github.civicdata.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvFormulasTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "\tx", "\rx", "  =1", "　=1", "＝1", "＋1",
        "－1", "＠SUM(A1)", " 　 ＝1", "=cmd|' /C calc'!A0", " \t=1"})
    void dangerousCellsAreDefused(String cell) {
        assertThat(CsvFormulas.startsFormula(cell)).isTrue();
        assertThat(CsvFormulas.defuse(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "　", "電話番号", "1-2", "a=b", "'=1", "x@example.jp", "\n=1", "12", "ー1"})
    void otherCellsAreLeftAsTheyAre(String cell) {
        assertThat(CsvFormulas.startsFormula(cell)).isFalse();
        assertThat(CsvFormulas.defuse(cell)).isSameAs(cell);
    }

    @Test
    void plainNumbersAndALoneMinusMayBeLeftAlone() {
        for (String n : new String[] {"-12", "+81", "-0.5e3", "-1.5E+3", " -3", "+.5", "-", "－"}) {
            assertThat(CsvFormulas.defuseExceptNumbers(n)).as(n).isEqualTo(n);
            assertThat(CsvFormulas.defuse(n)).as(n).isEqualTo("'" + n);
        }
        for (String f : new String[] {"-1+1", "+81-3-1234", "+", " -", "--", "-e3", "-1e", "－12", "-12 ", "=12", "-1,000"}) {
            assertThat(CsvFormulas.defuseExceptNumbers(f)).as(f).isEqualTo("'" + f);
        }
    }
}
