package io.github.civicdata.vocab.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JapaneseDatesTest {

    @Test
    void examplesOfTheIssue() {
        assertThat(JapaneseDates.parse("令和5年4月1日")).contains(LocalDate.of(2023, 4, 1));
        assertThat(JapaneseDates.parse("R5.4.1")).contains(LocalDate.of(2023, 4, 1));
        assertThat(JapaneseDates.parse("H31.4.30")).contains(LocalDate.of(2019, 4, 30));
        assertThat(JapaneseDates.parse("平成31年4月30日")).contains(LocalDate.of(2019, 4, 30));
        assertThat(JapaneseDates.parse("令和元年5月1日")).contains(LocalDate.of(2019, 5, 1));
        assertThat(JapaneseDates.parse("令和５年４月１日")).contains(LocalDate.of(2023, 4, 1));
        assertThat(JapaneseDates.parse("Ｒ５．４．１")).contains(LocalDate.of(2023, 4, 1));
        assertThat(JapaneseDates.parse("r05/04/01")).contains(LocalDate.of(2023, 4, 1));
        assertThat(JapaneseDates.parse("㋿5年4月1日")).contains(LocalDate.of(2023, 4, 1));
        assertThat(JapaneseDates.parse("㍻元年1月8日")).contains(LocalDate.of(1989, 1, 8));
        assertThat(JapaneseDates.parse("㍼64年1月7日")).contains(LocalDate.of(1989, 1, 7));
        assertThat(JapaneseDates.parse("㍽元年7月30日")).contains(LocalDate.of(1912, 7, 30));
        assertThat(JapaneseDates.parse("㍾6年1月1日")).contains(LocalDate.of(1873, 1, 1));
        assertThat(JapaneseDates.parse("S64.1.7")).contains(LocalDate.of(1989, 1, 7));
    }

    @Test
    void rejectsDaysOutsideTheirEra() {
        assertThat(JapaneseDates.parse("平成31年5月1日")).isEmpty();
        assertThat(JapaneseDates.parse("令和元年4月30日")).isEmpty();
        assertThat(JapaneseDates.parse("昭和64年1月8日")).isEmpty();
        assertThat(JapaneseDates.parse("明治5年12月31日")).isEmpty();
        assertThat(JapaneseDates.parse("大正元年7月29日")).isEmpty();
        assertThat(JapaneseDates.parse("令和5年2月29日")).isEmpty();
        assertThat(JapaneseDates.parse("令和0年1月1日")).isEmpty();
        assertThat(JapaneseDates.parse("令和5年4月")).isEmpty();
        assertThat(JapaneseDates.parse("令和5.4/1")).isEmpty();
        assertThat(JapaneseDates.parse("X5.4.1")).isEmpty();
        assertThat(JapaneseDates.parse("")).isEmpty();
        assertThatThrownBy(() -> new WarekiDate(Era.HEISEI, 31, 5, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JapaneseDates.toWareki(LocalDate.of(1872, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eraBoundaries() {
        assertThat(JapaneseDates.format(LocalDate.of(1873, 1, 1))).isEqualTo("明治6年1月1日");
        assertThat(JapaneseDates.format(LocalDate.of(1912, 7, 29))).isEqualTo("明治45年7月29日");
        assertThat(JapaneseDates.format(LocalDate.of(1912, 7, 30))).isEqualTo("大正元年7月30日");
        assertThat(JapaneseDates.format(LocalDate.of(1926, 12, 24))).isEqualTo("大正15年12月24日");
        assertThat(JapaneseDates.format(LocalDate.of(1926, 12, 25))).isEqualTo("昭和元年12月25日");
        assertThat(JapaneseDates.format(LocalDate.of(1989, 1, 7))).isEqualTo("昭和64年1月7日");
        assertThat(JapaneseDates.format(LocalDate.of(1989, 1, 8))).isEqualTo("平成元年1月8日");
        assertThat(JapaneseDates.format(LocalDate.of(2019, 4, 30))).isEqualTo("平成31年4月30日");
        assertThat(JapaneseDates.format(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日");
        assertThat(Era.MEIJI.lastDay()).contains(LocalDate.of(1912, 7, 29));
        assertThat(Era.REIWA.lastDay()).isEmpty();
    }

    /** Every day from 1873-01-01 to 2100-12-31: 西暦 → 和暦 → text → 和暦 → 西暦 is the identity. */
    @Test
    void everyDayRoundTrips() {
        int days = 0;
        for (LocalDate d = LocalDate.of(1873, 1, 1); !d.isAfter(LocalDate.of(2100, 12, 31)); d = d.plusDays(1)) {
            WarekiDate w = JapaneseDates.toWareki(d);
            if (JapaneseDates.toGregorian(w).compareTo(d) != 0 || !JapaneseDates.parse(w.toString()).orElseThrow().equals(d)
                    || w.era() != Era.of(d)) {
                throw new AssertionError("round trip failed for " + d + " via " + w);
            }
            days++;
        }
        assertThat(days).isEqualTo(83_275);
    }

    @Test
    void javaTimeAgrees() {
        for (LocalDate d = LocalDate.of(1873, 1, 1); d.getYear() < 2101; d = d.plusDays(7)) {
            java.time.chrono.JapaneseDate jd = java.time.chrono.JapaneseDate.from(d);
            WarekiDate w = JapaneseDates.toWareki(d);
            assertThat(w.era().ordinal() - 1).isEqualTo(jd.getEra().getValue());
            assertThat(w.year()).isEqualTo(jd.get(java.time.temporal.ChronoField.YEAR_OF_ERA));
        }
    }
}
