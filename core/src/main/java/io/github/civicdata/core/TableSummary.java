package io.github.civicdata.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The column profiles of one table of a source (the first table of a CSV file, or of a sheet), for
 * reports that people read (the HTML report's per-column profile).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * TableSummary t = new TableSummary("aed.csv", Optional.empty(), 120, columns);
 * }</pre>
 *
 * @param source the source name, as in findings
 * @param sheet the sheet, for spreadsheets
 * @param rows the number of data rows read
 * @param columns the columns, in order
 */
public record TableSummary(String source, Optional<String> sheet, long rows, List<ColumnSummary> columns) {

    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if rows is negative
     */
    public TableSummary {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sheet, "sheet");
        columns = List.copyOf(columns);
        if (rows < 0) {
            throw new IllegalArgumentException("rows must be >= 0");
        }
    }
}
