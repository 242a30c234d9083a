package io.github.civicdata.vocab.format;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The Japanese eras (元号) supported by {@link JapaneseDates}, with the Gregorian dates they cover.
 *
 * <p>明治 is supported from 1873-01-01 (明治6年1月1日), the day the Gregorian calendar was adopted:
 * earlier 明治 dates were lunisolar and are rejected. The other eras start on the day after the
 * previous one ended: 大正 1912-07-30, 昭和 1926-12-25, 平成 1989-01-08, 令和 2019-05-01.
 * Immutable.
 *
 * <pre>{@code
 * Era.of(LocalDate.of(2019, 4, 30)); // HEISEI
 * Era.REIWA.gregorianYear(5);        // 2023
 * }</pre>
 */
public enum Era {
    /** 明治 (M), supported from 1873-01-01. */
    MEIJI("明治", "Meiji", 'M', '\u337E', 1868, LocalDate.of(1873, 1, 1)),
    /** 大正 (T), from 1912-07-30. */
    TAISHO("大正", "Taisho", 'T', '\u337D', 1912, LocalDate.of(1912, 7, 30)),
    /** 昭和 (S), from 1926-12-25. */
    SHOWA("昭和", "Showa", 'S', '\u337C', 1926, LocalDate.of(1926, 12, 25)),
    /** 平成 (H), from 1989-01-08. */
    HEISEI("平成", "Heisei", 'H', '\u337B', 1989, LocalDate.of(1989, 1, 8)),
    /** 令和 (R), from 2019-05-01. */
    REIWA("令和", "Reiwa", 'R', '\u32FF', 2019, LocalDate.of(2019, 5, 1));

    private static final Era[] VALUES = values();

    private final String kanji;
    private final String romaji;
    private final char letter;
    private final char ligature;
    private final int firstYear;
    private final LocalDate firstDay;

    Era(String kanji, String romaji, char letter, char ligature, int firstYear, LocalDate firstDay) {
        this.kanji = kanji;
        this.romaji = romaji;
        this.letter = letter;
        this.ligature = ligature;
        this.firstYear = firstYear;
        this.firstDay = firstDay;
    }

    /**
     * The era's name in kanji, e.g. {@code 令和}.
     *
     * @return the name
     */
    public String kanji() {
        return kanji;
    }

    /**
     * The era's name in Latin letters, e.g. {@code Reiwa}.
     *
     * @return the name
     */
    public String romaji() {
        return romaji;
    }

    /**
     * The initial used in abbreviations such as {@code R5.4.1}.
     *
     * @return {@code M}, {@code T}, {@code S}, {@code H} or {@code R}
     */
    public char letter() {
        return letter;
    }

    /**
     * The Unicode ligature of the era name (㍾ ㍽ ㍼ ㍻ ㋿).
     *
     * @return the ligature character
     */
    public char ligature() {
        return ligature;
    }

    /**
     * The first supported day of the era (for 明治, 1873-01-01).
     *
     * @return the first day
     */
    public LocalDate firstDay() {
        return firstDay;
    }

    /**
     * The last day of the era, or empty for the current era.
     *
     * @return the last day
     */
    public Optional<LocalDate> lastDay() {
        return ordinal() + 1 < VALUES.length ? Optional.of(VALUES[ordinal() + 1].firstDay.minusDays(1))
                : Optional.empty();
    }

    /**
     * The Gregorian year of year {@code eraYear} of this era ({@code 令和5} → 2023).
     *
     * @param eraYear the year of the era, 1 for 元年
     * @return the Gregorian year
     */
    public int gregorianYear(int eraYear) {
        return firstYear - 1 + eraYear;
    }

    /**
     * The Gregorian year of the era's first year (元年).
     *
     * @return the year
     */
    public int firstYear() {
        return firstYear;
    }

    /**
     * The era of a date.
     *
     * @param date the date
     * @return the era
     * @throws IllegalArgumentException if the date is before 1873-01-01
     */
    public static Era of(LocalDate date) {
        for (int i = VALUES.length - 1; i >= 0; i--) {
            if (!date.isBefore(VALUES[i].firstDay)) {
                return VALUES[i];
            }
        }
        throw new IllegalArgumentException("dates before " + MEIJI.firstDay + " are not supported: " + date);
    }
}
