/**
 * Streaming validation of CSV, TSV and XLSX files against the machine-readability rules
 * (行政データにおける機械可読性に関するルール, {@code L1-01} … {@code L3-09}) and, optionally, a
 * standard dataset template or a table schema. Entry point: {@link
 * io.github.civicdata.validation.Validator} ({@code Validator.builder()…build().validate(path)}),
 * which returns a {@link io.github.civicdata.core.Report}; {@link
 * io.github.civicdata.validation.ValidationRules} lists every rule with its aliases and mode.
 *
 * <p>Everything else in this package is implementation (package-private): the reporting decoder,
 * the CSV tokenizer, the XLSX reader, the table processor with its bounded look-ahead and
 * look-behind, and the adapters over the vocab module's checks.
 */
package io.github.civicdata.validation;
