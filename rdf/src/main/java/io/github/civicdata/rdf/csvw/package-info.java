/**
 * The Jena side of CSV on the Web: {@link io.github.civicdata.rdf.csvw.CsvwRdfWriter} turns
 * the RDF that the CSVW converter of the validation module produces (as N-Triples, plain text, so
 * that the converter needs no RDF library) into Turtle or JSON-LD with readable prefixes, and
 * compares two RDF documents by graph isomorphism (the W3C suite's criterion).
 *
 * <p>The package depends on nothing of the validation module: the CLI joins the two. It moves to
 * the {@code rdf} module with the rest of the Jena code.
 */
package io.github.civicdata.rdf.csvw;
