package io.github.civicdata.vocab.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.vocab.DataItem;
import io.github.civicdata.vocab.Datatype;
import io.github.civicdata.vocab.NamedFormat;
import io.github.civicdata.vocab.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link NamedFormat#ISO_INTERVAL} and {@link Datatype#PERIOD}: one ISO 8601 time interval. */
class PeriodsTest {

    private static FormatResult check(String v) {
        return FormatChecks.standard().check(NamedFormat.ISO_INTERVAL, v);
    }

    /** value | message key of the finding (empty: valid) | suggestion (empty: none). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-06-01/2024-07-31||",
        "2024-04-01/2025-03-31||",
        "2024-06-01/2024-06-01||",
        "2024-10-01/..||",
        "../2024-03-31||",
        "2024-04-01/P1Y||",
        "P3M/2024-03-31||",
        "2024-04-01T09:00/2024-04-01T17:00||",
        "2024-04-01T09:00:00+09:00/2024-04-01T01:00:00Z||",
        "2024-04-01/2024-04-30T23:59:59||",
        "2024-04-01T00:00/P1DT12H||",
        "2024-04-01/P1W||",
        "2024-07-31/2024-06-01|format.interval.reversed|",
        "2024-04-01T17:00/2024-04-01T09:00|format.interval.reversed|",
        "2024-04-01T09:00:00+09:00/2024-04-01T08:00:00+09:00|format.interval.reversed|",
        "2024-06-01|format.interval.single|",
        "2024-04-01T09:00|format.interval.single|",
        "../..|format.interval|",
        "P1Y/P2Y|format.interval|",
        "../P1Y|format.interval|",
        "2024-06-01/|format.interval|",
        "/2024-06-01|format.interval|",
        "2024-06-01/07-31|format.interval|",
        "2024-06/2024-07|format.interval|",
        "2024-02-30/2024-03-31|format.interval|",
        "2024-06-01/2024-07-31/2024-08-31|format.interval|",
        "2024-06-01/PT|format.interval|",
        "2024-06-01/P|format.interval|",
        "2024/06/01|format.interval|",
        "令和6年4月1日～令和7年3月31日|format.interval|",
        "2024-06-01～2024-07-31|format.interval|2024-06-01/2024-07-31",
        "2024-07-31～2024-06-01|format.interval|",
        "２０２４－０６－０１／２０２４－０７－３１|format.interval|2024-06-01/2024-07-31",
        "'2024-06-01/2024-07-31、2024-08-01/2024-08-31'|format.interval|",
        "通年|format.interval|"})
    void cases(String value, String key, String suggestion) {
        FormatResult r = check(value);
        if (key == null) {
            assertThat(r.isValid()).as(value).isTrue();
            return;
        }
        assertThat(r).as(value).isInstanceOf(FormatResult.Invalid.class);
        FormatResult.Invalid bad = (FormatResult.Invalid) r;
        assertThat(bad.messageKey()).as(value).isEqualTo(key);
        assertThat(bad.suggestion().orElse(null)).as(value).isEqualTo(suggestion);
        assertThat(bad.text().ja()).isNotBlank();
        assertThat(bad.text().en()).isNotBlank();
    }

    @Test
    void blankIsValidPresenceIsTheObligations() {
        assertThat(check("").isValid()).isTrue();
    }

    @Test
    void theObservedOpenDataListTypesItsPeriodColumn() {
        DataItem temporal = Vocabulary.standard().template("open-data-list", "2024-observed").orElseThrow()
                .column("データセット_対象期間").orElseThrow().item();
        assertThat(temporal.datatype()).isEqualTo(Datatype.PERIOD);
        assertThat(FormatChecks.standard().check(temporal, "2024-06-01/2024-07-31").isValid()).isTrue();
        assertThat(FormatChecks.standard().check(temporal, "2024-06-01").isValid()).isFalse();
    }
}
