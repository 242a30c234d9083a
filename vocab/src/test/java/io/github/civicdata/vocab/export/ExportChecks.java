package io.github.civicdata.vocab.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.civicdata.vocab.DataItem;
import io.github.civicdata.vocab.DatasetTemplate;
import io.github.civicdata.vocab.Obligation;
import io.github.civicdata.vocab.TemplateColumn;
import io.github.civicdata.vocab.VocabIris;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.XSD;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;

/** Parses each export back with its own parser and checks it against the template. */
final class ExportChecks {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> CSVW_BASES = Set.of("string", "integer", "decimal", "date", "time", "datetime",
            "anyURI");
    private static final Set<String> TABLE_TYPES = Set.of("string", "integer", "number", "date", "time", "datetime");
    private static final Schema TABLE_SCHEMA_SCHEMA = tableSchemaSchema();
    private static final String CSVW_BASE = "http://example.org/data/";
    private static final Pattern VARNAME = Pattern.compile("[A-Za-z0-9_]+");

    private ExportChecks() {
    }

    static void check(ExportFormat f, DatasetTemplate t, String text) {
        assertThat(text).endsWith("\n").doesNotContain("\r");
        switch (f) {
            case JSON_SCHEMA:
                jsonSchema(t, text);
                break;
            case TABLE_SCHEMA:
                tableSchema(t, text);
                break;
            case CSVW:
                csvw(t, text);
                break;
            default:
                throw new AssertionError(f);
        }
    }

    /** A row of example values: the item's example, or "x" for free text. */
    static JSONObject exampleRow(DatasetTemplate t) {
        JSONObject row = new JSONObject();
        for (TemplateColumn c : t.columns()) {
            DataItem i = c.item();
            String ex = i.example().orElse("x");
            boolean list = i.constraints().separator().isPresent();
            switch (list ? io.github.civicdata.vocab.Datatype.STRING : i.datatype()) {
                case INTEGER:
                    row.put(c.header(), Long.parseLong(ex));
                    break;
                case DECIMAL:
                    row.put(c.header(), new BigDecimal(ex));
                    break;
                default:
                    row.put(c.header(), ex);
            }
        }
        return row;
    }

    static Schema loadJsonSchema(String text) {
        return SchemaLoader.builder().draftV7Support().schemaJson(new JSONObject(text)).build().load().build();
    }

    private static void jsonSchema(DatasetTemplate t, String text) {
        Schema schema = loadJsonSchema(text);
        JSONObject row = exampleRow(t);
        schema.validate(row); // throws if the examples do not conform
        for (TemplateColumn c : t.columns()) {
            if (c.obligation() == Obligation.REQUIRED) {
                JSONObject missing = new JSONObject(row.toString());
                missing.remove(c.header());
                try {
                    schema.validate(missing);
                    throw new AssertionError("row without required " + c.header() + " accepted");
                } catch (ValidationException expected) {
                    // required column missing
                }
            }
        }
        JsonNode root = read(text);
        assertThat(root.get("properties").size()).isEqualTo(t.columns().size());
    }

