package io.github.civicdata.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * Where a parse puts its triples: the default graph of the file goes into the graph; statements in
 * named graphs (JSON-LD {@code @graph} with an {@code @id}) are counted, so that the reader can say
 * they were ignored (Jena's own graph sink logs a warning for them instead).
 *
 * <p>One per parse; not thread-safe.
 */
final class GraphSink implements StreamRDF {

    private final Graph graph;
    private long namedGraphStatements;

    GraphSink(Graph graph) {
        this.graph = graph;
    }

    /**
     * @return how many statements were in named graphs (and are not in the graph)
     */
    long namedGraphStatements() {
        return namedGraphStatements;
    }

    @Override
    public void start() {
        // nothing to prepare
    }

    @Override
    public void triple(Triple triple) {
        graph.add(triple);
    }

    @Override
    public void quad(Quad quad) {
        if (quad.isDefaultGraph()) {
            graph.add(quad.asTriple());
        } else {
            namedGraphStatements++;
        }
    }

    @Override
    public void base(String base) {
        // the graph keeps no base
    }

    @Override
    public void prefix(String prefix, String iri) {
        graph.getPrefixMapping().setNsPrefix(prefix, iri);
    }

    @Override
    public void finish() {
        // nothing to flush
    }
}
