package io.github.civicdata.vocab;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.internal.StrictJson;
import io.github.civicdata.core.internal.TextPosition;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads item and template definition files (JSON, format {@code civicdata-template/1} and
 * {@code civicdata-items/1}). Every problem becomes a {@link VocabularyException} naming the file,
 * the line and the field. Stateless; thread-safe.
 */
final class TemplateFiles {

    static final String TEMPLATE_FORMAT = "civicdata-template/1";
    static final String ITEMS_FORMAT = "civicdata-items/1";
    /** Definition files larger than this are refused (a template is a few kB). */
    static final int MAX_FILE_BYTES = 4 * 1024 * 1024;

    private static final Set<String> TEMPLATE_FIELDS = Set.of("format", "id", "version", "name", "nameEn", "number",
            "edition", "confidence", "complete", "description", "source", "licence", "columns", "items", "companion");
    private static final Set<String> COLUMN_FIELDS = Set.of("header", "item", "obligation", "unique",
            "description", "example", "provenance");
    private static final Set<String> COMPANION_FIELDS = Set.of("template", "key");
    private static final Set<String> ITEM_FIELDS = Set.of("id", "name", "aliases", "nameEn", "definition",
            "datatype", "format", "pattern", "enum", "minimum", "maximum", "maxLength", "separator", "example",
            "imiPath", "imiIri", "gifPath");
    private static final Set<String> ITEMS_FILE_FIELDS = Set.of("format", "items");
    static final String ALIASES_FORMAT = "civicdata-header-aliases/1";
    private static final Set<String> ALIASES_FILE_FIELDS = Set.of("format", "description", "sources", "aliases");
    private static final Set<String> ALIAS_FIELDS = Set.of("item", "ja", "en", "source");

    /** Nesting and number limits of definition files (fixed: a definition nests 4 deep). */
    static final StrictJson.Limits LIMITS = new StrictJson.Limits(64, 1000);
    private static final StrictJson JSON = StrictJson.of(LIMITS);
    private static final JsonFactory LINES = new JsonFactory();

    private TemplateFiles() {
    }

    /** A column as written, before its item reference is resolved. */
    record RawColumn(String header, Optional<String> itemRef, Obligation obligation, boolean unique,
            Optional<String> description, Optional<String> example, Provenance provenance, String pointer) {
    }

    /** A template as written, before item references are resolved. */
    record RawTemplate(Source source, String id, String version, String name, String nameEn,
            Optional<String> number, String edition, Confidence confidence, boolean complete, String description,
            String sourceNote, String licence, List<RawColumn> columns, List<DataItem> items,
            Optional<DatasetTemplate.Companion> companion) {
    }

    /**
     * One header alias as written: the item id it names, the spelling, whether it is an English or
     * property name ({@code en}) rather than a Japanese spelling ({@code ja}), and where it sits.
     */
    record RawAlias(String itemId, String name, boolean english, Source source, String entryPointer, String pointer) {
    }

    /** A file's name and bytes, kept to compute line numbers for errors found after parsing. */
    record Source(String name, byte[] content) {
        VocabularyException error(String pointer, String key, Object... args) {
            return new VocabularyException(location(pointer), key, withPlace(pointer, args), null);
        }

        Location location(String pointer) {
            Location.Builder b = Location.builder(name);
            if (!pointer.isEmpty()) {
                b.pointer(pointer);
            }
            long line = lineOf(content, pointer);
            if (line > 0) {
                b.line(line);
            }
            return b.build();
        }

        private List<Object> withPlace(String pointer, Object[] args) {
            List<Object> all = new ArrayList<>();
            all.add(name);
            long line = lineOf(content, pointer);
            all.add(line > 0 ? Long.toString(line) : "?");
            all.add(pointer.isEmpty() ? "/" : pointer);
            all.addAll(List.of(args));
            return all;
        }
    }

