package io.github.civicdata.validation;

/**
 * Checks a table against a dataset template or a table schema: column-level findings when the
 * header is known, cell-level findings for every data row, and findings that need the whole
 * table (uniqueness overflow, fill rates) at the end. Applied to the first table of a source.
 *
 * <p>A new instance per source; not thread-safe.
 */
interface Conformance {

    /**
     * The header is known: check the columns and set each profile's type from the template.
     *
     * @param table the table being read (emitter, header, profiles)
     * @param headerLine the line (or sheet row) of the header
     */
    void header(TableProcessor table, long headerLine);

    /**
     * A non-empty data cell.
     *
     * @param value the value as a string, trimmed, if the caller already made one (else null)
     * @param reported whether a machine-readability rule already reported or checked the value's
     *     format (no type error then)
     */
    void cell(TableProcessor table, int column, char[] a, int s, int e, String value, long line, long row,
            boolean reported);

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
    void blank(TableProcessor table, int column, long line, long row);

    /** The end of the table. */
    void end(TableProcessor table);

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
