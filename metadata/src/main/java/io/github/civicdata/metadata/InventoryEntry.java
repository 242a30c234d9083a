package io.github.civicdata.metadata;

import io.github.civicdata.metadata.internal.Texts;
import io.github.civicdata.metadata.internal.ValueException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the internal data inventory (データの棚卸し) records about a dataset: the holding
 * department, the source system, the kind of data, the data items it holds (ids of the shared
 * vocabulary), whether it contains personal data, who may see it, how often it is updated, how long
 * it is kept, and whether it is a candidate for open data and why.
 *
 * <p>Data item ids are ids of the shared vocabulary's form: lower-case ASCII letters and digits in
 * words joined by single hyphens ({@code phone-number}, {@code latitude}), at most {@value
 * #MAX_ITEM_ID_LENGTH} characters. They form a set: they are kept sorted and without duplicates (as
 * they are in RDF, where each becomes the item IRI {@code https://civicdata.github.io/ns/item/<id>}).
 * Whether an id exists in the vocabulary is not checked here (core does not know the vocabulary).
 * A dataset that holds personal data but is marked open, or that is not a candidate without a
 * reason, is representable and reported by {@link RecordChecks}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * InventoryEntry inv = InventoryEntry.builder("健康福祉部 健康推進課", InventoryCategory.BUSINESS_SYSTEM,
 *                 DisclosureLevel.OPEN)
 *         .sourceSystem("施設管理システム")
 *         .dataItems(List.of("name", "address", "telephone"))
 *         .updateCycle(Frequency.MONTHLY)
 *         .candidacy(OpenDataCandidacy.PUBLISHED)
 *         .build();
 * }</pre>
 *
 * @param department the holding department (保有部署)
 * @param sourceSystem the system the data comes from
 * @param category the kind of data
 * @param dataItems ids of the data items held (vocabulary-style ids), sorted
 * @param containsPersonalData whether personal data is held (個人情報の有無)
 * @param disclosure who may see the dataset
 * @param updateCycle how often the data is updated
 * @param retention how long the data is kept (保存期間, free text such as 5年 or 常用)
 * @param candidacy whether the dataset is, or should become, open data
 * @param candidacyReason why (required in practice for {@link OpenDataCandidacy#NOT_CANDIDATE})
 */
public record InventoryEntry(
        String department,
        Optional<String> sourceSystem,
        InventoryCategory category,
        List<String> dataItems,
        boolean containsPersonalData,
        DisclosureLevel disclosure,
        Optional<Frequency> updateCycle,
        Optional<String> retention,
        OpenDataCandidacy candidacy,
        Optional<String> candidacyReason) {

    /** The longest data item id. */
    public static final int MAX_ITEM_ID_LENGTH = 128;

    /** The form of a data item id: the vocabulary's (lower-case ASCII words joined by {@code -}). */
    private static final Pattern ITEM_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /**
     * Validates the parts and sorts the data item ids.
     *
     * @throws NullPointerException if a part or a data item id is null
     * @throws IllegalArgumentException if a text is blank or a data item id is not a
     *     vocabulary-style id (see {@link #isValidItemId(String)})
     */
    public InventoryEntry {
        Texts.requireText(department, "department");
        Objects.requireNonNull(sourceSystem, "sourceSystem");
        sourceSystem.ifPresent(s -> Texts.requireText(s, "sourceSystem"));
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(dataItems, "dataItems");
        TreeSet<String> items = new TreeSet<>();
        for (String id : dataItems) {
            Texts.requireToken(id, "dataItems", MAX_ITEM_ID_LENGTH);
            if (!ITEM_ID.matcher(id).matches()) {
                throw ValueException.of("metadata.schema.expected.item-id", id);
            }
            items.add(id);
        }
        dataItems = List.copyOf(items);
        Objects.requireNonNull(disclosure, "disclosure");
        Objects.requireNonNull(updateCycle, "updateCycle");
        Objects.requireNonNull(retention, "retention");
        retention.ifPresent(r -> Texts.requireText(r, "retention"));
        Objects.requireNonNull(candidacy, "candidacy");
        Objects.requireNonNull(candidacyReason, "candidacyReason");
        candidacyReason.ifPresent(r -> Texts.requireText(r, "candidacyReason"));
    }

    /**
     * Whether {@code id} has the form of a data item id: lower-case ASCII letters and digits in
     * words joined by single hyphens, at most {@value #MAX_ITEM_ID_LENGTH} characters (the form
     * of the vocabulary's item ids; whether the item exists is not checked).
     *
     * @param id the candidate
     * @return {@code true} if an entry accepts it
     * @throws NullPointerException if {@code id} is null
     */
    public static boolean isValidItemId(String id) {
        Objects.requireNonNull(id, "id");
        return id.length() <= MAX_ITEM_ID_LENGTH && ITEM_ID.matcher(id).matches();
    }

    /**
     * Starts a builder; the candidacy defaults to {@link OpenDataCandidacy#UNDECIDED} and the
     * personal-data flag to {@code false}.
     *
     * @param department the holding department
     * @param category the kind of data
     * @param disclosure who may see it
     * @return a new builder
     */
    public static Builder builder(String department, InventoryCategory category, DisclosureLevel disclosure) {
        return new Builder(department, category, disclosure);
    }

    /**
     * A builder seeded with this entry's parts.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(department, category, disclosure);
        b.sourceSystem = sourceSystem;
        b.dataItems = new ArrayList<>(dataItems);
        b.containsPersonalData = containsPersonalData;
        b.updateCycle = updateCycle;
        b.retention = retention;
        b.candidacy = candidacy;
        b.candidacyReason = candidacyReason;
        return b;
    }

    /** Builds an {@link InventoryEntry}; not thread-safe. */
    public static final class Builder {
        private String department;
        private InventoryCategory category;
        private DisclosureLevel disclosure;
        private Optional<String> sourceSystem = Optional.empty();
        private List<String> dataItems = new ArrayList<>();
        private boolean containsPersonalData;
        private Optional<Frequency> updateCycle = Optional.empty();
        private Optional<String> retention = Optional.empty();
        private OpenDataCandidacy candidacy = OpenDataCandidacy.UNDECIDED;
        private Optional<String> candidacyReason = Optional.empty();

        private Builder(String department, InventoryCategory category, DisclosureLevel disclosure) {
            this.department = Objects.requireNonNull(department, "department");
            this.category = Objects.requireNonNull(category, "category");
            this.disclosure = Objects.requireNonNull(disclosure, "disclosure");
        }

        /**
         * @param department the holding department
         * @return this builder
         */
        public Builder department(String department) {
            this.department = Objects.requireNonNull(department, "department");
            return this;
        }

        /**
         * @param category the kind of data
         * @return this builder
         */
        public Builder category(InventoryCategory category) {
            this.category = Objects.requireNonNull(category, "category");
            return this;
        }

        /**
         * @param disclosure who may see the dataset
         * @return this builder
         */
        public Builder disclosure(DisclosureLevel disclosure) {
            this.disclosure = Objects.requireNonNull(disclosure, "disclosure");
            return this;
        }

        /**
         * @param sourceSystem the source system
         * @return this builder
         */
        public Builder sourceSystem(String sourceSystem) {
            this.sourceSystem = Optional.of(sourceSystem);
            return this;
        }

        /**
         * Replaces the data item ids.
         *
         * @param ids the ids
         * @return this builder
         */
        public Builder dataItems(Collection<String> ids) {
            this.dataItems = new ArrayList<>(ids);
            return this;
        }

        /**
         * Adds data item ids.
         *
         * @param ids the ids
         * @return this builder
         */
        public Builder dataItem(String... ids) {
            this.dataItems.addAll(List.of(ids));
            return this;
        }

        /**
         * @param containsPersonalData whether personal data is held
         * @return this builder
         */
        public Builder containsPersonalData(boolean containsPersonalData) {
            this.containsPersonalData = containsPersonalData;
            return this;
        }

        /**
         * @param updateCycle how often the data is updated
         * @return this builder
         */
        public Builder updateCycle(Frequency updateCycle) {
            this.updateCycle = Optional.of(updateCycle);
            return this;
        }

        /**
         * @param retention how long the data is kept, e.g. {@code 5年}
         * @return this builder
         */
        public Builder retention(String retention) {
            this.retention = Optional.of(retention);
            return this;
        }

        /**
         * @param candidacy the open-data candidacy
         * @return this builder
         */
        public Builder candidacy(OpenDataCandidacy candidacy) {
            this.candidacy = Objects.requireNonNull(candidacy, "candidacy");
            return this;
        }

        /**
         * @param reason why the dataset is or is not a candidate
         * @return this builder
         */
        public Builder candidacyReason(String reason) {
            this.candidacyReason = Optional.of(reason);
            return this;
        }

        /**
         * @return the entry
         * @throws IllegalArgumentException if a part is malformed
         */
        public InventoryEntry build() {
            return new InventoryEntry(department, sourceSystem, category, dataItems, containsPersonalData,
                    disclosure, updateCycle, retention, candidacy, candidacyReason);
        }
    }
}
