package io.github.civicdata.rdf;

import static io.github.civicdata.rdf.DcatTerms.DCT;
import static io.github.civicdata.rdf.DcatTerms.FOAF;
import static io.github.civicdata.rdf.DcatTerms.FOAF_NAME;
import static io.github.civicdata.rdf.DcatTerms.IDENTIFIER;
import static io.github.civicdata.rdf.DcatTerms.ORGANIZATION;

import io.github.civicdata.metadata.Publisher;
import io.github.civicdata.metadata.StatisticalField;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import io.github.civicdata.vocab.VocabIris;
import org.apache.jena.vocabulary.RDF;

/**
 * What the DCAT writer adds so that its graph conforms to DCAT-AP 3.0.1 (mandatory and range
 * shapes, {@code dcat-ap/shapes.ttl} and {@code dcat-ap/range.ttl}): related resources typed with
 * the classes DCAT-AP expects ({@code foaf:Agent}, {@code dct:Frequency},
 * {@code dct:MediaTypeOrExtent}, {@code dct:MediaType}, {@code skos:Concept} with a
 * {@code skos:prefLabel}, {@code foaf:Document}, {@code dct:LicenseDocument},
 * {@code dct:RightsStatement}), and the {@code civm:accessURLDerived} flag on an
 * {@code dcat:accessURL} that the record did not state (DCAT-AP makes it mandatory; the writer fills
 * it with the download URL, else the dataset's landing page). The reader ignores a derived access
 * URL and these type statements, so the mapping stays lossless.
 */
final class DcatApTerms {

    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final Resource AGENT = ResourceFactory.createResource(FOAF + "Agent");
    static final Resource DOCUMENT = ResourceFactory.createResource(FOAF + "Document");
    static final Resource FREQUENCY = ResourceFactory.createResource(DCT + "Frequency");
    static final Resource MEDIA_TYPE_OR_EXTENT = ResourceFactory.createResource(DCT + "MediaTypeOrExtent");
    static final Resource MEDIA_TYPE_CLASS = ResourceFactory.createResource(DCT + "MediaType");
    static final Resource LICENSE_DOCUMENT = ResourceFactory.createResource(DCT + "LicenseDocument");
    static final Resource RIGHTS_STATEMENT = ResourceFactory.createResource(DCT + "RightsStatement");
    static final Resource CONCEPT = ResourceFactory.createResource(SKOS + "Concept");
    static final Property PREF_LABEL = ResourceFactory.createProperty(SKOS, "prefLabel");
    /** {@code true} on a distribution whose {@code dcat:accessURL} the writer filled in. */
    static final Property ACCESS_URL_DERIVED = ResourceFactory.createProperty(DcatTerms.CIV, "accessURLDerived");
    /** Namespace of format codes that are not in the EU file-type table. */
    static final String OTHER_FILE_TYPE = VocabIris.BASE + "file-type/";

    private DcatApTerms() {
    }

    /** The ADMS publisher type vocabulary (DCAT-AP recommends a {@code dct:type} for an agent). */
    static final String PUBLISHER_TYPE = "http://purl.org/adms/publishertype/";
    /** The ADMS licence type vocabulary (DCAT-AP recommends a {@code dct:type} for a licence document). */
    static final String LICENCE_TYPE = "http://purl.org/adms/licencetype/";
    static final Property TYPE = ResourceFactory.createProperty(DCT, "type");
    static final Property LANGUAGE = ResourceFactory.createProperty(DCT, "language");
    static final Property THEME_TAXONOMY = ResourceFactory.createProperty("http://www.w3.org/ns/dcat#", "themeTaxonomy");
    static final Resource CONCEPT_SCHEME = ResourceFactory.createResource(SKOS + "ConceptScheme");
    static final Resource LINGUISTIC_SYSTEM = ResourceFactory.createResource(DCT + "LinguisticSystem");
    /** The EU language authority table (DCAT-AP's vocabulary for {@code dct:language}). */
    static final String LANGUAGE_TABLE = "http://publications.europa.eu/resource/authority/language/";

    /** A language of the EU authority table ({@code JPN}, {@code ENG}) as a {@code dct:LinguisticSystem}. */
    static Resource language(Model m, String code) {
        return typed(m, LANGUAGE_TABLE + code, LINGUISTIC_SYSTEM);
    }

    /**
     * The publisher as a {@code foaf:Organization} that is also typed {@code foaf:Agent}, with its
     * ADMS publisher type: every publisher has a 全国地方公共団体コード, so it is a local government,
     * a prefecture ({@code RegionalAuthority}) or a municipality ({@code LocalAuthority}).
     */
    static Resource agent(Model m, Publisher p) {
        Resource org = m.createResource(ORGANIZATION);
        org.addProperty(RDF.type, AGENT);
        boolean prefecture = p.code().isPrefecture();
        org.addProperty(TYPE, concept(m, PUBLISHER_TYPE + (prefecture ? "RegionalAuthority" : "LocalAuthority"),
                prefecture ? "Regional authority" : "Local authority"));
        org.addProperty(IDENTIFIER, p.code().value());
        p.name().ifPresent(n -> org.addProperty(FOAF_NAME, n, "ja"));
        return org;
    }

    /**
     * A licence as a {@code dct:LicenseDocument}; a known licence with its ADMS licence type (all four
     * ask for the source to be credited, CC0 waives every right): CC BY 4.0, 公共データ利用規約 1.0
     * and 政府標準利用規約 2.0 {@code Attribution}, CC0 {@code PublicDomain}. Other licences get no type.
     */
    static Resource license(Model m, io.github.civicdata.metadata.License l) {
        Resource doc = typed(m, l.url().toString(), LICENSE_DOCUMENT);
        if (l instanceof io.github.civicdata.metadata.KnownLicense k) {
            boolean pd = k == io.github.civicdata.metadata.KnownLicense.CC0_1_0;
            doc.addProperty(TYPE, concept(m, LICENCE_TYPE + (pd ? "PublicDomain" : "Attribution"),
                    pd ? "Public domain" : "Attribution"));
        }
        return doc;
    }

    private static Resource concept(Model m, String iri, String labelEn) {
        Resource c = m.createResource(iri, CONCEPT);
        c.addProperty(PREF_LABEL, labelEn, "en");
        return c;
    }

    /** An IRI node with the given class. */
    static Resource typed(Model m, String iri, Resource type) {
        return m.createResource(iri, type);
    }

    /** A theme as a {@code skos:Concept} with its Japanese and English labels. */
    static Resource theme(Model m, StatisticalField t) {
        Resource c = m.createResource(t.iri(), CONCEPT);
        c.addProperty(PREF_LABEL, t.label(), "ja");
        c.addProperty(PREF_LABEL, t.labelEn(), "en");
        return c;
    }
}
