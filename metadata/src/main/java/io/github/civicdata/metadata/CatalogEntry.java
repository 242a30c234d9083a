package io.github.civicdata.metadata;

import java.util.Objects;

/**
 * One record of a {@link Catalog} with the file it was read from.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * for (CatalogEntry e : catalog.search(query)) {
 *     System.out.println(e.source() + " " + e.record().title().ja());
 * }
 * }</pre>
 *
 * @param source the file the record was read from (as the directory was given, joined with the
 *     file's relative path), or the name given when the record was added in code
 * @param record the record
 */
public record CatalogEntry(String source, DatasetRecord record) {

    /**
     * @throws NullPointerException if a part is null
     */
    public CatalogEntry {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(record, "record");
    }
}
