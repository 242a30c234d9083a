package io.github.civicdata.vocab;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One data item of the shared vocabulary: a concept such as 緯度 or 名称_カナ with the Japanese name
 * used as a column header, its English name, definition, datatype, format constraints, an example
 * value and, where known, its IMI 共通語彙基盤 path and property IRI and its GIF path.
 *
 * <p>The id is stable API (lower-case ASCII words joined by {@code -}, e.g. {@code latitude},
 * {@code name-kana}, {@code located-local-government-code}). Aliases are other header spellings
 * that the standard or observed practice uses for the same item (e.g. {@code 名称_英字} for
 * {@code 名称_英語}); they are listed, never guessed. The IMI path and GIF path of the shipped
 * items are those of the 13 公衆トイレ一覧 sheet of データ項目定義書A, where the item occurs there;
 * the IMI IRI is the {@code ic:} property at the end of that path.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * DataItem lat = Vocabulary.standard().item("latitude").orElseThrow();
 * lat.name();        // 緯度
 * lat.constraints(); // LATITUDE, -90..90
 * }</pre>
 *
 * @param id the stable id
 * @param name the Japanese name as used in column headers
 * @param aliases other header spellings of the same item
 * @param nameEn the English name
 * @param definition the definition (Japanese)
 * @param datatype the value type
 * @param constraints the format constraints
 * @param example an example value that passes the item's checks
 * @param imiPath the IMI 共通語彙基盤 path, e.g. {@code 施設>地理座標>緯度}
 * @param imiIri the IMI property IRI, e.g. {@code http://imi.go.jp/ns/core/rdf#緯度}
 * @param gifPath the GIF data-model path
 */
public record DataItem(
        String id,
        String name,
        List<String> aliases,
        String nameEn,
        String definition,
        Datatype datatype,
        FormatConstraints constraints,
        Optional<String> example,
        Optional<String> imiPath,
        Optional<String> imiIri,
        Optional<String> gifPath) {

    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the id is not lower-case words joined by {@code -}, or
     *     the name or English name is blank
     */
    public DataItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(datatype, "datatype");
        Objects.requireNonNull(constraints, "constraints");
        Objects.requireNonNull(example, "example");
        Objects.requireNonNull(imiPath, "imiPath");
        Objects.requireNonNull(imiIri, "imiIri");
        Objects.requireNonNull(gifPath, "gifPath");
        if (!isValidId(id)) {
            throw new IllegalArgumentException("item id must be lower-case words joined by '-': " + id);
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("item " + id + ": name is blank");
        }
        if (nameEn.isBlank()) {
            throw new IllegalArgumentException("item " + id + ": nameEn is blank");
        }
    }

    /**
     * Whether {@code id} is a valid item id.
     *
     * @param id the candidate
     * @return {@code true} if it is lower-case ASCII words joined by {@code -}
     */
    public static boolean isValidId(String id) {
        // [a-z0-9]+(?:-[a-z0-9]+)* by hand: the standard vocabulary checks 580 ids on every start
        if (id.isEmpty() || id.charAt(0) == '-' || id.charAt(id.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '-') {
                if (id.charAt(i - 1) == '-') {
                    return false;
                }
            } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The name followed by the aliases.
     *
     * @return every header spelling of this item
     */
    public List<String> names() {
        List<String> all = new ArrayList<>(1 + aliases.size());
        all.add(name);
        all.addAll(aliases);
        return List.copyOf(all);
    }

    /**
     * Starts a builder for an item with a STRING datatype and no constraints.
     *
     * @param id the stable id
     * @param name the Japanese header name
     * @param nameEn the English name
     * @return a new builder
     */
    public static Builder builder(String id, String name, String nameEn) {
        return new Builder(id, name, nameEn);
    }

    /** Builds a {@link DataItem}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private final String name;
        private final String nameEn;
        private final List<String> aliases = new ArrayList<>();
        private String definition = "";
        private Datatype datatype = Datatype.STRING;
        private FormatConstraints constraints = FormatConstraints.none();
        private String example;
        private String imiPath;
        private String imiIri;
        private String gifPath;

        private Builder(String id, String name, String nameEn) {
            this.id = id;
            this.name = name;
            this.nameEn = nameEn;
        }

        /**
         * @param alias another header spelling
         * @return this builder
         */
        public Builder alias(String alias) {
            aliases.add(Objects.requireNonNull(alias, "alias"));
            return this;
        }

        /**
         * @param definition the definition
         * @return this builder
         */
        public Builder definition(String definition) {
            this.definition = Objects.requireNonNull(definition, "definition");
            return this;
        }

        /**
         * @param datatype the datatype
         * @return this builder
         */
        public Builder datatype(Datatype datatype) {
            this.datatype = Objects.requireNonNull(datatype, "datatype");
            return this;
        }

        /**
         * @param constraints the constraints
         * @return this builder
         */
        public Builder constraints(FormatConstraints constraints) {
            this.constraints = Objects.requireNonNull(constraints, "constraints");
            return this;
        }

        /**
         * @param example an example value
         * @return this builder
         */
        public Builder example(String example) {
            this.example = Objects.requireNonNull(example, "example");
            return this;
        }

        /**
         * @param imiPath the IMI path
         * @return this builder
         */
        public Builder imiPath(String imiPath) {
            this.imiPath = Objects.requireNonNull(imiPath, "imiPath");
            return this;
        }

        /**
         * @param imiIri the IMI property IRI
         * @return this builder
         */
        public Builder imiIri(String imiIri) {
            this.imiIri = Objects.requireNonNull(imiIri, "imiIri");
            return this;
        }

        /**
         * @param gifPath the GIF path
         * @return this builder
         */
        public Builder gifPath(String gifPath) {
            this.gifPath = Objects.requireNonNull(gifPath, "gifPath");
            return this;
        }

        /**
         * @return the item
         * @throws IllegalArgumentException if a part is invalid (see the record)
         */
        public DataItem build() {
            return new DataItem(id, name, aliases, nameEn, definition, datatype, constraints,
                    Optional.ofNullable(example), Optional.ofNullable(imiPath), Optional.ofNullable(imiIri),
                    Optional.ofNullable(gifPath));
        }
    }
}
