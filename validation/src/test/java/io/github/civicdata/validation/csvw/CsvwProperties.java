package io.github.civicdata.validation.csvw;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Severity;
import io.github.civicdata.validation.Validator;
import io.github.civicdata.rdf.csvw.CsvwRdfWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Properties of the CSVW processor: a generated schema with data that conforms to it validates
 * without any error or warning, and converts to RDF that Jena parses (with one triple per value)
 * and to JSON with one row object per row; arbitrary metadata and CSV never make it throw or hide
 * an internal error.
 */
class CsvwProperties {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The kinds of column the generator makes, each with a datatype and maybe a format. */
    enum Kind { STRING, STRING_LIST, INTEGER, GROUPED_INTEGER, DECIMAL, BOOLEAN, YES_NO, DATE, DMY_DATE, GYEAR }

    record Column(String title, Kind kind, boolean required, long min, long max) {
    }

    record Table(List<Column> columns, List<List<String>> rows, boolean primaryKey) {
    }

    private Path dir;

    @BeforeProperty
    void tempDir() throws IOException {
        dir = Files.createTempDirectory("csvw-properties");
    }

    @AfterProperty
    void cleanUp() throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Property
    void conformingDataValidatesCleanAndConvertsToRdfThatParses(@ForAll("tables") Table t) throws Exception {
        Path meta = write(t);
        CsvwProcessor csvw = CsvwProcessor.builder().build();
        CsvwResult v = csvw.validate(CsvwInput.metadata(meta));
        assertThat(v.report().count(Severity.ERROR) + v.report().count(Severity.WARNING))
                .as("findings: %s", v.report().findings()).isZero();
        assertThat(v.rows()).isEqualTo(t.rows().size());

        StringBuilder nt = new StringBuilder();
        CsvwResult r = csvw.toRdf(CsvwInput.metadata(meta), x -> nt.append(x.toNTriples()).append('\n'));
        assertThat(r.report().count(Severity.ERROR)).isZero();
        List<String> lines = CsvwRdfWriter.lines(new ByteArrayInputStream(nt.toString().getBytes(StandardCharsets.UTF_8)),
                "NTRIPLES", null);
        String tableUrl = CsvwInput.url(dir.resolve("data.csv"));
        long valueTriples = lines.stream().filter(l -> l.contains("<" + tableUrl + "#c")).count();
        assertThat(valueTriples).isEqualTo(values(t));

        StringWriter w = new StringWriter();
        csvw.toJson(CsvwInput.metadata(meta), w);
        JsonNode j = JSON.readTree(w.toString());
        assertThat(j.at("/tables/0/row")).hasSize(t.rows().size());

        for (Column c : t.columns()) {
            Statistics.label("kind").collect(c.kind());
        }
        Statistics.label("rows").collect(t.rows().size() == 0 ? "0" : t.rows().size() < 5 ? "1-4" : "5+");
    }

    @Property
    void arbitraryMetadataAndCsvNeverThrowNorHideAnInternalError(@ForAll("metadata") String metadata,
            @ForAll("csv") String csv) throws Exception {
        Files.writeString(dir.resolve("data.csv"), csv, StandardCharsets.UTF_8);
        Path meta = Files.writeString(dir.resolve("meta.json"), metadata, StandardCharsets.UTF_8);
        CsvwProcessor csvw = CsvwProcessor.builder().build();
        for (CsvwInput in : List.of(CsvwInput.metadata(meta), CsvwInput.tabular(dir.resolve("data.csv")))) {
            CsvwResult v = csvw.validate(in);
            assertThat(v.report().findings()).extracting(Finding::ruleId).doesNotContain(Validator.INTERNAL_ERROR);
            CsvwResult r = csvw.toRdf(in, x -> x.toNTriples());
            assertThat(r.report().findings()).extracting(Finding::ruleId).doesNotContain(Validator.INTERNAL_ERROR);
            CsvwResult j = csvw.toJson(in, new StringWriter());
            assertThat(j.report().findings()).extracting(Finding::ruleId).doesNotContain(Validator.INTERNAL_ERROR);
            Statistics.label("completed").collect(v.completed());
        }
    }

