package io.github.civicdata.rdf;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.RuleInfo;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.internal.StrictJson;
import io.github.civicdata.metadata.DatasetRecord;
import io.github.civicdata.metadata.MetadataJson;
import io.github.civicdata.metadata.MetadataRules;
import io.github.civicdata.metadata.internal.FileContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;

/**
 * Checks DCAT graphs against the official DCAT-AP 3.0.1 SHACL shapes that make a description
 * conformant: the mandatory constraints ({@value #SHAPES_RESOURCE}) and the class ranges of
 * related resources ({@value #RANGE_RESOURCE}), both © European Union, CC-BY 4.0, shipped unchanged
 * with their notice. Each violation is a bilingual finding of rule {@value
 * MetadataRules#DCAT_AP} naming the focus node (an IRI, or a blank node described by the property
 * that leads to it, e.g. {@code [dct:publisher of <urn:…>]}), the path and the shape.
 *
 * <p>Any DCAT input can be checked (Turtle, JSON-LD, RDF/XML), read with the same guards as {@link
 * DcatReader} (no external entities or remote contexts, size and nesting limits); a record can be
 * checked as {@link DcatWriter} would export it. {@link #recommended()} adds the recommended-property
 * shapes ({@value #RECOMMENDED_RESOURCE}, unchanged): what they miss is a warning of rule {@value
 * MetadataRules#DCAT_AP_RECOMMENDED} (the shapes' own {@code sh:severity sh:Warning}). The EU
 * controlled-vocabulary shapes are not applied (see {@code dcat-ap/SOURCES.md}).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * List<Finding> f = DcatApShapes.standard().check(Files.readAllBytes(ttl), "catalog.ttl", DcatFormat.TURTLE);
 * List<Finding> g = DcatApShapes.standard().check(record, "toilet.json");
 * }</pre>
 */
public final class DcatApShapes {

    /** The class-path resource of the mandatory shapes. */
    public static final String SHAPES_RESOURCE = "/io/github/civicdata/rdf/dcat-ap/shapes.ttl";
    /** The class-path resource of the range shapes. */
    public static final String RANGE_RESOURCE = "/io/github/civicdata/rdf/dcat-ap/range.ttl";

    /** The class-path resource of the recommended-property shapes. */
    public static final String RECOMMENDED_RESOURCE = "/io/github/civicdata/rdf/dcat-ap/shapes_recommended.ttl";

    private static final String RULE = MetadataRules.DCAT_AP;

    private static final class Holder {
        static final DcatApShapes STANDARD = load(false);
    }

    private static final class RecommendedHolder {
        static final DcatApShapes RECOMMENDED = load(true);
    }

    private final Shapes shapes;
    /** Property shape node → the local name of the node shape that holds it. */
    private final Map<Node, String> owners;
    /** Property shape node → the class its {@code sh:class} asks for (prefixed). */
    private final Map<Node, String> classes;
    /** The shapes (node and property shapes) that come from the recommended file; empty without it. */
    private final java.util.Set<Node> recommendedShapes;

    private DcatApShapes(Shapes shapes, Map<Node, String> owners, Map<Node, String> classes,
            java.util.Set<Node> recommendedShapes) {
        this.shapes = shapes;
        this.owners = owners;
        this.classes = classes;
        this.recommendedShapes = recommendedShapes;
    }

    /**
     * The shipped DCAT-AP 3.0.1 mandatory and range shapes.
     *
     * @return the shared instance
     * @throws UncheckedIOException if the jar is damaged
     */
    public static DcatApShapes standard() {
        return Holder.STANDARD;
    }

    /**
     * The shipped DCAT-AP 3.0.1 mandatory and range shapes (violations: rule {@value
     * MetadataRules#DCAT_AP}, errors) and the recommended-property shapes (rule {@value
     * MetadataRules#DCAT_AP_RECOMMENDED}, warnings).
     *
     * @return the shared instance
     * @throws UncheckedIOException if the jar is damaged
     */
    public static DcatApShapes recommended() {
        return RecommendedHolder.RECOMMENDED;
    }

