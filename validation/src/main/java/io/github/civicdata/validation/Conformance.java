package io.github.civicdata.validation;

import io.github.civicdata.core.Finding;
import java.util.function.Consumer;

/**
 * Checks a table against a dataset template or a table schema: column-level findings when the
 * header is known, cell-level findings for every data row, and findings that need the whole
 * table (uniqueness overflow, fill rates) at the end. Applied to the first table of a source.
 *
 * <p>The check reads the table through a read-only {@link TableView} and never calls back into the
 * table processor: what it decides about columns (types, region checks, missing values) the
 * processor asks for.
 *
 * <p>A new instance per source; not thread-safe.
 */
interface Conformance {

    /**
     * The header is known: check the columns.
     *
     * @param table the table being read (header, names, counts), valid until {@link #end}
     * @param out makes the findings; those about the header are reported at once
     * @param currentRow takes the findings of {@link #cell} and {@link #blank}: they go with the
     *     row being read (held back with it)
     */
    void header(TableView table, Emitter out, Consumer<Finding> currentRow);

    /**
     * The type of a column as the template or schema declares it ({@link ColumnProfile#NUMERIC} or
     * {@link ColumnProfile#TEXT}; no type is inferred for it then), or {@link ColumnProfile#UNKNOWN}
     * for a column it does not declare; known once {@link #header} was called.
     */
    byte columnType(int column);

    /**
     * A non-empty data cell.
     *
     * @param value the value as a string, trimmed, if the caller already made one (else null)
     * @param reported whether a machine-readability rule already reported or checked the value's
     *     format (no type error then)
     */
    void cell(int column, char[] a, int s, int e, String value, long line, long row, boolean reported);

    /**
     * Whether some column has values that stand for a missing value (a table schema's
     * {@code missingValues}); known once {@link #header} was called.
     */
    default boolean hasMissingValues() {
        return false;
    }

    /**
     * Whether a non-empty cell holds a value that stands for a missing value in its column: the
     * cell is then treated as empty by every check.
     */
    default boolean isMissing(int column, char[] a, int s, int e) {
        return false;
    }

    /**
     * Whether a column name names a column of the template or schema (a signal for choosing the
     * header row; may be called before {@link #header}).
     */
    default boolean knowsHeader(String name) {
        return false;
    }

    /**
     * The kind of domain check a column gets, once {@link #header} was called: the template or
     * schema decides for the columns it declares; {@code byName} is what the column's name
     * suggests.
     */
    default ValueSemantics.Region region(int column, ValueSemantics.Region byName) {
        return byName;
    }

    /** An empty data cell (or one missing from a short row). */
    /** The template column that {@code column} is matched to (for the report's column profile), or null. */
    default String templateHeader(int column) {
        return null;
    }

    /** The datatype the template declares for {@code column}, in lower case (e.g. {@code integer}), or null. */
    default String templateTypeName(int column) {
        return null;
    }

    void blank(int column, long line, long row);

    /** The end of the table. */
    void end();

    /** The template or schema, {@code id@version}, for the report's source information. */
    String label();

    /**
     * The template's provenance for the report's source information (its confidence and where its
     * columns' definitions come from), or null for a table schema.
     */
    default String provenance() {
        return null;
    }
}