    private static long values(Table t) {
        long n = 0;
        for (List<String> row : t.rows()) {
            for (int i = 0; i < row.size(); i++) {
                String v = row.get(i);
                if (v.isEmpty()) {
                    continue;
                }
                // the items of a list are triples of one subject and predicate: equal items are one triple
                n += t.columns().get(i).kind() == Kind.STRING_LIST ? new java.util.HashSet<>(List.of(v.split(";", -1))).size() : 1;
            }
        }
        return n;
    }

    private Path write(Table t) throws IOException {
        StringBuilder csv = new StringBuilder();
        List<String> titles = new ArrayList<>();
        for (Column c : t.columns()) {
            titles.add(c.title());
        }
        csv.append(line(titles));
        for (List<String> row : t.rows()) {
            csv.append(line(row));
        }
        Files.writeString(dir.resolve("data.csv"), csv, StandardCharsets.UTF_8);
        ObjectNode m = NODES.objectNode();
        m.put("@context", "http://www.w3.org/ns/csvw");
        m.put("url", "data.csv");
        ObjectNode schema = m.putObject("tableSchema");
        ArrayNode cols = schema.putArray("columns");
        for (int i = 0; i < t.columns().size(); i++) {
            Column c = t.columns().get(i);
            ObjectNode col = cols.addObject();
            col.put("name", "c" + i);
            col.put("titles", c.title());
            col.put("required", c.required());
            ObjectNode dt = NODES.objectNode();
            switch (c.kind()) {
                case STRING -> dt.put("base", "string");
                case STRING_LIST -> {
                    dt.put("base", "string");
                    col.put("separator", ";");
                }
                case INTEGER -> {
                    dt.put("base", "integer");
                    dt.put("minimum", c.min());
                    dt.put("maximum", c.max());
                }
                case GROUPED_INTEGER -> {
                    dt.put("base", "long");
                    dt.put("format", "#,##0");
                }
                case DECIMAL -> dt.put("base", "decimal");
                case BOOLEAN -> dt.put("base", "boolean");
                case YES_NO -> {
                    dt.put("base", "boolean");
                    dt.put("format", "有|無");
                }
                case DATE -> {
                    dt.put("base", "date");
                    dt.put("minimum", "1900-01-01");
                }
                case DMY_DATE -> {
                    dt.put("base", "date");
                    dt.put("format", "d/M/yyyy");
                }
                case GYEAR -> dt.put("base", "gYear");
            }
            col.set("datatype", dt);
        }
        if (t.primaryKey()) {
            schema.put("primaryKey", "c0");
        }
        return Files.writeString(dir.resolve("data.csv-metadata.json"), JSON.writeValueAsString(m));
    }

