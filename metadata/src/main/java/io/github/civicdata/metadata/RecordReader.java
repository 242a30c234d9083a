package io.github.civicdata.metadata;

import java.nio.file.Path;

/**
 * Reads record files of one format into {@link DatasetRecord}s, reporting every problem as a
 * finding: a reader never throws because a file's content is bad, nor because it cannot be read
 * (rule {@code metadata.file-unreadable}).
 *
 * <p>Implementations: {@link MetadataJson#reader()} (the JSON form), {@link CkanImport#reader()}
 * (CKAN {@code package_show} JSON), and the DCAT reader of {@code civicdata-vocab} (Turtle, JSON-LD,
 * RDF/XML). A {@link Catalog} is given the readers to use.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * <pre>{@code
 * RecordReader reader = MetadataJson.reader().checks(RecordChecks.standard()).build();
 * if (reader.accepts(file)) {
 *     RecordReadResult r = reader.read(file);
 * }
 * }</pre>
 */
public interface RecordReader {

    /**
     * Whether this reader reads files with this name (by extension, e.g. {@code .json}).
     *
     * @param file the file
     * @return {@code true} if the reader handles it
     */
    boolean accepts(Path file);

    /**
     * Reads a file; the source name in findings is {@code file} as given.
     *
     * @param file the file
     * @return the records and findings
     */
    RecordReadResult read(Path file);

    /**
     * Reads content already in memory.
     *
     * @param content the bytes of the file
     * @param source the source name used in findings
     * @return the records and findings
     */
    RecordReadResult read(byte[] content, String source);
}
