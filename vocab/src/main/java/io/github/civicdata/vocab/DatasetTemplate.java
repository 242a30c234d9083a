package io.github.civicdata.vocab;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A dataset template: the ordered columns a standard dataset (or a city's own dataset) must have,
 * e.g. 公衆トイレ一覧 of the 自治体標準オープンデータセット.
 *
 * <p>Templates are identified by {@code id} and {@code version}. Shipped ids are English slugs
 * ({@code public-toilet}); versions name the edition: {@code 2021-suisho} for the legacy
 * 推奨データセット 基本編 and {@code 2026-08} for the current 自治体標準オープンデータセット（正式版）,
 * whose newest definition book seen is データ項目定義書A 第3.09版 of 2026-08-01. Both editions of a
 * dataset coexist. {@link #confidence()}, {@link #complete()} and {@link #source()} say how far the
 * definition can be trusted: check {@link #complete()} before reporting unexpected columns.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * DatasetTemplate t = Vocabulary.standard().template("public-toilet").orElseThrow();
 * t.version();                       // 2026-08
 * t.column("名称_ｶﾅ").orElseThrow(); // matched despite half-width katakana
 * }</pre>
 *
 * @param id the stable id (lower-case words joined by {@code -})
 * @param version the edition or version
 * @param name the Japanese name
 * @param nameEn the English name
 * @param number the dataset number in its edition's numbering ({@code 13}), if any
 * @param edition a description of the edition
 * @param confidence how far the source can be trusted
 * @param complete {@code false} if only some columns are known
 * @param description the description of the dataset (may be empty)
 * @param source where the definition comes from
 * @param licence the licence of the definition
 * @param columns the columns, in order
 * @param companion the second file of a two-file dataset and the column joining them, if any
 */
public record DatasetTemplate(
        String id,
        String version,
        String name,
        String nameEn,
        Optional<String> number,
        String edition,
        Confidence confidence,
        boolean complete,
        String description,
        String source,
        String licence,
        List<TemplateColumn> columns,
        Optional<Companion> companion) {

    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the id or version is malformed, the name or English
     *     name is blank, there are no columns, or two headers are the same (after normalising
     *     half-width katakana, full-width brackets and white space)
     */
    public DatasetTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(licence, "licence");
        columns = List.copyOf(columns);
        Objects.requireNonNull(companion, "companion");
        if (!DataItem.isValidId(id)) {
            throw new IllegalArgumentException("template id must be lower-case words joined by '-': " + id);
        }
        if (!VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("template " + id + ": malformed version: " + version);
        }
        if (name.isBlank() || nameEn.isBlank()) {
            throw new IllegalArgumentException("template " + id + ": name and nameEn must not be blank");
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("template " + id + ": no columns");
        }
        Set<String> seen = new HashSet<>();
        for (TemplateColumn c : columns) {
            if (!seen.add(HeaderKeys.key(c.header()))) {
                throw new IllegalArgumentException("template " + id + ": duplicate header " + c.header());
            }
        }
        if (companion.isPresent() && !hasHeader(columns, companion.get().key())) {
            throw new IllegalArgumentException("template " + id + ": the companion key " + companion.get().key()
                    + " is not one of its columns");
        }
    }

    private static boolean hasHeader(List<TemplateColumn> columns, String header) {
        for (TemplateColumn c : columns) {
            if (c.header().equals(header)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A template without a companion file.
     *
     * @param id the id
     * @param version the version
     * @param name the Japanese name
     * @param nameEn the English name
     * @param number the dataset number
     * @param edition the edition
     * @param confidence the confidence
     * @param complete whether every column is known
     * @param description the description
     * @param source the source
     * @param licence the licence
     * @param columns the columns
     */
    public DatasetTemplate(String id, String version, String name, String nameEn, Optional<String> number,
            String edition, Confidence confidence, boolean complete, String description, String source,
            String licence, List<TemplateColumn> columns) {
        this(id, version, name, nameEn, number, edition, confidence, complete, description, source, licence, columns,
                Optional.empty());
    }

    /**
     * The second file of a two-file dataset (施設・設備分離型: a dataset file and the shared 施設 file) and
     * the column that joins them: every key of a file of this template must be a key of the companion
     * file. Immutable.
     *
     * @param template the companion's template, {@code id@version}
     * @param key the joining column's header, in both templates ({@code 施設_ID})
     */
    public record Companion(String template, String key) {

        /**
         * @throws NullPointerException if a part is null
         * @throws IllegalArgumentException if a part is blank
         */
        public Companion {
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(key, "key");
            if (template.isBlank() || key.isBlank()) {
                throw new IllegalArgumentException("companion template and key must not be blank");
            }
        }
    }

    /**
     * The template's provenance in a few words: its confidence, and for a template of observed
     * names how many columns each kind of source defines ({@code observed: derived-gif 12,
     * observed 4}).
     *
     * @return the provenance
     */
    public String provenance() {
        java.util.Map<Provenance, Integer> n = new java.util.EnumMap<>(Provenance.class);
        for (TemplateColumn c : columns) {
            n.merge(c.provenance(), 1, Integer::sum);
        }
        String conf = confidence.name().toLowerCase(java.util.Locale.ROOT);
        if (n.keySet().equals(Set.of(Provenance.SOURCE))) {
            return conf;
        }
        StringBuilder sb = new StringBuilder(conf).append(':');
        String sep = " ";
        for (java.util.Map.Entry<Provenance, Integer> e : n.entrySet()) {
            sb.append(sep).append(e.getKey().label()).append(' ').append(e.getValue());
            sep = ", ";
        }
        return sb.toString();
    }

    /**
     * {@code id@version}, e.g. {@code public-toilet@2026-08}.
     *
     * @return the key
     */
    public String key() {
        return id + "@" + version;
    }

    /**
     * The headers in order.
     *
     * @return the headers
     */
    public List<String> headers() {
        return columns.stream().map(TemplateColumn::header).toList();
    }

    /**
     * The column with header {@code header}: an exact match first, then a column whose item has
     * {@code header} as an alias, then a match after normalising half-width katakana, full-width
     * letters, digits and brackets (NFKC) and removing white space.
     *
     * @param header the header as found in a file
     * @return the column, or empty
     */
    public Optional<TemplateColumn> column(String header) {
        for (TemplateColumn c : columns) {
            if (c.header().equals(header)) {
                return Optional.of(c);
            }
        }
        for (TemplateColumn c : columns) {
            if (c.item().aliases().contains(header) || c.item().name().equals(header)) {
                return Optional.of(c);
            }
        }
        String key = HeaderKeys.key(header);
        for (TemplateColumn c : columns) {
            if (HeaderKeys.key(c.header()).equals(key)) {
                return Optional.of(c);
            }
            for (String n : c.item().names()) {
                if (HeaderKeys.key(n).equals(key)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }
}
