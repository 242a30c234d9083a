package io.github.civicdata.validation.csvw;

import java.net.URI;
import java.nio.file.Path;

/**
 * The names documents have in findings: a local file as a path relative to the working folder
 * when it lies below it (as the user would type it), any other URL as it is.
 *
 * <p>Immutable and thread-safe.
 */
final class Names {

    private final Path workingDir;

    Names(Path workingDir) {
        this.workingDir = workingDir == null ? null : workingDir.toAbsolutePath().normalize();
    }

    String of(String url) {
        if (workingDir != null && url.startsWith("file:")) {
            try {
                Path p = Path.of(URI.create(Urls.withoutFragment(url).replace(" ", "%20"))).normalize();
                return p.startsWith(workingDir) ? workingDir.relativize(p).toString() : p.toString();
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                return url;
            }
        }
        return url;
    }
}
