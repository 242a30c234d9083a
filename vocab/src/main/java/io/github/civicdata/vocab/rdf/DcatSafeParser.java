package io.github.civicdata.vocab.rdf;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.metadata.MetadataRules;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.DTD;
import javax.xml.stream.events.XMLEvent;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.util.Context;

/**
 * Parses RDF from untrusted files safely.
 *
 * <ul>
 *   <li>RDF/XML: a document type declaration that names an external DTD or declares an external
 *       entity ({@code SYSTEM}/{@code PUBLIC}) is refused before Jena sees the file (finding
 *       {@code metadata.rdf-unsafe}); internal entities stay allowed (RDF/XML uses them for
 *       namespaces) and are bounded by the JDK's entity-expansion limit. Jena's own parser does not
 *       resolve external entities either.</li>
 *   <li>JSON-LD: the document loader refuses every remote document, so a remote {@code @context}
 *       (or {@code @import}) is never fetched; the refusal is a finding naming the URL.</li>
 *   <li>Every parser error and warning becomes a finding with line and column; nothing is logged.</li>
 * </ul>
 */
final class DcatSafeParser {

    private static final Pattern EXTERNAL = Pattern.compile(
            "<!(?:DOCTYPE|ENTITY)\\s+(?:%\\s+)?[^\\s>]+\\s+(SYSTEM|PUBLIC)\\s+(?:\"[^\"]*\"\\s+)?[\"']([^\"']*)[\"']");

    record Parsed(Optional<Model> model, List<Finding> findings) {
    }

    private DcatSafeParser() {
    }

    static Parsed parse(byte[] content, DcatFormat format, String source, String base) {
        List<Finding> findings = new ArrayList<>();
        if (format == DcatFormat.RDF_XML) {
            Optional<Finding> unsafe = checkXml(content, source);
            if (unsafe.isPresent()) {
                return new Parsed(Optional.empty(), List.of(unsafe.get()));
            }
        }
        List<String> refused = new CopyOnWriteArrayList<>();
        Context ctx = new Context();
        if (format == DcatFormat.JSON_LD) {
            JsonLdOptions opts = new JsonLdOptions();
            opts.setDocumentLoader((url, options) -> {
                refused.add(String.valueOf(url));
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                        "remote documents are not loaded: " + url);
            });
            ctx.set(LangJSONLD11.JSONLD_OPTIONS, opts);
        }
        Collector errors = new Collector(source);
        Model m = ModelFactory.createDefaultModel();
        try {
            RDFParser.create()
                    .source(new ByteArrayInputStream(content))
                    .lang(format.lang())
                    .base(base)
                    .context(ctx)
                    .errorHandler(errors)
                    .parse(m);
        } catch (RuntimeException e) {
            if (!refused.isEmpty()) {
                findings.add(Finding.builder(MetadataRules.RDF_UNSAFE, Severity.ERROR)
                        .messageKey(MetadataRules.RDF_UNSAFE + ".remote-context")
                        .location(Location.of(source)).args(refused.get(0)).value(refused.get(0)).build());
                return new Parsed(Optional.empty(), findings);
            }
            findings.addAll(errors.findings);
            if (errors.findings.stream().noneMatch(f -> f.severity() == Severity.ERROR)) {
                findings.add(Finding.builder(MetadataRules.RDF_SYNTAX, Severity.ERROR).location(Location.of(source))
                        .args(firstLine(String.valueOf(e.getMessage()))).build());
            }
            return new Parsed(Optional.empty(), findings);
        }
        findings.addAll(errors.findings);
        return new Parsed(Optional.of(m), findings);
    }

    /** Refuses a DOCTYPE with an external subset or external entities; reports malformed XML. */
    private static Optional<Finding> checkXml(byte[] content, String source) {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, true);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        XMLEventReader r = null;
        try {
            r = f.createXMLEventReader(new ByteArrayInputStream(content));
            while (r.hasNext()) {
                XMLEvent e = r.nextEvent();
                if (e instanceof DTD dtd) {
                    Matcher m = EXTERNAL.matcher(dtd.getDocumentTypeDeclaration());
                    if (m.find()) {
                        return Optional.of(unsafe(source, m.group(2), e.getLocation().getLineNumber()));
                    }
                }
                if (e.isStartElement()) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        } catch (XMLStreamException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("External") || msg.contains("external") || msg.contains("accessExternalDTD")) {
                return Optional.of(unsafe(source, "DOCTYPE", e.getLocation() == null ? -1 : e.getLocation().getLineNumber()));
            }
            Location.Builder loc = Location.builder(source);
            if (e.getLocation() != null && e.getLocation().getLineNumber() > 0) {
                loc.line(e.getLocation().getLineNumber());
                if (e.getLocation().getColumnNumber() > 0) {
                    loc.column(e.getLocation().getColumnNumber());
                }
            }
            return Optional.of(Finding.builder(MetadataRules.RDF_SYNTAX, Severity.ERROR).location(loc.build())
                    .args(firstLine(msg.replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "")))
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

    private static Finding unsafe(String source, String what, int line) {
        Location.Builder loc = Location.builder(source);
        if (line > 0) {
            loc.line(line);
        }
        return Finding.builder(MetadataRules.RDF_UNSAFE, Severity.ERROR)
                .messageKey(MetadataRules.RDF_UNSAFE + ".entity")
                .location(loc.build()).args(what).value(what).build();
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
            findings.add(finding(Severity.WARNING, message, line, col));
        }

        @Override
        public void error(String message, long line, long col) {
            findings.add(finding(Severity.ERROR, message, line, col));
            throw new org.apache.jena.riot.RiotException(message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            findings.add(finding(Severity.ERROR, message, line, col));
            throw new org.apache.jena.riot.RiotException(message);
        }

        private Finding finding(Severity severity, String message, long line, long col) {
            Location.Builder loc = Location.builder(source);
            if (line > 0) {
                loc.line(line);
            }
            if (col > 0 && col <= Integer.MAX_VALUE) {
                loc.column((int) col);
            }
            return Finding.builder(MetadataRules.RDF_SYNTAX, severity).location(loc.build())
                    .args(firstLine(String.valueOf(message))).build();
        }
    }
}
