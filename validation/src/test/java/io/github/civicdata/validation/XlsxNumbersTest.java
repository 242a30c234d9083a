package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;

/**
 * The JDK-only reading of numbers and dates agrees with POI (on the test class path only), which
 * read workbooks before: serial dates in both date systems, and which formats are dates.
 */
class XlsxNumbersTest {

    @Property(tries = 2000)
    void serialDatesAgreeWithPoi(@ForAll @DoubleRange(min = 0, max = 2_958_465) double serial,
            @ForAll boolean date1904) {
        LocalDateTime ours = XlsxNumbers.dateTime(serial, date1904);
        LocalDateTime poi = DateUtil.getLocalDateTime(serial, date1904, false);
        assertThat(ours.truncatedTo(ChronoUnit.MILLIS)).isEqualTo(poi.truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void theNonexistent29February1900IsDay60AsInExcel() {
        assertThat(XlsxNumbers.dateTime(59, false)).isEqualTo(LocalDateTime.of(1900, 2, 28, 0, 0));
        assertThat(XlsxNumbers.dateTime(61, false)).isEqualTo(LocalDateTime.of(1900, 3, 1, 0, 0));
        assertThat(XlsxNumbers.dateTime(0, true)).isEqualTo(LocalDateTime.of(1904, 1, 1, 0, 0));
        assertThat(XlsxNumbers.text("45383", true, false)).isEqualTo("2024-04-01");
        assertThat(XlsxNumbers.text("43921", true, true)).isEqualTo("2024-04-01");
        assertThat(XlsxNumbers.text("0.375", true, false)).isEqualTo("09:00");
        assertThat(XlsxNumbers.text("1.5E-5", false, false)).isEqualTo("0.000015");
        assertThat(XlsxNumbers.text("21.0", false, false)).isEqualTo("21");
        assertThat(XlsxNumbers.text("99999999", true, false)).isEqualTo("99999999"); // beyond 9999-12-31
    }

    @Test
    void builtInFormatsAreDatesAsPoiSaysAndTheJapaneseOnesToo() {
        for (int id = 0; id < BuiltinFormats.FIRST_USER_DEFINED_FORMAT_INDEX; id++) {
            boolean poi = DateUtil.isADateFormat(id, BuiltinFormats.getBuiltinFormat(id));
            boolean eastAsian = id >= 27 && id <= 36 || id >= 50 && id <= 58;
            assertThat(XlsxNumbers.isDateFormat(id, null)).as("format %d", id).isEqualTo(poi || eastAsian);
        }
    }

    @Test
    void customFormatsAreDatesAsPoiSays() {
        List<String> formats = List.of("yyyy-mm-dd", "yyyy/m/d", "d-mmm-yy", "mmm", "h:mm AM/PM", "hh:mm:ss",
                "[h]:mm:ss", "mm:ss.0", "yyyy\"年\"m\"月\"d\"日\"", "yyyy年m月d日", "[$-409]d-mmm-yyyy;@",
                "[Red]yyyy-mm-dd", "dd/mm/yyyy;@", "General", "0", "0.00", "#,##0", "0%", "0.00E+00", "@",
                "\"¥\"#,##0", "#,##0\"円\"", "0 \"days\"", "[Red]0.00", "# ?/?");
        for (String f : formats) {
            assertThat(XlsxNumbers.isDateFormat(200, f)).as(f).isEqualTo(DateUtil.isADateFormat(200, f));
        }
    }

    @Test
    void japaneseEraFormatsAreDatesWherePoiMissesThem() {
        // POI 5.3 does not take the era letters (g, e) for date letters; Excel shows these as 令和6年4月1日
        assertThat(XlsxNumbers.isDateFormat(200, "[$-411]ggge\"年\"m\"月\"d\"日\"")).isTrue();
        assertThat(XlsxNumbers.isDateFormat(200, "ge.m.d")).isTrue();
        assertThat(XlsxNumbers.isDateFormat(200, "0.0E+0")).isFalse();
        // POI takes a quoted literal for date letters; Excel shows the text "yyyy"
        assertThat(XlsxNumbers.isDateFormat(200, "\"yyyy\"")).isFalse();
    }
}
