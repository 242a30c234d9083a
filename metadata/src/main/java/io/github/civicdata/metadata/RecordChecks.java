package io.github.civicdata.metadata;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.RuleInfo;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The checks of a {@link DatasetRecord} that a JSON Schema cannot express: {@code modified} not
 * before {@code issued}; the temporal coverage not reversed; valid check digits of the publisher
 * and spatial codes; every {@code conformsTo} template exists (when {@link KnownTemplates} are
 * given); every inventory data item id exists (when {@link KnownDataItems} are given, with the
 * closest existing id as suggestion); an open record has a licence; text distributions state their encoding and BOM (L3-08);
 * the encoding is one Java knows; personal data is not marked open; a non-candidate gives a reason;
 * a distribution has a URL; an open record has what DCAT-AP 3 makes mandatory ({@link
 * MetadataRules#DCAT_AP_MANDATORY}).
 *
 * <p>Findings point into the record's JSON form ({@code /publisher/code},
 * {@code /distributions/0/characterEncoding}), whatever format the record was read from.
 *
 * <p>Immutable and thread-safe; {@link #check(DatasetRecord, String)} never throws for a record's
 * content.
 *
 * <pre>{@code
 * RecordChecks checks = RecordChecks.builder().knownTemplates(known).knownDataItems(items).build();
 * List<Finding> findings = checks.check(record, "toilet.json");
 * }</pre>
 */
public final class RecordChecks {

    private static final Set<String> TEXT_FORMATS = Set.of("CSV", "TSV", "TXT", "TAB_SEPARATED_VALUES");

    private final Optional<KnownTemplates> knownTemplates;
    private final Optional<KnownDataItems> knownDataItems;

    private RecordChecks(Optional<KnownTemplates> knownTemplates, Optional<KnownDataItems> knownDataItems) {
        this.knownTemplates = knownTemplates;
        this.knownDataItems = knownDataItems;
    }

    /**
     * The checks without the template and data item checks (core does not know the vocabulary).
     *
     * @return the checks
     */
    public static RecordChecks standard() {
        return new RecordChecks(Optional.empty(), Optional.empty());
    }

    /**
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The rules these checks apply, in declaration order.
     *
     * @return the rules
     */
    public List<RuleInfo> rules() {
        List<String> ids = new ArrayList<>(List.of(MetadataRules.MODIFIED_BEFORE_ISSUED, MetadataRules.TEMPORAL_ORDER,
                MetadataRules.CHECK_DIGIT, MetadataRules.LICENSE_MISSING, MetadataRules.ENCODING_NOT_STATED,
                MetadataRules.UNKNOWN_ENCODING, MetadataRules.PERSONAL_DATA_OPEN,
                MetadataRules.CANDIDACY_REASON_MISSING, MetadataRules.DISTRIBUTION_URL_MISSING,
                MetadataRules.DCAT_AP_MANDATORY));
        if (knownTemplates.isPresent()) {
            ids.add(MetadataRules.UNKNOWN_TEMPLATE);
        }
        if (knownDataItems.isPresent()) {
            ids.add(MetadataRules.UNKNOWN_DATA_ITEM);
        }
        return MetadataRules.of(ids.toArray(String[]::new));
    }

    /**
     * Checks one record.
     *
     * @param record the record
     * @param source the source name used in the findings' locations
     * @return the findings, in field order
     */
    public List<Finding> check(DatasetRecord record, String source) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(source, "source");
        List<Finding> out = new ArrayList<>();
        checkCode(record.publisher().code(), Fields.pointer(Fields.PUBLISHER, Fields.CODE), source, out);
        if (record.isOpen() && record.license().isEmpty()) {
            out.add(MetadataRules.finding(MetadataRules.LICENSE_MISSING)
                    .location(at(source, Fields.LICENSE)).build());
        }
        if (record.issued().isPresent() && record.modified().isPresent()
                && record.modified().get().isBefore(record.issued().get())) {
            out.add(MetadataRules.finding(MetadataRules.MODIFIED_BEFORE_ISSUED)
                    .location(at(source, Fields.MODIFIED))
                    .args(record.modified().get().toString(), record.issued().get().toString())
                    .value(record.modified().get().toString())
                    .build());
        }
        for (int i = 0; i < record.spatial().size(); i++) {
            checkCode(record.spatial().get(i), Fields.pointer(Fields.SPATIAL, i), source, out);
        }
        record.temporal().filter(TemporalCoverage::isReversed).ifPresent(t -> out.add(
                MetadataRules.finding(MetadataRules.TEMPORAL_ORDER)
                        .location(at(source, Fields.TEMPORAL, Fields.END))
                        .args(t.start().orElseThrow().toString(), t.end().orElseThrow().toString())
                        .value(t.end().orElseThrow().toString())
                        .build()));
        if (knownTemplates.isPresent()) {
            for (int i = 0; i < record.conformsTo().size(); i++) {
                TemplateRef ref = record.conformsTo().get(i);
                if (!knownTemplates.get().contains(ref)) {
                    out.add(MetadataRules.finding(MetadataRules.UNKNOWN_TEMPLATE)
                            .location(at(source, Fields.CONFORMS_TO, i))
                            .args(ref.toString())
                            .value(ref.toString())
                            .build());
                }
            }
        }
        for (int i = 0; i < record.distributions().size(); i++) {
            checkDistribution(record.distributions().get(i), i, source, out);
        }
        out.addAll(DcatApRecordChecks.check(record, source));
        record.inventory().ifPresent(inv -> {
            knownDataItems.ifPresent(known -> checkDataItems(inv, known, source, out));
            if (inv.containsPersonalData() && inv.disclosure() == DisclosureLevel.OPEN) {
                out.add(MetadataRules.finding(MetadataRules.PERSONAL_DATA_OPEN)
                        .location(at(source, Fields.INVENTORY, Fields.DISCLOSURE_LEVEL))
                        .build());
            }
            if (inv.candidacy() == OpenDataCandidacy.NOT_CANDIDATE && inv.candidacyReason().isEmpty()) {
                out.add(MetadataRules.finding(MetadataRules.CANDIDACY_REASON_MISSING)
                        .location(at(source, Fields.INVENTORY, Fields.CANDIDACY_REASON))
                        .build());
            }
        });
        return List.copyOf(out);
    }

    private static void checkCode(LocalGovernmentCode code, String pointer, String source, List<Finding> out) {
        if (!code.hasValidCheckDigit()) {
            String fixed = code.withCorrectCheckDigit().value();
            out.add(MetadataRules.finding(MetadataRules.CHECK_DIGIT)
                    .location(Location.pointer(source, pointer))
                    .args(code.value(), fixed)
                    .value(code.value())
                    .suggestion(fixed)
                    .build());
        }
    }

    private static void checkDataItems(InventoryEntry inv, KnownDataItems known, String source, List<Finding> out) {
        for (int i = 0; i < inv.dataItems().size(); i++) {
            String id = inv.dataItems().get(i);
            if (!known.contains(id)) {
                Finding.Builder b = MetadataRules.finding(MetadataRules.UNKNOWN_DATA_ITEM)
                        .location(at(source, Fields.INVENTORY, Fields.DATA_ITEMS, i))
                        .args(id)
                        .value(id);
                known.closest(id).ifPresent(b::suggestion);
                out.add(b.build());
            }
        }
    }

    private static void checkDistribution(Distribution d, int i, String source, List<Finding> out) {
        if (TEXT_FORMATS.contains(d.format())) {
            if (d.characterEncoding().isEmpty()) {
                out.add(MetadataRules.finding(MetadataRules.ENCODING_NOT_STATED)
                        .messageKey(MetadataRules.ENCODING_NOT_STATED + ".encoding")
                        .location(at(source, Fields.DISTRIBUTIONS, i, Fields.CHARACTER_ENCODING))
                        .args(d.format())
                        .build());
            }
            if (d.bom().isEmpty()) {
                out.add(MetadataRules.finding(MetadataRules.ENCODING_NOT_STATED)
                        .messageKey(MetadataRules.ENCODING_NOT_STATED + ".bom")
                        .location(at(source, Fields.DISTRIBUTIONS, i, Fields.BOM))
                        .args(d.format())
                        .build());
            }
        }
        d.characterEncoding().ifPresent(enc -> {
            if (!isSupported(enc)) {
                out.add(MetadataRules.finding(MetadataRules.UNKNOWN_ENCODING)
                        .location(at(source, Fields.DISTRIBUTIONS, i, Fields.CHARACTER_ENCODING))
                        .args(enc)
                        .value(enc)
                        .build());
            }
        });
        if (d.downloadUrl().isEmpty() && d.accessUrl().isEmpty()) {
            out.add(MetadataRules.finding(MetadataRules.DISTRIBUTION_URL_MISSING)
                    .location(at(source, Fields.DISTRIBUTIONS, i))
                    .args(d.format())
                    .build());
        }
    }

    private static boolean isSupported(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Location at(String source, Object... parts) {
        return Location.pointer(source, Fields.pointer(parts));
    }

    /** Builds {@link RecordChecks}; not thread-safe. */
    public static final class Builder {
        private Optional<KnownTemplates> knownTemplates = Optional.empty();
        private Optional<KnownDataItems> knownDataItems = Optional.empty();

        private Builder() {
        }

        /**
         * Enables the template check against these templates.
         *
         * @param knownTemplates the templates that exist
         * @return this builder
         */
        public Builder knownTemplates(KnownTemplates knownTemplates) {
            this.knownTemplates = Optional.of(knownTemplates);
            return this;
        }

        /**
         * Enables the data item check (rule {@code metadata.unknown-data-item}) against these ids.
         *
         * @param knownDataItems the data item ids that exist
         * @return this builder
         */
        public Builder knownDataItems(KnownDataItems knownDataItems) {
            this.knownDataItems = Optional.of(knownDataItems);
            return this;
        }

        /**
         * @return the checks
         */
        public RecordChecks build() {
            return new RecordChecks(knownTemplates, knownDataItems);
        }
    }
}
