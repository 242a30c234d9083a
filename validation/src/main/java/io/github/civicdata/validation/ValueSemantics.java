package io.github.civicdata.validation;

/**
 * What the table processor asks of the vocabulary: the notation of dates and eras (L3-05), region
 * codes and names (L3-06, also ward names without their city), whether a column name names a data
 * item (evidence for the header row and for LinkData label rows), and which standard template a
 * header follows ({@code template.detected}). The methods answer "nothing known" by default, so
 * that {@link #NONE} lets the processor run (and be tested) without a vocabulary.
 *
 * <p>The one implementation with knowledge is {@link VocabSemantics}; the cell checks also call its
 * static pre-filter {@link VocabSemantics#looksLikeDate} directly, before asking {@link #date}.
 *
 * <p>Implementations hold their lookup tables read-only after construction and are thread-safe.
 */
interface ValueSemantics {

    /**
     * Kind of column whose values get a domain check: region codes and names, coordinates, and
     * the codes whose leading zeros carry meaning (phone numbers with their area code, postal
     * codes).
     */
    enum Region {
        NONE, CODE, PREFECTURE, MUNICIPALITY, LATITUDE, LONGITUDE, PHONE, POSTAL_CODE,
        /** A zero-padded code column found from its values ({@link CodeWidths}), not from its name. */
        PADDED_CODE;

        /**
         * Whether the check covers the value's whole format (so a template need not check it
         * again); phone numbers and postal codes are only checked for lost leading zeros.
         */
        boolean checksWholeFormat() {
            return this != PHONE && this != POSTAL_CODE && this != PADDED_CODE;
        }
    }

    /** Semantics that know nothing: no date or region findings. */
    ValueSemantics NONE = new ValueSemantics() {
    };

    /**
     * L3-05: a problem with a cell that is entirely a date (和暦 without 西暦, a non-ISO notation),
     * or null.
     */
    default Issue date(String trimmed) {
        return null;
    }

    /** Whether a header names a region column, judged by its name. */
    default Region regionColumn(String header) {
        return Region.NONE;
    }

    /** Whether a header names a data item of the vocabulary (in any spelling). */
    default boolean namesItem(String header) {
        return false;
    }

    /** L3-06: a problem with a region code or name, or null. */
    default Issue region(Region kind, String trimmed) {
        return null;
    }

    /**
     * Whether a region value is certainly fine without a closer look (a fast path that must
     * never hide a problem: false means "check it").
     */
    default boolean quickValid(Region kind, CharSequence value) {
        return false;
    }

    /**
     * Whether {@link #region} certainly finds nothing in a trimmed value (a fast path for the
     * fixer, which must never hide a problem: false means "check it"). Unlike {@link #quickValid}
     * it does not say that the value's whole format was checked: a phone number that cannot have
     * lost its leading zero passes here, and a template still checks its spelling.
     */
    default boolean regionFindsNothing(Region kind, CharSequence trimmed) {
        return quickValid(kind, trimmed);
    }

    /**
     * L3-06 for a whole column: ward names of designated cities written without their city
     * ({@code 東区} for {@code 福岡市東区}), judged from the column's distinct values and their
     * counts; null when the column is not such a column.
     */
    default Issue wardsWithoutCity(java.util.Map<String, Long> values) {
        return null;
    }

    /** Whether a column name is a known data item (a header-row signal), judged by its name. */
    default boolean knownHeader(String name) {
        return false;
    }

    /**
     * The standard template a header most likely follows ({@code template.detected}) and how its
     * columns were mapped ({@code template.mapping}), or nothing.
     *
     * @param header the column names
     * @param otherNames each column's other names (LinkData label rows, the rows of a two-row
     *     header)
     */
    default java.util.List<Issue> detectTemplate(String[] header, java.util.List<java.util.List<String>> otherNames) {
        return java.util.List.of();
    }
}
