package io.github.civicdata.validation;

/**
 * Checks of values that need domain knowledge (dates and eras, region codes and names), kept
 * behind an interface so that the table processor does not depend on how they are implemented.
 *
 * <p>Implementations are stateless and thread-safe.
 */
interface ValueSemantics {

    /** Kind of region column. */
    enum Region { NONE, CODE, PREFECTURE, MUNICIPALITY, LATITUDE, LONGITUDE }

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

    /** The standard template a header most likely follows ({@code template.detected}), or null. */
    default Issue detectTemplate(String[] header) {
        return null;
    }
}
