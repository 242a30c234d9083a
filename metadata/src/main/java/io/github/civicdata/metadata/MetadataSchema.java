package io.github.civicdata.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas (draft-07) of the record types, published in the jar so that other tools can
 * validate record files too.
 *
 * <p>{@link #DATASET_RECORD} references {@link #INVENTORY_ENTRY} by its {@code $id}; both
 * {@code $id}s are under {@code https://civicdata.github.io/schemas/metadata/}. The library never
 * fetches them from the network: they are read from the jar.
 *
 * <p>Immutable and thread-safe (an enum).
 *
 * <pre>{@code
 * String schema = MetadataSchema.DATASET_RECORD.text();
 * String path = MetadataSchema.DATASET_RECORD.resourcePath(); // for getResourceAsStream
 * }</pre>
 */
public enum MetadataSchema {
    /** The schema of a {@link DatasetRecord} file. */
    DATASET_RECORD("dataset-record.schema.json"),
    /** The schema of the {@code inventory} member ({@link InventoryEntry}). */
    INVENTORY_ENTRY("inventory-entry.schema.json");

    private final String fileName;

    MetadataSchema(String fileName) {
        this.fileName = fileName;
    }

    /**
     * @return the schema's {@code $id}
     */
    public String id() {
        return JsonSchemaCheck.BASE + fileName;
    }

    /**
     * @return the class-path resource, e.g. {@code /io/github/civicdata/metadata/dataset-record.schema.json}
     */
    public String resourcePath() {
        return JsonSchemaCheck.RESOURCE_DIR + fileName;
    }

    /**
     * The schema document.
     *
     * @return the JSON text
     * @throws UncheckedIOException if the jar is damaged
     */
    public String text() {
        try (InputStream in = MetadataSchema.class.getResourceAsStream(resourcePath())) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + resourcePath()));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
