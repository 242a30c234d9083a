package io.github.civicdata.validation.csvw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NumberFormatTest {

    private static Optional<String> p(String pattern, String value) {
        return NumberFormat.of(pattern, null, null).parse(value);
    }

    @Test
    void groupingMustFollowThePattern() {
        assertThat(p("#,##0", "1,234,567")).contains("1234567");
        assertThat(p("#,##0", "1234")).isEmpty();
        assertThat(p("#,##0", "12,34")).isEmpty();
        assertThat(p("#,##,##0", "12,34,567")).contains("1234567"); // Indian grouping: secondary size 2
        assertThat(p("#,##,##0", "1,234,567")).isEmpty();
        assertThat(p("##0", "1,234")).isEmpty();
        assertThat(p("0,00,000", "23,456")).isEmpty(); // six digits at least
    }

    @Test
    void fractionDigitsAndFractionGrouping() {
        assertThat(p("#0.0#", "1.2")).contains("1.2");
        assertThat(p("#0.0#", "1")).isEmpty();
        assertThat(p("#0.0#", "1.234")).isEmpty();
        assertThat(p("#0.#", "12")).contains("12");
        assertThat(p("0.0##,###", "1.123,45")).contains("1.12345");
        assertThat(p("0.0##,###", "1.12345")).isEmpty();
    }

    @Test
    void signsPercentAndPerMille() {
        assertThat(p("+0", "+1")).contains("+1");
        assertThat(p("-0", "-1")).contains("-1");
        assertThat(p("0", "-1")).contains("-1");
        assertThat(p("%000", "%-123")).contains("-1.23");
        assertThat(p("000\u2030", "123\u2030")).contains("0.123");
        assertThat(p("000.0%", "123.4%")).contains("1.234");
    }

    @Test
    void exponents() {
        assertThat(p("#0.###E#0", "10.10E1")).contains("10.10e1");
        assertThat(p("0.0E0", "10.10e10")).isEmpty();
        assertThat(p("0", "1E3")).isEmpty();
    }

    @Test
    void withoutAPatternTheGroupAndDecimalCharactersAreUsed() {
        NumberFormat f = NumberFormat.of(null, ".", ",");
        assertThat(f.parse("10.000,1")).contains("10000.1");
        assertThat(f.parse("1,1")).contains("1.1");
        assertThat(NumberFormat.of(null, ",", null).parse("123456.789%")).contains("1234.56789");
        assertThat(NumberFormat.of(null, ",", null).parse("-25%")).contains("-0.25");
        assertThat(NumberFormat.of(null, ",", null).parse("1E6")).contains("1e6");
        assertThat(NumberFormat.of(null, ",", null).parse("INF")).contains("INF");
        assertThat(NumberFormat.of(null, ",", null).parse("123,,456")).isEmpty();
    }

    @Test
    void aHugeExponentWithPercentIsNotANumberRatherThanAnError() {
        assertThat(NumberFormat.of(null, ",", null).parse("1E999999999%")).isEmpty();
    }

    @Test
    void unsupportedPatternsAreRefused() {
        assertThatThrownBy(() -> NumberFormat.of("[", null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NumberFormat.of("#,##0.00;(#,##0.00)", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NumberFormat.of("@@@", null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NumberFormat.of("0#", null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
