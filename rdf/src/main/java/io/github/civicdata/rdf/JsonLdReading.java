package io.github.civicdata.rdf;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.api.RdfQuadConsumer;
import java.io.ByteArrayInputStream;
import java.net.URI;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.FactoryRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * Reads JSON-LD with the JSON-LD processor (Titanium) directly into a {@link GraphSink}, making the
 * nodes with our factory. Jena's own JSON-LD reader does the same conversion, but first extracts
 * the prefixes of the {@code @context} and logs a warning on standard error when that fails (a
 * number where a namespace was expected); prefixes mean nothing to a record, so they are not read.
 *
 * <p>Stateless; thread-safe.
 */
final class JsonLdReading {

    private JsonLdReading() {
    }

    /**
     * @param content the JSON-LD bytes (already checked to be strict JSON)
     * @param base the base IRI of the document
     * @param options the processor options (document loader)
     * @param factory makes the nodes (and refuses long literals)
     * @param sink receives the statements
     * @throws JsonLdError if the document is not valid JSON-LD or refers to a remote document
     */
    static void read(byte[] content, String base, JsonLdOptions options, FactoryRDF factory, GraphSink sink)
            throws JsonLdError {
        JsonDocument doc = JsonDocument.of(new ByteArrayInputStream(content));
        options.setBase(URI.create(base));
        sink.start();
        JsonLd.toRdf(doc).options(options).provide(new RdfQuadConsumer() {
            @Override
            public RdfQuadConsumer quad(String subject, String predicate, String object, String datatype,
                    String language, String direction, String graph) {
                Node s = resource(subject, factory);
                Node p = resource(predicate, factory);
                Node o;
                if (!RdfQuadConsumer.isLiteral(datatype, language, direction)) {
                    o = resource(object, factory);
                } else if (RdfQuadConsumer.isLangString(datatype, language, direction)) {
                    o = factory.createLangLiteral(object, language);
                } else if (RdfQuadConsumer.isDirLangString(datatype, language, direction)) {
                    o = factory.createLangDirLiteral(object, language, direction);
                } else {
                    o = factory.createTypedLiteral(object, TypeMapper.getInstance().getSafeTypeByName(datatype));
                }
                if (graph == null) {
                    sink.triple(Triple.create(s, p, o));
                } else {
                    sink.quad(Quad.create(resource(graph, factory), s, p, o));
                }
                return this;
            }
        });
        sink.finish();
    }

    private static Node resource(String iriOrBlank, FactoryRDF factory) {
        return RdfQuadConsumer.isBlank(iriOrBlank) ? factory.createBlankNode(iriOrBlank.substring(2))
                : factory.createURI(iriOrBlank);
    }
}
