package io.github.civicdata.anonymize;

import java.time.Duration;
import java.util.Objects;

/**
 * When the lattice of transformations is too large to search optimally, how the heuristic search
 * is bounded: it stops at whichever comes first, the time or the number of transformations
 * checked, and reports the best transformation found together with the lower bound of the metric
 * it proved (the optimality gap is their difference).
 *
 * <p>{@code optimalLimit} is the largest lattice searched optimally (default 5,000,000); above it
 * the heuristic search runs. Setting it to 0 makes every search heuristic (to see how close the
 * heuristic gets on a problem that is also solved optimally).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Anonymizer.builder().searchBudget(SearchBudget.of(Duration.ofSeconds(30), 20_000)) ...
 * }</pre>
 *
 * @param time the longest time the heuristic search may take
 * @param checks the most transformations it may check
 * @param optimalLimit the largest lattice searched optimally
 */
public record SearchBudget(Duration time, long checks, long optimalLimit) {

    /** The default largest lattice searched optimally. */
    public static final long DEFAULT_OPTIMAL_LIMIT = 5_000_000L;

    /**
     * Validates the parts.
     *
     * @throws AnonymizationException if the time is not positive or the checks are below 1, or the
     *     limit is negative or above the default
     */
    public SearchBudget {
        Objects.requireNonNull(time, "time");
        if (time.isNegative() || time.isZero() || checks < 1 || optimalLimit < 0
                || optimalLimit > DEFAULT_OPTIMAL_LIMIT) {
            throw AnonymizationException.config("anon.config.search-budget", time.toMillis(), checks, optimalLimit,
                    DEFAULT_OPTIMAL_LIMIT);
        }
    }

    /**
     * The default budget: 60 seconds, 50,000 checks, optimal search up to 5,000,000 transformations.
     *
     * @return the default
     */
    public static SearchBudget defaults() {
        return new SearchBudget(Duration.ofSeconds(60), 50_000, DEFAULT_OPTIMAL_LIMIT);
    }

    /**
     * A budget with the default optimal-search limit.
     *
     * @param time the longest time
     * @param checks the most transformations checked
     * @return the budget
     */
    public static SearchBudget of(Duration time, long checks) {
        return new SearchBudget(time, checks, DEFAULT_OPTIMAL_LIMIT);
    }

    /**
     * @param limit the largest lattice searched optimally (0 = always heuristic)
     * @return a copy with that limit
     */
    public SearchBudget withOptimalLimit(long limit) {
        return new SearchBudget(time, checks, limit);
    }
}
