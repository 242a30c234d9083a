package io.github.civicdata.rdf;

import static io.github.civicdata.rdf.DcatTerms.*;

import io.github.civicdata.metadata.BilingualText;
import io.github.civicdata.metadata.DatasetRecord;
import io.github.civicdata.metadata.Distribution;
import io.github.civicdata.metadata.InventoryEntry;
import io.github.civicdata.metadata.LocalGovernmentCode;
import io.github.civicdata.metadata.StatisticalField;
import io.github.civicdata.metadata.TemplateRef;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** Adds the DCAT description of a record to a Jena model (the mapping is in docs/metadata.md). */
final class DcatGraphWriter {

    /** EU file-type codes written as concept IRIs; any other format is written as a literal. */
    static final Set<String> FILE_TYPES = Set.of("CSV", "TSV", "TAB_SEPARATED_VALUES", "XLSX", "XLS", "ODS", "JSON",
            "GEOJSON", "XML", "PDF", "ZIP", "HTML", "TXT", "RDF_TURTLE", "JSON_LD", "RDF_XML", "KML", "KMZ", "SHP",
            "GML", "GPKG", "DOCX", "DOC", "ODT", "PPTX", "JPEG", "PNG", "GIF", "TIFF", "MP4", "GTFS", "OCTET");

    private DcatGraphWriter() {
    }

    /** The default IRI of a dataset: {@code urn:civicdata:dataset:<publisher code>:<identifier>}. */
    static String defaultIri(DatasetRecord r) {
        return "urn:civicdata:dataset:" + r.publisher().code().value() + ":" + encode(r.identifier());
    }

    static Resource add(Model m, DatasetRecord r, String iri) {
        Resource d = m.createResource(iri, DATASET);
        d.addProperty(IDENTIFIER, r.identifier());
        text(d, TITLE, r.title());
        r.description().ifPresent(t -> text(d, DESCRIPTION, t));
        d.addProperty(PUBLISHER, DcatApTerms.agent(m, r.publisher()));
        r.contactPoint().ifPresent(c -> {
            Resource k = m.createResource(KIND);
            k.addProperty(FN, c.name());
            c.email().ifPresent(e -> k.addProperty(HAS_EMAIL, m.createResource("mailto:" + e)));
            c.telephone().ifPresent(t -> k.addProperty(HAS_TELEPHONE, m.createResource("tel:" + t)));
            c.url().ifPresent(u -> k.addProperty(HAS_URL, m.createResource(u.toString())));
            d.addProperty(CONTACT_POINT, k);
        });
        r.keywords().forEach(k -> d.addProperty(KEYWORD, k, "ja"));
        for (StatisticalField t : r.themes()) {
            d.addProperty(THEME, DcatApTerms.theme(m, t));
        }
        r.license().ifPresent(l -> d.addProperty(LICENSE, DcatApTerms.license(m, l)));
        r.issued().ifPresent(x -> date(d, ISSUED, x));
        r.modified().ifPresent(x -> date(d, MODIFIED, x));
        r.accrualPeriodicity().ifPresent(f -> d.addProperty(ACCRUAL,
                DcatApTerms.typed(m, f.iri(), DcatApTerms.FREQUENCY)));
        for (LocalGovernmentCode c : r.spatial()) {
            Resource loc = m.createResource(LGCODE + c.value(), LOCATION);
            loc.addProperty(IDENTIFIER, c.value());
            d.addProperty(SPATIAL, loc);
        }
        r.temporal().ifPresent(t -> {
            Resource p = m.createResource(PERIOD);
            t.start().ifPresent(x -> date(p, START_DATE, x));
            t.end().ifPresent(x -> date(p, END_DATE, x));
            d.addProperty(TEMPORAL, p);
        });
        for (TemplateRef t : r.conformsTo()) {
            d.addProperty(CONFORMS_TO, templateResource(m, t));
        }
        r.landingPage().ifPresent(u -> d.addProperty(LANDING_PAGE,
                DcatApTerms.typed(m, u.toString(), DcatApTerms.DOCUMENT)));
        for (int i = 0; i < r.distributions().size(); i++) {
            Resource x = distribution(m, r.distributions().get(i), iri + "/distribution/" + (i + 1), i, r.landingPage());
            // the record's licence is its files' licence (one licence per record): DCAT-AP recommends it per distribution
            r.license().ifPresent(l -> x.addProperty(LICENSE, DcatApTerms.license(m, l)));
            d.addProperty(DISTRIBUTION_P, x);
        }
        r.inventory().ifPresent(inv -> {
            d.addProperty(INVENTORY, inventory(m, inv));
            d.addProperty(ACCESS_RIGHTS,
                    DcatApTerms.typed(m, inv.disclosure().accessRightIri(), DcatApTerms.RIGHTS_STATEMENT));
        });
        for (Map.Entry<String, String> e : r.extras().entrySet()) {
            Resource x = m.createResource(EXTRA_CLASS);
            x.addProperty(KEY, e.getKey());
            x.addProperty(VALUE, e.getValue());
            d.addProperty(EXTRA, x);
        }
        return d;
    }

