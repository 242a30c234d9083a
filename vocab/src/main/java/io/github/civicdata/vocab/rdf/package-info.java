/**
 * RDF views of the vocabulary, written with Apache Jena (no Jena type is part of the API). Entry
 * point: {@link io.github.civicdata.vocab.rdf.SkosExport} (the data items as SKOS concepts and RDF
 * properties with {@code @ja}/{@code @en} labels, the templates as ordered collections, in
 * Turtle); the IRIs are in {@link io.github.civicdata.vocab.rdf.VocabIris}.
 *
 * <p>Classes named {@code Dcat*} (catalogue metadata) and {@code Shacl*} (shapes) belong to the
 * metadata work and are added separately.
 */
package io.github.civicdata.vocab.rdf;
