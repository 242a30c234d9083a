package io.github.civicdata.validation.csvw;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a CSVW processor gets the documents that URLs name: tables, metadata, referenced schemas
 * and dialects. The processor never uses the network itself: a URL this resolver does not
 * {@linkplain #fetches(String) fetch} is reported ({@code csvw.remote}) and not read.
 *
 * <p>{@link #localFiles()} reads {@code file:} URLs only. Tests and embedding applications map
 * other URLs (an offline copy of a web site, an HTTP client they trust) by implementing this
 * interface; what an HTTP server would add (media type, {@code Link} headers, the site-wide
 * {@code /.well-known/csvm} configuration) is part of the answer.
 *
 * <p>Implementations must be thread-safe if the processor is used from several threads.
 *
 * <pre>{@code
 * CsvwResolver offline = new CsvwResolver() {
 *     public boolean fetches(String url) { return url.startsWith("https://example.org/"); }
 *     public Optional<CsvwResource> resolve(String url) {
 *         Path p = mirror.resolve(url.substring("https://example.org/".length()));
 *         return Files.isRegularFile(p) ? Optional.of(CsvwResource.of(p)) : Optional.empty();
 *     }
 * };
 * }</pre>
 */
public interface CsvwResolver {

    /** The site-wide default of the specification: {@code {+url}-metadata.json}, then {@code csv-metadata.json}. */
    List<String> DEFAULT_LOCATIONS = List.of("{+url}-metadata.json", "csv-metadata.json");

    /**
     * Whether this resolver reads URLs like this one; the processor reports the others as not
     * fetched instead of calling {@link #resolve(String)}.
     *
     * @param url an absolute URL
     * @return whether it may be resolved
     */
    boolean fetches(String url);

    /**
     * The document at a URL (without its fragment).
     *
     * @param url an absolute URL that {@link #fetches(String)} accepts
     * @return the document, or empty when there is none (HTTP 404, no such file)
     * @throws IOException if it exists but cannot be read
     */
    Optional<CsvwResource> resolve(String url) throws IOException;

    /**
     * The URI templates of the site-wide location configuration that applies to a table's URL
     * (the lines of {@code /.well-known/csvm} on its site), tried in order to locate metadata.
     *
     * @param url the table's URL
     * @return the templates; by default {@link #DEFAULT_LOCATIONS}
     */
    default List<String> siteWideLocations(String url) {
        return DEFAULT_LOCATIONS;
    }

    /**
     * Reads {@code file:} URLs from the local file system and nothing else.
     *
     * @return the resolver
     */
    static CsvwResolver localFiles() {
        return new CsvwResolver() {
            @Override
            public boolean fetches(String url) {
                return url.toLowerCase(Locale.ROOT).startsWith("file:");
            }

            @Override
            public Optional<CsvwResource> resolve(String url) throws IOException {
                Path p;
                try {
                    p = Path.of(java.net.URI.create(Urls.withoutFragment(url).replace(" ", "%20")));
                } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                    return Optional.empty();
                }
                if (Files.isDirectory(p)) {
                    throw new IOException("a directory, not a file: " + p);
                }
                return Files.isRegularFile(p) ? Optional.of(CsvwResource.of(p)) : Optional.empty();
            }
        };
    }
}
