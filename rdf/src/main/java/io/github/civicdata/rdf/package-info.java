/**
 * RDF views of the vocabulary and of dataset metadata records, written with Apache Jena (no Jena
 * type is part of the API). Entry points: {@link io.github.civicdata.rdf.SkosExport} (the
 * data items as SKOS concepts and RDF properties with {@code @ja}/{@code @en} labels, the templates
 * as ordered collections, in Turtle), {@link io.github.civicdata.rdf.DcatWriter} and {@link
 * io.github.civicdata.rdf.DcatReader} (records to and from DCAT in Turtle, JSON-LD and
 * RDF/XML, reading hostile files safely: no external entities, no remote JSON-LD contexts), and
 * {@link io.github.civicdata.rdf.ShaclCheck} (SHACL shapes for records, reported as
 * findings). The IRIs are in {@link io.github.civicdata.vocab.VocabIris}.
 */
package io.github.civicdata.rdf;
