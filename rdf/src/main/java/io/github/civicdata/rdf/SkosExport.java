package io.github.civicdata.rdf;

import io.github.civicdata.vocab.DataItem;
import io.github.civicdata.vocab.DatasetTemplate;
import io.github.civicdata.vocab.FormatConstraints;
import io.github.civicdata.vocab.TemplateColumn;
import io.github.civicdata.vocab.VocabIris;
import io.github.civicdata.vocab.Vocabulary;
import io.github.civicdata.vocab.gif.CoreDataModel;
import io.github.civicdata.vocab.gif.ItemMapping;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The vocabulary and its templates as RDF, in Turtle.
 *
 * <p>Each {@link DataItem} is a {@code skos:Concept} in the scheme {@link VocabIris#ITEM_SCHEME}
 * and also an {@code rdf:Property} (the column it names): {@code skos:prefLabel} and
 * {@code rdfs:label} in Japanese ({@code @ja}, the header name) and English ({@code @en}),
 * {@code skos:altLabel@ja} for aliases, {@code skos:definition@ja}, {@code skos:notation} (the id),
 * {@code skos:example}, {@code rdfs:range} (the XSD datatype), the format constraints as
 * {@code civ:} properties and the IMI property and paths where known. Each template is a
 * {@code civ:DatasetTemplate} and {@code skos:OrderedCollection} whose {@code skos:memberList}
 * lists its items, with one {@code civ:column} node per column (order, header, item, obligation,
 * uniqueness). The items of the GIF コアデータモデル are also in the scheme {@code …/ns/gif} with their
 * class, 必須 flag and 形式 ({@code civ:gifClass}, {@code civ:gifRequired}, {@code civ:gifFormat}),
 * and the vocabulary export links items to their GIF and IMI counterparts with
 * {@code skos:exactMatch} and {@code skos:closeMatch} ({@link CoreDataModel#mappings()}). The graph
 * parses back to an isomorphic graph. Jena is used inside; no Jena type is
 * part of this API. Stateless and thread-safe.
 *
 * <pre>{@code
 * String ttl = SkosExport.vocabularyTurtle(Vocabulary.standard());
 * String one = SkosExport.templateTurtle(Vocabulary.standard().template("public-toilet").orElseThrow());
 * }</pre>
 */
public final class SkosExport {

    private static final Property COLUMN = p("column");
    private static final Property ORDER = p("order");
    private static final Property HEADER = p("header");
    private static final Property ITEM = p("item");
    private static final Property OBLIGATION = p("obligation");
    private static final Property UNIQUE = p("unique");
    private static final Property NAMED_FORMAT = p("namedFormat");
    private static final Property PATTERN = p("pattern");
    private static final Property ALLOWED_VALUE = p("allowedValue");
    private static final Property MINIMUM = p("minimum");
    private static final Property MAXIMUM = p("maximum");
    private static final Property MAX_LENGTH = p("maxLength");
    private static final Property SEPARATOR = p("separator");
    private static final Property IMI_PROPERTY = p("imiProperty");
    private static final Property IMI_PATH = p("imiPath");
    private static final Property GIF_PATH = p("gifPath");
    private static final Property EDITION = p("edition");
    private static final Property CONFIDENCE = p("confidence");
    private static final Property COMPLETE = p("complete");
    private static final Property DATASET_NUMBER = p("datasetNumber");
    private static final Property COLUMN_EXAMPLE = p("example");
    private static final Property GIF_CLASS = p("gifClass");
    private static final Property GIF_REQUIRED = p("gifRequired");
    private static final Property GIF_FORMAT = p("gifFormat");
    /** The concept scheme of the GIF core data model's items. */
    static final String GIF_SCHEME = VocabIris.BASE + "gif";

    private SkosExport() {
    }

    private static Property p(String local) {
        return ModelFactory.createDefaultModel().createProperty(VocabIris.VOCAB, local);
    }

    /**
     * Every item and every template of a vocabulary, in Turtle.
     *
     * @param vocabulary the vocabulary
     * @return the Turtle text
     */
    public static String vocabularyTurtle(Vocabulary vocabulary) {
        return turtle(vocabularyModel(vocabulary));
    }

    /**
     * One template and the items it uses, in Turtle.
     *
     * @param template the template
     * @return the Turtle text
     */
    public static String templateTurtle(DatasetTemplate template) {
        return turtle(templateModel(template));
    }

    /**
     * Writes every item and template of a vocabulary as Turtle (UTF-8); the stream is not closed.
     *
     * @param vocabulary the vocabulary
     * @param out the stream
     * @throws UncheckedIOException if writing fails
     */
    public static void writeVocabulary(Vocabulary vocabulary, OutputStream out) {
        try {
            out.write(vocabularyTurtle(vocabulary).getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Model vocabularyModel(Vocabulary v) {
        Model m = newModel();
        for (DataItem i : v.items()) {
            addItem(m, i);
        }
        CoreDataModel gif = CoreDataModel.standard();
        for (ItemMapping mp : gif.mappings()) {
            if (v.item(mp.itemId()).isPresent()) {
                m.createResource(VocabIris.ITEM + mp.itemId()).addProperty(
                        mp.match() == ItemMapping.Match.EXACT ? SKOS.exactMatch : SKOS.closeMatch,
                        m.createResource(mp.targetIri()));
            }
        }
        for (DatasetTemplate t : v.templates()) {
            addTemplate(m, t);
        }
        return m;
    }

    static Model templateModel(DatasetTemplate t) {
        Model m = newModel();
        Map<String, DataItem> items = new LinkedHashMap<>();
        t.columns().forEach(c -> items.putIfAbsent(c.item().id(), c.item()));
        items.values().forEach(i -> addItem(m, i));
        addTemplate(m, t);
        return m;
    }

    private static Model newModel() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("civ", VocabIris.VOCAB);
        m.setNsPrefix("item", VocabIris.ITEM);
        m.setNsPrefix("template", VocabIris.TEMPLATE);
        m.setNsPrefix("ic", VocabIris.IMI);
        m.setNsPrefix("skos", SKOS.uri);
        m.setNsPrefix("rdfs", RDFS.uri);
        m.setNsPrefix("rdf", RDF.uri);
        m.setNsPrefix("dct", DCTerms.NS);
        m.setNsPrefix("owl", OWL2.NS);
        m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        Resource scheme = m.createResource(VocabIris.ITEM_SCHEME, SKOS.ConceptScheme);
        scheme.addProperty(SKOS.prefLabel, "civicdata 共通データ項目", "ja");
        scheme.addProperty(SKOS.prefLabel, "civicdata shared data items", "en");
        return m;
    }

    private static void addItem(Model m, DataItem i) {
        Resource r = m.createResource(VocabIris.item(i));
        r.addProperty(RDF.type, SKOS.Concept);
        r.addProperty(RDF.type, RDF.Property);
        r.addProperty(SKOS.inScheme, m.createResource(VocabIris.ITEM_SCHEME));
        r.addProperty(SKOS.notation, i.id());
        r.addProperty(SKOS.prefLabel, i.name(), "ja");
        r.addProperty(SKOS.prefLabel, i.nameEn(), "en");
        r.addProperty(RDFS.label, i.name(), "ja");
        r.addProperty(RDFS.label, i.nameEn(), "en");
        for (String a : i.aliases()) {
            r.addProperty(SKOS.altLabel, a, "ja");
        }
        if (!i.definition().isEmpty()) {
            r.addProperty(SKOS.definition, i.definition(), "ja");
        }
        i.example().ifPresent(x -> r.addProperty(SKOS.example, x));
        r.addProperty(RDFS.range, m.createResource(i.datatype().xsdIri()));
        FormatConstraints c = i.constraints();
        c.format().ifPresent(f -> r.addProperty(NAMED_FORMAT, f.name()));
        c.pattern().ifPresent(x -> r.addProperty(PATTERN, x));
        for (String e : c.enumeration()) {
            r.addProperty(ALLOWED_VALUE, e);
        }
        c.minimum().ifPresent(x -> r.addLiteral(MINIMUM, m.createTypedLiteral(x.toPlainString(),
                XSDDatatype.XSDdecimal)));
        c.maximum().ifPresent(x -> r.addLiteral(MAXIMUM, m.createTypedLiteral(x.toPlainString(),
                XSDDatatype.XSDdecimal)));
        c.maxLength().ifPresent(x -> r.addLiteral(MAX_LENGTH, m.createTypedLiteral(Integer.toString(x),
                XSDDatatype.XSDinteger)));
        c.separator().ifPresent(x -> r.addProperty(SEPARATOR, x));
        i.imiIri().ifPresent(x -> r.addProperty(IMI_PROPERTY, m.createResource(x)));
        i.imiPath().ifPresent(x -> r.addProperty(IMI_PATH, x));
        i.gifPath().ifPresent(x -> r.addProperty(GIF_PATH, x));
        CoreDataModel.standard().item(i.id()).filter(g -> g.item().equals(i)).ifPresent(g -> {
            Resource gif = m.createResource(GIF_SCHEME, SKOS.ConceptScheme);
            gif.addProperty(SKOS.prefLabel, "GIF コアデータモデル", "ja");
            gif.addProperty(SKOS.prefLabel, "GIF core data model", "en");
            r.addProperty(SKOS.inScheme, gif);
            r.addProperty(GIF_CLASS, g.classId());
            r.addLiteral(GIF_REQUIRED, m.createTypedLiteral(Boolean.toString(g.required()), XSDDatatype.XSDboolean));
            r.addProperty(GIF_FORMAT, g.format());
        });
    }

    private static void addTemplate(Model m, DatasetTemplate t) {
        Resource r = m.createResource(VocabIris.template(t));
        r.addProperty(RDF.type, m.createResource(VocabIris.VOCAB + "DatasetTemplate"));
        r.addProperty(RDF.type, SKOS.OrderedCollection);
        r.addProperty(DCTerms.identifier, t.id());
        r.addProperty(OWL2.versionInfo, t.version());
        r.addProperty(SKOS.prefLabel, t.name(), "ja");
        r.addProperty(SKOS.prefLabel, t.nameEn(), "en");
        t.number().ifPresent(n -> r.addProperty(DATASET_NUMBER, n));
        if (!t.edition().isEmpty()) {
            r.addProperty(EDITION, t.edition());
        }
        if (!t.description().isEmpty()) {
            r.addProperty(DCTerms.description, t.description(), "ja");
        }
        r.addProperty(CONFIDENCE, m.createResource(VocabIris.VOCAB + capital(t.confidence().name())));
        r.addLiteral(COMPLETE, m.createTypedLiteral(Boolean.toString(t.complete()), XSDDatatype.XSDboolean));
        r.addProperty(DCTerms.source, t.source());
        if (!t.licence().isEmpty()) {
            r.addProperty(DCTerms.rights, t.licence());
        }
        List<RDFNode> members = new ArrayList<>();
        int order = 1;
        for (TemplateColumn c : t.columns()) {
            Resource item = m.createResource(VocabIris.item(c.item()));
            members.add(item);
            Resource col = m.createResource();
            col.addLiteral(ORDER, m.createTypedLiteral(Integer.toString(order++), XSDDatatype.XSDinteger));
            col.addProperty(HEADER, c.header(), "ja");
            col.addProperty(ITEM, item);
            col.addProperty(OBLIGATION, m.createResource(VocabIris.VOCAB + capital(c.obligation().name())));
            col.addLiteral(UNIQUE, m.createTypedLiteral(Boolean.toString(c.unique()), XSDDatatype.XSDboolean));
            c.example().ifPresent(x -> col.addProperty(COLUMN_EXAMPLE, x));
            c.description().ifPresent(x -> col.addProperty(DCTerms.description, x, "ja"));
            r.addProperty(COLUMN, col);
        }
        r.addProperty(SKOS.memberList, m.createList(members.iterator()));
    }

    private static String capital(String constant) {
        return constant.charAt(0) + constant.substring(1).toLowerCase(Locale.ROOT);
    }

    static String turtle(Model m) {
        Objects.requireNonNull(m, "model");
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, m, RDFFormat.TURTLE_PRETTY);
        String s = w.toString();
        return s.endsWith("\n") ? s : s + "\n";
    }
}
