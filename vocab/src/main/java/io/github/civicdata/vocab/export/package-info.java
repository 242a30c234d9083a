/**
 * Schema exports of dataset templates. Entry point:
 * {@link io.github.civicdata.vocab.export.TemplateExports#export(io.github.civicdata.vocab.export.ExportFormat,
 * io.github.civicdata.vocab.DatasetTemplate)} with an {@link io.github.civicdata.vocab.export.ExportFormat}:
 * JSON Schema draft-07, Frictionless Table Schema, W3C CSVW metadata (the template as SKOS/Turtle
 * is in {@code civicdata-rdf}).
 */
package io.github.civicdata.vocab.export;
