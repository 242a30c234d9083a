package io.github.civicdata.validation.csvw;

import java.util.List;
import java.util.Optional;

/**
 * The annotated tabular data model as the converters see it, one row at a time: the group and
 * table annotations, and for each row its cells with their values and URLs ("Tabular Data Model",
 * 4.2 to 4.6). A {@link Sink} receives them in document order; nothing keeps a whole table.
 *
 * <p>Immutable values; not API.
 */
final class Annotated {

    private Annotated() {
    }

    /** How a value appears in JSON. */
    enum JsonKind { STRING, NUMBER, BOOLEAN }

    /**
     * One value of a cell.
     *
     * @param literal its lexical form
     * @param datatype the RDF datatype URL
     * @param lang its language tag (strings only), or null
     * @param json how it appears in JSON
     */
    record Value(String literal, String datatype, String lang, JsonKind json) {
    }

    /**
     * A cell as the converters need it.
     *
     * @param name the column's name (percent-encoded as in the model)
     * @param aboutUrl the subject's URL, or null for the row's default subject
     * @param propertyUrl the predicate's URL, or null for the table URL with the name as fragment
     * @param valueUrl the object's URL, or null
     * @param values the values; empty for null or an empty list
     * @param list whether the value is a list
     * @param ordered whether a list's order matters
     */
    record Cell(String name, String aboutUrl, String propertyUrl, String valueUrl, List<Value> values, boolean list,
            boolean ordered) {
        Cell {
            values = List.copyOf(values);
        }
    }

    /** A row title and its language ({@code und} when it has none). */
    record Title(String value, String lang) {
    }

    /**
     * A row, with the cells of the columns whose output is not suppressed.
     *
     * @param tableUrl the table's URL
     * @param number the row number (1 is the first data row)
     * @param sourceNumber the row's line in the file as the model counts rows (header and skipped rows included)
     * @param titles the row titles
     * @param cells the cells to output, in column order
     */
    record Row(String tableUrl, long number, long sourceNumber, List<Title> titles, List<Cell> cells) {
        Row {
            titles = List.copyOf(titles);
            cells = List.copyOf(cells);
        }
    }

    /** A table about to be output. */
    record Table(String url, Optional<String> id, List<Metadata.Annotation> annotations) {
        Table {
            annotations = List.copyOf(annotations);
        }
    }

    /** The group of tables. */
    record Group(Optional<String> id, List<Metadata.Annotation> annotations) {
        Group {
            annotations = List.copyOf(annotations);
        }
    }

    /** Receives the annotated model in order: group, then each table with its rows. */
    interface Sink {
        default void startGroup(Group g) {
        }

        default void startTable(Table t) {
        }

        default void row(Row r) {
        }

        /**
         * The end of a table, with the comments found in its file (they annotate the table as
         * {@code rdfs:comment}).
         */
        default void endTable(List<String> comments) {
        }

        default void endGroup() {
        }
    }

    /** A sink that ignores everything (validation). */
    static final Sink NONE = new Sink() {
    };
}
