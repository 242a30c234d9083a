package io.github.civicdata.validation.csvw;

import io.github.civicdata.core.Report;
import java.util.Objects;

/**
 * The outcome of a CSVW run: the findings, how many tables and rows were read, and whether
 * processing went through (it stops before the tables when the metadata has errors, as the
 * specification says).
 *
 * <p>Immutable and thread-safe.
 *
 * @param report the findings ({@code csvw.*} rules)
 * @param tables the tables read
 * @param rows the data rows read, over all tables
 * @param completed false when an error in the metadata (or in locating it) stopped processing
 */
public record CsvwResult(Report report, int tables, long rows, boolean completed) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if the report is null
     * @throws IllegalArgumentException if a count is negative
     */
    public CsvwResult {
        Objects.requireNonNull(report, "report");
        if (tables < 0 || rows < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }
}
