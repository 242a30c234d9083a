package io.github.civicdata.maven;

import io.github.civicdata.validation.InputFiles;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code files} of the validate goal, read as the CLI reads its arguments
 * ({@link InputFiles}), relative to the project directory: files as named, directories searched
 * recursively for data files (hidden ones left out), and glob patterns. Sorted by path; a file named
 * twice is validated once. A file that does not exist stays in the list (the validator reports it);
 * a directory or pattern that matches no file is returned apart. Blank entries are skipped.
 *
 * <p>Paths in reports: relative to the working directory when the file lies under it (as the CLI
 * shows them when run from the repository root), else absolute.
 */
final class DataFiles {

    private DataFiles() {
    }

    /** The files to validate, in order, and the entries that matched nothing, as given. */
    static InputFiles.Expanded expand(Path base, List<String> entries) {
        List<String> given = entries.stream().map(String::trim).filter(e -> !e.isEmpty()).toList();
        InputFiles.Expanded found = InputFiles.expand(base, given);
        Path cwd = Path.of("").toAbsolutePath();
        Set<Path> files = new LinkedHashSet<>();
        for (Path f : found.files()) {
            Path abs = f.toAbsolutePath().normalize();
            files.add(abs.startsWith(cwd) ? cwd.relativize(abs) : abs);
        }
        return new InputFiles.Expanded(List.copyOf(files), found.unmatched());
    }
}