    static JsonNode parse(Source src) {
        if (src.content().length > MAX_FILE_BYTES) {
            throw new VocabularyException(Location.of(src.name()), "vocab.template.too-large",
                    List.of(src.name(), Integer.toString(MAX_FILE_BYTES)), null);
        }
        StrictJson.Outcome o = JSON.read(src.content());
        if (o.tree().isPresent()) {
            return o.tree().get();
        }
        StrictJson.Problem p = o.problem().orElseThrow();
        TextPosition at = p.at();
        Location loc = at.addTo(Location.builder(src.name())).build();
        String line = Long.toString(at.line());
        if (p instanceof StrictJson.Empty) {
            throw src.error("", "vocab.template.empty");
        } else if (p instanceof StrictJson.DuplicateKey d) {
            throw new VocabularyException(loc.toBuilder().pointer(d.pointer()).build(), "vocab.template.duplicate",
                    List.of(src.name(), line, d.key(), Long.toString(d.first().line())), null);
        } else if (p instanceof StrictJson.TooDeep d) {
            throw new VocabularyException(loc, "vocab.template.too-deep",
                    List.of(src.name(), line, Integer.toString(d.depth()), Integer.toString(d.limit())), null);
        } else if (p instanceof StrictJson.NumberTooLong n) {
            throw new VocabularyException(loc, "vocab.template.number-too-long",
                    List.of(src.name(), line, Integer.toString(n.length()), Integer.toString(n.limit())), null);
        } else if (p instanceof StrictJson.Encoding) {
            throw new VocabularyException(loc, "vocab.template.encoding",
                    List.of(src.name(), line, Long.toString(at.byteOffset())), null);
        }
        String detail = p instanceof StrictJson.Syntax x ? x.detail() : p.describe();
        return throwSyntax(loc, src.name(), at.line(), at.column(), detail, null);
    }

    private static JsonNode throwSyntax(Location loc, String name, long line, int col, String detail, Exception e) {
        throw new VocabularyException(loc, "vocab.template.syntax",
                List.of(name, line > 0 ? Long.toString(line) : "?", col > 0 ? Integer.toString(col) : "?",
                        String.valueOf(detail)), e);
    }

    static List<DataItem> readItemsFile(Source src) {
        JsonNode root = parse(src);
        requireObject(src, root, "");
        checkFields(src, root, "", ITEMS_FILE_FIELDS);
        checkFormat(src, root, ITEMS_FORMAT);
        JsonNode arr = required(src, root, "", "items");
        return readItems(src, arr, "/items");
    }

