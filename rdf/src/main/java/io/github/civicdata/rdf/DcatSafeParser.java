package io.github.civicdata.rdf;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.encoding.EncodingDetector;
import io.github.civicdata.core.internal.StrictJson;
import io.github.civicdata.core.internal.TextPosition;
import io.github.civicdata.metadata.MetadataRules;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.Checker;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shared.JenaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses RDF from untrusted files safely; every problem is a finding, nothing is printed or logged.
 *
 * <ol>
 *   <li>Encoding: Turtle and JSON-LD must be UTF-8, RDF/XML must be valid in the charset it
 *       declares; the first invalid byte is a {@code metadata.rdf-syntax} finding with its offset and
 *       line (the parsers would turn it into U+FFFD silently).</li>
 *   <li>Structure, before any recursive parser runs: the nesting depth (Turtle blank nodes,
 *       collections and quoted triples; JSON arrays and objects; XML elements) against {@code
 *       maxNestingDepth}; for JSON-LD, the strict JSON rules (duplicate member names, number
 *       length); for RDF/XML, a full streaming pass that refuses a document type declaration with
 *       an external DTD or external entities ({@code metadata.rdf-unsafe}; internal entities stay
 *       allowed, bounded by the JDK's expansion limits) and a file that ends inside a DOCTYPE's
 *       internal subset (the JDK prints a stack trace for it).</li>
 *   <li>A first parse into nothing, without Jena's literal checks, refusing numeric, date and
 *       duration literals longer than {@code maxNumberLength} (Jena's checks compute their values in
 *       quadratic time); then the real parse, with the checks, whose warnings and errors become
 *       findings with line and column. JSON-LD (whose reader gives no line numbers) is parsed once,
 *       unchecked, and the checks then run on the nodes of the graph. JSON-LD never loads a remote document (a remote
 *       {@code @context} is a {@code metadata.rdf-unsafe} finding).</li>
 * </ol>
 *
 * <p>A parser that runs out of stack anyway (a thread with a small stack) gives a finding; any other
 * unexpected exception gives {@code metadata.internal-error} (a bug to report), never an escape.
 */
final class DcatSafeParser {

    private static final Logger LOG = LoggerFactory.getLogger(DcatSafeParser.class);
    private static final Pattern EXTERNAL = Pattern.compile(
            "<!(?:DOCTYPE|ENTITY)\\s+(?:%\\s+)?[^\\s>]+\\s+(SYSTEM|PUBLIC)\\s+(?:\"[^\"]*\"\\s+)?[\"']([^\"']*)[\"']");
    private static final String SYNTAX = MetadataRules.RDF_SYNTAX;

    record Parsed(Optional<Model> model, List<Finding> findings) {
    }

    private DcatSafeParser() {
    }

    static Parsed parse(byte[] content, DcatFormat format, String source, String base, StrictJson json) {
        Optional<Charset> charset = format == DcatFormat.RDF_XML ? RdfPrescan.xmlCharset(content)
                : Optional.of(StandardCharsets.UTF_8);
        try {
            Optional<Finding> early = charset.flatMap(cs -> encoding(content, cs, source));
            if (early.isEmpty()) {
                early = switch (format) {
                    case TURTLE -> turtleDepth(content, source, json.limits().maxNestingDepth());
                    case JSON_LD -> json.check(content).map(p -> jsonFinding(p, source));
                    case RDF_XML -> checkXml(content, charset, source, json.limits().maxNestingDepth());
                };
            }
            if (early.isPresent()) {
                return new Parsed(Optional.empty(), List.of(early.get()));
            }
            if (format == DcatFormat.JSON_LD) {
                // the JSON-LD reader gives its checks no line numbers anyway: parse once, unchecked,
                // then check every node of the graph (JSON-LD expansion is the costly part)
                Model m = ModelFactory.createDefaultModel();
                GraphSink sink = new GraphSink(m.getGraph());
                Attempt parsed = attempt(content, format, source, base, json, false, sink, charset);
                if (!parsed.ok()) {
                    return new Parsed(Optional.empty(), parsed.findings());
                }
                Attempt checked = checkNodes(m, source, withNamedGraphs(parsed.findings(), sink, source));
                return new Parsed(checked.ok() ? Optional.of(m) : Optional.empty(), checked.findings());
            }
            Attempt first = attempt(content, format, source, base, json, false, StreamRDFLib.sinkNull(), charset);
            if (!first.ok()) {
                return new Parsed(Optional.empty(), first.findings());
            }
            Model m = ModelFactory.createDefaultModel();
            GraphSink sink = new GraphSink(m.getGraph());
            Attempt real = attempt(content, format, source, base, json, true, sink, charset);
            return new Parsed(real.ok() ? Optional.of(m) : Optional.empty(),
                    real.ok() ? withNamedGraphs(real.findings(), sink, source) : real.findings());
        } catch (StackOverflowError e) {
            return new Parsed(Optional.empty(), List.of(Finding.builder(SYNTAX, Severity.ERROR)
                    .messageKey(SYNTAX + ".stack").location(Location.of(source))
                    .args(json.limits().maxNestingDepth()).build()));
        } catch (RuntimeException e) {
            return new Parsed(Optional.empty(), List.of(internalError(e, source)));
        }
    }

    /** What one parse gave: whether it completed, and its findings. */
    private record Attempt(boolean ok, List<Finding> findings) {
    }

    private static Attempt attempt(byte[] content, DcatFormat format, String source, String base, StrictJson json,
            boolean checking, StreamRDF dest, Optional<Charset> charset) {
        List<String> refused = new CopyOnWriteArrayList<>();
        JsonLdOptions jsonLdOptions = new JsonLdOptions();
        jsonLdOptions.setDocumentLoader((url, options) -> {
            refused.add(String.valueOf(url));
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "remote documents are not loaded: " + url);
        });
        Collector errors = new Collector(source);
        List<String> processorWarnings = new ArrayList<>();
        LiteralGuard guard = new LiteralGuard(json.limits().maxNumberLength());
        try {
            if (format == DcatFormat.JSON_LD) {
                Optional<JsonLdError> failed = JsonLdLog.collecting(processorWarnings, () -> {
                    try {
                        JsonLdReading.read(content, base, jsonLdOptions, guard, (GraphSink) dest);
                        return Optional.empty();
                    } catch (JsonLdError e) {
                        return Optional.of(e);
                    }
                });
                processorWarnings.forEach(w -> errors.warning(w, -1, -1));
                if (failed.isPresent()) {
                    if (!refused.isEmpty()) {
                        return new Attempt(false, List.of(remoteContext(source, refused.get(0))));
                    }
                    List<Finding> findings = new ArrayList<>(errors.findings);
                    findings.add(Finding.builder(SYNTAX, Severity.ERROR).location(Location.of(source))
                            .args("JSON-LD " + failed.get().getCode() + ": " + firstLine(String.valueOf(
                                    failed.get().getMessage()))).build());
                    return new Attempt(false, findings);
                }
                return new Attempt(true, errors.findings);
            }
            RDFParser.create()
                    .source(new ByteArrayInputStream(content))
                    .lang(format.lang())
                    .base(base)
                    .errorHandler(errors)
                    .checking(checking)
                    .factory(guard)
                    .parse(dest);
            return new Attempt(true, errors.findings);
        } catch (RuntimeException e) {
            if (guard.tripped().isPresent()) {
                return new Attempt(false, List.of(literalTooLong(guard.tripped().get(), content, charset, source, json)));
            }
            if (!refused.isEmpty()) {
                return new Attempt(false, List.of(remoteContext(source, refused.get(0))));
            }
            if (e instanceof IllegalFormatException) {
                // Jena 5.6 detected a syntax error and failed to format its message (e.g. at the end
                // of a truncated Turtle file): still a syntax error of the file
                List<Finding> findings = new ArrayList<>(errors.findings);
                findings.add(Finding.builder(SYNTAX, Severity.ERROR).location(Location.of(source))
                        .args("the parser stopped on malformed input it could not describe").build());
                return new Attempt(false, findings);
            }
            if (!(e instanceof JenaException)) {
                return new Attempt(false, List.of(internalError(e, source)));
            }
            List<Finding> findings = new ArrayList<>(errors.findings);
            if (errors.findings.stream().noneMatch(f -> f.severity() == Severity.ERROR)) {
                findings.add(Finding.builder(SYNTAX, Severity.ERROR).location(Location.of(source))
                        .args(firstLine(String.valueOf(e.getMessage()))).build());
            }
            return new Attempt(false, findings);
        }
    }

    /** The findings, plus a warning when statements in named graphs were left out. */
    private static List<Finding> withNamedGraphs(List<Finding> findings, GraphSink sink, String source) {
        if (sink.namedGraphStatements() == 0) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings);
        out.add(Finding.builder(SYNTAX, Severity.WARNING).messageKey(SYNTAX + ".named-graph")
                .location(Location.of(source)).args(sink.namedGraphStatements()).build());
        return out;
    }

    /** Jena's checks of IRIs and literals, run on the nodes of a parsed graph (each node once). */
    private static Attempt checkNodes(Model m, String source, List<Finding> before) {
        Collector errors = new Collector(source);
        errors.findings.addAll(before);
        Set<Node> seen = new HashSet<>();
        try {
            m.getGraph().find().forEachRemaining(t -> {
                for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                    if (seen.add(n)) {
                        Checker.check(n, errors, -1, -1);
                    }
                }
            });
            return new Attempt(true, errors.findings);
        } catch (JenaException e) {
            return new Attempt(false, errors.findings);
        }
    }

    private static Finding remoteContext(String source, String url) {
        return Finding.builder(MetadataRules.RDF_UNSAFE, Severity.ERROR).messageKey(MetadataRules.RDF_UNSAFE + ".remote-context")
                .location(Location.of(source)).args(url).value(url).build();
    }

    private static Finding internalError(RuntimeException e, String source) {
        LOG.debug("unexpected exception reading {}", source, e);
        return Finding.builder(MetadataRules.INTERNAL_ERROR, Severity.ERROR).location(Location.of(source))
                .args(e.getClass().getName() + ": " + firstLine(String.valueOf(e.getMessage()))).build();
    }

    /** The first byte that is not valid in the file's charset, as a finding. */
    private static Optional<Finding> encoding(byte[] content, Charset charset, String source) {
        OptionalLong bad = TextPosition.firstInvalid(content, charset);
        if (bad.isEmpty()) {
            return Optional.empty();
        }
        TextPosition at = TextPosition.ofOffset(content, bad.getAsLong(), charset);
        Finding.Builder b = Finding.builder(SYNTAX, Severity.ERROR).location(at.addTo(Location.builder(source)).build());
        String guess = EncodingDetector.detect(content).label();
        if (guess.equalsIgnoreCase(charset.name())) {
            b.messageKey(SYNTAX + ".invalid-bytes").args(charset.name(), at.byteOffset(), at.line());
        } else {
            b.messageKey(SYNTAX + ".encoding").args(charset.name(), guess, at.byteOffset(), at.line());
        }
        return Optional.of(b.build());
    }

    private static Optional<Finding> turtleDepth(byte[] content, String source, int limit) {
        RdfPrescan.Depth d = RdfPrescan.turtle(content, limit);
        if (d.breach() < 0) {
            return Optional.empty();
        }
        TextPosition at = TextPosition.ofOffset(content, d.breach(), StandardCharsets.UTF_8);
        return Optional.of(tooDeep(at.addTo(Location.builder(source)).build(), d.max(), limit));
    }

    private static Finding tooDeep(Location loc, int depth, int limit) {
        return Finding.builder(SYNTAX, Severity.ERROR).messageKey(SYNTAX + ".too-deep").location(loc)
                .args(depth, limit).build();
    }

    /** A problem of the strict JSON check of a JSON-LD file, as an RDF syntax finding. */
    private static Finding jsonFinding(StrictJson.Problem p, String source) {
        Location.Builder loc = p.at().addTo(Location.builder(source));
        Finding.Builder b = Finding.builder(SYNTAX, Severity.ERROR);
        if (p instanceof StrictJson.DuplicateKey d) {
            loc.pointer(d.pointer());
            b.messageKey(SYNTAX + ".duplicate").args(d.key(), d.first().line(), d.at().line());
        } else if (p instanceof StrictJson.TooDeep d) {
            return tooDeep(loc.build(), d.depth(), d.limit());
        } else if (p instanceof StrictJson.NumberTooLong n) {
            b.messageKey(SYNTAX + ".number-too-long").args(n.length(), n.limit());
        } else if (p instanceof StrictJson.Syntax s) {
            b.args(s.detail());
        } else {
            b.args(p.describe());
        }
        return b.location(loc.build()).build();
    }

    private static Finding literalTooLong(LiteralGuard.TooLong e, byte[] content, Optional<Charset> charset,
            String source, StrictJson json) {
        Location.Builder loc = Location.builder(source);
        Charset cs = charset.orElse(StandardCharsets.UTF_8);
        String text = new String(content, cs);
        int at = text.indexOf(e.lexical().substring(0, Math.min(64, e.lexical().length())));
        if (at >= 0) {
            int bytes = text.substring(0, at).getBytes(cs).length;
            TextPosition.ofOffset(content, bytes, cs).addTo(loc);
        }
        String type = e.datatype().replace("http://www.w3.org/2001/XMLSchema#", "xsd:");
        return Finding.builder(SYNTAX, Severity.ERROR).messageKey(SYNTAX + ".literal-too-long").location(loc.build())
                .args(type, e.lexical().length(), json.limits().maxNumberLength()).build();
    }

    /**
     * Reads the whole XML file with the JDK's streaming parser (which does not recurse): refuses a
     * DOCTYPE with an external subset or external entities and elements nested deeper than the
     * limit; reports malformed XML.
     */
    private static Optional<Finding> checkXml(byte[] content, Optional<Charset> charset, String source, int limit) {
        if (charset.isPresent()) {
            String text = new String(content, charset.get());
            OptionalLong open = RdfPrescan.unterminatedDoctype(text);
            if (open.isPresent()) {
                int bytes = text.substring(0, (int) open.getAsLong()).getBytes(charset.get()).length;
                TextPosition at = TextPosition.ofOffset(content, bytes, charset.get());
                return Optional.of(Finding.builder(SYNTAX, Severity.ERROR).messageKey(SYNTAX + ".doctype-unterminated")
                        .location(at.addTo(Location.builder(source)).build()).build());
            }
        }
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, true);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        XMLStreamReader r = null;
        try {
            r = f.createXMLStreamReader(new ByteArrayInputStream(content));
            int depth = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    Matcher m = EXTERNAL.matcher(r.getText());
                    if (m.find()) {
                        return Optional.of(unsafe(source, m.group(2), r.getLocation()));
                    }
                } else if (event == XMLStreamConstants.START_ELEMENT && ++depth > limit) {
                    return Optional.of(tooDeep(xmlLocation(source, r.getLocation()), RdfPrescan.xmlMaxDepth(content),
                            limit));
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            return Optional.empty();
        } catch (XMLStreamException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("External") || msg.contains("external") || msg.contains("accessExternalDTD")) {
                return Optional.of(unsafe(source, "DOCTYPE", e.getLocation()));
            }
            return Optional.of(Finding.builder(SYNTAX, Severity.ERROR).location(xmlLocation(source, e.getLocation()))
                    .args(firstLine(msg.replaceFirst("^ParseError at \\[row,col\\]:\\[-?\\d+,-?\\d+\\]\\s*Message:\\s*", "")))
                    .build());
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release
                }
            }
        }
    }

    private static Location xmlLocation(String source, javax.xml.stream.Location l) {
        Location.Builder loc = Location.builder(source);
        if (l != null && l.getLineNumber() > 0) {
            loc.line(l.getLineNumber());
            if (l.getColumnNumber() > 0) {
                loc.column(l.getColumnNumber());
            }
        }
        return loc.build();
    }

    private static Finding unsafe(String source, String what, javax.xml.stream.Location l) {
        return Finding.builder(MetadataRules.RDF_UNSAFE, Severity.ERROR)
                .messageKey(MetadataRules.RDF_UNSAFE + ".entity")
                .location(xmlLocation(source, l)).args(what).value(what).build();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    /** Collects Jena's parser messages as findings instead of logging them. */
    private static final class Collector implements ErrorHandler {
        private final String source;
        private final List<Finding> findings = new ArrayList<>();

        Collector(String source) {
            this.source = source;
        }

        @Override
        public void warning(String message, long line, long col) {
            Finding f = finding(Severity.WARNING, message, line, col);
            if (!findings.contains(f)) { // parsers may report the same node twice (subject and object)
                findings.add(f);
            }
        }

        @Override
        public void error(String message, long line, long col) {
            findings.add(finding(Severity.ERROR, message, line, col));
            throw new RiotException(message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            findings.add(finding(Severity.ERROR, message, line, col));
            throw new RiotException(message);
        }

        private Finding finding(Severity severity, String message, long line, long col) {
            Location.Builder loc = Location.builder(source);
            if (line > 0) {
                loc.line(line);
            }
            if (col > 0 && col <= Integer.MAX_VALUE) {
                loc.column((int) col);
            }
            return Finding.builder(SYNTAX, severity).location(loc.build())
                    .args(firstLine(String.valueOf(message))).build();
        }
    }
}
