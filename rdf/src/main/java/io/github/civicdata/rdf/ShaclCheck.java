package io.github.civicdata.rdf;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.RuleInfo;
import io.github.civicdata.core.Severity;
import io.github.civicdata.metadata.DatasetRecord;
import io.github.civicdata.metadata.MetadataRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;

/**
 * Checks dataset descriptions against the SHACL shapes of the civicdata record profile of DCAT
 * (resource {@value #SHAPES_RESOURCE}), with Jena SHACL, and reports each violation as a bilingual
 * finding of rule {@code metadata.shacl}.
 *
 * <p>Each finding names the property ({@code dct:issued}), the offending value, and — where the
 * focus node is part of a record — a JSON pointer into the record's JSON form ({@code /issued},
 * {@code /distributions/0/byteSize}). {@link DcatReader} runs these checks on every RDF file it
 * reads; {@link #check(DatasetRecord, String)} checks what {@link DcatWriter} makes of a record.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * List<Finding> findings = ShaclCheck.standard().check(record, "toilet.json");
 * String shapes = ShaclCheck.shapesTurtle(); // to publish or to use with other SHACL tools
 * }</pre>
 */
public final class ShaclCheck {

    /** The class-path resource holding the shapes (Turtle). */
    public static final String SHAPES_RESOURCE = "/io/github/civicdata/rdf/dataset-record-shapes.ttl";

    private static final class Holder {
        static final ShaclCheck STANDARD = new ShaclCheck(load());
    }

    private final Shapes shapes;

    private ShaclCheck(Shapes shapes) {
        this.shapes = shapes;
    }

    /**
     * The checks with the shapes shipped in the jar.
     *
     * @return the shared instance
     * @throws UncheckedIOException if the jar is damaged
     */
    public static ShaclCheck standard() {
        return Holder.STANDARD;
    }

