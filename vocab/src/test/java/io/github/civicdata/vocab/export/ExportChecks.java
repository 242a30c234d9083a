package io.github.civicdata.vocab.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.civicdata.vocab.DataItem;
import io.github.civicdata.vocab.DatasetTemplate;
import io.github.civicdata.vocab.Obligation;
import io.github.civicdata.vocab.TemplateColumn;
import io.github.civicdata.vocab.rdf.VocabIris;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
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
            case TURTLE:
                turtle(t, text);
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

    private static void tableSchema(DatasetTemplate t, String text) {
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
        assertThat(root.get("@context").get(0).asText()).isEqualTo("http://www.w3.org/ns/csvw");
        assertThat(root.get("dc:conformsTo").get("@id").asText()).isEqualTo(VocabIris.template(t));
        JsonNode cols = root.get("tableSchema").get("columns");
        assertThat(cols.size()).isEqualTo(t.columns().size());
        Set<String> names = new HashSet<>();
        for (int i = 0; i < cols.size(); i++) {
            JsonNode c = cols.get(i);
            TemplateColumn tc = t.columns().get(i);
            assertThat(c.get("titles").get("ja").asText()).isEqualTo(tc.header());
            assertThat(names.add(c.get("name").asText())).isTrue();
            assertThat(c.get("name").asText()).matches(VARNAME);
            assertThat(c.get("required").asBoolean()).isEqualTo(tc.obligation() == Obligation.REQUIRED);
            assertThat(c.get("propertyUrl").get("@id").asText()).isEqualTo(VocabIris.item(tc.item()));
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
    }

    static Model parseTurtle(String text) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(text)).lang(Lang.TURTLE).parse(m);
        return m;
    }

    private static void turtle(DatasetTemplate t, String text) {
        Model m = parseTurtle(text);
        Resource r = m.getResource(VocabIris.template(t));
        assertThat(m.listObjectsOfProperty(r, m.createProperty(VocabIris.VOCAB, "column")).toList())
                .hasSize(t.columns().size());
        for (TemplateColumn c : t.columns()) {
            assertThat(m.containsResource(m.getResource(VocabIris.item(c.item())))).isTrue();
        }
    }

    static JsonNode read(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + e.getMessage(), e);
        }
    }
}
