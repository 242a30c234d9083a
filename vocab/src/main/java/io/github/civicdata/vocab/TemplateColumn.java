package io.github.civicdata.vocab;

import java.util.Objects;
import java.util.Optional;

/**
 * One column of a {@link DatasetTemplate}: the header as the template spells it, the data item it
 * holds, its obligation (◎/○/blank), whether its values must be unique within a file, and the
 * template's own description and example (記入例) where the source gives them.
 *
 * <p>The header may differ from the item's name where the item has aliases (the 03 指定緊急避難場所一覧
 * column {@code 名称_英字} holds the item {@code name-en}, named {@code 名称_英語}). Examples are
 * copied from the source and may be placeholders such as {@code ○○駅}; the item's own example is
 * a valid value.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * for (TemplateColumn c : template.columns()) {
 *     System.out.println(c.header() + " " + c.obligation().mark());
 * }
 * }</pre>
 *
 * @param header the column header
 * @param item the data item
 * @param obligation whether the column is required, recommended or optional
 * @param unique whether values must be unique within a file
 * @param description the template's description of the column
 * @param example the template's example value
 * @param provenance where the column's definition comes from ({@link Provenance#SOURCE} for columns
 *     of a definition book)
 */
public record TemplateColumn(
        String header,
        DataItem item,
        Obligation obligation,
        boolean unique,
        Optional<String> description,
        Optional<String> example,
        Provenance provenance) {

    /**
     * Validates the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the header is blank
     */
    public TemplateColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(obligation, "obligation");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(example, "example");
        Objects.requireNonNull(provenance, "provenance");
        if (header.isBlank()) {
            throw new IllegalArgumentException("column header is blank");
        }
    }

    /**
     * A column defined by its template's source ({@link Provenance#SOURCE}).
     *
     * @param header the header
     * @param item the item
     * @param obligation the obligation
     * @param unique whether values are unique
     * @param description the template's description
     * @param example the template's example
     */
    public TemplateColumn(String header, DataItem item, Obligation obligation, boolean unique,
            Optional<String> description, Optional<String> example) {
        this(header, item, obligation, unique, description, example, Provenance.SOURCE);
    }

    /**
     * A column with no description or example.
     *
     * @param header the header
     * @param item the item
     * @param obligation the obligation
     * @param unique whether values are unique
     * @return the column
     */
    public static TemplateColumn of(String header, DataItem item, Obligation obligation, boolean unique) {
        return new TemplateColumn(header, item, obligation, unique, Optional.empty(), Optional.empty());
    }
}
