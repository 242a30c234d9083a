package io.github.civicdata.metadata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
import io.github.civicdata.metadata.internal.ValueException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Maps records to and from their JSON trees. Writing is total; binding collects a finding for
 * every value it cannot use (after schema validation there should be few: checksum lengths, URLs
 * that {@link java.net.URI} refuses, whitespace the schema regex does not know).
 */
final class JsonRecordCodec {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER));

    private JsonRecordCodec() {
    }

    static String writeString(DatasetRecord r) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(toTree(r)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot happen: writing a tree", e);
        }
    }

    // ---------------------------------------------------------------- writing

    static ObjectNode toTree(DatasetRecord r) {
        ObjectNode o = F.objectNode();
        o.put(Fields.IDENTIFIER, r.identifier());
        o.set(Fields.TITLE, text(r.title()));
        r.description().ifPresent(d -> o.set(Fields.DESCRIPTION, text(d)));
        ObjectNode pub = o.putObject(Fields.PUBLISHER);
        pub.put(Fields.CODE, r.publisher().code().value());
        r.publisher().name().ifPresent(n -> pub.put(Fields.NAME, n));
        r.contactPoint().ifPresent(c -> {
            ObjectNode cp = o.putObject(Fields.CONTACT_POINT);
            cp.put(Fields.NAME, c.name());
            c.email().ifPresent(e -> cp.put(Fields.EMAIL, e));
            c.telephone().ifPresent(t -> cp.put(Fields.TELEPHONE, t));
            c.url().ifPresent(u -> cp.put(Fields.URL, u.toString()));
        });
        strings(o, Fields.KEYWORDS, r.keywords(), Function.identity());
        strings(o, Fields.THEMES, r.themes(), StatisticalField::label);
        r.license().ifPresent(l -> o.put(Fields.LICENSE, l.id()));
        r.issued().ifPresent(d -> o.put(Fields.ISSUED, d.toString()));
        r.modified().ifPresent(d -> o.put(Fields.MODIFIED, d.toString()));
        r.accrualPeriodicity().ifPresent(f -> o.put(Fields.ACCRUAL_PERIODICITY, f.code()));
        strings(o, Fields.SPATIAL, r.spatial(), LocalGovernmentCode::value);
        r.temporal().ifPresent(t -> {
            ObjectNode tn = o.putObject(Fields.TEMPORAL);
            t.start().ifPresent(d -> tn.put(Fields.START, d.toString()));
            t.end().ifPresent(d -> tn.put(Fields.END, d.toString()));
        });
        if (!r.conformsTo().isEmpty()) {
            ArrayNode a = o.putArray(Fields.CONFORMS_TO);
            for (TemplateRef t : r.conformsTo()) {
                a.addObject().put(Fields.ID, t.id()).put(Fields.VERSION, t.version());
            }
        }
        r.landingPage().ifPresent(u -> o.put(Fields.LANDING_PAGE, u.toString()));
        if (!r.distributions().isEmpty()) {
            ArrayNode a = o.putArray(Fields.DISTRIBUTIONS);
            r.distributions().forEach(d -> a.add(distribution(d)));
        }
        r.inventory().ifPresent(i -> o.set(Fields.INVENTORY, inventory(i)));
        if (!r.extras().isEmpty()) {
            ObjectNode ex = o.putObject(Fields.EXTRAS);
            r.extras().forEach(ex::put);
        }
        return o;
    }

    private static ObjectNode text(BilingualText t) {
        ObjectNode o = F.objectNode();
        o.put(Fields.JA, t.ja());
        t.en().ifPresent(e -> o.put(Fields.EN, e));
        return o;
    }

    private static <T> void strings(ObjectNode o, String name, List<T> values, Function<T, String> f) {
        if (!values.isEmpty()) {
            ArrayNode a = o.putArray(name);
            values.forEach(v -> a.add(f.apply(v)));
        }
    }

    private static ObjectNode distribution(Distribution d) {
        ObjectNode o = F.objectNode();
        d.title().ifPresent(t -> o.put(Fields.TITLE, t));
        d.description().ifPresent(t -> o.put(Fields.DESCRIPTION, t));
        o.put(Fields.FORMAT, d.format());
        d.mediaType().ifPresent(m -> o.put(Fields.MEDIA_TYPE, m));
        d.downloadUrl().ifPresent(u -> o.put(Fields.DOWNLOAD_URL, u.toString()));
        d.accessUrl().ifPresent(u -> o.put(Fields.ACCESS_URL, u.toString()));
        d.byteSize().ifPresent(s -> o.put(Fields.BYTE_SIZE, s));
        d.characterEncoding().ifPresent(c -> o.put(Fields.CHARACTER_ENCODING, c));
        d.bom().ifPresent(b -> o.put(Fields.BOM, b));
        d.checksum().ifPresent(c -> o.putObject(Fields.CHECKSUM)
                .put(Fields.ALGORITHM, c.algorithm().id()).put(Fields.VALUE, c.value()));
        return o;
    }

    private static ObjectNode inventory(InventoryEntry i) {
        ObjectNode o = F.objectNode();
        o.put(Fields.DEPARTMENT, i.department());
        i.sourceSystem().ifPresent(s -> o.put(Fields.SOURCE_SYSTEM, s));
        o.put(Fields.CATEGORY, i.category().id());
        strings(o, Fields.DATA_ITEMS, i.dataItems(), Function.identity());
        o.put(Fields.CONTAINS_PERSONAL_DATA, i.containsPersonalData());
        o.put(Fields.DISCLOSURE_LEVEL, i.disclosure().id());
        i.updateCycle().ifPresent(f -> o.put(Fields.UPDATE_CYCLE, f.code()));
        i.retention().ifPresent(r -> o.put(Fields.RETENTION, r));
        o.put(Fields.OPEN_DATA_CANDIDACY, i.candidacy().id());
        i.candidacyReason().ifPresent(r -> o.put(Fields.CANDIDACY_REASON, r));
        return o;
    }

    // ---------------------------------------------------------------- binding

    /** Key of a value that is none of the allowed ones ({0}: the value, {1}: the field). */
    private static final String UNKNOWN = "metadata.value.unknown";
    /** Key of a value that should be a JSON object. */
    private static final String NOT_OBJECT = "metadata.value.not-object";

    /** Binds a tree that passed schema validation; every unusable value becomes a finding. */
    static final class Binder {
        private final String source;
        private final List<Finding> findings = new ArrayList<>();

        Binder(String source) {
            this.source = source;
        }

        List<Finding> findings() {
            return findings;
        }

        Optional<DatasetRecord> bind(JsonNode root) {
            if (root == null || !root.isObject()) {
                invalid("", NOT_OBJECT);
                return Optional.empty();
            }
            String identifier = value(root, "", Fields.IDENTIFIER, n -> n.textValue()).orElse(null);
            BilingualText title = bilingual(root.get(Fields.TITLE), Fields.pointer(Fields.TITLE)).orElse(null);
            Optional<BilingualText> description = root.has(Fields.DESCRIPTION)
                    ? bilingual(root.get(Fields.DESCRIPTION), Fields.pointer(Fields.DESCRIPTION)) : Optional.empty();
            Publisher publisher = publisher(root.get(Fields.PUBLISHER)).orElse(null);
            Optional<ContactPoint> contact = contact(root.get(Fields.CONTACT_POINT));
            List<String> keywords = list(root, Fields.KEYWORDS, n -> n.textValue());
            List<StatisticalField> themes = list(root, Fields.THEMES,
                    n -> StatisticalField.byLabel(n.textValue()).orElseThrow(
                            () -> ValueException.of(UNKNOWN, n.textValue(), Fields.THEMES)));
            Optional<License> license = value(root, "", Fields.LICENSE, n -> License.parse(n.textValue()));
            Optional<LocalDate> issued = value(root, "", Fields.ISSUED, JsonRecordCodec::date);
            Optional<LocalDate> modified = value(root, "", Fields.MODIFIED, JsonRecordCodec::date);
            Optional<Frequency> accrual = value(root, "", Fields.ACCRUAL_PERIODICITY, JsonRecordCodec::frequency);
            List<LocalGovernmentCode> spatial = list(root, Fields.SPATIAL, n -> new LocalGovernmentCode(n.textValue()));
            Optional<TemporalCoverage> temporal = temporal(root.get(Fields.TEMPORAL));
            List<TemplateRef> conformsTo = list(root, Fields.CONFORMS_TO,
                    n -> TemplateRef.of(n.path(Fields.ID).textValue(), n.path(Fields.VERSION).textValue()));
            Optional<URI> landing = value(root, "", Fields.LANDING_PAGE, n -> WebUrls.parse(n.textValue(), "landingPage"));
            List<Distribution> distributions = new ArrayList<>();
            JsonNode ds = root.get(Fields.DISTRIBUTIONS);
            if (ds != null && ds.isArray()) {
                for (int i = 0; i < ds.size(); i++) {
                    distribution(ds.get(i), Fields.pointer(Fields.DISTRIBUTIONS, i)).ifPresent(distributions::add);
                }
            }
            Optional<InventoryEntry> inventory = inventory(root.get(Fields.INVENTORY));
            Map<String, String> extras = new TreeMap<>();
            JsonNode ex = root.get(Fields.EXTRAS);
            if (ex != null && ex.isObject()) {
                ex.fields().forEachRemaining(e -> {
                    if (e.getValue().isTextual()) {
                        extras.put(e.getKey(), e.getValue().textValue());
                    } else {
                        invalid(Fields.pointer(Fields.EXTRAS, e.getKey()), "metadata.value.not-text");
                    }
                });
            }
            if (!findings.isEmpty() || identifier == null || title == null || publisher == null) {
                if (findings.isEmpty()) {
                    invalid("", ValueException.MISSING, "identifier, title, publisher");
                }
                return Optional.empty();
            }
            try {
                return Optional.of(new DatasetRecord(identifier, title, description, publisher, contact, keywords,
                        themes, license, issued, modified, accrual, spatial, temporal, conformsTo, landing,
                        distributions, inventory, extras));
            } catch (IllegalArgumentException | NullPointerException e) {
                ValueException v = ValueException.of(e);
                invalid("", v.key(), v.arguments().toArray());
                return Optional.empty();
            }
        }

        private Optional<BilingualText> bilingual(JsonNode n, String ptr) {
            if (n == null || !n.isObject()) {
                invalid(ptr, NOT_OBJECT);
                return Optional.empty();
            }
            return attempt(ptr, () -> new BilingualText(n.path(Fields.JA).textValue(),
                    Optional.ofNullable(n.path(Fields.EN).textValue())));
        }

        private Optional<Publisher> publisher(JsonNode n) {
            String ptr = Fields.pointer(Fields.PUBLISHER);
            if (n == null || !n.isObject()) {
                invalid(ptr, NOT_OBJECT);
                return Optional.empty();
            }
            Optional<LocalGovernmentCode> code = value(n, ptr, Fields.CODE, c -> new LocalGovernmentCode(c.textValue()));
            Optional<String> name = value(n, ptr, Fields.NAME, JsonNode::textValue);
            return code.flatMap(c -> attempt(ptr, () -> new Publisher(c, name)));
        }

        private Optional<ContactPoint> contact(JsonNode n) {
            if (n == null) {
                return Optional.empty();
            }
            String ptr = Fields.pointer(Fields.CONTACT_POINT);
            Optional<URI> url = value(n, ptr, Fields.URL, u -> WebUrls.parse(u.textValue(), "url"));
            return attempt(ptr, () -> new ContactPoint(n.path(Fields.NAME).textValue(),
                    Optional.ofNullable(n.path(Fields.EMAIL).textValue()),
                    Optional.ofNullable(n.path(Fields.TELEPHONE).textValue()), url));
        }

        private Optional<TemporalCoverage> temporal(JsonNode n) {
            if (n == null) {
                return Optional.empty();
            }
            String ptr = Fields.pointer(Fields.TEMPORAL);
            Optional<LocalDate> start = value(n, ptr, Fields.START, JsonRecordCodec::date);
            Optional<LocalDate> end = value(n, ptr, Fields.END, JsonRecordCodec::date);
            return attempt(ptr, () -> new TemporalCoverage(start, end));
        }

        private Optional<Distribution> distribution(JsonNode n, String ptr) {
            if (n == null || !n.isObject()) {
                invalid(ptr, NOT_OBJECT);
                return Optional.empty();
            }
            Optional<URI> download = value(n, ptr, Fields.DOWNLOAD_URL, u -> WebUrls.parse(u.textValue(), "downloadURL"));
            Optional<URI> access = value(n, ptr, Fields.ACCESS_URL, u -> WebUrls.parse(u.textValue(), "accessURL"));
            Optional<Checksum> checksum = Optional.empty();
            JsonNode c = n.get(Fields.CHECKSUM);
            if (c != null) {
                String cptr = ptr + Fields.pointer(Fields.CHECKSUM);
                Optional<ChecksumAlgorithm> alg = ChecksumAlgorithm.byId(c.path(Fields.ALGORITHM).asText());
                String hex = c.path(Fields.VALUE).asText();
                if (alg.isPresent() && hex.length() != alg.get().hexLength()) {
                    findings.add(MetadataRules.finding(MetadataRules.INVALID_VALUE)
                            .messageKey(MetadataRules.INVALID_VALUE + ".checksum-length")
                            .location(Location.pointer(source, cptr + Fields.pointer(Fields.VALUE)))
                            .args(alg.get().id(), alg.get().hexLength(), hex.length())
                            .value(hex)
                            .build());
                } else if (alg.isPresent()) {
                    checksum = attempt(cptr, () -> new Checksum(alg.get(), hex));
                } else {
                    invalid(cptr + Fields.pointer(Fields.ALGORITHM), UNKNOWN, c.path(Fields.ALGORITHM).asText(),
                            Fields.ALGORITHM);
                }
            }
            JsonNode bs = n.get(Fields.BYTE_SIZE);
            OptionalLong size = bs != null && bs.canConvertToLong() ? OptionalLong.of(bs.longValue()) : OptionalLong.empty();
            if (bs != null && bs.isNumber() && !bs.canConvertToLong()) {
                findings.add(MetadataRules.finding(MetadataRules.INVALID_VALUE).messageKey("metadata.value.out-of-range")
                        .location(Location.pointer(source, ptr + Fields.pointer(Fields.BYTE_SIZE)))
                        .args(Fields.BYTE_SIZE, bs.asText(), Long.MAX_VALUE).value(bs.asText()).build());
            }
            Optional<Checksum> sum = checksum;
            return attempt(ptr, () -> new Distribution(
                    Optional.ofNullable(n.path(Fields.TITLE).textValue()),
                    Optional.ofNullable(n.path(Fields.DESCRIPTION).textValue()),
                    n.path(Fields.FORMAT).textValue(),
                    Optional.ofNullable(n.path(Fields.MEDIA_TYPE).textValue()),
                    download, access, size,
                    Optional.ofNullable(n.path(Fields.CHARACTER_ENCODING).textValue()),
                    n.path(Fields.BOM).isBoolean() ? Optional.of(n.get(Fields.BOM).booleanValue()) : Optional.empty(),
                    sum));
        }

        private Optional<InventoryEntry> inventory(JsonNode n) {
            if (n == null) {
                return Optional.empty();
            }
            String ptr = Fields.pointer(Fields.INVENTORY);
            Optional<InventoryCategory> category = value(n, ptr, Fields.CATEGORY,
                    c -> InventoryCategory.byId(c.textValue()).orElseThrow(
                            () -> ValueException.of(UNKNOWN, c.textValue(), Fields.CATEGORY)));
            Optional<DisclosureLevel> disclosure = value(n, ptr, Fields.DISCLOSURE_LEVEL,
                    c -> DisclosureLevel.byId(c.textValue()).orElseThrow(
                            () -> ValueException.of(UNKNOWN, c.textValue(), Fields.DISCLOSURE_LEVEL)));
            Optional<Frequency> cycle = value(n, ptr, Fields.UPDATE_CYCLE, JsonRecordCodec::frequency);
            Optional<OpenDataCandidacy> candidacy = value(n, ptr, Fields.OPEN_DATA_CANDIDACY,
                    c -> OpenDataCandidacy.byId(c.textValue()).orElseThrow(
                            () -> ValueException.of(UNKNOWN, c.textValue(), Fields.OPEN_DATA_CANDIDACY)));
            List<String> items = list(n, ptr, Fields.DATA_ITEMS, JsonNode::textValue);
            if (category.isEmpty() || disclosure.isEmpty()) {
                invalid(ptr, ValueException.MISSING, "category, disclosureLevel");
                return Optional.empty();
            }
            return attempt(ptr, () -> new InventoryEntry(
                    n.path(Fields.DEPARTMENT).textValue(),
                    Optional.ofNullable(n.path(Fields.SOURCE_SYSTEM).textValue()),
                    category.get(), items,
                    n.path(Fields.CONTAINS_PERSONAL_DATA).asBoolean(false),
                    disclosure.get(), cycle,
                    Optional.ofNullable(n.path(Fields.RETENTION).textValue()),
                    candidacy.orElse(OpenDataCandidacy.UNDECIDED),
                    Optional.ofNullable(n.path(Fields.CANDIDACY_REASON).textValue())));
        }

        private <T> Optional<T> value(JsonNode parent, String parentPtr, String name, Function<JsonNode, T> f) {
            JsonNode n = parent.get(name);
            if (n == null || n.isNull()) {
                return Optional.empty();
            }
            String ptr = parentPtr + Fields.pointer(name);
            return attempt(ptr, () -> f.apply(n), n);
        }

        private <T> List<T> list(JsonNode parent, String name, Function<JsonNode, T> f) {
            return list(parent, "", name, f);
        }

        private <T> List<T> list(JsonNode parent, String parentPtr, String name, Function<JsonNode, T> f) {
            JsonNode a = parent.get(name);
            List<T> out = new ArrayList<>();
            if (a == null || !a.isArray()) {
                return out;
            }
            for (int i = 0; i < a.size(); i++) {
                JsonNode n = a.get(i);
                attempt(parentPtr + Fields.pointer(name, i), () -> f.apply(n), n).ifPresent(out::add);
            }
            return out;
        }

        private <T> Optional<T> attempt(String ptr, java.util.function.Supplier<T> s) {
            return attempt(ptr, s, null);
        }

        private <T> Optional<T> attempt(String ptr, java.util.function.Supplier<T> s, JsonNode valueNode) {
            try {
                return Optional.of(s.get());
            } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
                ValueException v = ValueException.of(e);
                Finding.Builder b = MetadataRules.finding(MetadataRules.INVALID_VALUE)
                        .messageKey(v.key())
                        .location(Location.pointer(source, ptr))
                        .args(v.arguments().toArray());
                if (valueNode != null && valueNode.isValueNode()) {
                    b.value(valueNode.asText());
                }
                findings.add(b.build());
                return Optional.empty();
            }
        }

        private void invalid(String ptr, String key, Object... args) {
            findings.add(MetadataRules.finding(MetadataRules.INVALID_VALUE).messageKey(key)
                    .location(Location.pointer(source, ptr)).args(args).build());
        }
    }

    /** A date of the record: ISO yyyy-MM-dd, a real day, year 0001 to 9999 (DatasetRecord's range). */
    private static LocalDate date(JsonNode n) {
        LocalDate d = LocalDate.parse(n.textValue());
        if (d.getYear() < 1 || d.getYear() > 9999) {
            throw ValueException.of(ValueException.DATE, n.textValue());
        }
        return d;
    }

    private static Frequency frequency(JsonNode n) {
        return Frequency.byCode(n.textValue())
                .orElseThrow(() -> ValueException.of(UNKNOWN, n.textValue(), "frequency"));
    }
}
