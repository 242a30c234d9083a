package io.github.civicdata.validation.csvw;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns the annotated tables into RDF triples as "Generating RDF from Tabular Data on the Web"
 * specifies, in standard mode (table group, tables and rows described with the CSVW vocabulary)
 * or minimal mode (only what the cells say). Notes and common properties become triples by the
 * specification's "JSON-LD to RDF" rules. No provenance is added.
 *
 * <p>Not thread-safe: one per conversion.
 */
final class RdfOutput implements Annotated.Sink {

    private static final String CSVW = Vocab.CSVW;
    private static final RdfTerm.Iri TYPE = new RdfTerm.Iri(Vocab.RDF_TYPE);
    private static final String XSD = Vocab.XSD;

    private final Consumer<RdfTriple> out;
    private final boolean minimal;
    private long blanks;
    private RdfTerm group;
    private RdfTerm table;
    private String tableUrl;

    RdfOutput(Consumer<RdfTriple> out, boolean minimal) {
        this.out = out;
        this.minimal = minimal;
    }

    private RdfTerm.Blank blank() {
        return new RdfTerm.Blank("b" + blanks++);
    }

    private void emit(RdfTerm s, String p, RdfTerm o) {
        out.accept(new RdfTriple(s, new RdfTerm.Iri(p), o));
    }

    @Override
    public void startGroup(Annotated.Group g) {
        if (minimal) {
            return;
        }
        group = g.id().<RdfTerm>map(RdfTerm.Iri::new).orElseGet(this::blank);
        emit(group, Vocab.RDF_TYPE, new RdfTerm.Iri(CSVW + "TableGroup"));
        annotations(group, g.annotations());
    }

    @Override
    public void startTable(Annotated.Table t) {
        tableUrl = t.url();
        if (minimal) {
            return;
        }
        table = t.id().<RdfTerm>map(RdfTerm.Iri::new).orElseGet(this::blank);
        emit(group, CSVW + "table", table);
        emit(table, Vocab.RDF_TYPE, new RdfTerm.Iri(CSVW + "Table"));
        emit(table, CSVW + "url", new RdfTerm.Iri(t.url()));
        annotations(table, t.annotations());
    }

    @Override
    public void endTable(List<String> comments) {
        if (minimal || table == null) {
            return;
        }
        for (String c : comments) {
            emit(table, "http://www.w3.org/2000/01/rdf-schema#comment", RdfTerm.Literal.of(c, null));
        }
    }

    @Override
    public void row(Annotated.Row r) {
        RdfTerm row = null;
        if (!minimal) {
            row = blank();
            emit(table, CSVW + "row", row);
            emit(row, Vocab.RDF_TYPE, new RdfTerm.Iri(CSVW + "Row"));
            emit(row, CSVW + "rownum", RdfTerm.Literal.typed(String.valueOf(r.number()), XSD + "integer"));
            emit(row, CSVW + "url", new RdfTerm.Iri(Urls.withoutFragment(r.tableUrl()) + "#row=" + r.sourceNumber()));
            for (Annotated.Title t : r.titles()) {
                emit(row, CSVW + "title", RdfTerm.Literal.of(t.value(), t.lang()));
            }
        }
        RdfTerm defaultSubject = blank();
        Set<String> described = new LinkedHashSet<>();
        for (Annotated.Cell c : r.cells()) {
            RdfTerm subject = c.aboutUrl() == null ? defaultSubject : new RdfTerm.Iri(c.aboutUrl());
            if (!minimal && described.add(subject.toNTriples())) {
                emit(row, CSVW + "describes", subject);
            }
            String predicate = c.propertyUrl() != null ? c.propertyUrl()
                    : Urls.withoutFragment(r.tableUrl()) + "#" + c.name();
            if (c.valueUrl() != null) {
                emit(subject, predicate, new RdfTerm.Iri(c.valueUrl()));
            } else if (c.list() && c.ordered()) {
                if (c.values().isEmpty()) {
                    continue;
                }
                RdfTerm head = blank();
                emit(subject, predicate, head);
                for (int i = 0; i < c.values().size(); i++) {
                    emit(head, Vocab.RDF + "first", literal(c.values().get(i)));
                    RdfTerm next = i + 1 < c.values().size() ? blank() : new RdfTerm.Iri(Vocab.RDF + "nil");
                    emit(head, Vocab.RDF + "rest", next);
                    head = next;
                }
            } else {
                for (Annotated.Value v : c.values()) {
                    emit(subject, predicate, literal(v));
                }
            }
        }
    }