    /**
     * Reads a header alias file ({@code civicdata-header-aliases/1}): {@code aliases} is an array
     * of {@code {"item": id, "ja": [...], "en": [...], "source": "..."}}.
     */
    static List<RawAlias> readAliases(Source src) {
        JsonNode root = parse(src);
        requireObject(src, root, "");
        checkFields(src, root, "", ALIASES_FILE_FIELDS);
        checkFormat(src, root, ALIASES_FORMAT);
        JsonNode arr = required(src, root, "", "aliases");
        if (!arr.isArray()) {
            throw src.error("/aliases", "vocab.template.bad-value", "array", kind(arr));
        }
        List<RawAlias> out = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            String p = "/aliases/" + i;
            JsonNode n = arr.get(i);
            requireObject(src, n, p);
            checkFields(src, n, p, ALIAS_FIELDS);
            String item = text(src, n, p, "item", true).orElseThrow();
            for (String kind : List.of("ja", "en")) {
                List<String> names = texts(src, n, p, kind);
                for (int j = 0; j < names.size(); j++) {
                    if (names.get(j).isBlank()) {
                        throw src.error(p + "/" + kind + "/" + j, "vocab.template.bad-value", "non-blank string",
                                "\"\"");
                    }
                    out.add(new RawAlias(item, names.get(j), kind.equals("en"), src, p, p + "/" + kind + "/" + j));
                }
            }
        }
        return out;
    }

    static RawTemplate readTemplate(Source src, Confidence defaultConfidence) {
        JsonNode root = parse(src);
        requireObject(src, root, "");
        checkFields(src, root, "", TEMPLATE_FIELDS);
        checkFormat(src, root, TEMPLATE_FORMAT);
        String id = text(src, root, "", "id", true).orElseThrow();
        if (!DataItem.isValidId(id)) {
            throw src.error("/id", "vocab.template.bad-value", "lower-case words joined by '-' (public-toilet)", id);
        }
        String version = text(src, root, "", "version", true).orElseThrow();
        if (!version.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw src.error("/version", "vocab.template.bad-value", "letters, digits, '.', '_' and '-' (2026-08)",
                    version);
        }
        String name = text(src, root, "", "name", true).orElseThrow();
        String nameEn = text(src, root, "", "nameEn", true).orElseThrow();
        Optional<String> number = text(src, root, "", "number", false);
        String edition = text(src, root, "", "edition", false).orElse("");
        Confidence confidence = text(src, root, "", "confidence", false)
                .map(c -> enumValue(src, "/confidence", Confidence.class, c)).orElse(defaultConfidence);
        boolean complete = bool(src, root, "", "complete").orElse(true);
        String description = text(src, root, "", "description", false).orElse("");
        String sourceNote = text(src, root, "", "source", false).orElse(src.name());
        String licence = text(src, root, "", "licence", false).orElse("");
        List<DataItem> items = root.has("items") ? readItems(src, root.get("items"), "/items") : List.of();
        JsonNode cols = required(src, root, "", "columns");
        if (!cols.isArray()) {
            throw src.error("/columns", "vocab.template.bad-value", "array", kind(cols));
        }
        if (cols.isEmpty()) {
            throw src.error("/columns", "vocab.template.bad-value", "at least one column", "[]");
        }
        List<RawColumn> columns = new ArrayList<>();
        java.util.Map<String, String> headers = new java.util.HashMap<>();
        for (int i = 0; i < cols.size(); i++) {
            String p = "/columns/" + i;
            JsonNode c = cols.get(i);
            requireObject(src, c, p);
            checkFields(src, c, p, COLUMN_FIELDS);
            String header = text(src, c, p, "header", true).orElseThrow();
            String prev = headers.putIfAbsent(HeaderKeys.key(header), p);
            if (prev != null) {
                throw src.error(p + "/header", "vocab.template.duplicate-header", header, prev);
            }
            Optional<String> itemRef = text(src, c, p, "item", false);
            String ob = text(src, c, p, "obligation", false)
                    .orElseThrow(() -> src.error(p, "vocab.template.missing-field", "obligation"));
            Obligation obligation = Obligation.parse(ob).orElseThrow(() -> src.error(p + "/obligation",
                    "vocab.template.bad-value", "REQUIRED, RECOMMENDED, OPTIONAL, UNKNOWN, ◎, ○ or \"\"", ob));
            boolean unique = bool(src, c, p, "unique").orElse(false);
            Provenance provenance = text(src, c, p, "provenance", false)
                    .map(x -> enumValue(src, p + "/provenance", Provenance.class, x.replace('-', '_')))
                    .orElse(Provenance.SOURCE);
            columns.add(new RawColumn(header, itemRef, obligation, unique, text(src, c, p, "description", false),
                    text(src, c, p, "example", false), provenance, p));
        }
        Optional<DatasetTemplate.Companion> companion = Optional.empty();
        if (root.has("companion")) {
            JsonNode cn = root.get("companion");
            requireObject(src, cn, "/companion");
            checkFields(src, cn, "/companion", COMPANION_FIELDS);
            String ct = text(src, cn, "/companion", "template", true).orElseThrow();
            String key = text(src, cn, "/companion", "key", true).orElseThrow();
            if (!headers.containsKey(HeaderKeys.key(key))) {
                throw src.error("/companion/key", "vocab.template.bad-value", "a header of this template", key);
            }
            companion = Optional.of(new DatasetTemplate.Companion(ct, key));
        }
        return new RawTemplate(src, id, version, name, nameEn, number, edition, confidence, complete, description,
                sourceNote, licence, columns, items, companion);
    }

    private static List<DataItem> readItems(Source src, JsonNode arr, String pointer) {
        if (!arr.isArray()) {
            throw src.error(pointer, "vocab.template.bad-value", "array", kind(arr));
        }
        List<DataItem> items = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            items.add(readItem(src, arr.get(i), pointer + "/" + i));
        }
        return items;
    }

    private static DataItem readItem(Source src, JsonNode n, String p) {
        requireObject(src, n, p);
        checkFields(src, n, p, ITEM_FIELDS);
        String id = text(src, n, p, "id", true).orElseThrow();
        if (!DataItem.isValidId(id)) {
            throw src.error(p + "/id", "vocab.template.bad-value", "lower-case words joined by '-' (name-kana)", id);
        }
        if (id.startsWith(io.github.civicdata.vocab.gif.CoreDataModel.ID_PREFIX)) {
            throw src.error(p + "/id", "vocab.template.bad-value",
                    "an id not starting with 'gif-' (reserved for the GIF core data model)", id);
        }
        DataItem.Builder b = DataItem.builder(id, text(src, n, p, "name", true).orElseThrow(),
                text(src, n, p, "nameEn", true).orElseThrow());
        for (String a : texts(src, n, p, "aliases")) {
            b.alias(a);
        }
        text(src, n, p, "definition", false).ifPresent(b::definition);
        text(src, n, p, "datatype", false).ifPresent(d -> b.datatype(enumValue(src, p + "/datatype", Datatype.class, d)));
        FormatConstraints.Builder c = FormatConstraints.builder();
        text(src, n, p, "format", false).ifPresent(f -> c.format(enumValue(src, p + "/format", NamedFormat.class, f)));
        text(src, n, p, "pattern", false).ifPresent(c::pattern);
        List<String> en = texts(src, n, p, "enum");
        c.enumeration(en);
        number(src, n, p, "minimum").ifPresent(c::minimum);
        number(src, n, p, "maximum").ifPresent(c::maximum);
        if (n.has("maxLength")) {
            JsonNode m = n.get("maxLength");
            if (!m.canConvertToInt() || !m.isIntegralNumber()) {
                throw src.error(p + "/maxLength", "vocab.template.bad-value", "integer", kind(m));
            }
            c.maxLength(m.intValue());
        }
        text(src, n, p, "separator", false).ifPresent(c::separator);
        try {
            b.constraints(c.build());
        } catch (IllegalArgumentException e) {
            throw src.error(p, "vocab.template.bad-item", e.getMessage());
        }
        text(src, n, p, "example", false).ifPresent(b::example);
        text(src, n, p, "imiPath", false).ifPresent(b::imiPath);
        text(src, n, p, "imiIri", false).ifPresent(b::imiIri);
        text(src, n, p, "gifPath", false).ifPresent(b::gifPath);
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw src.error(p, "vocab.template.bad-item", e.getMessage());
        }
    }

    private static void checkFormat(Source src, JsonNode root, String expected) {
        Optional<String> f = text(src, root, "", "format", false);
        if (f.isPresent() && !f.get().equals(expected)) {
            throw src.error("/format", "vocab.template.bad-value", expected, f.get());
        }
    }

    private static void requireObject(Source src, JsonNode n, String p) {
        if (!n.isObject()) {
            throw src.error(p, "vocab.template.bad-value", "object", kind(n));
        }
    }

    private static void checkFields(Source src, JsonNode n, String p, Set<String> allowed) {
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        while (it.hasNext()) {
            String f = it.next().getKey();
            if (!allowed.contains(f)) {
                throw src.error(p + "/" + escape(f), "vocab.template.unknown-field", f,
                        String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    private static JsonNode required(Source src, JsonNode n, String p, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw src.error(p, "vocab.template.missing-field", field);
        }
        return v;
    }

    private static Optional<String> text(Source src, JsonNode n, String p, String field, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw src.error(p, "vocab.template.missing-field", field);
            }
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw src.error(p + "/" + field, "vocab.template.bad-value", "string", kind(v));
        }
        if (required && v.textValue().isBlank()) {
            throw src.error(p + "/" + field, "vocab.template.bad-value", "non-blank string", "\"\"");
        }
        return Optional.of(v.textValue());
    }

    private static List<String> texts(Source src, JsonNode n, String p, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw src.error(p + "/" + field, "vocab.template.bad-value", "array of strings", kind(v));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual()) {
                throw src.error(p + "/" + field + "/" + i, "vocab.template.bad-value", "string", kind(v.get(i)));
            }
            out.add(v.get(i).textValue());
        }
        return out;
    }

    private static Optional<Boolean> bool(Source src, JsonNode n, String p, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isBoolean()) {
            throw src.error(p + "/" + field, "vocab.template.bad-value", "true or false", kind(v));
        }
        return Optional.of(v.booleanValue());
    }

    private static Optional<BigDecimal> number(Source src, JsonNode n, String p, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        try {
            if (v.isNumber()) {
                return Optional.of(v.decimalValue());
            }
            if (v.isTextual() && v.textValue().strip().length() <= LIMITS.maxNumberLength()) {
                return Optional.of(new BigDecimal(v.textValue().strip()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw src.error(p + "/" + field, "vocab.template.bad-value", "number", kind(v));
    }

    private static <E extends Enum<E>> E enumValue(Source src, String pointer, Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value.strip())) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        throw src.error(pointer, "vocab.template.bad-value", String.join(", ", names), value);
    }

    private static String kind(JsonNode n) {
        if (n.isTextual()) {
            return "\"" + io.github.civicdata.core.Values.truncate(n.textValue()) + "\"";
        }
        if (n.isObject()) {
            return "object";
        }
        if (n.isArray()) {
            return "array";
        }
        return io.github.civicdata.core.Values.truncate(n.toString());
    }

    private static String escape(String field) {
        return field.replace("~", "~0").replace("/", "~1");
    }

    /**
     * The 1-based line of the value at {@code pointer}, found by streaming the file again (only
     * when reporting an error); 0 when it cannot be found.
     */
    static long lineOf(byte[] content, String pointer) {
        if (pointer.isEmpty()) {
            return 1;
        }
        try (JsonParser p = LINES.createParser(content)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                JsonStreamContext ctx = p.getParsingContext();
                if (matches(ctx, pointer)
                        || ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && ctx.getParent() != null
                        && matches(ctx.getParent(), pointer))) {
                    return p.currentTokenLocation().getLineNr();
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static boolean matches(JsonStreamContext ctx, String pointer) {
        return ctx.pathAsPointer().toString().equals(pointer);
    }
}
