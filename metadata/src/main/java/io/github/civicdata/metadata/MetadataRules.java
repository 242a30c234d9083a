package io.github.civicdata.metadata;

import io.github.civicdata.core.RuleInfo;
import io.github.civicdata.core.Severity;
import java.util.List;
import java.util.Optional;

/**
 * The stable ids of the rules that metadata reading, checking and the catalogue report, and their
 * {@link RuleInfo}. Each id is also the key of the rule's message; {@code <id>.title} is its title.
 *
 * <p>Ids are stable API and never reused. {@code metadata.encoding-not-stated} carries the alias
 * {@code L3-08} (machine-readability rule: state the character encoding and whether there is a
 * BOM).
 *
 * <p>Constants only; thread-safe.
 *
 * <pre>{@code
 * boolean syntax = finding.ruleId().equals(MetadataRules.JSON_SYNTAX);
 * RuleInfo info = MetadataRules.info(MetadataRules.CHECK_DIGIT).orElseThrow();
 * }</pre>
 */
public final class MetadataRules {

    /** The file is not well-formed JSON (with line and column). */
    public static final String JSON_SYNTAX = "metadata.json-syntax";
    /** The JSON does not match the published JSON Schema (one finding per violation). */
    public static final String SCHEMA = "metadata.schema";
    /** A value has the right JSON form but cannot be used (e.g. a checksum of the wrong length). */
    public static final String INVALID_VALUE = "metadata.invalid-value";
    /** The file cannot be read. */
    public static final String FILE_UNREADABLE = "metadata.file-unreadable";
    /** The file is larger than the reader's limit. */
    public static final String FILE_TOO_LARGE = "metadata.file-too-large";
    /** {@code modified} is before {@code issued}. */
    public static final String MODIFIED_BEFORE_ISSUED = "metadata.modified-before-issued";
    /** The temporal coverage ends before it starts. */
    public static final String TEMPORAL_ORDER = "metadata.temporal-order";
    /** A local government code has a wrong check digit. */
    public static final String CHECK_DIGIT = "metadata.check-digit";
    /** {@code conformsTo} names a template that does not exist. */
    public static final String UNKNOWN_TEMPLATE = "metadata.unknown-template";
    /** An inventory data item id is not in the vocabulary (a search by data item will miss it). */
    public static final String UNKNOWN_DATA_ITEM = "metadata.unknown-data-item";
    /** An open record has no licence. */
    public static final String LICENSE_MISSING = "metadata.license-missing";
    /** A text distribution does not state its encoding or BOM (L3-08). */
    public static final String ENCODING_NOT_STATED = "metadata.encoding-not-stated";
    /** A distribution's encoding is not known to Java. */
    public static final String UNKNOWN_ENCODING = "metadata.unknown-encoding";
    /** A dataset with personal data is marked open. */
    public static final String PERSONAL_DATA_OPEN = "metadata.personal-data-open";
    /** A dataset that is not an open-data candidate gives no reason. */
    public static final String CANDIDACY_REASON_MISSING = "metadata.candidacy-reason-missing";
    /** A distribution has neither a download nor an access URL. */
    public static final String DISTRIBUTION_URL_MISSING = "metadata.distribution-url-missing";
    /** The RDF file is not well-formed (with line and column where the parser gives them). */
    public static final String RDF_SYNTAX = "metadata.rdf-syntax";
    /** The RDF file asks for something unsafe (an external entity, a remote JSON-LD context). */
    public static final String RDF_UNSAFE = "metadata.rdf-unsafe";
    /** The RDF graph breaks a SHACL shape of the record profile. */
    public static final String SHACL = "metadata.shacl";
    /**
     * A DCAT graph violates a DCAT-AP 3.0.1 shape (mandatory or range): reported by {@code
     * metadata validate --profile dcat-ap}, with the focus node and the path.
     */
    public static final String DCAT_AP = "metadata.dcat-ap";
    /**
     * A record lacks what DCAT-AP 3 makes mandatory (a description, the publisher's name, an
     * access URL for a distribution), so its DCAT export would not conform.
     */
    public static final String DCAT_AP_MANDATORY = "metadata.dcat-ap-mandatory";
    /**
     * A DCAT graph lacks what the DCAT-AP 3.0.1 recommended-property shapes ask for (a warning:
     * {@code metadata validate --profile dcat-ap-recommended}).
     */
    public static final String DCAT_AP_RECOMMENDED = "metadata.dcat-ap-recommended";
    /**
     * An オープンデータ一覧 (06) file cannot be read as it stands: not UTF-8, a required column
     * missing, a row of the wrong length, a value that cannot be read (left out), rows of one
     * dataset that disagree; and (info) what a record holds that the 06 layout cannot.
     */
    public static final String OPENDATA_LIST = "metadata.opendata-list";
    /** A dataset in the RDF graph cannot become a record (e.g. it has no title). */
    public static final String RDF_MAPPING = "metadata.rdf-mapping";
    /** A property of a dataset in the RDF graph has no record field and was not kept. */
    public static final String RDF_UNMAPPED = "metadata.rdf-unmapped";
    /** The RDF file holds no {@code dcat:Dataset}. */
    public static final String RDF_NO_DATASET = "metadata.rdf-no-dataset";
    /** The JSON is not a CKAN package (package_show result). */
    public static final String CKAN_NOT_PACKAGE = "metadata.ckan-not-package";
    /** A CKAN package cannot become a record (e.g. no publisher code). */
    public static final String CKAN_MAPPING = "metadata.ckan-mapping";
    /** CKAN fields with no record field were kept as extras. */
    public static final String CKAN_EXTRAS = "metadata.ckan-extras";
    /** Two files of a catalogue hold the same identifier. */
    public static final String DUPLICATE_IDENTIFIER = "catalog.duplicate-identifier";
    /** A file of the catalogue directory is not a record file and was skipped. */
    public static final String SKIPPED_FILE = "catalog.skipped-file";
    /**
     * Reading a file failed in a way no rule describes (an exception from a reader or a library it
     * uses): a bug to report. The file gives no record; a catalogue goes on with the other files.
     */
    public static final String INTERNAL_ERROR = "metadata.internal-error";

