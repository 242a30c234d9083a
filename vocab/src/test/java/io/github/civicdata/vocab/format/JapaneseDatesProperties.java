package io.github.civicdata.vocab.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class JapaneseDatesProperties {

    private static final LocalDate FIRST = LocalDate.of(1873, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs().between(FIRST.toEpochDay(), LAST.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<LocalDate> boundaryDays() {
        return Arbitraries.of(Era.values()).flatMap(e -> Arbitraries.integers().between(-3, 3)
                .map(k -> e.firstDay().plusDays(k))).filter(d -> !d.isBefore(FIRST));
    }

    @Property
    void gregorianToWarekiToGregorianIsIdentity(@ForAll("days") LocalDate d) {
        WarekiDate w = JapaneseDates.toWareki(d);
        assertThat(JapaneseDates.toGregorian(w)).isEqualTo(d);
        assertThat(JapaneseDates.parse(w.toString())).contains(d);
    }

    @Property
    void everyWrittenFormParsesToTheSameDay(@ForAll("days") LocalDate d) {
        WarekiDate w = JapaneseDates.toWareki(d);
        String abbrev = w.era().letter() + "" + w.year() + "." + w.month() + "." + w.day();
        String padded = String.format("%c%02d/%02d/%02d", Character.toLowerCase(w.era().letter()), w.year(), w.month(),
                w.day());
        String ligature = w.era().ligature() + w.toString().substring(2);
        StringBuilder fullWidth = new StringBuilder();
        for (char c : w.toString().toCharArray()) {
            fullWidth.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
        }
        String numericYear = w.era().kanji() + w.year() + "年" + w.month() + "月" + w.day() + "日";
        for (String form : new String[] {abbrev, padded, ligature, fullWidth.toString(), numericYear}) {
            assertThat(JapaneseDates.parse(form)).as(form).contains(d);
        }
    }

    @Property
    void boundaryDaysMapToTheRightEra(@ForAll("boundaryDays") LocalDate d) {
        Era expected = Era.MEIJI;
        for (Era e : Era.values()) {
            if (!d.isBefore(e.firstDay())) {
                expected = e;
            }
        }
        WarekiDate w = JapaneseDates.toWareki(d);
        assertThat(w.era()).isEqualTo(expected);
        assertThat(w.year()).isEqualTo(d.getYear() - expected.firstYear() + 1);
        // the same day written in the neighbouring era is rejected
        for (Era other : Era.values()) {
            if (other != expected) {
                int y = d.getYear() - other.firstYear() + 1;
                if (y >= 1 && y <= 99) {
                    String text = other.kanji() + y + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
                    assertThat(JapaneseDates.parse(text)).as(text).isEmpty();
                }
            }
        }
    }
}
