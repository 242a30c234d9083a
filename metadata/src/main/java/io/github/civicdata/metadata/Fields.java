package io.github.civicdata.metadata;

/** The JSON member names of records (stable API, documented in docs/metadata.md and the schemas). */
final class Fields {
    static final String SCHEMA = "$schema";
    static final String IDENTIFIER = "identifier";
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String JA = "ja";
    static final String EN = "en";
    static final String PUBLISHER = "publisher";
    static final String CODE = "code";
    static final String NAME = "name";
    static final String CONTACT_POINT = "contactPoint";
    static final String EMAIL = "email";
    static final String TELEPHONE = "telephone";
    static final String URL = "url";
    static final String KEYWORDS = "keywords";
    static final String THEMES = "themes";
    static final String LICENSE = "license";
    static final String ISSUED = "issued";
    static final String MODIFIED = "modified";
    static final String ACCRUAL_PERIODICITY = "accrualPeriodicity";
    static final String SPATIAL = "spatial";
    static final String TEMPORAL = "temporal";
    static final String START = "start";
    static final String END = "end";
    static final String CONFORMS_TO = "conformsTo";
    static final String ID = "id";
    static final String VERSION = "version";
    static final String LANDING_PAGE = "landingPage";
    static final String DISTRIBUTIONS = "distributions";
    static final String FORMAT = "format";
    static final String MEDIA_TYPE = "mediaType";
    static final String DOWNLOAD_URL = "downloadURL";
    static final String ACCESS_URL = "accessURL";
    static final String BYTE_SIZE = "byteSize";
    static final String CHARACTER_ENCODING = "characterEncoding";
    static final String BOM = "bom";
    static final String CHECKSUM = "checksum";
    static final String ALGORITHM = "algorithm";
    static final String VALUE = "value";
    static final String INVENTORY = "inventory";
    static final String DEPARTMENT = "department";
    static final String SOURCE_SYSTEM = "sourceSystem";
    static final String CATEGORY = "category";
    static final String DATA_ITEMS = "dataItems";
    static final String CONTAINS_PERSONAL_DATA = "containsPersonalData";
    static final String DISCLOSURE_LEVEL = "disclosureLevel";
    static final String UPDATE_CYCLE = "updateCycle";
    static final String RETENTION = "retention";
    static final String OPEN_DATA_CANDIDACY = "openDataCandidacy";
    static final String CANDIDACY_REASON = "candidacyReason";
    static final String EXTRAS = "extras";

    private Fields() {
    }

    static String pointer(Object... parts) {
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) {
            sb.append('/').append(String.valueOf(p).replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }
}
