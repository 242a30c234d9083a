package io.github.civicdata.validation.csvw;

import java.util.Objects;

/**
 * A triple produced by the CSVW conversion to RDF; {@link #toNTriples()} is its line in an
 * N-Triples document (the plain form that the {@code rdf} writers turn into Turtle or JSON-LD).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * processor.toRdf(input, t -> out.println(t.toNTriples()));
 * }</pre>
 *
 * @param subject an IRI or a blank node
 * @param predicate the predicate
 * @param object any term
 */
public record RdfTriple(RdfTerm subject, RdfTerm.Iri predicate, RdfTerm object) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the subject is a literal
     */
    public RdfTriple {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(object, "object");
        if (subject instanceof RdfTerm.Literal) {
            throw new IllegalArgumentException("a literal cannot be a subject");
        }
    }

    /** @return the triple as one N-Triples line, without the line break */
    public String toNTriples() {
        return subject.toNTriples() + " " + predicate.toNTriples() + " " + object.toNTriples() + " .";
    }
}
