package io.github.civicdata.maven;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code files} of the validate goal, read as the CLI reads its arguments (cli's
 * {@code InputFiles}), relative to the project directory: files as named, directories searched
 * recursively for {@code .csv}, {@code .tsv}, {@code .txt} and {@code .xlsx} files (hidden files and
 * directories left out), and glob patterns ({@code data/**}{@code /*.csv}; {@code **} across
 * directories, also none). Sorted by path; a file named twice is validated once. A file that does
 * not exist stays in the list (the validator reports it); a directory or pattern that matches no
 * file is returned apart.
 *
 * <p>Paths in reports: relative to the working directory when the file lies under it (as the CLI
 * shows them when run from the repository root), else absolute.
 */
final class DataFiles {

    /** Extensions of the files taken from a directory (lower case). */
    static final Set<String> EXTENSIONS = Set.of("csv", "tsv", "txt", "xlsx");

    private DataFiles() {
    }

    /** The files to validate, in order, and the entries that matched nothing, as given. */
    record Expanded(List<Path> files, List<String> unmatched) {
    }

    static Expanded expand(Path base, List<String> entries) {
        Path cwd = Path.of("").toAbsolutePath();
        Map<Path, Path> files = new LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>();
        for (String entry : entries) {
            String e = entry.trim();
            if (e.isEmpty()) {
                continue;
            }
            List<Path> found;
            Path p = path(base, e);
            if (p != null && Files.isDirectory(p)) {
                found = directory(p);
            } else if (p != null && (Files.exists(p) || !isPattern(e))) {
                found = List.of(p);
            } else if (isPattern(e)) {
                found = glob(base, e);
            } else {
                found = List.of();
            }
            if (found.isEmpty()) {
                unmatched.add(e);
            }
            for (Path f : found) {
                Path abs = f.toAbsolutePath().normalize();
                files.putIfAbsent(abs, abs.startsWith(cwd) ? cwd.relativize(abs) : abs);
            }
        }
        return new Expanded(List.copyOf(files.values()), List.copyOf(unmatched));
    }

    private static Path path(Path base, String entry) {
        try {
            return base.resolve(entry);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    static boolean isPattern(String s) {
        return s.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    static List<Path> directory(Path dir) {
        List<Path> out = new ArrayList<>();
        walk(dir, (f, rel) -> {
            String n = f.getFileName().toString();
            int dot = n.lastIndexOf('.');
            if (dot > 0 && EXTENSIONS.contains(n.substring(dot + 1).toLowerCase(Locale.ROOT))) {
                out.add(f);
            }
        });
        out.sort(null);
        return out;
    }

    static List<Path> glob(Path base, String pattern) {
        String p = pattern.replace('\\', '/');
        int wild = 0;
        while (wild < p.length() && "*?[{".indexOf(p.charAt(wild)) < 0) {
            wild++;
        }
        int slash = p.lastIndexOf('/', wild);
        String dir = slash < 0 ? "" : p.substring(0, slash + 1);
        String rest = p.substring(dir.length());
        Path root = path(base, dir.isEmpty() ? "." : dir);
        if (root == null || !Files.isDirectory(root)) {
            return List.of();
        }
        List<PathMatcher> matchers = new ArrayList<>();
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + rest));
        if (rest.contains("**/")) {
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + rest.replace("**/", "")));
        }
        List<Path> out = new ArrayList<>();
        walk(root, (f, rel) -> {
            for (PathMatcher m : matchers) {
                if (m.matches(rel)) {
                    out.add(f);
                    return;
                }
            }
        });
        out.sort(null);
        return out;
    }

    private interface Visitor {
        void file(Path file, Path relative);
    }

    private static void walk(Path root, Visitor v) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !hidden(file)) {
                        v.file(file, root.relativize(file));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // failures go to visitFileFailed
        }
    }

    private static boolean hidden(Path p) {
        Path n = p.getFileName();
        return n != null && n.toString().startsWith(".");
    }
}
