package io.github.civicdata.vocab.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A date in the Japanese calendar (和暦): era, year of the era, month and day.
 *
 * <p>Only real dates within the era are constructed: {@code 平成31年5月1日} is rejected (平成 ended on
 * 2019-04-30) and so is any date before 1873-01-01. {@link #toString()} gives the canonical form
 * {@code 令和5年4月1日}, with {@code 元年} for year 1. Immutable and thread-safe.
 *
 * <pre>{@code
 * WarekiDate w = new WarekiDate(Era.REIWA, 5, 4, 1);
 * w.toLocalDate(); // 2023-04-01
 * w.toString();    // 令和5年4月1日
 * }</pre>
 *
 * @param era the era
 * @param year the year of the era (1 = 元年)
 * @param month the month, 1–12
 * @param day the day of the month
 */
public record WarekiDate(Era era, int year, int month, int day) {

    /**
     * @throws NullPointerException if the era is null
     * @throws IllegalArgumentException if the date does not exist, is outside the era, or is
     *     before 1873-01-01
     */
    public WarekiDate {
        Objects.requireNonNull(era, "era");
        if (year < 1) {
            throw new IllegalArgumentException("era year must be >= 1: " + year);
        }
        LocalDate d;
        try {
            d = LocalDate.of(era.gregorianYear(year), month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("no such date: " + era.kanji() + year + "年" + month + "月" + day + "日", e);
        }
        if (d.isBefore(era.firstDay())) {
            throw new IllegalArgumentException(era.kanji() + " starts on " + era.firstDay() + ": " + d);
        }
        if (era.lastDay().isPresent() && d.isAfter(era.lastDay().get())) {
            throw new IllegalArgumentException(era.kanji() + " ended on " + era.lastDay().get() + ": " + d);
        }
    }

    /**
     * The Gregorian date.
     *
     * @return the date
     */
    public LocalDate toLocalDate() {
        return LocalDate.of(era.gregorianYear(year), month, day);
    }

    /**
     * The canonical form, e.g. {@code 令和5年4月1日} or {@code 令和元年5月1日}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return era.kanji() + (year == 1 ? "元" : Integer.toString(year)) + "年" + month + "月" + day + "日";
    }
}
