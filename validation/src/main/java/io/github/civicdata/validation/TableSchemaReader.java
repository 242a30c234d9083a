package io.github.civicdata.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.civicdata.core.internal.StrictJson;
import io.github.civicdata.vocab.Confidence;
import io.github.civicdata.vocab.DataItem;
import io.github.civicdata.vocab.DatasetTemplate;
import io.github.civicdata.vocab.Datatype;
import io.github.civicdata.vocab.FormatConstraints;
import io.github.civicdata.vocab.NamedFormat;
import io.github.civicdata.vocab.Obligation;
import io.github.civicdata.vocab.TemplateColumn;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a Frictionless Table Schema ({@code {"fields": [...]}}) or a CSVW metadata document
 * ({@code {"tableSchema": {"columns": [...]}}} or {@code {"tables": [...]}}) into a
 * {@link DatasetTemplate}, so that {@code --schema} is checked exactly like {@code --template}.
 *
 * <p>Supported: field names (CSVW {@code titles} first), types ({@code string}, {@code integer},
 * {@code number}, {@code date}, {@code time}, {@code datetime}, {@code boolean}, {@code year},
 * CSVW datatypes and their {@code base}), the formats {@code email} and {@code uri}, and the
 * constraints {@code required}, {@code unique}, {@code enum}, {@code pattern}, {@code minimum},
 * {@code maximum}, {@code maxLength}, plus {@code primaryKey} as unique, and the missing values
 * (Table Schema {@code missingValues} of the schema and, as Table Schema v2 allows, of a field;
 * CSVW {@code null}): such a cell counts as empty. Anything else is ignored.
 *
 * <p>Stateless and thread-safe.
 */
final class TableSchemaReader {

    /** The largest schema file read, 16 MiB (a schema is a few kB). */
    static final long MAX_BYTES = 16L << 20;
    private static final StrictJson JSON = StrictJson.of(StrictJson.Limits.DEFAULT);

    private TableSchemaReader() {
    }

    /**
     * A schema read from a file: the template it is checked as, the label for the report's source
     * line (the schema's title and file name), and the values that stand for a missing value.
     *
     * @param template the columns as a template
     * @param label the title and file name, e.g. {@code 施設一覧 (facilities.schema.json)}
     * @param missingValues the schema's missing values ({@code [""]} when it names none)
     * @param fieldMissingValues a field's own missing values, by column name, where it has them
     */
    record Schema(DatasetTemplate template, String label, List<String> missingValues,
            Map<String, List<String>> fieldMissingValues) {
        Schema {
            missingValues = List.copyOf(missingValues);
            fieldMissingValues = Map.copyOf(fieldMissingValues);
        }

        /** The missing values of a column (its own, else the schema's). */
        List<String> missingValues(String column) {
            return fieldMissingValues.getOrDefault(column, missingValues);
        }
    }