    /**
     * The shapes document.
     *
     * @return the Turtle text
     * @throws UncheckedIOException if the jar is damaged
     */
    public static String shapesTurtle() {
        try (InputStream in = ShaclCheck.class.getResourceAsStream(SHAPES_RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + SHAPES_RESOURCE));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Shapes load() {
        Graph g = RDFParser.create().fromString(shapesTurtle()).lang(Lang.TURTLE).toGraph();
        return Shapes.parse(g);
    }

    /**
     * @return the rule this check reports
     */
    public List<RuleInfo> rules() {
        return MetadataRules.of(MetadataRules.SHACL);
    }

    /**
     * Checks the DCAT description of a record (as {@link DcatWriter} writes it).
     *
     * @param record the record
     * @param source the source name for findings
     * @return the findings (empty when it conforms)
     */
    public List<Finding> check(DatasetRecord record, String source) {
        Objects.requireNonNull(record, "record");
        Model m = ModelFactory.createDefaultModel();
        DcatGraphWriter.add(m, record, DcatGraphWriter.defaultIri(record));
        return check(m, source, DcatGraphReader.read(m, source).pointers());
    }

    List<Finding> check(Model m, String source, Map<RDFNode, String> pointers) {
        ValidationReport report = ShaclValidator.get().validate(shapes, m.getGraph());
        if (report.conforms()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        List<ReportEntry> entries = new ArrayList<>(report.getEntries());
        entries.sort(Comparator.comparing((ReportEntry e) -> pointerOf(m, e, pointers))
                .thenComparing(e -> String.valueOf(e.resultPath())));
        for (ReportEntry e : entries) {
            out.add(finding(m, e, source, pointers));
        }
        return out;
    }

    private static String pointerOf(Model m, ReportEntry e, Map<RDFNode, String> pointers) {
        String base = pointers.get(m.asRDFNode(e.focusNode()));
        if (base == null) {
            return "";
        }
        String field = field(e.resultPath());
        return field.isEmpty() ? base : base + "/" + field;
    }

    private static Finding finding(Model m, ReportEntry e, String source, Map<RDFNode, String> pointers) {
        String component = local(e.sourceConstraintComponent());
        String key = switch (component) {
            case "MinCountConstraintComponent" -> "min-count";
            case "MaxCountConstraintComponent" -> "max-count";
            case "DatatypeConstraintComponent" -> "datatype";
            case "NodeKindConstraintComponent" -> "node-kind";
            case "PatternConstraintComponent" -> "pattern";
            case "InConstraintComponent" -> "in";
            case "UniqueLangConstraintComponent" -> "unique-lang";
            case "ClassConstraintComponent" -> "class";
            case "NodeConstraintComponent" -> "node";
            case "QualifiedMinCountConstraintComponent" -> "qualified-min-count";
            default -> null;
        };
        String path = path(e.resultPath());
        String value = e.value() == null ? "" : show(e.value());
        Severity severity = switch (e.severity().level().getLocalName()) {
            case "Warning" -> Severity.WARNING;
            case "Info" -> Severity.INFO;
            default -> Severity.ERROR;
        };
        Finding.Builder b = Finding.builder(MetadataRules.SHACL, severity);
        if (key == null) {
            b.args(local(e.source()), path, String.valueOf(e.message()));
        } else if (key.equals("min-count") || key.equals("max-count") || key.equals("unique-lang")
                || key.equals("qualified-min-count")) {
            b.messageKey(MetadataRules.SHACL + "." + key).args(path, String.valueOf(e.message()));
        } else {
            b.messageKey(MetadataRules.SHACL + "." + key).args(path, value, String.valueOf(e.message()));
        }
        if (!value.isEmpty()) {
            b.value(value);
        }
        String ptr = pointers.containsKey(m.asRDFNode(e.focusNode())) ? pointerOf(m, e, pointers) : null;
        return b.location(ptr == null ? Location.of(source) : Location.pointer(source, ptr)).build();
    }

    private static String show(Node n) {
        if (n.isURI()) {
            return n.getURI();
        }
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        return n.toString();
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

    private static String path(Path p) {
        if (p instanceof P_Link link) {
            return DcatGraphReader.PREFIXES.shortForm(link.getNode().getURI());
        }
        return p == null ? "" : p.toString();
    }

    /** The JSON member a property maps to on its node (empty when unknown). */
    private static String field(Path p) {
        if (!(p instanceof P_Link link)) {
            return "";
        }
        String u = link.getNode().getURI();
        return switch (u) {
            case DcatTerms.DCT + "identifier" -> "identifier";
            case DcatTerms.DCT + "title" -> "title";
            case DcatTerms.DCT + "description" -> "description";
            case DcatTerms.DCT + "publisher" -> "publisher";
            case DcatTerms.DCAT + "contactPoint" -> "contactPoint";
            case DcatTerms.DCAT + "keyword" -> "keywords";
            case DcatTerms.DCAT + "theme" -> "themes";
            case DcatTerms.DCT + "license" -> "license";
            case DcatTerms.DCT + "issued" -> "issued";
            case DcatTerms.DCT + "modified" -> "modified";
            case DcatTerms.DCT + "accrualPeriodicity" -> "accrualPeriodicity";
            case DcatTerms.DCT + "spatial" -> "spatial";
            case DcatTerms.DCT + "temporal" -> "temporal";
            case DcatTerms.DCT + "conformsTo" -> "conformsTo";
            case DcatTerms.DCAT + "landingPage" -> "landingPage";
            case DcatTerms.DCAT + "distribution" -> "distributions";
            case DcatTerms.CIV + "inventory" -> "inventory";
            case DcatTerms.CIV + "extra" -> "extras";
            case DcatTerms.DCAT + "startDate" -> "start";
            case DcatTerms.DCAT + "endDate" -> "end";
            case DcatTerms.DCT + "format" -> "format";
            case DcatTerms.DCAT + "mediaType" -> "mediaType";
            case DcatTerms.DCAT + "downloadURL" -> "downloadURL";
            case DcatTerms.DCAT + "accessURL" -> "accessURL";
            case DcatTerms.DCAT + "byteSize" -> "byteSize";
            case DcatTerms.CNT + "characterEncoding" -> "characterEncoding";
            case DcatTerms.CIV + "bom" -> "bom";
            case DcatTerms.SPDX + "checksum" -> "checksum";
            case DcatTerms.SPDX + "algorithm" -> "algorithm";
            case DcatTerms.SPDX + "checksumValue" -> "value";
            case DcatTerms.FOAF + "name" -> "name";
            case DcatTerms.VCARD + "fn" -> "name";
            case DcatTerms.VCARD + "hasEmail" -> "email";
            case DcatTerms.VCARD + "hasTelephone" -> "telephone";
            case DcatTerms.VCARD + "hasURL" -> "url";
            case DcatTerms.CIV + "department" -> "department";
            case DcatTerms.CIV + "sourceSystem" -> "sourceSystem";
            case DcatTerms.CIV + "category" -> "category";
            case DcatTerms.CIV + "dataItem" -> "dataItems";
            case DcatTerms.CIV + "containsPersonalData" -> "containsPersonalData";
            case DcatTerms.CIV + "disclosureLevel" -> "disclosureLevel";
            case DcatTerms.CIV + "updateCycle" -> "updateCycle";
            case DcatTerms.CIV + "retention" -> "retention";
            case DcatTerms.CIV + "openDataCandidacy" -> "openDataCandidacy";
            case DcatTerms.CIV + "candidacyReason" -> "candidacyReason";
            default -> "";
        };
    }
}
