package io.github.civicdata.vocab.format;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Converts between 和暦 (Japanese-era dates) and 西暦 (Gregorian dates).
 *
 * <p>Supported days run from {@link #FIRST_SUPPORTED_DAY} (1873-01-01, 明治6年1月1日, when Japan
 * adopted the Gregorian calendar); era boundaries are those of {@link Era}. {@link #parse} reads
 * {@code 令和5年4月1日}, {@code 令和元年5月1日}, {@code R5.4.1}, {@code H31.4.30}, {@code r05/04/01},
 * {@code ㋿5年4月1日}, full-width digits and letters; it rejects dates outside their era
 * ({@code 平成31年5月1日}). Use {@link FormatChecks} to learn why a text was rejected.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * JapaneseDates.parse("R5.4.1");                          // Optional[2023-04-01]
 * JapaneseDates.toWareki(LocalDate.of(2019, 4, 30));      // 平成31年4月30日
 * JapaneseDates.format(LocalDate.of(2019, 5, 1));         // 令和元年5月1日
 * }</pre>
 */
public final class JapaneseDates {

    /** The first supported day: 1873-01-01 (明治6年1月1日). */
    public static final LocalDate FIRST_SUPPORTED_DAY = Era.MEIJI.firstDay();

    private JapaneseDates() {
    }

    /**
     * The 和暦 date of a Gregorian date.
     *
     * @param date the date
     * @return the 和暦 date
     * @throws IllegalArgumentException if the date is before 1873-01-01
     */
    public static WarekiDate toWareki(LocalDate date) {
        Objects.requireNonNull(date, "date");
        Era era = Era.of(date);
        return new WarekiDate(era, date.getYear() - era.firstYear() + 1, date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * The Gregorian date of a 和暦 date.
     *
     * @param date the 和暦 date
     * @return the Gregorian date
     */
    public static LocalDate toGregorian(WarekiDate date) {
        return date.toLocalDate();
    }

    /**
     * The canonical 和暦 text of a Gregorian date, e.g. {@code 令和5年4月1日}.
     *
     * @param date the date
     * @return the text
     * @throws IllegalArgumentException if the date is before 1873-01-01
     */
    public static String format(LocalDate date) {
        return toWareki(date).toString();
    }

    /**
     * Reads a 和暦 date in any of the accepted forms.
     *
     * @param text the text
     * @return the 和暦 date, or empty if the text is not one (or names a day outside its era)
     */
    public static Optional<WarekiDate> parseWareki(CharSequence text) {
        int[] out = new int[4];
        if (text == null || Dates.parseWareki(text, out) != Dates.OK) {
            return Optional.empty();
        }
        return Optional.of(new WarekiDate(Dates.era(out), out[1], out[2], out[3]));
    }

    /**
     * Reads a 和暦 date in any of the accepted forms and returns its Gregorian date.
     *
     * @param text the text
     * @return the Gregorian date, or empty if the text is not a valid 和暦 date
     */
    public static Optional<LocalDate> parse(CharSequence text) {
        return parseWareki(text).map(WarekiDate::toLocalDate);
    }
}
