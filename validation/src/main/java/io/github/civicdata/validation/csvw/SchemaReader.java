package io.github.civicdata.validation.csvw;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads schema descriptions ("Metadata Vocabulary", 5.5 and 5.6): columns, primary key, row titles
 * and foreign keys. Column names must be unique and virtual columns come last (errors); a column
 * reference that names no column is a warning for {@code primaryKey} and {@code rowTitles} and an
 * error for a foreign key, whose properties are limited to {@code columnReference} and
 * {@code reference} (errors too).
 *
 * <p>Not thread-safe: one per document.
 */
final class SchemaReader {

    /** A URI template variable name (RFC 6570): letters, digits, {@code _}, percent-encodings, inner dots. */
    private static final Pattern VARNAME = Pattern.compile(
            "(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2})(?:\\.?(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2}))*");

    private final DocContext ctx;

    SchemaReader(DocContext ctx) {
        this.ctx = ctx;
    }

    Metadata.Schema schema(JsonNode o, String ptr) {
        Optional<String> id = Optional.empty();
        List<Metadata.Column> columns = new ArrayList<>();
        JsonNode primaryKey = null;
        JsonNode rowTitles = null;
        JsonNode foreignKeys = null;
        Map<Metadata.Prop, Object> inherited = new EnumMap<>(Metadata.Prop.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode v = e.getValue();
            String p = Problems.child(ptr, key);
            switch (key) {
                case "@context" -> {
                    // a fetched schema's own context, read by MetadataReader
                }
                case "@id" -> id = MetadataReader.id(v, p, ctx);
                case "@type" -> MetadataReader.type(v, "Schema", p, ctx);
                case "columns" -> {
                    if (!v.isArray()) {
                        ctx.warn(p, "csvw.metadata.property.array", key, DocContext.show(v));
                    } else {
                        for (int i = 0; i < v.size(); i++) {
                            String ip = Problems.child(p, i);
                            if (v.get(i).isObject()) {
                                columns.add(column(v.get(i), ip));
                            } else {
                                ctx.warn(ip, "csvw.metadata.property.item", key, DocContext.show(v.get(i)));
                            }
                        }
                    }
                }
                case "primaryKey" -> primaryKey = v;
                case "rowTitles" -> rowTitles = v;
                case "foreignKeys" -> foreignKeys = v;
                default -> {
                    Optional<Metadata.Prop> prop = Metadata.Prop.of(key);
                    if (prop.isPresent()) {
                        PropertyValues.inherited(prop.get(), v, p, ctx, inherited);
                    } else if (Vocab.isCommonPropertyName(key)) {
                        PropertyValues.common(v, p, ctx);
                    } else if (key.startsWith("@")) {
                        ctx.error(CsvwRules.METADATA_STRUCTURE, p, "csvw.metadata.structure.keyword", key);
                    } else {
                        ctx.warn(p, "csvw.metadata.property.unknown", key, "schema");
                    }
                }
            }
        }
        Set<String> names = new HashSet<>();
        boolean virtualSeen = false;
        for (Metadata.Column c : columns) {
            if (c.name().isPresent() && !names.add(c.name().get())) {
                ctx.error(CsvwRules.METADATA_STRUCTURE, c.pointer(), "csvw.metadata.structure.duplicate-name",
                        c.name().get());
            }
            if (c.virtual()) {
                virtualSeen = true;
            } else if (virtualSeen) {
                ctx.error(CsvwRules.METADATA_STRUCTURE, c.pointer(), "csvw.metadata.structure.virtual-order");
            }
        }
        List<String> pk = primaryKey == null ? List.of()
                : references(primaryKey, Problems.child(ptr, "primaryKey"), names, "primaryKey", false);
        List<String> rt = rowTitles == null ? List.of()
                : references(rowTitles, Problems.child(ptr, "rowTitles"), names, "rowTitles", false);
        List<Metadata.ForeignKey> fks = new ArrayList<>();
        if (foreignKeys != null) {
            String fp = Problems.child(ptr, "foreignKeys");
            if (!foreignKeys.isArray()) {
                ctx.warn(fp, "csvw.metadata.property.array", "foreignKeys", DocContext.show(foreignKeys));
            } else {
                for (int i = 0; i < foreignKeys.size(); i++) {
                    JsonNode fk = foreignKeys.get(i);
                    String ip = Problems.child(fp, i);
                    if (!fk.isObject()) {
                        ctx.warn(ip, "csvw.metadata.property.item", "foreignKeys", DocContext.show(fk));
                    } else {
                        foreignKey(fk, ip, names).ifPresent(fks::add);
                    }
                }
            }
        }
        return new Metadata.Schema(id, columns, pk, rt, fks, new Metadata.Inherited(inherited), ctx.source(), ptr);
    }

