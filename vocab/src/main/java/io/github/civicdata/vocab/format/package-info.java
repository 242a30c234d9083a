/**
 * Reusable, allocation-light checks of cell values. Entry point:
 * {@link io.github.civicdata.vocab.format.FormatChecks} ({@code FormatChecks.standard().checker(item)}),
 * returning {@link io.github.civicdata.vocab.format.FormatResult}s that never throw for bad data.
 * {@link io.github.civicdata.vocab.format.JapaneseDates} converts between 和暦 and 西暦.
 */
package io.github.civicdata.vocab.format;
