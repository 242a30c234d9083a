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
 * Vocabulary.standard().matchHeader("fullNameInKana").orElseThrow().kind(); // ENGLISH
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
        /**
         * The header is the item's name where the template spells the column otherwise, one of the
         * item's listed aliases (e.g. {@code 名称_英字}), or a Japanese spelling observed in
         * published files and listed in the vocabulary's header aliases (e.g. {@code TEL}).
         */
        ALIAS,
        /**
         * The header equals the name or an alias after normalisation: NFKC (half-width katakana,
         * full-width letters, digits and brackets), white space, case, a leading numbering and
         * punctuation ignored ({@code 名称（カナ）} for {@code 名称_カナ}), or a trailing note in
         * brackets dropped ({@code 問い合わせ先（市の担当課）}).
         */
        NORMALIZED,
        /**
         * The header is an English or property name of the item: its id ({@code name-kana}), its
         * English name ({@code Telephone number}), or a listed English alias ({@code prefCode},
         * {@code fullNameInKana}, LinkData and official physical names), in any case and with
         * any of {@code _ - .} and spaces.
         */
        ENGLISH,
        /**
         * Only within a template: the header differs from a column's name or alias by one
         * letter or two swapped letters ({@code iamgeLicense}), never by a digit or a kanji.
         */
        SIMILAR
    }
}