    private static Graph parse(String resource) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = DcatApShapes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + resource));
            }
            RDFParser.create().source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    private static DcatApShapes load(boolean withRecommended) {
        Graph g = GraphFactory.createDefaultGraph();
        for (String r : List.of(SHAPES_RESOURCE, RANGE_RESOURCE)) {
            parse(r).find().forEach(g::add);
        }
        java.util.Set<Node> rec = new java.util.HashSet<>();
        if (withRecommended) {
            Graph r = parse(RECOMMENDED_RESOURCE);
            r.find(Node.ANY, SHACL.property, Node.ANY).forEach(t -> rec.add(t.getObject()));
            r.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), SHACL.NodeShape).forEach(t -> {
                if (!g.contains(t.getSubject(), Node.ANY, Node.ANY)) {
                    rec.add(t.getSubject()); // a node shape of its own (Catalog_Shape2), not one that adds to the mandatory ones
                }
            });
            r.find().forEach(g::add);
        }
        Shapes shapes = Shapes.parse(g);
        Map<Node, String> owners = new HashMap<>();
        Map<Node, String> classes = new HashMap<>();
        g.find(Node.ANY, SHACL.property, Node.ANY)
                .forEach(t -> owners.putIfAbsent(t.getObject(), local(t.getSubject())));
        g.find(Node.ANY, SHACL.class_, Node.ANY).forEach(t -> {
            if (t.getObject().isURI()) {
                classes.putIfAbsent(t.getSubject(), DcatGraphReader.PREFIXES.shortForm(t.getObject().getURI()));
            }
        });
        return new DcatApShapes(shapes, Map.copyOf(owners), Map.copyOf(classes), java.util.Set.copyOf(rec));
    }

    /**
     * @return the rule these checks report
     */
    public List<RuleInfo> rules() {
        return recommendedShapes.isEmpty() ? MetadataRules.of(RULE) : MetadataRules.of(RULE, MetadataRules.DCAT_AP_RECOMMENDED);
    }

    /**
     * Reads a DCAT file (format from its extension unless given) and checks it. A file that cannot
     * be read or parsed gives the reader's findings ({@code metadata.file-unreadable},
     * {@code metadata.rdf-syntax}, {@code metadata.rdf-unsafe}) instead.
     *
     * @param file the file
     * @param format the format, or empty to take it from the file name
     * @param maxBytes the largest file read
     * @return the findings, empty when the graph conforms
     */
    public List<Finding> check(Path file, Optional<DcatFormat> format, long maxBytes) {
        String source = file.toString();
        FileContent c = FileContent.read(file, source, maxBytes);
        if (c.failure().isPresent()) {
            return List.of(c.failure().get());
        }
        Optional<DcatFormat> f = format.or(() -> DcatFormat.fromFileName(source));
        if (f.isEmpty()) {
            return List.of(Finding.builder(MetadataRules.RDF_SYNTAX, Severity.ERROR).location(Location.of(source))
                    .args("unknown RDF format (use .ttl, .jsonld or .rdf)").build());
        }
        return check(c.bytes(), source, f.get(), file.toAbsolutePath().toUri().toString());
    }

    /**
     * Checks DCAT content in memory.
     *
     * @param content the bytes
     * @param source the source name for findings
     * @param format the serialisation
     * @return the findings, empty when the graph conforms
     */
    public List<Finding> check(byte[] content, String source, DcatFormat format) {
        return check(content, source, format, "https://civicdata.invalid/");
    }

    private List<Finding> check(byte[] content, String source, DcatFormat format, String base) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        if (content.length > MetadataJson.DEFAULT_MAX_BYTES) {
            return List.of(Finding.builder(MetadataRules.FILE_TOO_LARGE, Severity.ERROR).location(Location.of(source))
                    .args((long) content.length, MetadataJson.DEFAULT_MAX_BYTES).build());
        }
        DcatSafeParser.Parsed parsed = parse(content, format, source, base);
        List<Finding> out = new ArrayList<>(parsed.findings());
        parsed.model().ifPresent(m -> out.addAll(check(m, source, Map.of())));
        return out;
    }

    private static DcatSafeParser.Parsed parse(byte[] content, DcatFormat format, String source, String base) {
        // the same limits as a DcatReader with its defaults
        return DcatSafeParser.parse(content, format, source, base, StrictJson.of(new StrictJson.Limits(
                MetadataJson.DEFAULT_MAX_NESTING_DEPTH, MetadataJson.DEFAULT_MAX_NUMBER_LENGTH)));
    }

    /**
     * Checks a record as {@link DcatWriter} exports it (the whole record, inventory included);
     * findings point into the record's JSON form where the focus node is part of it.
     *
     * @param record the record
     * @param source the source name for findings
     * @return the findings, empty when the export conforms
     */
    public List<Finding> check(DatasetRecord record, String source) {
        Objects.requireNonNull(record, "record");
        Model m = ModelFactory.createDefaultModel();
        DcatGraphWriter.add(m, record, DcatGraphWriter.defaultIri(record));
        return check(m, source, DcatGraphReader.read(m, source).pointers());
    }

    /**
     * Checks records as one catalogue export ({@link DcatWriter#writeCatalog}).
     *
     * @param info the catalogue's description
     * @param records the records
     * @param source the source name for findings
     * @return the findings, empty when the export conforms
     */
    public List<Finding> checkCatalog(DcatCatalogInfo info, Collection<DatasetRecord> records, String source) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        DcatWriter.builder().format(DcatFormat.TURTLE).build().writeCatalog(info, records, out);
        return check(out.toByteArray(), source, DcatFormat.TURTLE);
    }

    List<Finding> check(Model m, String source, Map<RDFNode, String> pointers) {
        ValidationReport report = ShaclValidator.get().validate(shapes, m.getGraph());
        if (report.conforms()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            out.add(finding(m, e, source, pointers));
        }
        out.sort(Comparator.comparing((Finding f) -> f.location().pointer().orElse(""))
                .thenComparing(f -> String.valueOf(f.arguments())));
        return out;
    }

    private Finding finding(Model m, ReportEntry e, String source, Map<RDFNode, String> pointers) {
        String focus = describe(m, e.focusNode());
        String path = e.resultPath() instanceof P_Link link
                ? DcatGraphReader.PREFIXES.shortForm(link.getNode().getURI())
                : String.valueOf(e.resultPath());
        String shape = owners.getOrDefault(e.source(), local(e.source()));
        String value = e.value() == null ? "" : describe(m, e.value());
        Severity severity = switch (e.severity().level().getLocalName()) {
            case "Warning" -> Severity.WARNING;
            case "Info" -> Severity.INFO;
            default -> Severity.ERROR;
        };
        String component = local(e.sourceConstraintComponent());
        boolean rec = recommendedShapes.contains(e.source());
        String rule = rec ? MetadataRules.DCAT_AP_RECOMMENDED : RULE;
        Finding.Builder b = Finding.builder(rule, severity);
        if (component.equals("MinCountConstraintComponent")) {
            b.messageKey(rule + ".min-count").args(focus, path, shape);
        } else if (rec) {
            b.args(focus, path, shape, String.valueOf(e.message()));
        } else if (component.equals("MaxCountConstraintComponent")) {
            b.messageKey(RULE + ".max-count").args(focus, path, shape, String.valueOf(e.message()));
        } else if (component.equals("ClassConstraintComponent") && classes.containsKey(e.source())) {
            b.messageKey(RULE + ".class").args(focus, path, shape, value, classes.get(e.source()));
        } else {
            b.args(focus, path, shape, String.valueOf(e.message()));
        }
        if (!value.isEmpty()) {
            b.value(value);
        }
        String ptr = pointers.get(m.asRDFNode(e.focusNode()));
        return b.location(ptr == null ? Location.of(source) : Location.pointer(source, ptr)).build();
    }

    /** An IRI in angle brackets; a blank node by the property that leads to it (one level up). */
    private static String describe(Model m, Node n) {
        if (n.isURI()) {
            return "<" + n.getURI() + ">";
        }
        if (n.isLiteral()) {
            return "\"" + n.getLiteralLexicalForm() + "\"";
        }
        RDFNode node = m.asRDFNode(n);
        List<Statement> in = m.listStatements(null, null, node).toList();
        if (in.isEmpty()) {
            return "[]";
        }
        Statement s = in.get(0);
        String subject = s.getSubject().isURIResource() ? "<" + s.getSubject().getURI() + ">" : "[]";
        return "[" + DcatGraphReader.PREFIXES.shortForm(s.getPredicate().getURI()) + " of " + subject + "]";
    }

    private static String local(Node n) {
        if (n == null) {
            return "";
        }
        if (!n.isURI()) {
            return n.toString();
        }
        String u = n.getURI();
        return u.substring(Math.max(u.lastIndexOf('#'), u.lastIndexOf('/')) + 1);
    }
}
