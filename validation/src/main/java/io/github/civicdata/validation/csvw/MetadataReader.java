package io.github.civicdata.validation.csvw;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a metadata document into {@link Metadata}: the top-level {@code @context}, table groups,
 * tables, dialects and transformations, with schemas left to {@link SchemaReader}. Follows
 * "Metadata Vocabulary for Tabular Data": an invalid property value is a warning and the property
 * is ignored (or takes its default), an unknown property is a warning, and structural problems
 * (a missing required property, a blank-node {@code @id}, a wrong {@code @type}, a nested
 * {@code @context}) are errors. Every finding carries the JSON pointer of the property.
 *
 * <p>Object properties given as URLs (a schema or dialect in its own file) are fetched through the
 * {@link Fetcher}, so only what the resolver allows is read.
 *
 * <p>Not thread-safe: one per run.
 */
final class MetadataReader {

    static final String CSVW_CONTEXT = "http://www.w3.org/ns/csvw";

    private static final Set<String> DIALECT_KEYS = Set.of("commentPrefix", "delimiter", "doubleQuote", "encoding",
            "header", "headerRowCount", "lineTerminators", "quoteChar", "skipBlankRows", "skipColumns",
            "skipInitialSpace", "skipRows", "trim");
    private static final Set<String> DIRECTIONS = Set.of("ltr", "rtl", "auto");

    private final Fetcher fetcher;
    private final Problems problems;
    private final Names names;

    MetadataReader(Fetcher fetcher, Problems problems, Names names) {
        this.fetcher = fetcher;
        this.problems = problems;
        this.names = names;
    }

    /**
     * Reads a metadata document as a table group (a table description becomes a group of one).
     *
     * @param url the document's URL
     * @param root its JSON
     * @return the group, or empty when the document is not a table group or table description
     */
    Optional<Metadata.Group> read(String url, JsonNode root) {
        String source = names.of(url);
        if (!root.isObject()) {
            problems.add(CsvwRules.METADATA_SYNTAX, "csvw.metadata.syntax.not-object", Problems.pointer(source, ""),
                    null);
            return Optional.empty();
        }
        DocContext ctx = context(root, url, source, "");
        String type = root.path("@type").asText("");
        boolean group;
        if (root.has("tables")) {
            group = true;
        } else if (root.has("url")) {
            group = false;
        } else if (type.equals("TableGroup") || type.equals("Table")) {
            group = type.equals("TableGroup");
        } else if (!type.isEmpty()) {
            ctx.error(CsvwRules.METADATA_STRUCTURE, "/@type", "csvw.metadata.structure.type", type, "TableGroup, Table");
            return Optional.empty();
        } else {
            ctx.error(CsvwRules.METADATA_STRUCTURE, "", "csvw.metadata.structure.top");
            return Optional.empty();
        }
        if (group) {
            return Optional.of(group(root, ctx));
        }
        Metadata.Table t = table(root, ctx, "");
        return Optional.of(new Metadata.Group(Optional.empty(), List.of(), List.of(t), Optional.empty(),
                Optional.empty(), Optional.empty(), Metadata.Inherited.NONE, source));
    }

