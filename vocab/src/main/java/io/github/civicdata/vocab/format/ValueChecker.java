package io.github.civicdata.vocab.format;

/**
 * A compiled check of one format or one data item's constraints, applied to cell values.
 *
 * <p>Implementations are immutable, thread-safe, never throw because of the value, and allocate
 * nothing for valid values of the common formats. Blank values ({@code ""}) are valid: presence is
 * the template column's obligation.
 *
 * <pre>{@code
 * ValueChecker lat = FormatChecks.standard().checker(item);
 * for (String cell : column) {
 *     FormatResult r = lat.check(cell);
 * }
 * }</pre>
 */
@FunctionalInterface
public interface ValueChecker {

    /**
     * Checks a value.
     *
     * @param value the cell text, not null
     * @return the result
     */
    FormatResult check(CharSequence value);
}
