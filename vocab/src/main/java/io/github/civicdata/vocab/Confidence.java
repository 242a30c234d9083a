package io.github.civicdata.vocab;

/**
 * How far a shipped template can be trusted, by the kind of source it was built from.
 *
 * <p>Immutable.
 *
 * <pre>{@code
 * if (template.confidence() == Confidence.OBSERVED) { log.warn("header names only"); }
 * }</pre>
 */
public enum Confidence {
    /** Read from the official definition book or a faithful rendering of it. */
    OFFICIAL,
    /** A third party's machine-readable extraction of an official document. */
    DERIVED,
    /** Only seen in published municipal files or tools: names and order, not obligations or formats. */
    OBSERVED,
    /** Defined by the user (a city's own template). */
    LOCAL
}