    private static RdfTerm literal(Annotated.Value v) {
        return v.lang() != null ? RdfTerm.Literal.of(v.literal(), v.lang()) : RdfTerm.Literal.typed(v.literal(), v.datatype());
    }

    private void annotations(RdfTerm subject, List<Metadata.Annotation> annotations) {
        for (Metadata.Annotation a : annotations) {
            jsonLd(subject, a.iri(), a.value());
        }
    }

    /** "JSON-LD to RDF" of csv2rdf: one property value of a subject. */
    private void jsonLd(RdfTerm subject, String property, JsonNode value) {
        if (value.isArray()) {
            for (JsonNode v : value) {
                jsonLd(subject, property, v);
            }
            return;
        }
        if (value.isObject() && value.has("@value")) {
            JsonNode v = value.get("@value");
            String lexical = v.isTextual() ? v.asText() : v.isNumber() ? v.numberValue().toString() : v.asText();
            if (value.hasNonNull("@language")) {
                emit(subject, property, RdfTerm.Literal.of(lexical, value.get("@language").asText()));
            } else if (value.has("@type")) {
                emit(subject, property, RdfTerm.Literal.typed(lexical, Vocab.expand(value.get("@type").asText())));
            } else if (v.isBoolean()) {
                emit(subject, property, RdfTerm.Literal.typed(lexical, XSD + "boolean"));
            } else if (v.isNumber()) {
                emit(subject, property, number(v));
            } else {
                emit(subject, property, RdfTerm.Literal.of(lexical, null));
            }
            return;
        }
        if (value.isObject()) {
            RdfTerm node = value.hasNonNull("@id") ? new RdfTerm.Iri(value.get("@id").asText()) : blank();
            emit(subject, property, node);
            JsonNode types = value.get("@type");
            if (types != null) {
                List<JsonNode> list = new ArrayList<>();
                if (types.isArray()) {
                    types.forEach(list::add);
                } else {
                    list.add(types);
                }
                for (JsonNode t : list) {
                    emit(node, Vocab.RDF_TYPE, new RdfTerm.Iri(Vocab.expand(t.asText())));
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().startsWith("@")) {
                    jsonLd(node, Vocab.expand(e.getKey()), e.getValue());
                }
            }
            return;
        }
        if (value.isBoolean()) {
            emit(subject, property, RdfTerm.Literal.typed(value.asText(), XSD + "boolean"));
        } else if (value.isNumber()) {
            emit(subject, property, number(value));
        } else if (!value.isNull()) {
            emit(subject, property, RdfTerm.Literal.of(value.asText(), null));
        }
    }

    /** A JSON number: xsd:integer without a fractional part, else xsd:double in canonical form. */
    private static RdfTerm number(JsonNode v) {
        BigDecimal d = v.decimalValue();
        if (d.signum() == 0 || d.stripTrailingZeros().scale() <= 0) {
            return RdfTerm.Literal.typed(d.toBigInteger().toString(), XSD + "integer");
        }
        return RdfTerm.Literal.typed(canonicalDouble(d), XSD + "double");
    }

    static String canonicalDouble(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        String digits = s.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - s.scale();
        String mantissa = digits.length() == 1 ? digits + ".0" : digits.charAt(0) + "." + digits.substring(1);
        return (s.signum() < 0 ? "-" : "") + mantissa + "E" + exponent;
    }
}
