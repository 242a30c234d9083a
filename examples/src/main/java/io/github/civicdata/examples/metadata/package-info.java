/**
 * Runnable examples of dataset metadata and the data catalogue. Entry points: {@link
 * io.github.civicdata.examples.metadata.BuildRecordExample} (build and check a record in code),
 * {@link io.github.civicdata.examples.metadata.ValidateCatalogExample} (validate a directory),
 * {@link io.github.civicdata.examples.metadata.SearchCatalogExample} (search),
 * {@link io.github.civicdata.examples.metadata.ExportDcatExample} (export DCAT and the data-item
 * list) and {@link io.github.civicdata.examples.metadata.CkanImportExample} (import a CKAN package).
 * They run on {@code examples/data/catalog} and {@code examples/data/ckan}.
 */
package io.github.civicdata.examples.metadata;
