package io.github.civicdata.validation.csvw;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The normalised metadata of a group of tables, as read by {@link MetadataReader}: description
 * objects with their properties checked (invalid values already reported and dropped), URLs
 * resolved, common properties normalised. Inherited properties stay where they were written; a
 * column's effective value is looked up along column, schema, table and group.
 *
 * <p>Immutable holders of values; not API.
 */
final class Metadata {

    private Metadata() {
    }

    /** The inherited properties ("Metadata Vocabulary", 5.7). */
    enum Prop {
        NULL("null"), DEFAULT("default"), SEPARATOR("separator"), LANG("lang"), DATATYPE("datatype"),
        REQUIRED("required"), ORDERED("ordered"), TEXT_DIRECTION("textDirection"), ABOUT_URL("aboutUrl"),
        PROPERTY_URL("propertyUrl"), VALUE_URL("valueUrl");

        final String key;

        Prop(String key) {
            this.key = key;
        }

        static Optional<Prop> of(String key) {
            for (Prop p : values()) {
                if (p.key.equals(key)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }
    }

    /** Marks an inherited property explicitly set to JSON null (a separator of null). */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /**
     * The inherited properties set on one description object: {@code List<String>} for null,
     * {@code String} for default, separator ({@link #NULL} when null), lang and textDirection,
     * {@link Datatype} for datatype, {@code Boolean} for required and ordered, {@link UriTemplate}
     * for the URL templates.
     */
    record Inherited(Map<Prop, Object> values) {
        static final Inherited NONE = new Inherited(Map.of());

        Inherited {
            values = values.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(values));
        }

        Optional<Object> get(Prop p) {
            return Optional.ofNullable(values.get(p));
        }
    }

    /**
     * A common property or the notes of a description object.
     *
     * @param name the property as written ({@code dc:title}, an absolute URL, or {@code notes})
     * @param value the normalised value (strings became value objects, {@code @id}s absolute)
     */
    record Annotation(String name, JsonNode value) {
        /** The property's URL ({@code notes} is {@code csvw:note}). */
        String iri() {
            return "notes".equals(name) ? Vocab.CSVW + "note" : Vocab.expand(name);
        }
    }

    /** A dialect description: only the properties that were given (and valid). */
    record Dialect(Map<String, Object> values) {
        static final Dialect NONE = new Dialect(Map.of());

        Dialect {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /**
     * A column description.
     *
     * @param name the name property, if valid
     * @param titles the titles by language tag, in document order
     * @param language the default language of the document ({@code @language} of its context)
     * @param pointer where the description is in the metadata
     */
    record Column(Optional<String> name, Map<String, List<String>> titles, Optional<String> language, boolean virtual,
            boolean suppressOutput, Optional<String> id, Inherited inherited, String source, String pointer) {
        Column {
            titles = Collections.unmodifiableMap(new LinkedHashMap<>(titles));
        }
    }

    /**
     * A foreign key: referencing columns of this schema and the referenced table (by its url or
     * by the {@code @id} of its schema) with its columns.
     */
    record ForeignKey(List<String> columns, Optional<String> resource, Optional<String> schemaReference,
            List<String> referencedColumns, String source, String pointer) {
        ForeignKey {
            columns = List.copyOf(columns);
            referencedColumns = List.copyOf(referencedColumns);
        }
    }

    /** A schema description. */
    record Schema(Optional<String> id, List<Column> columns, List<String> primaryKey, List<String> rowTitles,
            List<ForeignKey> foreignKeys, Inherited inherited, String source, String pointer) {
        static Schema empty(String source, String pointer) {
            return new Schema(Optional.empty(), List.of(), List.of(), List.of(), List.of(), Inherited.NONE, source,
                    pointer);
        }

        Schema {
            columns = List.copyOf(columns);
            primaryKey = List.copyOf(primaryKey);
            rowTitles = List.copyOf(rowTitles);
            foreignKeys = List.copyOf(foreignKeys);
        }
    }

    /** A table description. */
    record Table(String url, Optional<String> id, List<Annotation> annotations, Optional<Dialect> dialect,
            Optional<Schema> schema, boolean suppressOutput, Optional<String> tableDirection, Inherited inherited,
            String source, String pointer) {
        Table {
            annotations = List.copyOf(annotations);
        }

        Table withUrl(String newUrl) {
            return new Table(newUrl, id, annotations, dialect, schema, suppressOutput, tableDirection, inherited,
                    source, pointer);
        }
    }

    /** A table group description (a single table description is read as a group of one). */
    record Group(Optional<String> id, List<Annotation> annotations, List<Table> tables, Optional<Dialect> dialect,
            Optional<Schema> schema, Optional<String> tableDirection, Inherited inherited, String source) {
        Group {
            annotations = List.copyOf(annotations);
            tables = List.copyOf(tables);
        }

        Group withTables(List<Table> newTables) {
            return new Group(id, annotations, newTables, dialect, schema, tableDirection, inherited, source);
        }
    }
}
