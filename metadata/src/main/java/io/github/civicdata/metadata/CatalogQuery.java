package io.github.civicdata.metadata;

import io.github.civicdata.metadata.internal.JapaneseText;
import java.util.Objects;
import java.util.Optional;

/**
 * What to look for in a {@link Catalog}; every criterion given must match (an empty query matches
 * every record).
 *
 * <ul>
 *   <li>{@code keyword}: every whitespace-separated term occurs in the record's identifier, titles,
 *       descriptions, keywords, theme labels, publisher name, department, source system, data item
 *       ids or distribution titles and formats — compared after Japanese normalisation (NFKC, so
 *       full-width and half-width forms match; katakana folded to hiragana; case ignored).</li>
 *   <li>{@code dataItem}: the inventory holds this data item id (case ignored).</li>
 *   <li>{@code department}: the holding department contains this text (normalised).</li>
 *   <li>{@code license}: the record's licence is this one.</li>
 *   <li>{@code template}: {@code conformsTo} names this template id, or {@code id@version}.</li>
 *   <li>{@code disclosure}: the disclosure level is this one (a record without inventory part is
 *       {@link DisclosureLevel#OPEN}).</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * CatalogQuery q = CatalogQuery.builder().keyword("ﾄｲﾚ").disclosure(DisclosureLevel.OPEN).build();
 * }</pre>
 *
 * @param keyword the search terms
 * @param dataItem a data item id
 * @param department a department name or part of it
 * @param license a licence
 * @param template a template id or {@code id@version}
 * @param disclosure a disclosure level
 */
public record CatalogQuery(Optional<String> keyword, Optional<String> dataItem, Optional<String> department,
        Optional<License> license, Optional<String> template, Optional<DisclosureLevel> disclosure) {

    /**
     * @throws NullPointerException if a part is null
     */
    public CatalogQuery {
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(dataItem, "dataItem");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(license, "license");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(disclosure, "disclosure");
    }

    /**
     * @return a builder of an empty query
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether a record matches every criterion.
     *
     * @param r the record
     * @return {@code true} if it matches
     */
    public boolean matches(DatasetRecord r) {
        if (keyword.isPresent()) {
            String hay = JapaneseText.normalize(searchText(r));
            for (String term : JapaneseText.normalize(keyword.get()).split(" ")) {
                if (!term.isEmpty() && !hay.contains(term)) {
                    return false;
                }
            }
        }
        if (dataItem.isPresent()) {
            String want = JapaneseText.normalize(dataItem.get());
            boolean held = r.inventory().map(i -> i.dataItems().stream()
                    .anyMatch(d -> JapaneseText.normalize(d).equals(want))).orElse(false);
            if (!held) {
                return false;
            }
        }
        if (department.isPresent()) {
            String want = JapaneseText.normalize(department.get());
            if (!r.inventory().map(i -> JapaneseText.normalize(i.department()).contains(want)).orElse(false)) {
                return false;
            }
        }
        if (license.isPresent() && !r.license().equals(license)) {
            return false;
        }
        if (template.isPresent()) {
            String t = template.get();
            boolean ok = r.conformsTo().stream().anyMatch(ref -> t.indexOf('@') >= 0
                    ? ref.toString().equals(t) : ref.id().equals(t));
            if (!ok) {
                return false;
            }
        }
        if (disclosure.isPresent()) {
            DisclosureLevel level = r.inventory().map(InventoryEntry::disclosure).orElse(DisclosureLevel.OPEN);
            if (level != disclosure.get()) {
                return false;
            }
        }
        return true;
    }

    private static String searchText(DatasetRecord r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.identifier()).append('\n').append(r.title().ja()).append('\n');
        r.title().en().ifPresent(e -> sb.append(e).append('\n'));
        r.description().ifPresent(d -> {
            sb.append(d.ja()).append('\n');
            d.en().ifPresent(e -> sb.append(e).append('\n'));
        });
        r.keywords().forEach(k -> sb.append(k).append('\n'));
        r.themes().forEach(t -> sb.append(t.label()).append('\n'));
        r.publisher().name().ifPresent(n -> sb.append(n).append('\n'));
        r.inventory().ifPresent(i -> {
            sb.append(i.department()).append('\n');
            i.sourceSystem().ifPresent(s -> sb.append(s).append('\n'));
            i.dataItems().forEach(d -> sb.append(d).append('\n'));
        });
        for (Distribution d : r.distributions()) {
            d.title().ifPresent(t -> sb.append(t).append('\n'));
            sb.append(d.format()).append('\n');
        }
        return sb.toString();
    }

    /** Builds a {@link CatalogQuery}; not thread-safe. */
    public static final class Builder {
        private Optional<String> keyword = Optional.empty();
        private Optional<String> dataItem = Optional.empty();
        private Optional<String> department = Optional.empty();
        private Optional<License> license = Optional.empty();
        private Optional<String> template = Optional.empty();
        private Optional<DisclosureLevel> disclosure = Optional.empty();

        private Builder() {
        }

        /**
         * @param keyword search terms, separated by spaces
         * @return this builder
         */
        public Builder keyword(String keyword) {
            this.keyword = Optional.of(keyword);
            return this;
        }

        /**
         * @param dataItem a data item id
         * @return this builder
         */
        public Builder dataItem(String dataItem) {
            this.dataItem = Optional.of(dataItem);
            return this;
        }

        /**
         * @param department a department name or part of it
         * @return this builder
         */
        public Builder department(String department) {
            this.department = Optional.of(department);
            return this;
        }

        /**
         * @param license a licence
         * @return this builder
         */
        public Builder license(License license) {
            this.license = Optional.of(license);
            return this;
        }

        /**
         * @param template a template id or {@code id@version}
         * @return this builder
         */
        public Builder template(String template) {
            this.template = Optional.of(template);
            return this;
        }

        /**
         * @param disclosure a disclosure level
         * @return this builder
         */
        public Builder disclosure(DisclosureLevel disclosure) {
            this.disclosure = Optional.of(disclosure);
            return this;
        }

        /**
         * @return the query
         */
        public CatalogQuery build() {
            return new CatalogQuery(keyword, dataItem, department, license, template, disclosure);
        }
    }
}
