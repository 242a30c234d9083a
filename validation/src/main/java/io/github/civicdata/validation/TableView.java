package io.github.civicdata.validation;

import java.util.List;

/**
 * What a {@link Conformance} check may read of the table being validated: the header found, the
 * columns' other names, and counts. Read-only; the values change as the table is read (counts
 * grow), the header does not change after {@link Conformance#header}.
 *
 * <p>Not thread-safe (a view of a table being read on one thread).
 */
interface TableView {

    /** The number of columns (the header's cells, or more when a second header row is wider). */
    int width();

    /** The name of a 0-based column as the header gives it (joined from two header rows where there are two). */
    String name(int column);

    /** The names of all columns, in order (unmodifiable). */
    List<String> names();

    /** Each column's other names: LinkData label rows, the rows of a two-row header. */
    List<List<String>> otherNames();

    /** The 1-based line (or sheet row) of the header. */
    long headerLine();

    /** The data rows read so far in the source. */
    long rows();

    /** The non-empty values read so far in a 0-based column. */
    long values(int column);
}