    private static final List<RuleInfo> ALL = List.of(
            RuleInfo.of(JSON_SYNTAX, Severity.ERROR),
            RuleInfo.of(SCHEMA, Severity.ERROR),
            RuleInfo.of(INVALID_VALUE, Severity.ERROR),
            RuleInfo.of(FILE_UNREADABLE, Severity.ERROR),
            RuleInfo.of(FILE_TOO_LARGE, Severity.ERROR),
            RuleInfo.of(MODIFIED_BEFORE_ISSUED, Severity.ERROR),
            RuleInfo.of(TEMPORAL_ORDER, Severity.ERROR),
            RuleInfo.of(CHECK_DIGIT, Severity.ERROR),
            RuleInfo.of(UNKNOWN_TEMPLATE, Severity.ERROR),
            RuleInfo.of(UNKNOWN_DATA_ITEM, Severity.WARNING),
            RuleInfo.of(LICENSE_MISSING, Severity.ERROR),
            RuleInfo.of(ENCODING_NOT_STATED, Severity.WARNING, RuleInfo.Mode.AUTOMATIC, List.of("L3-08")),
            RuleInfo.of(UNKNOWN_ENCODING, Severity.WARNING),
            RuleInfo.of(PERSONAL_DATA_OPEN, Severity.WARNING),
            RuleInfo.of(CANDIDACY_REASON_MISSING, Severity.WARNING),
            RuleInfo.of(DISTRIBUTION_URL_MISSING, Severity.WARNING),
            RuleInfo.of(RDF_SYNTAX, Severity.ERROR),
            RuleInfo.of(RDF_UNSAFE, Severity.ERROR),
            RuleInfo.of(SHACL, Severity.ERROR),
            RuleInfo.of(DCAT_AP, Severity.ERROR),
            RuleInfo.of(DCAT_AP_MANDATORY, Severity.WARNING),
            RuleInfo.of(DCAT_AP_RECOMMENDED, Severity.WARNING),
            RuleInfo.of(OPENDATA_LIST, Severity.ERROR),
            RuleInfo.of(RDF_MAPPING, Severity.ERROR),
            RuleInfo.of(RDF_UNMAPPED, Severity.INFO),
            RuleInfo.of(RDF_NO_DATASET, Severity.ERROR),
            RuleInfo.of(CKAN_NOT_PACKAGE, Severity.ERROR),
            RuleInfo.of(CKAN_MAPPING, Severity.ERROR),
            RuleInfo.of(CKAN_EXTRAS, Severity.INFO),
            RuleInfo.of(DUPLICATE_IDENTIFIER, Severity.ERROR),
            RuleInfo.of(SKIPPED_FILE, Severity.INFO),
            RuleInfo.of(INTERNAL_ERROR, Severity.ERROR));

    private MetadataRules() {
    }

    /**
     * @return every rule, in declaration order
     */
    public static List<RuleInfo> all() {
        return ALL;
    }

    /**
     * @param id a rule id
     * @return the rule, or empty if it is not a metadata rule
     */
    public static Optional<RuleInfo> info(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * The rules with the given ids, in declaration order.
     *
     * @param ids rule ids
     * @return the rules
     * @throws IllegalArgumentException if an id is not a metadata rule
     */
    public static List<RuleInfo> of(String... ids) {
        for (String id : ids) {
            if (info(id).isEmpty()) {
                throw new IllegalArgumentException("not a metadata rule: " + id);
            }
        }
        List<String> wanted = List.of(ids);
        return ALL.stream().filter(r -> wanted.contains(r.id())).toList();
    }

    static io.github.civicdata.core.Finding.Builder finding(String id) {
        return io.github.civicdata.core.Finding.builder(id, info(id).orElseThrow().severity());
    }
}
