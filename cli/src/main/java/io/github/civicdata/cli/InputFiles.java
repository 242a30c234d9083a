package io.github.civicdata.cli;

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
 * The inputs of {@code validate} as CI gives them: files as named, directories (searched
 * recursively for {@code .csv}, {@code .tsv}, {@code .txt} and {@code .xlsx} files, hidden files
 * and directories left out, symbolic links to directories not followed), and glob patterns that
 * the shell did not expand because they were quoted ({@code 'data/**}{@code /*.csv'}: {@code *} and
 * {@code ?} within a name, {@code **} across directories, also none, {@code [abc]},
 * {@code {a,b}}). Matches are sorted by path so that reports are the same run after run; a file
 * named twice is validated once.
 *
 * <p>A file that does not exist stays in the list (the validator reports it); a directory or
 * pattern that matches no file is returned apart, for a finding of its own.
 */
final class InputFiles {

    /** Extensions of the files taken from a directory (lower case). */
    static final Set<String> EXTENSIONS = Set.of("csv", "tsv", "txt", "xlsx");

    private InputFiles() {
    }

    /**
     * @param files the files to validate, in order
     * @param unmatched the directories and patterns that matched no file, as given
     */
    record Expanded(List<Path> files, List<String> unmatched) {
    }

    static Expanded expand(List<String> args) {
        Map<Path, Path> files = new LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>();
        for (String arg : args) {
            List<Path> found;
            Path p = path(arg);
            if (p != null && Files.isDirectory(p)) {
                found = directory(p);
            } else if (p != null && (Files.exists(p) || !isPattern(arg))) {
                found = List.of(p);
            } else if (isPattern(arg)) {
                found = glob(arg);
            } else {
                found = List.of(); // not even a path (a NUL character): matches nothing
            }
            if (found.isEmpty()) {
                unmatched.add(arg);
            }
            for (Path f : found) {
                files.putIfAbsent(f.toAbsolutePath().normalize(), f);
            }
        }
        return new Expanded(List.copyOf(files.values()), List.copyOf(unmatched));
    }

    private static Path path(String arg) {
        try {
            return Path.of(arg);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    static boolean isPattern(String arg) {
        for (int i = 0; i < arg.length(); i++) {
            char c = arg.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') {
                return true;
            }
        }
        return false;
    }

    /** The data files under a directory, sorted. */
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

    /** The files a glob pattern matches, sorted. */
    static List<Path> glob(String pattern) {
        String p = pattern.replace('\\', '/');
        // the directory part before the first component with a wildcard is where the search starts
        int wild = 0;
        while (wild < p.length() && "*?[{".indexOf(p.charAt(wild)) < 0) {
            wild++;
        }
        int slash = p.lastIndexOf('/', wild);
        String base = slash < 0 ? "" : p.substring(0, slash + 1);
        String rest = p.substring(base.length());
        Path root = path(base.isEmpty() ? "." : base);
        if (root == null || !Files.isDirectory(root)) {
            return List.of();
        }
        List<PathMatcher> matchers = new ArrayList<>();
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + rest));
        if (rest.contains("**/")) {
            // as in shells with globstar, "**/" also matches no directory at all
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + rest.replace("**/", "")));
        }
        List<Path> out = new ArrayList<>();
        walk(root, (f, rel) -> {
            for (PathMatcher m : matchers) {
                if (m.matches(rel)) {
                    out.add(base.isEmpty() ? rel : f);
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
                    return FileVisitResult.CONTINUE; // an unreadable subdirectory is left out, the rest searched
                }
            });
        } catch (IOException e) {
            // walkFileTree reports failures to visitFileFailed; nothing else is thrown for a directory
        }
    }

    private static boolean hidden(Path p) {
        Path n = p.getFileName();
        return n != null && n.toString().startsWith(".");
    }
}