    /** civicdata's own JSON Schema for Table Schema (test resource table-schema.schema.json). */
    static Schema tableSchemaSchema() {
        try (InputStream in = ExportChecks.class.getResourceAsStream("table-schema.schema.json")) {
            return loadJsonSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void tableSchema(DatasetTemplate t, String text) {
        TABLE_SCHEMA_SCHEMA.validate(new JSONObject(text)); // throws if it is not a Table Schema
        JsonNode root = read(text);
        List<String> names = new ArrayList<>();
        Set<String> required = new HashSet<>();
        for (JsonNode f : root.get("fields")) {
            names.add(f.get("name").asText());
            assertThat(TABLE_TYPES).contains(f.get("type").asText());
            JsonNode c = f.get("constraints");
            if (c != null && c.path("required").asBoolean(false)) {
                required.add(f.get("name").asText());
            }
            if (c != null && c.has("pattern")) {
                Pattern.compile(c.get("pattern").asText());
            }
        }
        assertThat(names).containsExactlyElementsOf(t.headers());
        assertThat(required).containsExactlyInAnyOrderElementsOf(t.columns().stream()
                .filter(c -> c.obligation() == Obligation.REQUIRED).map(TemplateColumn::header).toList());
    }

    private static void csvw(DatasetTemplate t, String text) {
        JsonNode root = read(text);
        assertThat(root.get("@context").get(0).asText()).isEqualTo(TemplateExports.CSVW_CONTEXT);
        assertThat(root.get("dc:conformsTo").get("@id").asText()).isEqualTo(VocabIris.template(t));
        JsonNode cols = root.get("tableSchema").get("columns");
        assertThat(cols.size()).isEqualTo(t.columns().size());
        Set<String> names = new HashSet<>();
        for (int i = 0; i < cols.size(); i++) {
            JsonNode c = cols.get(i);
            TemplateColumn tc = t.columns().get(i);
            assertThat(names.add(c.get("name").asText())).isTrue();
            assertThat(c.get("name").asText()).matches(VARNAME);
            JsonNode d = c.get("datatype");
            assertThat(CSVW_BASES).contains(d.get("base").asText());
            if (d.get("base").asText().equals("string") && d.has("format")) {
                Pattern p = Pattern.compile(d.get("format").asText());
                tc.item().example().ifPresent(ex -> {
                    if (tc.item().constraints().separator().isEmpty()) {
                        assertThat(p.matcher(ex).matches()).as(tc.header() + " " + ex).isTrue();
                    }
                });
            }
        }
        csvwGraph(t, text);
    }

    /**
     * Parses the CSVW export as JSON-LD (Jena, offline: the CSVW context URL resolves to the
     * context shipped in the jar) and checks the triples: the table, its URL, and one
     * {@code csvw:column} list entry per template column with name, title, datatype, required
     * and property URL.
     */
    private static void csvwGraph(DatasetTemplate t, String text) {
        assertEveryKeyIsDefined(read(text), CsvwJsonLd.contextTerms());
        Model m = CsvwJsonLd.parse(text, CSVW_BASE);
        Resource table = m.getResource(VocabIris.template(t) + "/csvw");
        assertThat(table.getPropertyResourceValue(DCTerms.conformsTo).getURI()).isEqualTo(VocabIris.template(t));
        assertThat(table.getPropertyResourceValue(CsvwJsonLd.term("url")).getURI())
                .isEqualTo(CSVW_BASE + t.id() + ".csv");
        assertThat(table.listProperties(DCTerms.title).mapWith(s -> s.getLiteral().getLexicalForm() + "@"
                + s.getLiteral().getLanguage()).toList()).containsExactlyInAnyOrder(t.name() + "@ja", t.nameEn() + "@en");
        Resource dialect = table.getPropertyResourceValue(CsvwJsonLd.term("dialect"));
        assertThat(dialect.getProperty(CsvwJsonLd.term("header")).getBoolean()).isTrue();
        Resource schema = table.getPropertyResourceValue(CsvwJsonLd.term("tableSchema"));
        List<Statement> colLinks = schema.listProperties(CsvwJsonLd.term("column")).toList();
        assertThat(colLinks).hasSize(1);
        List<RDFNode> cols = colLinks.get(0).getObject().as(RDFList.class).asJavaList();
        assertThat(cols).hasSize(t.columns().size());
        for (int i = 0; i < cols.size(); i++) {
            TemplateColumn tc = t.columns().get(i);
            Resource col = cols.get(i).asResource();
            Literal title = col.getProperty(CsvwJsonLd.term("title")).getLiteral();
            assertThat(title.getLexicalForm() + "@" + title.getLanguage()).isEqualTo(tc.header() + "@ja");
            Literal name = col.getProperty(CsvwJsonLd.term("name")).getLiteral();
            assertThat(name.getDatatypeURI()).isEqualTo(XSD.xstring.getURI());
            assertThat(name.getLexicalForm()).matches(VARNAME);
            Literal required = col.getProperty(CsvwJsonLd.term("required")).getLiteral();
            assertThat(required.getDatatypeURI()).isEqualTo(XSD.xboolean.getURI());
            assertThat(required.getBoolean()).as(tc.header()).isEqualTo(tc.obligation() == Obligation.REQUIRED);
            Literal property = col.getProperty(CsvwJsonLd.term("propertyUrl")).getLiteral();
            assertThat(property.getDatatypeURI()).isEqualTo(CsvwJsonLd.NS + "uriTemplate");
            assertThat(property.getLexicalForm()).isEqualTo(VocabIris.item(tc.item()));
            Resource datatype = col.getPropertyResourceValue(CsvwJsonLd.term("datatype"));
            assertThat(CSVW_BASES).contains(datatype.getProperty(CsvwJsonLd.term("base")).getString());
            assertThat(col.hasProperty(CsvwJsonLd.term("separator")))
                    .isEqualTo(tc.item().constraints().separator().isPresent());
        }
    }

    /** JSON-LD silently drops keys its context does not define: every key of the export must be defined. */
    private static void assertEveryKeyIsDefined(JsonNode node, Set<String> terms) {
        if (node.isArray()) {
            node.forEach(n -> assertEveryKeyIsDefined(n, terms));
            return;
        }
        node.fields().forEachRemaining(e -> {
            String k = e.getKey();
            if (k.equals("@context")) {
                return;
            }
            assertThat(k.startsWith("@") || k.startsWith("dc:") || terms.contains(k))
                    .as("key %s is not defined by the CSVW context", k).isTrue();
            if (!k.equals("titles")) {
                assertEveryKeyIsDefined(e.getValue(), terms);
            }
        });
    }

    static JsonNode read(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + e.getMessage(), e);
        }
    }
}
