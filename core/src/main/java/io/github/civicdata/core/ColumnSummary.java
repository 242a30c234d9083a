package io.github.civicdata.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A profile of one column of a table, for people reading a report: how many cells are filled, how
 * many distinct values there are, the type the column was read as, the smallest and largest value
 * (numeric columns) or the most frequent values, and the template column it maps to.
 *
 * <p>Distinct values are counted exactly up to a bound ({@link #distinctCapped()} is true when there
 * were more). Values (minimum, maximum, frequent values) are truncated like finding values and left
 * out altogether when a report hides values (personal data).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ColumnSummary c = new ColumnSummary(3, "緯度", 120, 0, 118, false, "number", Optional.of("緯度"),
 *         Optional.of("35.1"), Optional.of("35.9"), List.of());
 * double filled = c.filledShare(); // 1.0
 * }</pre>
 *
 * @param index the 1-based column index
 * @param header the column's header text
 * @param filled the number of non-empty cells
 * @param blank the number of empty cells
 * @param distinct the number of distinct non-empty values (a lower bound when capped)
 * @param distinctCapped whether there were more distinct values than were counted
 * @param type the type the column was read as ({@code number}, {@code code}, {@code text},
 *     {@code unknown}, or a template's datatype)
 * @param templateColumn the template column this column maps to
 * @param min the smallest value (numeric columns)
 * @param max the largest value (numeric columns)
 * @param topValues the most frequent values, most frequent first
 */
public record ColumnSummary(int index, String header, long filled, long blank, long distinct, boolean distinctCapped,
        String type, Optional<String> templateColumn, Optional<String> min, Optional<String> max,
        List<ValueCount> topValues) {

    /**
     * One value and how often it occurs.
     *
     * @param value the value (truncated)
     * @param count its number of cells
     */
    public record ValueCount(String value, long count) {
        /**
         * @throws NullPointerException if the value is null
         * @throws IllegalArgumentException if the count is negative
         */
        public ValueCount {
            value = Values.truncate(Objects.requireNonNull(value, "value"));
            if (count < 0) {
                throw new IllegalArgumentException("count must be >= 0");
            }
        }
    }

    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the index is below 1 or a count is negative
     */
    public ColumnSummary {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(templateColumn, "templateColumn");
        min = Objects.requireNonNull(min, "min").map(Values::truncate);
        max = Objects.requireNonNull(max, "max").map(Values::truncate);
        topValues = List.copyOf(topValues);
        if (index < 1) {
            throw new IllegalArgumentException("index must be >= 1: " + index);
        }
        if (filled < 0 || blank < 0 || distinct < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
    }

    /**
     * @return the share of filled cells, 0 to 1 (0 for a column without cells)
     */
    public double filledShare() {
        long all = filled + blank;
        return all == 0 ? 0 : (double) filled / all;
    }
}