    /** Reads the {@code @context} of a top-level object (a document or a fetched object). */
    private DocContext context(JsonNode o, String url, String source, String ptr) {
        DocContext plain = new DocContext(source, url, null, problems);
        JsonNode c = o.get("@context");
        String p = Problems.child(ptr, "@context");
        if (c == null) {
            problems.add(CsvwRules.METADATA_CONTEXT, io.github.civicdata.core.Severity.WARNING,
                    "csvw.metadata.context.missing", Problems.pointer(source, ptr), null);
            return plain;
        }
        if (c.isTextual()) {
            if (!c.asText().equals(CSVW_CONTEXT)) {
                plain.error(CsvwRules.METADATA_CONTEXT, p, CsvwRules.METADATA_CONTEXT, DocContext.show(c));
            }
            return plain;
        }
        if (!c.isArray() || c.isEmpty() || c.size() > 2 || !c.get(0).isTextual()
                || !c.get(0).asText().equals(CSVW_CONTEXT) || (c.size() == 2 && !c.get(1).isObject())) {
            plain.error(CsvwRules.METADATA_CONTEXT, p, CsvwRules.METADATA_CONTEXT, DocContext.show(c));
            return plain;
        }
        if (c.size() == 1) {
            return plain;
        }
        String base = url;
        String language = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = c.get(1).fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String kp = Problems.child(Problems.child(p, 1), e.getKey());
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "@base" -> {
                    if (v.isTextual()) {
                        base = Urls.resolve(url, v.asText());
                    } else {
                        plain.warn(kp, "csvw.metadata.property.link", "@base", DocContext.show(v));
                    }
                }
                case "@language" -> {
                    if (v.isTextual() && PropertyValues.isLanguage(v.asText())) {
                        language = v.asText();
                    } else {
                        plain.warn(kp, "csvw.metadata.property.language", "@language", DocContext.show(v));
                    }
                }
                default -> plain.error(CsvwRules.METADATA_CONTEXT, kp, "csvw.metadata.context.key", e.getKey());
            }
        }
        return new DocContext(source, base, language, problems);
    }

    private Metadata.Group group(JsonNode o, DocContext ctx) {
        Optional<String> id = Optional.empty();
        List<Metadata.Annotation> annotations = new ArrayList<>();
        List<Metadata.Table> tables = new ArrayList<>();
        Optional<Metadata.Dialect> dialect = Optional.empty();
        Optional<Metadata.Schema> schema = Optional.empty();
        Optional<String> direction = Optional.empty();
        Map<Metadata.Prop, Object> inherited = new EnumMap<>(Metadata.Prop.class);
        boolean hasTables = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode v = e.getValue();
            String p = Problems.child("", key);
            switch (key) {
                case "@context" -> {
                    // read by context()
                }
                case "@id" -> id = id(v, p, ctx);
                case "@type" -> type(v, "TableGroup", p, ctx);
                case "tables" -> {
                    hasTables = true;
                    if (!v.isArray()) {
                        ctx.warn(p, "csvw.metadata.property.array", key, DocContext.show(v));
                    } else {
                        for (int i = 0; i < v.size(); i++) {
                            String ip = Problems.child(p, i);
                            if (v.get(i).isObject()) {
                                if (v.get(i).has("@context")) {
                                    ctx.error(CsvwRules.METADATA_CONTEXT, Problems.child(ip, "@context"),
                                            "csvw.metadata.context.nested");
                                }
                                tables.add(table(v.get(i), ctx, ip));
                            } else {
                                ctx.warn(ip, "csvw.metadata.property.item", key, DocContext.show(v.get(i)));
                            }
                        }
                    }
                }
                case "dialect" -> dialect = dialectProperty(v, p, ctx);
                case "tableSchema" -> schema = schemaProperty(v, p, ctx);
                case "tableDirection" -> direction = direction(v, p, ctx);
                case "transformations" -> transformations(v, p, ctx);
                case "notes" -> notes(v, p, ctx, annotations);
                default -> other(key, v, p, ctx, "table group", inherited, annotations);
            }
        }
        if (!hasTables) {
            ctx.error(CsvwRules.METADATA_STRUCTURE, "", "csvw.metadata.structure.required", "tables", "table group");
        } else if (tables.isEmpty()) {
            ctx.error(CsvwRules.METADATA_STRUCTURE, "/tables", "csvw.metadata.structure.no-tables");
        }
        return new Metadata.Group(id, annotations, tables, dialect, schema, direction,
                new Metadata.Inherited(inherited), ctx.source());
    }

    private Metadata.Table table(JsonNode o, DocContext ctx, String ptr) {
        String url = null;
        Optional<String> id = Optional.empty();
        List<Metadata.Annotation> annotations = new ArrayList<>();
        Optional<Metadata.Dialect> dialect = Optional.empty();
        Optional<Metadata.Schema> schema = Optional.empty();
        boolean suppress = false;
        Optional<String> direction = Optional.empty();
        Map<Metadata.Prop, Object> inherited = new EnumMap<>(Metadata.Prop.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode v = e.getValue();
            String p = Problems.child(ptr, key);
            switch (key) {
                case "@context" -> {
                    // read by context(), or reported as nested
                }
                case "@id" -> id = id(v, p, ctx);
                case "@type" -> type(v, "Table", p, ctx);
                case "url" -> {
                    if (v.isTextual()) {
                        url = ctx.resolve(v.asText());
                    } else {
                        ctx.warn(p, "csvw.metadata.property.link", key, DocContext.show(v));
                    }
                }
                case "dialect" -> dialect = dialectProperty(v, p, ctx);
                case "tableSchema" -> schema = schemaProperty(v, p, ctx);
                case "tableDirection" -> direction = direction(v, p, ctx);
                case "transformations" -> transformations(v, p, ctx);
                case "notes" -> notes(v, p, ctx, annotations);
                case "suppressOutput" -> suppress = PropertyValues.bool(key, v, p, ctx).orElse(false);
                default -> other(key, v, p, ctx, "table", inherited, annotations);
            }
        }
        if (url == null) {
            ctx.error(CsvwRules.METADATA_STRUCTURE, ptr, "csvw.metadata.structure.required", "url", "table");
            url = ctx.resolve("");
        }
        return new Metadata.Table(url, id, annotations, dialect, schema, suppress, direction,
                new Metadata.Inherited(inherited), ctx.source(), ptr);
    }

    /** An inherited property, a common property, or an unknown one (a warning). */
    private void other(String key, JsonNode v, String p, DocContext ctx, String what, Map<Metadata.Prop, Object> inherited,
            List<Metadata.Annotation> annotations) {
        Optional<Metadata.Prop> prop = Metadata.Prop.of(key);
        if (prop.isPresent() && inherited != null) {
            PropertyValues.inherited(prop.get(), v, p, ctx, inherited);
        } else if (Vocab.isCommonPropertyName(key)) {
            JsonNode n = PropertyValues.common(v, p, ctx);
            if (annotations != null) {
                annotations.add(new Metadata.Annotation(key, n));
            }
        } else if (key.startsWith("@")) {
            ctx.error(CsvwRules.METADATA_STRUCTURE, p, "csvw.metadata.structure.keyword", key);
        } else {
            ctx.warn(p, "csvw.metadata.property.unknown", key, what);
        }
    }

    private void notes(JsonNode v, String p, DocContext ctx, List<Metadata.Annotation> annotations) {
        if (!v.isArray()) {
            ctx.warn(p, "csvw.metadata.property.array", "notes", DocContext.show(v));
            return;
        }
        annotations.add(new Metadata.Annotation("notes", PropertyValues.common(v, p, ctx)));
    }

    static Optional<String> id(JsonNode v, String p, DocContext ctx) {
        if (!v.isTextual()) {
            // a link property that is not a string is taken as the empty string: the base URL
            ctx.warn(p, "csvw.metadata.property.link", "@id", DocContext.show(v));
            return Optional.of(ctx.resolve(""));
        }
        if (v.asText().startsWith("_:")) {
            ctx.error(CsvwRules.METADATA_STRUCTURE, p, "csvw.metadata.structure.blank-id", v.asText());
            return Optional.empty();
        }
        return Optional.of(ctx.resolve(Vocab.expand(v.asText())));
    }

    static void type(JsonNode v, String expected, String p, DocContext ctx) {
        if (!v.isTextual() || !v.asText().equals(expected)) {
            ctx.error(CsvwRules.METADATA_STRUCTURE, p, "csvw.metadata.structure.type", DocContext.show(v), expected);
        }
    }

    private Optional<String> direction(JsonNode v, String p, DocContext ctx) {
        if (v.isTextual() && DIRECTIONS.contains(v.asText())) {
            return Optional.of(v.asText());
        }
        ctx.warn(p, "csvw.metadata.property.one-of", "tableDirection", DocContext.show(v), "ltr, rtl, auto");
        return Optional.empty();
    }

    private void transformations(JsonNode v, String p, DocContext ctx) {
        if (!v.isArray()) {
            ctx.warn(p, "csvw.metadata.property.array", "transformations", DocContext.show(v));
            return;
        }
        for (int i = 0; i < v.size(); i++) {
            String ip = Problems.child(p, i);
            JsonNode t = v.get(i);
            if (!t.isObject()) {
                ctx.warn(ip, "csvw.metadata.property.item", "transformations", DocContext.show(t));
                continue;
            }
            for (String required : List.of("url", "scriptFormat", "targetFormat")) {
                if (!t.has(required)) {
                    ctx.error(CsvwRules.METADATA_STRUCTURE, ip, "csvw.metadata.structure.required", required,
                            "transformation");
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = t.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                String kp = Problems.child(ip, e.getKey());
                JsonNode x = e.getValue();
                switch (e.getKey()) {
                    case "url", "scriptFormat", "targetFormat" -> PropertyValues.link(e.getKey(), x, kp, ctx);
                    case "source" -> {
                        if (!x.isNull() && !(x.isTextual() && (x.asText().equals("json") || x.asText().equals("rdf")))) {
                            ctx.warn(kp, "csvw.metadata.property.one-of", "source", DocContext.show(x), "json, rdf");
                        }
                    }
                    case "titles" -> PropertyValues.naturalLanguage(x, kp, ctx);
                    case "@id" -> id(x, kp, ctx);
                    case "@type" -> type(x, "Template", kp, ctx);
                    default -> other(e.getKey(), x, kp, ctx, "transformation", null, null);
                }
            }
        }
    }

    /** The {@code dialect} property: an object, or the URL of one. */
    private Optional<Metadata.Dialect> dialectProperty(JsonNode v, String p, DocContext ctx) {
        if (v.isTextual()) {
            return fetchObject(ctx.resolve(v.asText()), p, ctx).map(f -> dialect(f.json(), f.ctx(), ""));
        }
        if (!v.isObject()) {
            ctx.warn(p, "csvw.metadata.property.object", "dialect", DocContext.show(v));
            return Optional.of(Metadata.Dialect.NONE);
        }
        if (v.has("@context")) {
            ctx.error(CsvwRules.METADATA_CONTEXT, Problems.child(p, "@context"), "csvw.metadata.context.nested");
        }
        return Optional.of(dialect(v, ctx, p));
    }

    /** The {@code tableSchema} property: an object, or the URL of one. */
    private Optional<Metadata.Schema> schemaProperty(JsonNode v, String p, DocContext ctx) {
        if (v.isTextual()) {
            String url = ctx.resolve(v.asText());
            return fetchObject(url, p, ctx).map(f -> {
                Metadata.Schema s = new SchemaReader(f.ctx()).schema(f.json(), "");
                return s.id().isPresent() ? s : new Metadata.Schema(Optional.of(url), s.columns(), s.primaryKey(),
                        s.rowTitles(), s.foreignKeys(), s.inherited(), s.source(), s.pointer());
            });
        }
        if (!v.isObject()) {
            ctx.warn(p, "csvw.metadata.property.object", "tableSchema", DocContext.show(v));
            return Optional.of(Metadata.Schema.empty(ctx.source(), p));
        }
        if (v.has("@context")) {
            ctx.error(CsvwRules.METADATA_CONTEXT, Problems.child(p, "@context"), "csvw.metadata.context.nested");
        }
        return Optional.of(new SchemaReader(ctx).schema(v, p));
    }

    private record Fetched(JsonNode json, DocContext ctx) {
    }

    private Optional<Fetched> fetchObject(String url, String p, DocContext ctx) {
        Optional<Fetcher.Found> found = fetcher.require(url, Problems.pointer(ctx.source(), p));
        if (found.isEmpty()) {
            problems.metadataIncomplete(); // the metadata is incomplete: no table is read
            return Optional.empty();
        }
        Optional<JsonNode> json = fetcher.json(found.get());
        if (json.isEmpty()) {
            return Optional.empty();
        }
        String source = names.of(found.get().url());
        if (!json.get().isObject()) {
            problems.add(CsvwRules.METADATA_SYNTAX, "csvw.metadata.syntax.not-object", Problems.pointer(source, ""), null);
            return Optional.empty();
        }
        return Optional.of(new Fetched(json.get(), context(json.get(), found.get().url(), source, "")));
    }

    private Metadata.Dialect dialect(JsonNode o, DocContext ctx, String ptr) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode v = e.getValue();
            String p = Problems.child(ptr, key);
            switch (key) {
                case "@context" -> {
                    // a fetched dialect's own context
                }
                case "@id" -> id(v, p, ctx);
                case "@type" -> type(v, "Dialect", p, ctx);
                case "commentPrefix", "delimiter" -> {
                    if (v.isTextual() && (!v.asText().isEmpty() || key.equals("commentPrefix"))) {
                        values.put(key, v.asText());
                    } else {
                        ctx.warn(p, "csvw.metadata.property.string", key, DocContext.show(v));
                    }
                }
                case "quoteChar" -> {
                    if (v.isTextual() && !v.asText().isEmpty() || v.isNull()) {
                        values.put(key, v.isNull() ? Metadata.NULL : v.asText());
                    } else {
                        ctx.warn(p, "csvw.metadata.property.string-or-null", key, DocContext.show(v));
                    }
                }
                case "doubleQuote", "header", "skipBlankRows", "skipInitialSpace" ->
                        PropertyValues.bool(key, v, p, ctx).ifPresent(b -> values.put(key, b));
                case "headerRowCount", "skipColumns", "skipRows" -> {
                    if (v.isIntegralNumber() && v.canConvertToInt() && v.asInt() >= 0) {
                        values.put(key, v.asInt());
                    } else {
                        ctx.warn(p, "csvw.metadata.property.non-negative", key, DocContext.show(v));
                    }
                }
                case "encoding" -> {
                    if (v.isTextual() && Encodings.charset(v.asText()).isPresent()) {
                        values.put(key, v.asText());
                    } else {
                        ctx.warn(p, "csvw.metadata.property.encoding", DocContext.show(v));
                    }
                }
                case "lineTerminators" -> {
                    if (v.isTextual()) {
                        values.put(key, List.of(v.asText()));
                    } else if (v.isArray() && allText(v)) {
                        List<String> l = new ArrayList<>();
                        v.forEach(x -> l.add(x.asText()));
                        values.put(key, List.copyOf(l));
                    } else {
                        ctx.warn(p, "csvw.metadata.property.line-terminators", DocContext.show(v));
                    }
                }
                case "trim" -> {
                    if (v.isBoolean()) {
                        values.put(key, v.asBoolean() ? "true" : "false");
                    } else if (v.isTextual() && Set.of("true", "false", "start", "end").contains(v.asText())) {
                        values.put(key, v.asText());
                    } else {
                        ctx.warn(p, "csvw.metadata.property.one-of", key, DocContext.show(v),
                                "true, false, start, end");
                    }
                }
                default -> other(key, v, p, ctx, "dialect", null, null);
            }
        }
        return new Metadata.Dialect(values);
    }

    private static boolean allText(JsonNode a) {
        for (JsonNode x : a) {
            if (!x.isTextual()) {
                return false;
            }
        }
        return true;
    }
}
