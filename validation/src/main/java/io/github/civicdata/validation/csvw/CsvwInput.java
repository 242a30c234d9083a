package io.github.civicdata.validation.csvw;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What a CSVW run starts from ("Creating Annotated Tables"): a tabular data file (its metadata is
 * then located: Link header, {@code FILE-metadata.json}, {@code csv-metadata.json}, else the
 * file's own header), a metadata file (its tables are read from their {@code url}s), or both (the
 * metadata is user-supplied and wins over any located metadata).
 *
 * <p>URLs are absolute ({@code file:} for local files; other schemes only through a resolver that
 * fetches them).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * CsvwInput a = CsvwInput.tabular(Path.of("aed.csv"));                       // locate metadata
 * CsvwInput b = CsvwInput.metadata(Path.of("aed.csv-metadata.json"));        // metadata alone
 * CsvwInput c = CsvwInput.tabular(Path.of("aed.csv"), Path.of("schema.json")); // user metadata
 * }</pre>
 *
 * @param tabularUrl the tabular data file, if the run starts from one
 * @param metadataUrl the metadata file, if the run starts from one or the user gives one
 * @param applyToTabular with both: a metadata file describing exactly one table that is another
 *     file is applied to the tabular file instead (with a warning), as {@code validate --schema}
 *     does; without it the metadata's own tables are processed, as the specification says
 */
public record CsvwInput(Optional<String> tabularUrl, Optional<String> metadataUrl, boolean applyToTabular) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if neither URL is given, or a URL is not absolute
     */
    public CsvwInput {
        Objects.requireNonNull(tabularUrl, "tabularUrl");
        Objects.requireNonNull(metadataUrl, "metadataUrl");
        if (tabularUrl.isEmpty() && metadataUrl.isEmpty()) {
            throw new IllegalArgumentException("a tabular data file or a metadata file is needed");
        }
        for (Optional<String> u : java.util.List.of(tabularUrl, metadataUrl)) {
            if (u.isPresent() && !Urls.isAbsolute(u.get())) {
                throw new IllegalArgumentException("not an absolute URL: " + u.get());
            }
        }
    }

    /**
     * Starts from a local tabular data file and locates its metadata.
     *
     * @param csv the file
     * @return the input
     */
    public static CsvwInput tabular(Path csv) {
        return new CsvwInput(Optional.of(url(csv)), Optional.empty(), false);
    }

    /**
     * Starts from a local tabular data file with user-supplied metadata.
     *
     * @param csv the file
     * @param metadata the metadata file
     * @return the input
     */
    public static CsvwInput tabular(Path csv, Path metadata) {
        return new CsvwInput(Optional.of(url(csv)), Optional.of(url(metadata)), false);
    }

    /**
     * Starts from a local metadata file; its tables are resolved against it.
     *
     * @param metadata the metadata file
     * @return the input
     */
    public static CsvwInput metadata(Path metadata) {
        return new CsvwInput(Optional.empty(), Optional.of(url(metadata)), false);
    }

    /**
     * @return a copy that applies a one-table metadata file to the tabular file (see the record's
     *     description)
     */
    public CsvwInput applyingToTabular() {
        return new CsvwInput(tabularUrl, metadataUrl, true);
    }

    /** The {@code file:} URL of a local path. */
    static String url(Path p) {
        return p.toAbsolutePath().normalize().toUri().toString();
    }
}