    /**
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if it is not a table schema (the message says why)
     */
    static Schema read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new IllegalArgumentException(file + ": " + size + " bytes, more than the limit of " + MAX_BYTES
                    + " bytes for a schema file");
        }
        StrictJson.Outcome o = JSON.read(Files.readAllBytes(file));
        if (o.problem().isPresent()) {
            // not JSON, not UTF-8, a member name twice (both lines), too deep, a number too long
            throw new IllegalArgumentException(file + ": not JSON: " + o.problem().get().describe());
        }
        JsonNode root = o.tree().orElseThrow();
        if (!root.isObject()) {
            throw new IllegalArgumentException(file + ": a table schema must be a JSON object");
        }
        String base = file.getFileName().toString();
        return read(root, base);
    }

    static Schema read(JsonNode root, String sourceName) {
        JsonNode schema;
        boolean csvw;
        if (root.has("fields")) {
            schema = root;
            csvw = false;
        } else if (root.has("tableSchema")) {
            schema = root.get("tableSchema");
            csvw = true;
        } else if (root.has("tables") && root.get("tables").isArray() && root.get("tables").size() > 0
                && root.get("tables").get(0).has("tableSchema")) {
            schema = root.get("tables").get(0).get("tableSchema");
            csvw = true;
        } else {
            throw new IllegalArgumentException(sourceName
                    + ": neither a Table Schema (\"fields\") nor CSVW metadata (\"tableSchema\")");
        }
        JsonNode fields = schema.get(csvw ? "columns" : "fields");
        if (fields == null || !fields.isArray() || fields.isEmpty()) {
            throw new IllegalArgumentException(sourceName + ": the schema has no " + (csvw ? "columns" : "fields"));
        }
        Set<String> keys = primaryKey(schema.get("primaryKey"));
        List<String> missing = missingValues(schema.get(csvw ? "null" : "missingValues"), List.of(""));
        Map<String, List<String>> fieldMissing = new HashMap<>();
        List<TemplateColumn> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int n = 0;
        for (JsonNode f : fields) {
            n++;
            if (csvw && f.path("virtual").asBoolean(false)) {
                continue;
            }
            String name = csvw ? title(f) : text(f, "name");
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException(sourceName + ": field " + n + " has no name");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException(sourceName + ": duplicate field name " + name);
            }
            JsonNode c = csvw ? f : f.path("constraints");
            Datatype type;
            FormatConstraints.Builder fc = FormatConstraints.builder();
            String format;
            JsonNode dt = csvw ? f.get("datatype") : null;
            String typeName;
            if (csvw) {
                if (dt != null && dt.isObject()) {
                    typeName = dt.path("base").asText("string");
                    c = dt;
                } else {
                    typeName = dt == null ? "string" : dt.asText("string");
                }
                format = null;
            } else {
                typeName = f.path("type").asText("string");
                format = f.has("format") ? f.get("format").asText() : null;
            }
            type = datatype(typeName.toLowerCase(Locale.ROOT));
            if ("email".equals(format)) {
                fc.format(NamedFormat.EMAIL);
            } else if ("uri".equals(format) || "anyuri".equals(typeName.toLowerCase(Locale.ROOT))) {
                fc.format(NamedFormat.URI);
            }
            if ("boolean".equalsIgnoreCase(typeName)) {
                List<String> values = new ArrayList<>();
                values.addAll(strings(f.get("trueValues"), List.of("true", "True", "TRUE", "1")));
                values.addAll(strings(f.get("falseValues"), List.of("false", "False", "FALSE", "0")));
                fc.enumeration(values);
            }
            JsonNode e = c.get("enum");
            if (e != null && e.isArray()) {
                fc.enumeration(strings(e, List.of()));
            }
            String pattern = text(c, "pattern");
            if (pattern == null && csvw && dt != null && dt.isObject() && dt.path("format").isTextual()
                    && type == Datatype.STRING) {
                pattern = dt.get("format").asText();
            }
            if (pattern != null) {
                fc.pattern(pattern);
            }
            // ifs, not ifPresent(fc::minimum): each method reference spins a class at start-up
            Optional<BigDecimal> minimum = decimal(c.get("minimum"));
            if (minimum.isPresent()) {
                fc.minimum(minimum.get());
            }
            Optional<BigDecimal> maximum = decimal(c.get("maximum"));
            if (maximum.isPresent()) {
                fc.maximum(maximum.get());
            }
            if (c.has("maxLength") && c.get("maxLength").canConvertToInt()) {
                fc.maxLength(c.get("maxLength").asInt());
            }
            boolean required = (csvw ? f : c).path("required").asBoolean(false);
            boolean unique = c.path("unique").asBoolean(false) || keys.contains(name)
                    || (csvw && f.has("name") && keys.contains(f.get("name").asText()));
            String desc = text(f, csvw ? "dc:description" : "description");
            DataItem.Builder item = DataItem.builder("schema-field-" + n, name, name)
                    .datatype(type).constraints(fc.build());
            if (desc != null) {
                item.definition(desc);
            }
            JsonNode fm = f.get(csvw ? "null" : "missingValues");
            if (fm != null) {
                fieldMissing.put(name, missingValues(fm, missing));
            }
            columns.add(TemplateColumn.of(name, item.build(),
                    required ? Obligation.REQUIRED : Obligation.OPTIONAL, unique));
        }
        String title = text(root, csvw ? "dc:title" : "title");
        DatasetTemplate template = new DatasetTemplate("schema", "file", title == null ? sourceName : title,
                title == null ? sourceName : title, Optional.empty(), "table schema " + sourceName, Confidence.LOCAL,
                true, "read from " + sourceName, sourceName, "", columns);
        String label = title == null || title.isBlank() ? sourceName : title + " (" + sourceName + ")";
        return new Schema(template, label, missing, fieldMissing);
    }

    /** Table Schema {@code missingValues} (an array of strings) or CSVW {@code null} (a string or an array). */
    private static List<String> missingValues(JsonNode n, List<String> dflt) {
        if (n == null || n.isNull()) {
            return dflt;
        }
        return n.isTextual() ? List.of(n.asText()) : strings(n, dflt);
    }

    private static Datatype datatype(String t) {
        return switch (t) {
            case "integer", "int", "long", "short", "byte", "nonnegativeinteger", "positiveinteger",
                 "unsignedint", "unsignedlong", "year" -> Datatype.INTEGER;
            case "number", "decimal", "double", "float" -> Datatype.DECIMAL;
            case "date" -> Datatype.DATE;
            case "time" -> Datatype.TIME;
            case "datetime" -> Datatype.DATETIME;
            case "anyuri" -> Datatype.URI;
            default -> Datatype.STRING;
        };
    }

    private static Set<String> primaryKey(JsonNode pk) {
        Set<String> s = new HashSet<>();
        if (pk == null) {
            return s;
        }
        if (pk.isTextual()) {
            s.add(pk.asText());
        } else if (pk.isArray() && pk.size() == 1) {
            s.add(pk.get(0).asText());
        }
        return s;
    }

    private static String title(JsonNode f) {
        JsonNode t = f.get("titles");
        if (t != null) {
            if (t.isTextual()) {
                return t.asText();
            }
            if (t.isArray() && t.size() > 0) {
                return t.get(0).asText();
            }
            if (t.isObject()) {
                JsonNode ja = t.get("ja");
                if (ja != null) {
                    return ja.isArray() ? ja.get(0).asText() : ja.asText();
                }
                Iterator<JsonNode> it = t.elements();
                if (it.hasNext()) {
                    JsonNode v = it.next();
                    return v.isArray() ? v.get(0).asText() : v.asText();
                }
            }
        }
        return text(f, "name");
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v != null && v.isValueNode() && !v.isNull() ? v.asText() : null;
    }

    private static List<String> strings(JsonNode arr, List<String> dflt) {
        if (arr == null || !arr.isArray()) {
            return dflt;
        }
        List<String> out = new ArrayList<>();
        for (JsonNode v : arr) {
            out.add(v.asText());
        }
        return out;
    }

    private static Optional<BigDecimal> decimal(JsonNode n) {
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        try {
            String text = n.asText();
            // a longer text would cost quadratic time to convert; it is not a usable bound anyway
            return text.length() > StrictJson.DEFAULT_MAX_NUMBER_LENGTH ? Optional.empty()
                    : Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