    private static String line(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String v = cells.get(i);
            if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
                sb.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(v);
            }
        }
        return sb.append("\r\n").toString();
    }

    @Provide
    Arbitrary<Table> tables() {
        Arbitrary<String> title = text(1, 12).filter(s -> !s.isBlank() && s.strip().equals(s));
        Arbitrary<Column> column = Combinators.combine(title, Arbitraries.of(Kind.class), Arbitraries.of(true, false),
                Arbitraries.longs().between(-1000, 1000)).as((ti, k, req, min) -> new Column(ti, k, req, min, min + 500));
        return column.list().ofMinSize(1).ofMaxSize(6).uniqueElements(Column::title).flatMap(cols -> {
            boolean pk = cols.get(0).kind() == Kind.INTEGER && cols.get(0).required();
            Arbitrary<List<String>> row = Combinators.combine(cols.stream().map(CsvwProperties::value).toList())
                    .as(l -> l);
            return row.list().ofMaxSize(12).map(rows -> {
                List<List<String>> rs = new ArrayList<>(rows);
                if (pk) { // a primary key: make the first column unique
                    Column c0 = cols.get(0);
                    for (int i = 0; i < rs.size(); i++) {
                        List<String> r = new ArrayList<>(rs.get(i));
                        r.set(0, String.valueOf(c0.min() + i));
                        rs.set(i, r);
                    }
                }
                return new Table(cols, rs, pk && rs.size() <= 500);
            });
        });
    }

    private static Arbitrary<String> value(Column c) {
        Arbitrary<String> v = switch (c.kind()) {
            case STRING -> text(1, 20).filter(s -> s.strip().equals(s) && !s.isEmpty());
            case STRING_LIST -> text(1, 6).filter(s -> !s.contains(";") && !s.isBlank() && s.strip().equals(s)).list()
                    .ofMinSize(1).ofMaxSize(3).map(l -> String.join(";", l));
            case INTEGER -> Arbitraries.longs().between(c.min(), c.max()).map(String::valueOf);
            case GROUPED_INTEGER -> Arbitraries.longs().between(-5_000_000, 5_000_000)
                    .map(x -> String.format(Locale.ROOT, "%,d", x));
            case DECIMAL -> Arbitraries.bigDecimals().between(new BigDecimal("-99999"), new BigDecimal("99999"))
                    .ofScale(3).map(BigDecimal::toPlainString);
            case BOOLEAN -> Arbitraries.of("true", "false", "1", "0");
            case YES_NO -> Arbitraries.of("有", "無");
            case DATE -> dates().map(d -> d.toString());
            case DMY_DATE -> dates().map(d -> d.format(DateTimeFormatter.ofPattern("d/M/yyyy", Locale.ROOT)));
            case GYEAR -> Arbitraries.integers().between(1000, 2999).map(String::valueOf);
        };
        return c.required() ? v : Arbitraries.oneOf(v, Arbitraries.just(""));
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    private static Arbitrary<String> text(int min, int max) {
        return Arbitraries.strings().withChars("abcXYZ019 ,\"'#;:/-_.名称住所ｶﾅ①〜　\n").ofMinLength(min).ofMaxLength(max);
    }

    @Provide
    Arbitrary<String> csv() {
        return Arbitraries.strings().withChars("ab,\"\r\n ;#1.-名\uFEFF\u0000").ofMaxLength(200);
    }

    @Provide
    Arbitrary<String> metadata() {
        return json(3).map(n -> n.isObject() ? n : NODES.objectNode().set("tables", n)).map(n -> {
            ObjectNode o = (ObjectNode) n;
            if (!o.has("@context")) {
                o.put("@context", "http://www.w3.org/ns/csvw");
            }
            o.put("url", "data.csv");
            return o.toString();
        });
    }

    private static final List<String> KEYS = List.of("url", "tables", "tableSchema", "columns", "name", "titles",
            "datatype", "base", "format", "null", "default", "separator", "required", "virtual", "aboutUrl",
            "propertyUrl", "valueUrl", "primaryKey", "foreignKeys", "columnReference", "reference", "resource",
            "dialect", "delimiter", "quoteChar", "header", "headerRowCount", "skipRows", "commentPrefix", "trim",
            "encoding", "minimum", "maxLength", "length", "@id", "@type", "@value", "@language", "dc:title", "notes",
            "lang", "rowTitles", "suppressOutput", "pattern", "groupChar", "decimalChar");

    private static Arbitrary<JsonNode> json(int depth) {
        Arbitrary<JsonNode> leaf = Arbitraries.oneOf(
                Arbitraries.of("data.csv", "string", "integer", "date", "#,##0", "{a}", "_:b", "ja", "x", "", ",",
                        "http://example.org/{name}", "yyyy-MM-dd", "0.0E0", "Y|N", "a:b", "../x.csv")
                        .map(s -> (JsonNode) NODES.textNode(s)),
                Arbitraries.integers().between(-3, 5).map(i -> (JsonNode) NODES.numberNode(i)),
                Arbitraries.of(true, false).map(b -> (JsonNode) NODES.booleanNode(b)),
                Arbitraries.just((JsonNode) NODES.nullNode()));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<JsonNode> object = Combinators.combine(Arbitraries.of(KEYS).list().ofMaxSize(5).uniqueElements(),
                json(depth - 1).list().ofSize(5)).as((keys, values) -> {
                    ObjectNode o = NODES.objectNode();
                    for (int i = 0; i < keys.size(); i++) {
                        o.set(keys.get(i), values.get(i));
                    }
                    return (JsonNode) o;
                });
        Arbitrary<JsonNode> array = json(depth - 1).list().ofMaxSize(3).map(l -> {
            ArrayNode a = NODES.arrayNode();
            l.forEach(a::add);
            return (JsonNode) a;
        });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, leaf), net.jqwik.api.Tuple.of(4, object),
                net.jqwik.api.Tuple.of(2, array));
    }
}
