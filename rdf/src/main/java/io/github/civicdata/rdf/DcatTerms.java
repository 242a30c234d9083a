package io.github.civicdata.rdf;

import io.github.civicdata.vocab.VocabIris;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The RDF terms of the record profile (DCAT 3, DCAT-AP, vCard, SPDX, and civicdata's own). */
final class DcatTerms {

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    static final String SPDX = "http://spdx.org/rdf/terms#";
    static final String CNT = "http://www.w3.org/2011/content#";
    static final String OWL = "http://www.w3.org/2002/07/owl#";
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    /**
     * civicdata's terms of the record profile (inventory, BOM flag, ordering, extras), prefix
     * {@code civm:}; apart from the vocabulary's own {@code civ:} terms ({@link VocabIris#VOCAB}).
     */
    static final String CIV = VocabIris.BASE + "metadata#";
    static final String FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
    static final String MEDIA_TYPE = "https://www.iana.org/assignments/media-types/";
    static final String LGCODE = VocabIris.BASE + "lgcode/";
    /** Template IRIs are the vocabulary's ({@link VocabIris#template}). */
    static final String TEMPLATE = VocabIris.TEMPLATE;
    /** Data items are linked by the vocabulary's item IRIs ({@link VocabIris#item}). */
    static final String ITEM = VocabIris.ITEM;

    static final Resource DATASET = r(DCAT, "Dataset");
    static final Resource CATALOG = r(DCAT, "Catalog");
    static final Resource DISTRIBUTION = r(DCAT, "Distribution");
    static final Resource ORGANIZATION = r(FOAF, "Organization");
    static final Resource KIND = r(VCARD, "Kind");
    static final Resource LOCATION = r(DCT, "Location");
    static final Resource PERIOD = r(DCT, "PeriodOfTime");
    static final Resource STANDARD = r(DCT, "Standard");
    static final Resource CHECKSUM_CLASS = r(SPDX, "Checksum");
    static final Resource INVENTORY_CLASS = r(CIV, "InventoryEntry");
    static final Resource EXTRA_CLASS = r(CIV, "Extra");

    static final Property IDENTIFIER = p(DCT, "identifier");
    static final Property TITLE = p(DCT, "title");
    static final Property DESCRIPTION = p(DCT, "description");
    static final Property PUBLISHER = p(DCT, "publisher");
    static final Property LICENSE = p(DCT, "license");
    static final Property ISSUED = p(DCT, "issued");
    static final Property MODIFIED = p(DCT, "modified");
    static final Property ACCRUAL = p(DCT, "accrualPeriodicity");
    static final Property SPATIAL = p(DCT, "spatial");
    static final Property TEMPORAL = p(DCT, "temporal");
    static final Property CONFORMS_TO = p(DCT, "conformsTo");
    static final Property FORMAT = p(DCT, "format");
    static final Property ACCESS_RIGHTS = p(DCT, "accessRights");
    static final Property CONTACT_POINT = p(DCAT, "contactPoint");
    static final Property KEYWORD = p(DCAT, "keyword");
    static final Property THEME = p(DCAT, "theme");
    static final Property LANDING_PAGE = p(DCAT, "landingPage");
    static final Property DISTRIBUTION_P = p(DCAT, "distribution");
    static final Property DATASET_P = p(DCAT, "dataset");
    static final Property START_DATE = p(DCAT, "startDate");
    static final Property END_DATE = p(DCAT, "endDate");
    static final Property MEDIA_TYPE_P = p(DCAT, "mediaType");
    static final Property DOWNLOAD_URL = p(DCAT, "downloadURL");
    static final Property ACCESS_URL = p(DCAT, "accessURL");
    static final Property BYTE_SIZE = p(DCAT, "byteSize");
    static final Property FOAF_NAME = p(FOAF, "name");
    static final Property FOAF_HOMEPAGE = p(FOAF, "homepage");
    static final Property FN = p(VCARD, "fn");
    static final Property HAS_EMAIL = p(VCARD, "hasEmail");
    static final Property HAS_TELEPHONE = p(VCARD, "hasTelephone");
    static final Property HAS_URL = p(VCARD, "hasURL");
    static final Property VERSION_INFO = p(OWL, "versionInfo");
    static final Property CHECKSUM = p(SPDX, "checksum");
    static final Property ALGORITHM = p(SPDX, "algorithm");
    static final Property CHECKSUM_VALUE = p(SPDX, "checksumValue");
    static final Property CHARACTER_ENCODING = p(CNT, "characterEncoding");
    static final Property BOM = p(CIV, "bom");
    static final Property ORDER = p(CIV, "order");
    static final Property INVENTORY = p(CIV, "inventory");
    static final Property DEPARTMENT = p(CIV, "department");
    static final Property SOURCE_SYSTEM = p(CIV, "sourceSystem");
    static final Property CATEGORY = p(CIV, "category");
    static final Property DATA_ITEM = p(CIV, "dataItem");
    static final Property CONTAINS_PERSONAL_DATA = p(CIV, "containsPersonalData");
    static final Property DISCLOSURE_LEVEL = p(CIV, "disclosureLevel");
    static final Property UPDATE_CYCLE = p(CIV, "updateCycle");
    static final Property RETENTION = p(CIV, "retention");
    static final Property CANDIDACY = p(CIV, "openDataCandidacy");
    static final Property CANDIDACY_REASON = p(CIV, "candidacyReason");
    static final Property EXTRA = p(CIV, "extra");
    static final Property KEY = p(CIV, "key");
    static final Property VALUE = p(CIV, "value");

    private DcatTerms() {
    }

    private static Resource r(String ns, String local) {
        return ResourceFactory.createResource(ns + local);
    }

    private static Property p(String ns, String local) {
        return ResourceFactory.createProperty(ns, local);
    }
}
