package io.github.civicdata.metadata.internal;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a record file into memory under a size limit, turning every I/O problem into a finding
 * ({@code metadata.file-unreadable}, {@code metadata.file-too-large}).
 *
 * <p>Not API. Immutable and thread-safe.
 *
 * <pre>{@code
 * FileContent c = FileContent.read(path, path.toString(), 16 << 20);
 * if (c.failure().isPresent()) { ... }
 * }</pre>
 *
 * @param bytes the content (empty when reading failed)
 * @param failure the finding when reading failed
 */
public record FileContent(byte[] bytes, Optional<Finding> failure) {

    /**
     * @throws NullPointerException if a part is null
     */
    public FileContent {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(failure, "failure");
    }

    /**
     * Reads {@code file}, refusing files larger than {@code maxBytes}.
     *
     * @param file the file
     * @param source the source name for findings
     * @param maxBytes the limit
     * @return the content or the failure
     */
    public static FileContent read(Path file, String source, long maxBytes) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return failed(Finding.builder("metadata.file-too-large", Severity.ERROR)
                        .location(Location.of(source)).args(size, maxBytes).build());
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > maxBytes) {
                return failed(Finding.builder("metadata.file-too-large", Severity.ERROR)
                        .location(Location.of(source)).args((long) bytes.length, maxBytes).build());
            }
            return new FileContent(bytes, Optional.empty());
        } catch (NoSuchFileException e) {
            return failed(unreadable(source, "no such file"));
        } catch (IOException | SecurityException e) {
            return failed(unreadable(source, String.valueOf(e.getMessage())));
        }
    }

    /**
     * A {@code metadata.file-unreadable} finding.
     *
     * @param source the source name
     * @param reason the reason, in English (from the operating system)
     * @return the finding
     */
    public static Finding unreadable(String source, String reason) {
        return Finding.builder("metadata.file-unreadable", Severity.ERROR)
                .location(Location.of(source)).args(reason).build();
    }

    private static FileContent failed(Finding f) {
        return new FileContent(new byte[0], Optional.of(f));
    }
}
