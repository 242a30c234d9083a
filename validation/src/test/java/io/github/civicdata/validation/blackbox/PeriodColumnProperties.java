package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.validation.Validator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Generated ISO 8601 intervals in a column typed as a period: every well-formed interval passes
 * (no finding at all on the column), two of them in one cell are always L1-07, and a reversed
 * closed interval is always a type finding.
 */
class PeriodColumnProperties {

    private static final Validator WITH = Validator.builder().template(PeriodColumnTest.template()).build();

    record Interval(String form, String text) {
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    private Arbitrary<String> durations() {
        Arbitrary<Integer> n = Arbitraries.integers().between(1, 40);
        return Arbitraries.oneOf(n.map(k -> "P" + k + "Y"), n.map(k -> "P" + k + "M"), n.map(k -> "P" + k + "D"),
                n.map(k -> "P" + k + "W"), n.map(k -> "P1Y" + k + "M"), n.map(k -> "PT" + k + "H"),
                n.map(k -> "P" + k + "DT" + k + "H" + k + "M"));
    }

    @Provide
    Arbitrary<Interval> intervals() {
        Arbitrary<LocalDate> d = days();
        Arbitrary<Integer> span = Arbitraries.integers().between(0, 3000);
        Arbitrary<Interval> closed = Combinators.combine(d, span)
                .as((a, k) -> new Interval("start/end", a + "/" + a.plusDays(k)));
        Arbitrary<Interval> times = Combinators.combine(d, Arbitraries.integers().between(0, 1439),
                Arbitraries.integers().between(0, 100000)).as((a, m, k) -> {
                    LocalDateTime s = a.atStartOfDay().plusMinutes(m);
                    LocalDateTime e = s.plusMinutes(k);
                    return new Interval("datetime/datetime", s.toString().substring(0, 16) + "/" + e.toString().substring(0, 16));
                });
        Arbitrary<Interval> openEnd = d.map(a -> new Interval("start/..", a + "/.."));
        Arbitrary<Interval> openStart = d.map(a -> new Interval("../end", "../" + a));
        Arbitrary<Interval> startDuration = Combinators.combine(d, durations())
                .as((a, p) -> new Interval("start/duration", a + "/" + p));
        Arbitrary<Interval> durationEnd = Combinators.combine(durations(), d)
                .as((p, a) -> new Interval("duration/end", p + "/" + a));
        return Arbitraries.oneOf(closed, times, openEnd, openStart, startDuration, durationEnd);
    }

    @Property(tries = 300)
    void everyWellFormedIntervalIsOneValue(@ForAll("intervals") Interval i) {
        Statistics.collect(i.form());
        assertThat(PeriodColumnTest.onThePeriod(PeriodColumnTest.validate(WITH, i.text()))).as(i.text()).isEmpty();
    }

    @Property(tries = 300)
    void twoIntervalsInOneCellAreAlwaysSeveralValues(@ForAll("intervals") Interval a, @ForAll("intervals") Interval b,
            @ForAll("separators") String sep) {
        Statistics.collect(a.form(), b.form());
        String cell = a.text() + sep + b.text();
        // a line break between them is also L1-14 (a line break in a cell); nothing else
        assertThat(PeriodColumnTest.onThePeriod(PeriodColumnTest.validate(WITH, cell))).as(cell)
                .contains("L1-07:L1-07").allMatch(f -> f.equals("L1-07:L1-07") || f.startsWith("L1-14:"));
    }

    @Property(tries = 200)
    void aReversedIntervalIsATypeFinding(@ForAll("days") LocalDate a, @ForAll("gaps") int k) {
        String cell = a + "/" + a.minusDays(k);
        assertThat(PeriodColumnTest.onThePeriod(PeriodColumnTest.validate(WITH, cell))).as(cell)
                .isEqualTo(List.of("type-error:format.interval.reversed"));
    }

    @Provide
    Arbitrary<Integer> gaps() {
        return Arbitraries.integers().between(1, 5000);
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of("、", ",", ", ", ";", "；", " ", "　", "，", "\n");
    }
}
