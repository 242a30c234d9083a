package io.github.civicdata.metadata;

import io.github.civicdata.metadata.internal.ValueException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The period a dataset covers ({@code dct:temporal}, a {@code dct:PeriodOfTime} with
 * {@code dcat:startDate} and {@code dcat:endDate}); either end may be open but not both.
 *
 * <p>An end before the start is representable (a record with that mistake can still be read and
 * listed) and is reported by {@link RecordChecks} as rule {@code metadata.temporal-order}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * TemporalCoverage fy2024 = TemporalCoverage.of(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));
 * }</pre>
 *
 * @param start the first day covered
 * @param end the last day covered
 */
public record TemporalCoverage(Optional<LocalDate> start, Optional<LocalDate> end) {

    /**
     * Validates the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if both ends are empty
     */
    public TemporalCoverage {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.isEmpty() && end.isEmpty()) {
            throw ValueException.of("metadata.value.temporal-empty");
        }
    }

    /**
     * @param start the first day
     * @param end the last day
     * @return a closed period
     */
    public static TemporalCoverage of(LocalDate start, LocalDate end) {
        return new TemporalCoverage(Optional.of(start), Optional.of(end));
    }

    /**
     * @param start the first day
     * @return a period open at the end
     */
    public static TemporalCoverage from(LocalDate start) {
        return new TemporalCoverage(Optional.of(start), Optional.empty());
    }

    /**
     * @return whether the end is before the start
     */
    public boolean isReversed() {
        return start.isPresent() && end.isPresent() && end.get().isBefore(start.get());
    }
}
