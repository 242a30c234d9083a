package io.github.civicdata.validation.csvw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DateFormatTest {

    @Test
    void everyDatePatternOfTheSpecification() {
        String[][] cases = {{"yyyy-MM-dd", "2015-03-22"}, {"yyyyMMdd", "20150322"}, {"dd-MM-yyyy", "22-03-2015"},
            {"d-M-yyyy", "22-3-2015"}, {"MM-dd-yyyy", "03-22-2015"}, {"M-d-yyyy", "3-22-2015"},
            {"dd/MM/yyyy", "22/03/2015"}, {"d/M/yyyy", "22/3/2015"}, {"MM/dd/yyyy", "03/22/2015"},
            {"M/d/yyyy", "3/22/2015"}, {"dd.MM.yyyy", "22.03.2015"}, {"d.M.yyyy", "22.3.2015"},
            {"MM.dd.yyyy", "03.22.2015"}, {"M.d.yyyy", "3.22.2015"}};
        for (String[] c : cases) {
            assertThat(DateFormat.of(c[0], "date").parse(c[1])).as(c[0]).contains("2015-03-22");
        }
    }

    @Test
    void timesDateTimesAndTimezones() {
        assertThat(DateFormat.of("HHmm", "time").parse("1502")).contains("15:02:00");
        assertThat(DateFormat.of("HH:mm:ss.SSS", "time").parse("15:02:37.14")).contains("15:02:37.14");
        assertThat(DateFormat.of("HH:mm:ss.S", "time").parse("15:02:37.143")).isEmpty();
        assertThat(DateFormat.of("M/d/yyyy HH:mm", "dateTime").parse("3/22/2015 15:02")).contains("2015-03-22T15:02:00");
        assertThat(DateFormat.of("yyyy-MM-ddTHH:mm:ssXXX", "dateTime").parse("2015-03-15T15:02:37Z"))
                .contains("2015-03-15T15:02:37Z");
        assertThat(DateFormat.of("HH:mm x", "time").parse("15:02 -05")).contains("15:02:00-05:00");
        assertThat(DateFormat.of("HH:mm x", "time").parse("15:02 Z")).isEmpty();
        assertThat(DateFormat.of("HHmm XX", "time").parse("1502 +0800")).contains("15:02:00+08:00");
    }

    @Test
    void patternsThatDoNotFitOrAreNotSupportedAreRefused() {
        assertThatThrownBy(() -> DateFormat.of("yy-MM-dd", "date")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DateFormat.of("dd MMM yyyy", "date")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DateFormat.of("HH:mm", "date")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DateFormat.of("yyyy年M月d日", "date")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLiteralIsCheckedAfterwardsForImpossibleDates() {
        String lit = DateFormat.of("d/M/yyyy", "date").parse("31/2/2015").orElseThrow();
        assertThat(XsdValues.literal("date", lit)).isEmpty();
    }
}
