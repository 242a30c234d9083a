/**
 * CSV on the Web (W3C CSVW): validation of tabular data against its metadata and conversion to RDF
 * and JSON, without any RDF library. Entry point: {@link
 * io.github.civicdata.validation.csvw.CsvwProcessor} ({@code CsvwProcessor.builder()…build()}),
 * which takes a {@link io.github.civicdata.validation.csvw.CsvwInput} (a CSV file, a metadata
 * file, or both) and returns a {@link io.github.civicdata.validation.csvw.CsvwResult} with a
 * {@link io.github.civicdata.core.Report} of {@code csvw.*} findings ({@link
 * io.github.civicdata.validation.csvw.CsvwRules}); conversions stream {@link
 * io.github.civicdata.validation.csvw.RdfTriple}s or write JSON. Documents are read through a
 * {@link io.github.civicdata.validation.csvw.CsvwResolver} (local files by default, never the
 * network).
 *
 * <p>Implemented: the metadata vocabulary (normalisation, inherited properties, common properties
 * with their JSON-LD restrictions, warnings and errors with JSON pointers), locating metadata, the
 * dialect-driven CSV parser with embedded metadata, the built-in datatypes with number, date/time
 * and boolean formats and their constraints, table groups with primary and foreign keys and row
 * titles, and standard and minimal conversion. Not implemented: transformations are checked but not
 * run; HTML tables are not read; JSON, XML and HTML cell values are not parsed (the specification
 * says they should not be); right-to-left display is not modelled.
 *
 * <p>Everything else in this package is implementation (package-private). Measured on the W3C CSVW
 * test suite, offline: see docs/validation.md.
 */
package io.github.civicdata.validation.csvw;