    private Metadata.Column column(JsonNode o, String ptr) {
        Optional<String> name = Optional.empty();
        Map<String, List<String>> titles = Map.of();
        boolean virtual = false;
        boolean suppress = false;
        Optional<String> id = Optional.empty();
        Map<Metadata.Prop, Object> inherited = new EnumMap<>(Metadata.Prop.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode v = e.getValue();
            String p = Problems.child(ptr, key);
            switch (key) {
                case "@id" -> id = MetadataReader.id(v, p, ctx);
                case "@type" -> MetadataReader.type(v, "Column", p, ctx);
                case "@context" -> ctx.error(CsvwRules.METADATA_CONTEXT, p, "csvw.metadata.context.nested");
                case "name" -> {
                    if (!v.isTextual()) {
                        ctx.warn(p, "csvw.metadata.property.string", key, DocContext.show(v));
                    } else if (v.asText().startsWith("_") || !VARNAME.matcher(v.asText()).matches()) {
                        ctx.warn(p, "csvw.metadata.property.name", v.asText());
                    } else {
                        name = Optional.of(v.asText());
                    }
                }
                case "titles" -> titles = PropertyValues.naturalLanguage(v, p, ctx);
                case "virtual" -> virtual = PropertyValues.bool(key, v, p, ctx).orElse(false);
                case "suppressOutput" -> suppress = PropertyValues.bool(key, v, p, ctx).orElse(false);
                default -> {
                    Optional<Metadata.Prop> prop = Metadata.Prop.of(key);
                    if (prop.isPresent()) {
                        PropertyValues.inherited(prop.get(), v, p, ctx, inherited);
                    } else if (Vocab.isCommonPropertyName(key)) {
                        PropertyValues.common(v, p, ctx);
                    } else if (key.startsWith("@")) {
                        ctx.error(CsvwRules.METADATA_STRUCTURE, p, "csvw.metadata.structure.keyword", key);
                    } else {
                        ctx.warn(p, "csvw.metadata.property.unknown", key, "column");
                    }
                }
            }
        }
        return new Metadata.Column(name, titles, Optional.ofNullable(ctx.language()), virtual, suppress, id, new Metadata.Inherited(inherited),
                ctx.source(), ptr);
    }

    /**
     * A column reference property: the names, or (when invalid) a warning and nothing, or for a
     * foreign key ({@code required}) an error.
     */
    private List<String> references(JsonNode v, String p, Set<String> names, String key, boolean required) {
        List<String> refs = new ArrayList<>();
        boolean ok = true;
        if (v.isTextual()) {
            refs.add(v.asText());
        } else if (v.isArray() && !v.isEmpty()) {
            for (JsonNode x : v) {
                if (x.isTextual()) {
                    refs.add(x.asText());
                } else {
                    ok = false;
                }
            }
        } else {
            ok = false;
        }
        List<String> missing = new ArrayList<>();
        for (String r : refs) {
            if (names != null && !names.contains(r)) {
                missing.add(r);
            }
        }
        if (!ok || !missing.isEmpty()) {
            String shown = missing.isEmpty() ? DocContext.show(v) : String.join(", ", missing);
            if (required) {
                ctx.error(CsvwRules.METADATA_STRUCTURE, p, "csvw.metadata.structure.column-reference", key, shown);
            } else {
                ctx.warn(p, "csvw.metadata.property.column-reference", key, shown);
            }
            return List.of();
        }
        return List.copyOf(refs);
    }

    private Optional<Metadata.ForeignKey> foreignKey(JsonNode fk, String ptr, Set<String> names) {
        boolean ok = true;
        for (Iterator<String> it = fk.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!k.equals("columnReference") && !k.equals("reference")) {
                ctx.error(CsvwRules.METADATA_STRUCTURE, Problems.child(ptr, k), "csvw.metadata.structure.fk-key", k,
                        "columnReference, reference");
                ok = false;
            }
        }
        JsonNode cr = fk.get("columnReference");
        JsonNode ref = fk.get("reference");
        if (cr == null || ref == null) {
            ctx.error(CsvwRules.METADATA_STRUCTURE, ptr, "csvw.metadata.structure.required",
                    cr == null ? "columnReference" : "reference", "foreign key");
            return Optional.empty();
        }
        List<String> columns = references(cr, Problems.child(ptr, "columnReference"), names, "columnReference", true);
        String rp = Problems.child(ptr, "reference");
        if (!ref.isObject()) {
            ctx.error(CsvwRules.METADATA_STRUCTURE, rp, "csvw.metadata.structure.reference", DocContext.show(ref));
            return Optional.empty();
        }
        for (Iterator<String> it = ref.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!k.equals("resource") && !k.equals("schemaReference") && !k.equals("columnReference")) {
                ctx.error(CsvwRules.METADATA_STRUCTURE, Problems.child(rp, k), "csvw.metadata.structure.fk-key", k,
                        "resource, schemaReference, columnReference");
                ok = false;
            }
        }
        JsonNode resource = ref.get("resource");
        JsonNode schemaRef = ref.get("schemaReference");
        if ((resource == null) == (schemaRef == null)) {
            ctx.error(CsvwRules.METADATA_STRUCTURE, rp, "csvw.metadata.structure.resource-or-schema");
            return Optional.empty();
        }
        JsonNode refCols = ref.get("columnReference");
        if (refCols == null) {
            ctx.error(CsvwRules.METADATA_STRUCTURE, rp, "csvw.metadata.structure.required", "columnReference",
                    "reference");
            return Optional.empty();
        }
        List<String> referenced = references(refCols, Problems.child(rp, "columnReference"), null, "columnReference",
                true);
        Optional<String> res = resource == null ? Optional.empty()
                : Optional.of(PropertyValues.link("resource", resource, Problems.child(rp, "resource"), ctx));
        Optional<String> sch = schemaRef == null ? Optional.empty()
                : Optional.of(PropertyValues.link("schemaReference", schemaRef, Problems.child(rp, "schemaReference"),
                        ctx));
        if (!ok || columns.isEmpty() || referenced.isEmpty()) {
            return Optional.empty();
        }
        if (columns.size() != referenced.size()) {
            ctx.error(CsvwRules.METADATA_STRUCTURE, ptr, "csvw.metadata.structure.fk-arity", columns.size(),
                    referenced.size());
            return Optional.empty();
        }
        return Optional.of(new Metadata.ForeignKey(columns, res, sch, referenced, ctx.source(), ptr));
    }
}
