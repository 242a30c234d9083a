package io.github.civicdata.validation.csvw;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link CsvwResolver} found at a URL: a way to open its content, and what an HTTP server
 * would have said about it (the media type of its {@code Content-Type} header, its {@code Link}
 * headers), which CSVW uses to choose a dialect and to locate metadata.
 *
 * <p>Immutable and thread-safe if the opener is.
 *
 * <pre>{@code
 * CsvwResource r = CsvwResource.of(Path.of("data.csv"))
 *         .withLinks(List.of("<data.csv-metadata.json>; rel=\"describedby\""));
 * }</pre>
 *
 * @param opener opens the content (each call a new stream)
 * @param contentType the media type with its parameters, e.g. {@code text/csv;charset=UTF-8}
 * @param links the values of the {@code Link} headers, in order
 */
public record CsvwResource(Opener opener, Optional<String> contentType, List<String> links) {

    /** Opens the content of a resource. */
    @FunctionalInterface
    public interface Opener {
        /**
         * @return a new stream over the content, which the caller closes
         * @throws IOException if it cannot be read
         */
        InputStream open() throws IOException;
    }

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public CsvwResource {
        Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(contentType, "contentType");
        links = List.copyOf(links);
    }

    /**
     * A local file, without headers.
     *
     * @param file the file
     * @return the resource
     */
    public static CsvwResource of(Path file) {
        Objects.requireNonNull(file, "file");
        return new CsvwResource(() -> Files.newInputStream(file), Optional.empty(), List.of());
    }

    /**
     * Bytes in memory, without headers.
     *
     * @param content the bytes (copied)
     * @return the resource
     */
    public static CsvwResource of(byte[] content) {
        byte[] copy = content.clone();
        return new CsvwResource(() -> new ByteArrayInputStream(copy), Optional.empty(), List.of());
    }

    /**
     * @param type the media type, e.g. {@code text/tab-separated-values}
     * @return a copy with this content type
     */
    public CsvwResource withContentType(String type) {
        return new CsvwResource(opener, Optional.of(type), links);
    }

    /**
     * @param linkHeaders the {@code Link} header values
     * @return a copy with these links
     */
    public CsvwResource withLinks(List<String> linkHeaders) {
        return new CsvwResource(opener, contentType, linkHeaders);
    }
}
