package io.github.civicdata.validation.csvw;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XsdValuesTest {

    private static boolean ok(String type, String s) {
        return XsdValues.literal(type, s).isPresent();
    }

    @Test
    void numbersAndTheirRanges() {
        assertThat(ok("integer", "-0012")).isTrue();
        assertThat(ok("integer", "1.0")).isFalse();
        assertThat(ok("byte", "127")).isTrue();
        assertThat(ok("byte", "128")).isFalse();
        assertThat(ok("unsignedLong", "18446744073709551615")).isTrue();
        assertThat(ok("unsignedLong", "-1")).isFalse();
        assertThat(ok("positiveInteger", "0")).isFalse();
        assertThat(ok("decimal", ".5")).isTrue();
        assertThat(ok("decimal", "1e3")).isFalse();
        assertThat(ok("double", "-INF")).isTrue();
        assertThat(ok("double", "1z")).isFalse();
    }

    @Test
    void datesTimesAndDurations() {
        assertThat(ok("date", "2024-02-29")).isTrue();
        assertThat(ok("date", "2023-02-29")).isFalse();
        assertThat(ok("dateTime", "2015-03-15T24:00:00")).isTrue();
        assertThat(ok("dateTimeStamp", "2015-03-15T15:02:37")).isFalse();
        assertThat(ok("gMonthDay", "--02-30")).isFalse();
        assertThat(ok("duration", "P1Y2MT3H")).isTrue();
        assertThat(ok("duration", "PT")).isFalse();
        assertThat(ok("dayTimeDuration", "P1Y")).isFalse();
        assertThat(ok("yearMonthDuration", "P1Y2M")).isTrue();
    }

    @Test
    void stringsBinaryAndBooleans() {
        assertThat(XsdValues.literal("boolean", "1")).contains("true");
        assertThat(ok("boolean", "yes")).isFalse();
        assertThat(ok("token", " a")).isFalse();
        assertThat(ok("language", "ja-JP")).isTrue();
        assertThat(ok("NCName", "a:b")).isFalse();
        assertThat(ok("hexBinary", "0FB7")).isTrue();
        assertThat(XsdValues.length("hexBinary", "0FB7")).isEqualTo(2);
        assertThat(XsdValues.length("base64Binary", "U2VuZCByZWluZm9yY2VtZW50cw==")).isEqualTo(19);
        assertThat(XsdValues.length("string", "𠮷野家")).isEqualTo(3);
    }

    @Test
    void order() {
        assertThat(XsdValues.compare("decimal", "+1.50", "1.5")).contains(0);
        assertThat(XsdValues.compare("double", "NaN", "1")).isEmpty();
        assertThat(XsdValues.compare("date", "2015-06-04", "2015-06-05").orElseThrow()).isNegative();
        assertThat(XsdValues.compare("dateTime", "2015-06-05T09:00:00+09:00", "2015-06-05T00:00:00Z")).contains(0);
        assertThat(XsdValues.compare("gYear", "99999999999999999999", "2015").orElseThrow()).isPositive();
        assertThat(XsdValues.compare("duration", "P1M", "P30D")).isEmpty();
        assertThat(XsdValues.compare("duration", "P1Y", "P11M").orElseThrow()).isPositive();
    }
}
