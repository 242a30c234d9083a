package io.github.civicdata.vocab.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.civicdata.vocab.DataItem;
import io.github.civicdata.vocab.DatasetTemplate;
import io.github.civicdata.vocab.Datatype;
import io.github.civicdata.vocab.FormatConstraints;
import io.github.civicdata.vocab.NamedFormat;
import io.github.civicdata.vocab.Obligation;
import io.github.civicdata.vocab.TemplateColumn;
import io.github.civicdata.vocab.VocabIris;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Exports a {@link DatasetTemplate} as JSON Schema (draft-07), Frictionless Table Schema, W3C CSVW
 * metadata (JSON-LD). (The template as RDF, SKOS in Turtle, needs Jena and is
 * {@code SkosExport.templateTurtle} in {@code civicdata-rdf}.)
 *
 * <ul>
 *   <li><b>JSON Schema</b>: one row as a JSON object keyed by the Japanese headers; INTEGER and
 *   DECIMAL items are JSON numbers, everything else strings; empty optional cells are omitted;
 *   REQUIRED columns are {@code required}; other columns are allowed.</li>
 *   <li><b>Table Schema</b>: one field per column with type, {@code constraints} (required,
 *   unique, pattern, enum, bounds, maxLength), {@code rdfType} (the IMI property where known);
 *   {@code missingValues} is {@code [""]}.</li>
 *   <li><b>CSVW</b>: table metadata with a {@code tableSchema} of columns named after the item ids,
 *   titled with the headers, typed with XSD datatypes, regular expressions as {@code format},
 *   {@code required}, {@code separator}, and {@code propertyUrl} (the civicdata item IRI, a URI
 *   template without variables). The context is named by its URL {@code http://www.w3.org/ns/csvw};
 *   to read the export as JSON-LD offline, map that URL to the context document shipped in this jar,
 *   {@code io/github/civicdata/vocab/export/csvw-context.jsonld} (civicdata's own, covering the
 *   terms the export uses).</li>
 * </ul>
 *
 * <p>Regular expressions approximate the named formats (check digits and era boundaries cannot be
 * expressed); {@link io.github.civicdata.vocab.format.FormatChecks} is the strict check. Output is
 * deterministic UTF-8 text with {@code \n} line ends. Stateless and thread-safe.
 *
 * <pre>{@code
 * DatasetTemplate t = Vocabulary.standard().template("public-toilet").orElseThrow();
 * String schema = TemplateExports.export(ExportFormat.JSON_SCHEMA, t);
 * }</pre>
 */
public final class TemplateExports {

    /** The CSVW context URL that every CSVW export names (resolved offline by {@link #CSVW_CONTEXT_RESOURCE}). */
    static final String CSVW_CONTEXT = "http://www.w3.org/ns/csvw";
    /** The JSON-LD context shipped beside this class for {@link #CSVW_CONTEXT} (see the README there). */
    static final String CSVW_CONTEXT_RESOURCE = "csvw-context.jsonld";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private TemplateExports() {
    }

    /**
     * Exports a template.
     *
     * @param format the format
     * @param template the template
     * @return the text (ends with a line break)
     */
    public static String export(ExportFormat format, DatasetTemplate template) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(template, "template");
        switch (format) {
            case JSON_SCHEMA:
                return json(jsonSchema(template));
            case TABLE_SCHEMA:
                return json(tableSchema(template));
            case CSVW:
                return json(csvw(template));
            default:
                throw new IllegalStateException("unknown format " + format);
        }
    }

    /**
     * Exports a template to a stream (UTF-8); the stream is not closed.
     *
     * @param format the format
     * @param template the template
     * @param out the stream
     * @throws UncheckedIOException if writing fails
     */
    public static void export(ExportFormat format, DatasetTemplate template, OutputStream out) {
        try {
            out.write(export(format, template).getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(ObjectNode node) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise export", e);
        }
    }

    private static String title(DatasetTemplate t) {
        return t.name() + " (" + t.nameEn() + ") " + t.version();
    }

    // ---- JSON Schema draft-07 ----

    static ObjectNode jsonSchema(DatasetTemplate t) {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.put("$id", VocabIris.template(t) + "/schema.json");
        root.put("title", title(t));
        root.put("description", describe(t));
        root.put("type", "object");
        ObjectNode props = root.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (TemplateColumn c : t.columns()) {
            props.set(c.header(), jsonSchemaProperty(c));
            if (c.obligation() == Obligation.REQUIRED) {
                required.add(c.header());
            }
        }
        if (!required.isEmpty()) {
            root.set("required", required);
        }
        root.put("additionalProperties", true);
        return root;
    }

    private static ObjectNode jsonSchemaProperty(TemplateColumn c) {
        DataItem item = c.item();
        FormatConstraints k = item.constraints();
        ObjectNode p = NODES.objectNode();
        p.put("title", item.nameEn());
        p.put("description", columnDescription(c));
        boolean list = k.separator().isPresent();
        String type = list ? "string" : item.datatype().jsonSchemaType();
        p.put("type", type);
        if (!list) {
            if (!k.enumeration().isEmpty()) {
                ArrayNode e = p.putArray("enum");
                k.enumeration().forEach(e::add);
            }
            if (type.equals("string")) {
                Patterns.best(item).ifPresent(x -> p.put("pattern", Patterns.anchored(x)));
                k.format().ifPresent(f -> {
                    if (f == NamedFormat.ISO_DATE) {
                        p.put("format", "date");
                    } else if (f == NamedFormat.URI) {
                        p.put("format", "uri");
                    } else if (f == NamedFormat.EMAIL) {
                        p.put("format", "email");
                    }
                });
            }
            k.minimum().ifPresent(m -> putNumber(p, "minimum", m, type));
            k.maximum().ifPresent(m -> putNumber(p, "maximum", m, type));
            k.maxLength().ifPresent(m -> {
                if (type.equals("string")) {
                    p.put("maxLength", m);
                }
            });
        }
        item.example().ifPresent(x -> {
            ArrayNode ex = p.putArray("examples");
            if (!list && type.equals("integer")) {
                ex.add(Long.parseLong(x));
            } else if (!list && type.equals("number")) {
                ex.add(new BigDecimal(x));
            } else {
                ex.add(x);
            }
        });
        p.put("x-civicdata-item", item.id());
        p.put("x-civicdata-obligation", c.obligation().name());
        k.format().ifPresent(f -> p.put("x-civicdata-format", f.name()));
        k.separator().ifPresent(s -> p.put("x-civicdata-separator", s));
        if (c.unique()) {
            p.put("x-civicdata-unique", true);
        }
        return p;
    }

    private static void putNumber(ObjectNode p, String key, BigDecimal v, String type) {
        if (type.equals("integer") || type.equals("number")) {
            p.put(key, v);
        }
    }

    // ---- Frictionless Table Schema ----

    static ObjectNode tableSchema(DatasetTemplate t) {
        ObjectNode root = NODES.objectNode();
        root.put("name", t.id());
        root.put("title", title(t));
        root.put("description", describe(t));
        ArrayNode fields = root.putArray("fields");
        for (TemplateColumn c : t.columns()) {
            fields.add(tableSchemaField(c));
        }
        root.putArray("missingValues").add("");
        return root;
    }

    private static ObjectNode tableSchemaField(TemplateColumn c) {
        DataItem item = c.item();
        FormatConstraints k = item.constraints();
        boolean list = k.separator().isPresent();
        ObjectNode f = NODES.objectNode();
        f.put("name", c.header());
        f.put("title", item.nameEn());
        f.put("description", columnDescription(c));
        String type = list ? "string" : tableType(item);
        f.put("type", type);
        String format = list ? null : tableFormat(item, type);
        if (format != null) {
            f.put("format", format);
        }
        item.imiIri().ifPresent(i -> f.put("rdfType", i));
        item.example().ifPresent(x -> f.put("example", x));
        ObjectNode cons = NODES.objectNode();
        if (c.obligation() == Obligation.REQUIRED) {
            cons.put("required", true);
        }
        if (c.unique()) {
            cons.put("unique", true);
        }
        if (!list) {
            if (!k.enumeration().isEmpty()) {
                ArrayNode e = cons.putArray("enum");
                k.enumeration().forEach(e::add);
            }
            if (type.equals("string")) {
                if (k.enumeration().isEmpty()) {
                    Patterns.best(item).ifPresent(x -> cons.put("pattern", x));
                }
                k.maxLength().ifPresent(m -> cons.put("maxLength", m));
            }
            if (type.equals("integer") || type.equals("number")) {
                k.minimum().ifPresent(m -> cons.put("minimum", m));
                k.maximum().ifPresent(m -> cons.put("maximum", m));
            }
        }
        if (!cons.isEmpty()) {
            f.set("constraints", cons);
        }
        return f;
    }

    private static String tableType(DataItem item) {
        if (item.constraints().format().orElse(null) == NamedFormat.ISO_TIME) {
            return "string";
        }
        return item.datatype().tableSchemaType();
    }

    private static String tableFormat(DataItem item, String type) {
        NamedFormat f = item.constraints().format().orElse(null);
        if (f == NamedFormat.EMAIL) {
            return "email";
        }
        if (f == NamedFormat.URI || item.datatype() == Datatype.URI) {
            return "uri";
        }
        if (type.equals("time")) {
            return f == NamedFormat.TIME_HHMM ? "%H:%M" : "any";
        }
        if (type.equals("datetime")) {
            return "any";
        }
        return null;
    }

    // ---- CSVW ----

    static ObjectNode csvw(DatasetTemplate t) {
        ObjectNode root = NODES.objectNode();
        ArrayNode ctx = root.putArray("@context");
        ctx.add(CSVW_CONTEXT);
        ctx.addObject().put("@language", "ja");
        root.put("@id", VocabIris.template(t) + "/csvw");
        root.put("url", t.id() + ".csv");
        ArrayNode titles = root.putArray("dc:title");
        titles.addObject().put("@value", t.name()).put("@language", "ja");
        titles.addObject().put("@value", t.nameEn()).put("@language", "en");
        root.put("dc:description", describe(t));
        root.putObject("dc:conformsTo").put("@id", VocabIris.template(t));
        root.put("dc:source", t.source());
        if (!t.licence().isEmpty()) {
            root.put("dc:rights", t.licence());
        }
        root.putObject("dialect").put("header", true).put("encoding", "utf-8");
        ObjectNode schema = root.putObject("tableSchema");
        ArrayNode cols = schema.putArray("columns");
        Set<String> names = new HashSet<>();
        for (TemplateColumn c : t.columns()) {
            cols.add(csvwColumn(c, names));
        }
        return root;
    }

    private static ObjectNode csvwColumn(TemplateColumn c, Set<String> names) {
        DataItem item = c.item();
        FormatConstraints k = item.constraints();
        ObjectNode col = NODES.objectNode();
        String base = item.id().replace('-', '_');
        String name = base;
        for (int i = 2; !names.add(name); i++) {
            name = base + "_" + i;
        }
        col.put("name", name);
        col.putObject("titles").put("ja", c.header());
        col.put("dc:description", columnDescription(c));
        col.put("propertyUrl", VocabIris.item(item));
        col.set("datatype", csvwDatatype(item));
        col.put("required", c.obligation() == Obligation.REQUIRED);
        k.separator().ifPresent(s -> col.put("separator", s));
        return col;
    }

    private static ObjectNode csvwDatatype(DataItem item) {
        FormatConstraints k = item.constraints();
        ObjectNode d = NODES.objectNode();
        NamedFormat f = k.format().orElse(null);
        String base;
        String format = null;
        switch (item.datatype()) {
            case INTEGER:
                base = "integer";
                break;
            case DECIMAL:
                base = "decimal";
                break;
            case DATE:
                if (f == NamedFormat.WAREKI_OR_ISO_DATE) {
                    base = "string";
                } else {
                    base = "date";
                    format = "yyyy-MM-dd";
                }
                break;
            case TIME:
                base = "time";
                if (f == NamedFormat.TIME_HHMM) {
                    format = "HH:mm";
                }
                break;
            case DATETIME:
                base = "datetime";
                break;
            case URI:
                base = "anyURI";
                break;
            default:
                base = "string";
        }
        d.put("base", base);
        if (base.equals("string")) {
            if (!k.enumeration().isEmpty()) {
                format = Patterns.anchored(Patterns.alternation(k.enumeration()));
            } else {
                format = Patterns.best(item).map(Patterns::anchored).orElse(null);
            }
            k.maxLength().ifPresent(m -> d.put("maxLength", m));
        }
        if (format != null) {
            d.put("format", format);
        }
        if (base.equals("integer") || base.equals("decimal")) {
            k.minimum().ifPresent(m -> d.put("minimum", m));
            k.maximum().ifPresent(m -> d.put("maximum", m));
        }
        return d;
    }

    // ---- shared ----

    private static String describe(DatasetTemplate t) {
        StringBuilder sb = new StringBuilder();
        if (!t.description().isEmpty()) {
            sb.append(t.description()).append(' ');
        }
        sb.append("Edition: ").append(t.edition().isEmpty() ? t.version() : t.edition()).append(". ");
        sb.append("Confidence: ").append(t.confidence().name().toLowerCase(Locale.ROOT));
        if (!t.complete()) {
            sb.append(" (partial: only the known columns are listed)");
        }
        sb.append(". Source: ").append(t.source());
        return sb.toString();
    }

    private static String columnDescription(TemplateColumn c) {
        String d = c.description().orElse(c.item().definition());
        String ob = c.obligation() == Obligation.UNKNOWN ? "区分: unknown" : "区分: " + (c.obligation().mark().isEmpty()
                ? "任意" : c.obligation().mark()) + " (" + c.obligation().name().toLowerCase(Locale.ROOT) + ")";
        return d.isEmpty() ? ob : d + " [" + ob + "]";
    }
}
