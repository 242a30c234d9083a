package io.github.civicdata.metadata;

import io.github.civicdata.metadata.internal.Texts;
import io.github.civicdata.metadata.internal.ValueException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The catalogue record of one dataset, aligned with DCAT 3 and DCAT-AP ({@code dcat:Dataset}),
 * with the internal inventory part ({@link InventoryEntry}) where the dataset was inventoried.
 *
 * <p>Fields and their DCAT properties: {@code identifier} ({@code dct:identifier}, no whitespace,
 * at most {@value #MAX_IDENTIFIER_LENGTH} characters), {@code title} and {@code description}
 * (Japanese, optional English), {@code publisher} (local government code), {@code contactPoint},
 * {@code keywords}, {@code themes} (17 統計分野), {@code license}, {@code issued}, {@code modified},
 * {@code accrualPeriodicity} (EU frequency table), {@code spatial} (local government codes),
 * {@code temporal}, {@code conformsTo} (standard dataset templates), {@code landingPage},
 * {@code distributions}, {@code inventory}, and {@code extras}: key/value pairs kept from an import
 * (e.g. CKAN fields that have no field here) so that nothing is silently dropped.
 *
 * <p>Keywords, themes, spatial codes and templates are sets (as in DCAT): they are kept sorted and
 * without duplicates. Distributions keep their order. Extras are sorted by key.
 *
 * <p>The constructor enforces the form of every value (a record is never malformed). Consistency
 * between values — modified not before issued, a valid check digit, a licence on an open record,
 * an existing template — is checked by {@link RecordChecks}, so that a catalogue can still list a
 * record with such a mistake and report it.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * DatasetRecord r = DatasetRecord.builder("toilet-2024",
 *                 BilingualText.of("公衆トイレ一覧", "Public toilets"),
 *                 Publisher.of(LocalGovernmentCode.parse("131016"), "千代田区"))
 *         .license(KnownLicense.CC_BY_4_0)
 *         .keyword("トイレ")
 *         .issued(LocalDate.of(2024, 4, 1))
 *         .distribution(Distribution.builder("CSV").characterEncoding("UTF-8").bom(true).build())
 *         .build();
 * }</pre>
 *
 * @param identifier the dataset's identifier
 * @param title the title
 * @param description the description
 * @param publisher the publishing body
 * @param contactPoint who answers questions
 * @param keywords keywords, sorted
 * @param themes themes, in declaration order
 * @param license the licence
 * @param issued when the dataset was first published
 * @param modified when the dataset was last changed
 * @param accrualPeriodicity how often the dataset is updated
 * @param spatial the areas covered, sorted
 * @param temporal the period covered
 * @param conformsTo the templates the dataset conforms to, sorted
 * @param landingPage the dataset's web page
 * @param distributions the downloadable forms, in order
 * @param inventory the inventory part
 * @param extras other key/value pairs, sorted by key
 */
public record DatasetRecord(
        String identifier,
        BilingualText title,
        Optional<BilingualText> description,
        Publisher publisher,
        Optional<ContactPoint> contactPoint,
        List<String> keywords,
        List<StatisticalField> themes,
        Optional<License> license,
        Optional<LocalDate> issued,
        Optional<LocalDate> modified,
        Optional<Frequency> accrualPeriodicity,
        List<LocalGovernmentCode> spatial,
        Optional<TemporalCoverage> temporal,
        List<TemplateRef> conformsTo,
        Optional<URI> landingPage,
        List<Distribution> distributions,
        Optional<InventoryEntry> inventory,
        Map<String, String> extras) {

    /** The longest identifier. */
    public static final int MAX_IDENTIFIER_LENGTH = 256;
    /** The longest keyword. */
    public static final int MAX_KEYWORD_LENGTH = 200;
    /** The longest extra key. */
    public static final int MAX_EXTRA_KEY_LENGTH = 500;

    /**
     * Validates, sorts and copies the parts.
     *
     * @throws NullPointerException if a part or an element is null
     * @throws IllegalArgumentException if a part is malformed
     */
    public DatasetRecord {
        Texts.requireToken(identifier, "identifier", MAX_IDENTIFIER_LENGTH);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(contactPoint, "contactPoint");
        keywords = sortedKeywords(keywords);
        EnumSet<StatisticalField> t = EnumSet.noneOf(StatisticalField.class);
        for (StatisticalField f : themes) {
            t.add(Objects.requireNonNull(f, "theme"));
        }
        themes = List.copyOf(t);
        Objects.requireNonNull(license, "license");
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(modified, "modified");
        issued.ifPresent(d -> requireYear(d, "issued"));
        modified.ifPresent(d -> requireYear(d, "modified"));
        Objects.requireNonNull(accrualPeriodicity, "accrualPeriodicity");
        spatial = List.copyOf(new TreeSet<>(spatial));
        Objects.requireNonNull(temporal, "temporal");
        temporal.ifPresent(p -> {
            p.start().ifPresent(d -> requireYear(d, "temporal.start"));
            p.end().ifPresent(d -> requireYear(d, "temporal.end"));
        });
        conformsTo = List.copyOf(new TreeSet<>(conformsTo));
        Objects.requireNonNull(landingPage, "landingPage");
        landingPage = landingPage.map(u -> WebUrls.require(u, "landingPage"));
        distributions = List.copyOf(distributions);
        Objects.requireNonNull(inventory, "inventory");
        extras = sortedExtras(extras);
    }

    private static List<String> sortedKeywords(List<String> keywords) {
        TreeSet<String> set = new TreeSet<>();
        for (String k : keywords) {
            set.add(requireKeyword(k));
        }
        return List.copyOf(set);
    }

    private static String requireKeyword(String k) {
        Texts.requireText(k, "keyword");
        if (k.length() > MAX_KEYWORD_LENGTH || k.indexOf('\n') >= 0 || k.indexOf('\r') >= 0
                || k.indexOf('\t') >= 0) {
            throw ValueException.of("metadata.schema.expected.keyword", k);
        }
        return k;
    }

    static boolean isValidKeyword(String k) {
        try {
            requireKeyword(k);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    private static Map<String, String> sortedExtras(Map<String, String> extras) {
        Objects.requireNonNull(extras, "extras");
        SortedMap<String, String> sorted = new TreeMap<>();
        for (Map.Entry<String, String> e : extras.entrySet()) {
            String k = Texts.requireText(e.getKey(), "extras");
            if (k.length() > MAX_EXTRA_KEY_LENGTH) {
                throw ValueException.of("metadata.value.too-long", "extras", MAX_EXTRA_KEY_LENGTH);
            }
            sorted.put(k, Texts.requireCarriable(e.getValue(), "extras"));
        }
        return Collections.unmodifiableSortedMap(sorted);
    }

    private static void requireYear(LocalDate d, String name) {
        if (d.getYear() < 1 || d.getYear() > 9999) {
            throw ValueException.of("metadata.value.year", name, d.toString());
        }
    }

    /**
     * Whether the record describes open data: its inventory part says {@link DisclosureLevel#OPEN},
     * or it has no inventory part (a published catalogue record).
     *
     * @return {@code true} for open data
     */
    public boolean isOpen() {
        return inventory.map(i -> i.disclosure() == DisclosureLevel.OPEN).orElse(true);
    }

    /**
     * This record without its inventory part, for publishing: the department, source system,
     * retention, personal-data flag and candidacy are internal. Publish open records only ({@link
     * #isOpen()}): without the inventory part, a record reads back as open.
     *
     * @return the record without inventory (this record if it has none)
     */
    public DatasetRecord withoutInventory() {
        if (inventory.isEmpty()) {
            return this;
        }
        return new DatasetRecord(identifier, title, description, publisher, contactPoint, keywords, themes, license,
                issued, modified, accrualPeriodicity, spatial, temporal, conformsTo, landingPage, distributions,
                Optional.empty(), extras);
    }

    /**
     * Starts a builder with the required parts.
     *
     * @param identifier the identifier
     * @param title the title
     * @param publisher the publisher
     * @return a new builder
     */
    public static Builder builder(String identifier, BilingualText title, Publisher publisher) {
        return new Builder(identifier, title, publisher);
    }

    /**
     * A builder seeded with this record's parts.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(identifier, title, publisher);
        b.description = description;
        b.contactPoint = contactPoint;
        b.keywords = new ArrayList<>(keywords);
        b.themes = new ArrayList<>(themes);
        b.license = license;
        b.issued = issued;
        b.modified = modified;
        b.accrualPeriodicity = accrualPeriodicity;
        b.spatial = new ArrayList<>(spatial);
        b.temporal = temporal;
        b.conformsTo = new ArrayList<>(conformsTo);
        b.landingPage = landingPage;
        b.distributions = new ArrayList<>(distributions);
        b.inventory = inventory;
        b.extras = new TreeMap<>(extras);
        return b;
    }

    /** Builds a {@link DatasetRecord}; not thread-safe. */
    public static final class Builder {
        private String identifier;
        private BilingualText title;
        private Publisher publisher;
        private Optional<BilingualText> description = Optional.empty();
        private Optional<ContactPoint> contactPoint = Optional.empty();
        private List<String> keywords = new ArrayList<>();
        private List<StatisticalField> themes = new ArrayList<>();
        private Optional<License> license = Optional.empty();
        private Optional<LocalDate> issued = Optional.empty();
        private Optional<LocalDate> modified = Optional.empty();
        private Optional<Frequency> accrualPeriodicity = Optional.empty();
        private List<LocalGovernmentCode> spatial = new ArrayList<>();
        private Optional<TemporalCoverage> temporal = Optional.empty();
        private List<TemplateRef> conformsTo = new ArrayList<>();
        private Optional<URI> landingPage = Optional.empty();
        private List<Distribution> distributions = new ArrayList<>();
        private Optional<InventoryEntry> inventory = Optional.empty();
        private Map<String, String> extras = new TreeMap<>();

        private Builder(String identifier, BilingualText title, Publisher publisher) {
            this.identifier = Objects.requireNonNull(identifier, "identifier");
            this.title = Objects.requireNonNull(title, "title");
            this.publisher = Objects.requireNonNull(publisher, "publisher");
        }

        /**
         * @param identifier the identifier
         * @return this builder
         */
        public Builder identifier(String identifier) {
            this.identifier = Objects.requireNonNull(identifier, "identifier");
            return this;
        }

        /**
         * @param title the title
         * @return this builder
         */
        public Builder title(BilingualText title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /**
         * @param publisher the publisher
         * @return this builder
         */
        public Builder publisher(Publisher publisher) {
            this.publisher = Objects.requireNonNull(publisher, "publisher");
            return this;
        }

        /**
         * @param description the description
         * @return this builder
         */
        public Builder description(BilingualText description) {
            this.description = Optional.of(description);
            return this;
        }

        /**
         * @param contactPoint the contact point
         * @return this builder
         */
        public Builder contactPoint(ContactPoint contactPoint) {
            this.contactPoint = Optional.of(contactPoint);
            return this;
        }

        /**
         * Adds keywords.
         *
         * @param keywords the keywords
         * @return this builder
         */
        public Builder keyword(String... keywords) {
            this.keywords.addAll(List.of(keywords));
            return this;
        }

        /**
         * Replaces the keywords.
         *
         * @param keywords the keywords
         * @return this builder
         */
        public Builder keywords(Collection<String> keywords) {
            this.keywords = new ArrayList<>(keywords);
            return this;
        }

        /**
         * Adds themes.
         *
         * @param themes the themes
         * @return this builder
         */
        public Builder theme(StatisticalField... themes) {
            this.themes.addAll(List.of(themes));
            return this;
        }

        /**
         * Replaces the themes.
         *
         * @param themes the themes
         * @return this builder
         */
        public Builder themes(Collection<StatisticalField> themes) {
            this.themes = new ArrayList<>(themes);
            return this;
        }

        /**
         * @param license the licence
         * @return this builder
         */
        public Builder license(License license) {
            this.license = Optional.of(license);
            return this;
        }

        /**
         * @param issued the first publication date
         * @return this builder
         */
        public Builder issued(LocalDate issued) {
            this.issued = Optional.of(issued);
            return this;
        }

        /**
         * @param modified the last change date
         * @return this builder
         */
        public Builder modified(LocalDate modified) {
            this.modified = Optional.of(modified);
            return this;
        }

        /**
         * @param frequency how often the dataset is updated
         * @return this builder
         */
        public Builder accrualPeriodicity(Frequency frequency) {
            this.accrualPeriodicity = Optional.of(frequency);
            return this;
        }

        /**
         * Adds areas covered.
         *
         * @param codes local government codes
         * @return this builder
         */
        public Builder spatial(LocalGovernmentCode... codes) {
            this.spatial.addAll(List.of(codes));
            return this;
        }

        /**
         * Replaces the areas covered.
         *
         * @param codes local government codes
         * @return this builder
         */
        public Builder spatial(Collection<LocalGovernmentCode> codes) {
            this.spatial = new ArrayList<>(codes);
            return this;
        }

        /**
         * @param temporal the period covered
         * @return this builder
         */
        public Builder temporal(TemporalCoverage temporal) {
            this.temporal = Optional.of(temporal);
            return this;
        }

        /**
         * Adds templates the dataset conforms to.
         *
         * @param templates the templates
         * @return this builder
         */
        public Builder conformsTo(TemplateRef... templates) {
            this.conformsTo.addAll(List.of(templates));
            return this;
        }

        /**
         * Replaces the templates the dataset conforms to.
         *
         * @param templates the templates
         * @return this builder
         */
        public Builder conformsTo(Collection<TemplateRef> templates) {
            this.conformsTo = new ArrayList<>(templates);
            return this;
        }

        /**
         * @param landingPage the dataset's web page
         * @return this builder
         */
        public Builder landingPage(URI landingPage) {
            this.landingPage = Optional.of(landingPage);
            return this;
        }

        /**
         * Adds a distribution.
         *
         * @param distribution the distribution
         * @return this builder
         */
        public Builder distribution(Distribution distribution) {
            this.distributions.add(Objects.requireNonNull(distribution, "distribution"));
            return this;
        }

        /**
         * Replaces the distributions.
         *
         * @param distributions the distributions
         * @return this builder
         */
        public Builder distributions(Collection<Distribution> distributions) {
            this.distributions = new ArrayList<>(distributions);
            return this;
        }

        /**
         * @param inventory the inventory part
         * @return this builder
         */
        public Builder inventory(InventoryEntry inventory) {
            this.inventory = Optional.of(inventory);
            return this;
        }

        /**
         * Adds an extra key/value pair.
         *
         * @param key the key
         * @param value the value
         * @return this builder
         */
        public Builder extra(String key, String value) {
            this.extras.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Replaces the extras.
         *
         * @param extras the extras
         * @return this builder
         */
        public Builder extras(Map<String, String> extras) {
            this.extras = new TreeMap<>(extras);
            return this;
        }

        /**
         * @return the record
         * @throws IllegalArgumentException if a part is malformed
         */
        public DatasetRecord build() {
            return new DatasetRecord(identifier, title, description, publisher, contactPoint, keywords, themes,
                    license, issued, modified, accrualPeriodicity, spatial, temporal, conformsTo, landingPage,
                    distributions, inventory, extras);
        }
    }
}
