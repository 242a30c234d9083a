package io.github.civicdata.vocab;

import java.util.Objects;

/**
 * The data item a column header names, and how the header matched it.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * HeaderMatch m = Vocabulary.standard().matchHeader("名称_ｶﾅ").orElseThrow();
 * m.kind(); // NORMALIZED: half-width katakana
 * }</pre>
 *
 * @param item the item
 * @param kind how the header matched
 */
public record HeaderMatch(DataItem item, Kind kind) {

    /**
     * @throws NullPointerException if a part is null
     */
    public HeaderMatch {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(kind, "kind");
    }

    /** How a header matched an item. */
    public enum Kind {
        /** The header is the item's name. */
        EXACT,
        /** The header is one of the item's listed aliases (e.g. {@code 名称_英字}). */
        ALIAS,
        /**
         * The header equals the name or an alias after NFKC normalisation (half-width katakana,
         * full-width letters, digits and brackets) and removal of white space.
         */
        NORMALIZED
    }
}
