package io.github.civicdata.examples.metadata;

import io.github.civicdata.metadata.Catalog;
import io.github.civicdata.metadata.DataItemNames;
import io.github.civicdata.metadata.KnownDataItems;
import io.github.civicdata.metadata.KnownTemplates;
import io.github.civicdata.metadata.MetadataJson;
import io.github.civicdata.metadata.RecordChecks;
import io.github.civicdata.metadata.TemplateRef;
import io.github.civicdata.vocab.DataItem;
import io.github.civicdata.vocab.Vocabulary;
import io.github.civicdata.rdf.DcatReader;

/**
 * How an application wires the vocabulary into the metadata checks: core does not know the
 * vocabulary, so the templates that exist, the data item ids that exist and their names are handed
 * over here as plain data.
 */
final class MetadataWiring {

    private MetadataWiring() {
    }

    /**
     * The record checks, with {@code conformsTo} checked against the vocabulary's templates and the
     * inventory's data items against its item ids.
     */
    static RecordChecks checks(Vocabulary vocabulary) {
        KnownTemplates known = KnownTemplates.of(vocabulary.templates().stream()
                .map(t -> TemplateRef.of(t.id(), t.version()))
                .toList());
        KnownDataItems items = KnownDataItems.of(vocabulary.items().stream().map(DataItem::id).toList());
        return RecordChecks.builder().knownTemplates(known).knownDataItems(items).build();
    }

    /** Japanese names of data item ids, for the data-item list. */
    static DataItemNames itemNames(Vocabulary vocabulary) {
        return id -> vocabulary.item(id).map(DataItem::name);
    }

    /** A catalogue loader for JSON records and DCAT files (Turtle, JSON-LD, RDF/XML). */
    static Catalog.Builder catalog(RecordChecks checks) {
        return Catalog.builder()
                .reader(MetadataJson.reader().checks(checks).build())
                .reader(DcatReader.builder().checks(checks).build());
    }
}
