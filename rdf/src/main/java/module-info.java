/**
 * civicdata rdf: everything that needs Apache Jena. The vocabulary and templates as SKOS ({@link
 * io.github.civicdata.rdf.SkosExport}), dataset records to and from DCAT ({@link
 * io.github.civicdata.rdf.DcatWriter}, {@link io.github.civicdata.rdf.DcatReader}) and their SHACL
 * shapes ({@link io.github.civicdata.rdf.ShaclCheck}). No Jena type is part of the API.
 *
 * <p>Jena and Titanium JSON-LD have no module descriptor: they are automatic modules
 * ({@code org.apache.jena.*} from their manifests, {@code titanium.json.ld} from the jar's name).
 */
@SuppressWarnings("requires-automatic")
module io.github.civicdata.rdf {
    requires transitive io.github.civicdata.core;
    requires transitive io.github.civicdata.metadata;
    requires transitive io.github.civicdata.vocab;
    requires org.slf4j;
    requires java.logging;
    requires java.xml;
    requires org.apache.jena.core;
    requires org.apache.jena.arq;
    requires org.apache.jena.shacl;
    requires titanium.json.ld;
    requires titanium.rdf.api;

    // Jena and Titanium are automatic modules, which cannot require the named modules they use at
    // run time; this module requires them so that they are in a consumer's module graph without
    // --add-modules (the module-path consumer test fails when one is missing). Keep the list in
    // step with Jena's dependencies when Jena is upgraded.
    requires org.apache.commons.codec;
    requires org.apache.commons.collections4;
    requires org.apache.commons.compress;
    requires org.apache.commons.csv;
    requires org.apache.commons.io;
    requires org.apache.commons.lang3;
    requires com.github.benmanes.caffeine;
    requires com.google.gson;
    requires jakarta.json;
    requires org.apache.jena.iri3986;
    requires org.apache.jena.langtag;
    requires roaringbitmap;
    // Titanium initialises its HTTP document loader (never used: no remote contexts are fetched)
    requires java.net.http;

    exports io.github.civicdata.rdf;
}