    static Resource templateResource(Model m, TemplateRef t) {
        // the vocabulary's template IRI (VocabIris.template) for its ASCII ids and versions
        Resource s = m.createResource(TEMPLATE + encode(t.id()) + "/" + encode(t.version()), STANDARD);
        s.addProperty(IDENTIFIER, t.id());
        s.addProperty(VERSION_INFO, t.version());
        return s;
    }

    private static Resource distribution(Model m, Distribution x, String iri, int order,
            Optional<java.net.URI> landingPage) {
        Resource d = m.createResource(iri, DISTRIBUTION);
        d.addLiteral(ORDER, m.createTypedLiteral(String.valueOf(order), XSDDatatype.XSDnonNegativeInteger));
        x.title().ifPresent(t -> d.addProperty(TITLE, t, "ja"));
        x.description().ifPresent(t -> d.addProperty(DESCRIPTION, t, "ja"));
        // DCAT-AP: dct:format is a dct:MediaTypeOrExtent; codes outside the EU table get a civicdata IRI
        String formatIri = (FILE_TYPES.contains(x.format()) ? FILE_TYPE : DcatApTerms.OTHER_FILE_TYPE) + x.format();
        d.addProperty(FORMAT, DcatApTerms.typed(m, formatIri, DcatApTerms.MEDIA_TYPE_OR_EXTENT));
        x.mediaType().ifPresent(t -> d.addProperty(MEDIA_TYPE_P,
                DcatApTerms.typed(m, MEDIA_TYPE + t, DcatApTerms.MEDIA_TYPE_CLASS)));
        x.downloadUrl().ifPresent(u -> d.addProperty(DOWNLOAD_URL, m.createResource(u.toString())));
        Optional<java.net.URI> access = x.accessUrl();
        if (access.isEmpty()) {
            // DCAT-AP makes dcat:accessURL mandatory: the download URL, else the landing page, flagged as derived
            access = x.downloadUrl().or(() -> landingPage);
            access.ifPresent(u -> d.addLiteral(DcatApTerms.ACCESS_URL_DERIVED, m.createTypedLiteral(true)));
        }
        access.ifPresent(u -> d.addProperty(ACCESS_URL, m.createResource(u.toString())));
        x.byteSize().ifPresent(s -> d.addLiteral(BYTE_SIZE,
                m.createTypedLiteral(String.valueOf(s), XSDDatatype.XSDnonNegativeInteger)));
        x.characterEncoding().ifPresent(c -> d.addProperty(CHARACTER_ENCODING, c));
        x.bom().ifPresent(b -> d.addLiteral(BOM, m.createTypedLiteral(b)));
        x.checksum().ifPresent(c -> {
            Resource s = m.createResource(CHECKSUM_CLASS);
            s.addProperty(ALGORITHM, m.createResource(c.algorithm().spdxIri()));
            s.addLiteral(CHECKSUM_VALUE, m.createTypedLiteral(c.value(), XSDDatatype.XSDhexBinary));
            d.addProperty(CHECKSUM, s);
        });
        return d;
    }

    private static Resource inventory(Model m, InventoryEntry inv) {
        Resource i = m.createResource(INVENTORY_CLASS);
        i.addProperty(DEPARTMENT, inv.department());
        inv.sourceSystem().ifPresent(s -> i.addProperty(SOURCE_SYSTEM, s));
        i.addProperty(CATEGORY, inv.category().id());
        inv.dataItems().forEach(item -> i.addProperty(DATA_ITEM, m.createResource(ITEM + encode(item))));
        i.addLiteral(CONTAINS_PERSONAL_DATA, m.createTypedLiteral(inv.containsPersonalData()));
        i.addProperty(DISCLOSURE_LEVEL, inv.disclosure().id());
        inv.updateCycle().ifPresent(f -> i.addProperty(UPDATE_CYCLE, m.createResource(f.iri())));
        inv.retention().ifPresent(r -> i.addProperty(RETENTION, r));
        i.addProperty(CANDIDACY, inv.candidacy().id());
        inv.candidacyReason().ifPresent(r -> i.addProperty(CANDIDACY_REASON, r));
        return i;
    }

    private static void text(Resource s, Property p, BilingualText t) {
        s.addProperty(p, t.ja(), "ja");
        t.en().ifPresent(e -> s.addProperty(p, e, "en"));
    }

    private static void date(Resource s, Property p, LocalDate d) {
        s.addLiteral(p, s.getModel().createTypedLiteral(d.toString(), XSDDatatype.XSDdate));
    }

    /**
     * Percent-encodes everything but unreserved ASCII, for IRI path segments. The segments {@code .}
     * and {@code ..} have their dots encoded too: left as they are, IRI
     * resolution (RFC 3986, 5.2.4, which Jena's parsers apply) removes them as dot segments, so {@code …/template/a/..} would become
     * {@code …/template/} and different values would share one node.
     */
    static String encode(String s) {
        if (s.equals(".") || s.equals("..")) {
            return "%2E".repeat(s.length());
        }
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }
}
