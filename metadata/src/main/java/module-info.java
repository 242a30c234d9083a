/**
 * civicdata metadata: dataset records and the data inventory ({@link
 * io.github.civicdata.metadata.DatasetRecord}), their JSON form and JSON Schema, the catalogue
 * ({@link io.github.civicdata.metadata.Catalog}) and the CKAN import.
 *
 * <p>Everit JSON Schema and org.json have no module descriptor: they are automatic modules
 * ({@code everit.json.schema}, derived from the jar's file name, and {@code org.json}).
 * {@code io.github.civicdata.metadata.internal} is shared with {@code civicdata-rdf} only.
 */
@SuppressWarnings({"module", "requires-automatic"})
module io.github.civicdata.metadata {
    requires transitive io.github.civicdata.core;
    requires org.slf4j;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires everit.json.schema;
    requires org.json;

    exports io.github.civicdata.metadata;
    exports io.github.civicdata.metadata.internal to io.github.civicdata.rdf;

    provides io.github.civicdata.core.MessageBundle with io.github.civicdata.metadata.MetadataMessages;
}
