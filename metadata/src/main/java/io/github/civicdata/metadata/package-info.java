/**
 * Dataset metadata records and the data catalogue. Entry points: {@link
 * io.github.civicdata.metadata.DatasetRecord#builder DatasetRecord.builder} (a DCAT 3 /
 * DCAT-AP aligned record with its {@link io.github.civicdata.metadata.InventoryEntry
 * inventory part}), {@link io.github.civicdata.metadata.MetadataJson} (the JSON form: write,
 * and read with JSON Schema validation), {@link io.github.civicdata.metadata.RecordChecks}
 * (consistency checks JSON Schema cannot express), {@link
 * io.github.civicdata.metadata.Catalog} (load a directory, search, data-item list) and {@link
 * io.github.civicdata.metadata.CkanImport} (CKAN {@code package_show} import).
 *
 * <p>Everything that reads a file reports problems as {@link io.github.civicdata.core.Finding}s
 * with the rule ids of {@link io.github.civicdata.metadata.MetadataRules} and never throws
 * for bad content. The RDF (DCAT) forms and SHACL shapes are in {@code civicdata-vocab}, package
 * {@code io.github.civicdata.rdf}.
 */
package io.github.civicdata.metadata;
