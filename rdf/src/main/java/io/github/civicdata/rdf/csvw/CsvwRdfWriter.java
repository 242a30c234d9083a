package io.github.civicdata.rdf.csvw;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Writes the RDF of a CSVW conversion (N-Triples) as Turtle or JSON-LD, abbreviating IRIs with the
 * prefixes of the CSVW context that the data uses plus any given, and compares RDF documents by
 * graph isomorphism (blank nodes matched up).
 *
 * <p>Stateless and thread-safe. Turtle and JSON-LD need the whole graph in memory (N-Triples is
 * streamed by the converter itself and never comes here). Malformed input is an
 * {@link IllegalArgumentException} with Jena's message, never a Jena type.
 *
 * <pre>{@code
 * try (InputStream nt = ...; OutputStream out = ...) {
 *     CsvwRdfWriter.write(nt, CsvwRdfWriter.Format.TURTLE, Map.of("ic", "http://imi.go.jp/ns/core/rdf#"), out);
 * }
 * boolean same = CsvwRdfWriter.isomorphic(ntriples, "NTRIPLES", expectedTurtle, "TURTLE", baseIri);
 * }</pre>
 */
public final class CsvwRdfWriter {

    /** The serialisations written. */
    public enum Format {
        /** Turtle, pretty (grouped by subject, with prefixes). */
        TURTLE,
        /** JSON-LD 1.1, compacted with the prefixes. */
        JSONLD,
        /** N-Triples (one triple a line). */
        NTRIPLES;

        /**
         * @param name {@code turtle}, {@code ttl}, {@code jsonld}, {@code json-ld}, {@code ntriples} or {@code nt}
         * @return the format
         */
        public static Optional<Format> parse(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "turtle", "ttl" -> Optional.of(TURTLE);
                case "jsonld", "json-ld" -> Optional.of(JSONLD);
                case "ntriples", "nt", "n-triples" -> Optional.of(NTRIPLES);
                default -> Optional.empty();
            };
        }
    }

    /** The prefixes offered to the writer (used when the data has IRIs in their namespace). */
    private static final Map<String, String> COMMON = new LinkedHashMap<>();

    static {
        COMMON.put("csvw", "http://www.w3.org/ns/csvw#");
        COMMON.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        COMMON.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        COMMON.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        COMMON.put("dc", "http://purl.org/dc/terms/");
        COMMON.put("dcat", "http://www.w3.org/ns/dcat#");
        COMMON.put("schema", "http://schema.org/");
        COMMON.put("foaf", "http://xmlns.com/foaf/0.1/");
        COMMON.put("skos", "http://www.w3.org/2004/02/skos/core#");
        COMMON.put("owl", "http://www.w3.org/2002/07/owl#");
        COMMON.put("prov", "http://www.w3.org/ns/prov#");
        // the IMI core vocabulary (共通語彙基盤コア語彙) that Japanese LinkData publishers use
        COMMON.put("ic", "http://imi.go.jp/ns/core/rdf#");
    }

    private CsvwRdfWriter() {
    }

    /**
     * Writes N-Triples input in a format.
     *
     * @param ntriples the triples (UTF-8)
     * @param format the output format
     * @param prefixes extra prefixes (name to namespace), e.g. of the vocabulary the data uses
     * @param out where to write (not closed)
     * @throws IllegalArgumentException if the input is not N-Triples
     * @throws UncheckedIOException if writing fails
     */
    public static void write(InputStream ntriples, Format format, Map<String, String> prefixes, OutputStream out) {
        Objects.requireNonNull(format, "format");
        Graph g = parse(ntriples, Lang.NTRIPLES, null);
        PrefixMapping pm = g.getPrefixMapping();
        Map<String, String> all = new LinkedHashMap<>(COMMON);
        all.putAll(prefixes);
        for (Map.Entry<String, String> e : all.entrySet()) {
            if (used(g, e.getValue())) {
                pm.setNsPrefix(e.getKey(), e.getValue());
            }
        }
        RDFFormat f = switch (format) {
            case TURTLE -> RDFFormat.TURTLE_PRETTY;
            case JSONLD -> RDFFormat.JSONLD11_PRETTY;
            case NTRIPLES -> RDFFormat.NTRIPLES_UTF8;
        };
        try {
            // "@prefix" rather than Jena 5's default "PREFIX": read by every Turtle parser, old ones too
            org.apache.jena.riot.RDFWriter.source(g).format(f).set(org.apache.jena.riot.RIOT.symTurtleDirectiveStyle, "at")
                    .output(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RiotException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static boolean used(Graph g, String ns) {
        List<Triple> all = g.find().toList();
        for (Triple t : all) {
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                if (n.isURI() && n.getURI().startsWith(ns)) {
                    return true;
                }
                if (n.isLiteral() && n.getLiteralDatatypeURI() != null && n.getLiteralDatatypeURI().startsWith(ns)
                        && !ns.equals(COMMON.get("xsd"))) {
                    return true;
                }
            }
        }
        return ns.equals(COMMON.get("xsd")) && !all.isEmpty();
    }

    /**
     * Whether two RDF documents hold the same graph, blank nodes matched up (literals compared by
     * lexical form, datatype and language).
     *
     * @param a the first document (UTF-8)
     * @param langA its syntax: {@code NTRIPLES}, {@code TURTLE} or {@code JSONLD}
     * @param b the second document (UTF-8)
     * @param langB its syntax
     * @param base the base IRI for relative IRIs (null for none)
     * @return whether the graphs are isomorphic
     * @throws IllegalArgumentException if a document cannot be parsed
     */
    public static boolean isomorphic(InputStream a, String langA, InputStream b, String langB, String base) {
        Graph ga = parse(a, lang(langA), base);
        Graph gb = parse(b, lang(langB), base);
        return ga.isIsomorphicWith(gb);
    }

    /**
     * The triples of a document as sorted N-Triples lines (blank node labels as parsed), for
     * messages that show what differs.
     *
     * @param in the document
     * @param lang its syntax
     * @param base the base IRI (null for none)
     * @return the lines
     */
    public static List<String> lines(InputStream in, String lang, String base) {
        Graph g = parse(in, lang(lang), base);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        RDFDataMgr.write(out, g, RDFFormat.NTRIPLES_UTF8);
        List<String> lines = new ArrayList<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n")));
        lines.removeIf(String::isBlank);
        lines.sort(null);
        return lines;
    }

    private static Lang lang(String name) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "NTRIPLES", "NT" -> Lang.NTRIPLES;
            case "TURTLE", "TTL" -> Lang.TURTLE;
            case "JSONLD", "JSON-LD" -> Lang.JSONLD;
            default -> throw new IllegalArgumentException("unknown RDF syntax: " + name);
        };
    }

    private static Graph parse(InputStream in, Lang lang, String base) {
        Graph g = GraphFactory.createDefaultGraph();
        try {
            org.apache.jena.riot.RDFParserBuilder p = RDFParser.source(in).lang(lang).errorHandler(new Strict());
            if (base != null) {
                p.base(base);
            }
            p.parse(g);
        } catch (RiotException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return g;
    }

    /** Turns every parser warning and error into an exception instead of a log line. */
    private static final class Strict implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
            // warnings (e.g. unusual but legal IRIs) do not change the graph
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotException(message + " (line " + line + ")");
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotException(message + " (line " + line + ")");
        }
    }
}
