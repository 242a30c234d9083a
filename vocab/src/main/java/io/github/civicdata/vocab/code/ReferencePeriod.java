package io.github.civicdata.vocab.code;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * The days a table's data describe (its reference date, or the temporal coverage of its metadata
 * record): a code is acceptable for the data when it was in effect on at least one of these days.
 *
 * <p>A single day is a period whose first and last days are the same. Immutable and thread-safe.
 *
 * <pre>{@code
 * ReferencePeriod.of(LocalDate.of(2023, 6, 30));
 * ReferencePeriod.parse("2023-04-01/2024-03-31");   // a fiscal year
 * CodeLists.standard().explain("221317", ReferencePeriod.parse("2023-06-30")).isValid(); // true
 * }</pre>
 *
 * @param from the first day
 * @param to the last day (not before {@code from})
 */
public record ReferencePeriod(LocalDate from, LocalDate to) {

    /**
     * Validates the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public ReferencePeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /**
     * A period of one day.
     *
     * @param day the day
     * @return the period
     */
    public static ReferencePeriod of(LocalDate day) {
        return new ReferencePeriod(day, day);
    }

    /**
     * Reads {@code YYYY-MM-DD} (one day) or {@code YYYY-MM-DD/YYYY-MM-DD} (ISO 8601 interval).
     *
     * @param text the text
     * @return the period, or empty if the text is neither form or the interval is reversed
     */
    public static Optional<ReferencePeriod> parse(String text) {
        String t = Objects.requireNonNull(text, "text").strip();
        try {
            int slash = t.indexOf('/');
            if (slash < 0) {
                return Optional.of(of(LocalDate.parse(t)));
            }
            LocalDate a = LocalDate.parse(t.substring(0, slash).strip());
            LocalDate b = LocalDate.parse(t.substring(slash + 1).strip());
            return b.isBefore(a) ? Optional.empty() : Optional.of(new ReferencePeriod(a, b));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether a code record was in effect on some day of this period.
     *
     * @param record the record
     * @return {@code true} if the code's validity overlaps the period
     */
    public boolean overlaps(CodeRecord record) {
        return record.validFrom().map(f -> !to.isBefore(f)).orElse(true)
                && record.validUntil().map(u -> !from.isAfter(u)).orElse(true);
    }

    @Override
    public String toString() {
        return from.equals(to) ? from.toString() : from + "/" + to;
    }
}
