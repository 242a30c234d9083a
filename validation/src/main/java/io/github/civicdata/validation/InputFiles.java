package io.github.civicdata.validation;

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
 * The data files a front end (the CLI's arguments, the Maven plugin's {@code files}, a certificate's
 * folders) is given, read one way everywhere: files as named, directories searched recursively for
 * {@code .csv}, {@code .tsv}, {@code .txt} and {@code .xlsx} files (hidden files and directories left
 * out, symbolic links to directories not followed), and glob patterns that a shell did not expand
 * ({@code data/**}{@code /*.csv}: {@code *} and {@code ?} within a name, {@code **} across
 * directories, also none, {@code [abc]}, {@code {a,b}}). Matches are sorted by path so that reports
 * are the same run after run; a file named twice is taken once.
 *
 * <pre>{@code
 * InputFiles.Expanded e = InputFiles.expand(Path.of(""), List.of("data", "'extra/**\/*.csv'"));
 * }</pre>
 */
public final class InputFiles {

    /** Extensions of the files taken from a directory (lower case). */
    public static final Set<String> EXTENSIONS = Set.of("csv", "tsv", "txt", "xlsx");

    private InputFiles() {
    }

    /**
     * What {@link #expand} found.
     *
     * @param files the files, in order, as found (resolved against the base); a file that does not
     *     exist stays in the list (the validator reports it)
     * @param unmatched the directories and patterns that matched no file, as given
     */
    public record Expanded(List<Path> files, List<String> unmatched) {
        /** Immutable copies. */
        public Expanded {
            files = List.copyOf(files);
            unmatched = List.copyOf(unmatched);
        }
    }

    /**
     * Expands entries against a base directory ({@code Path.of("")}: the working directory, paths
     * kept relative as given).
     *
     * @param base the directory relative entries are resolved against
     * @param entries files, directories and glob patterns
     * @return the files and the entries that matched nothing
     */
    public static Expanded expand(Path base, List<String> entries) {
        Map<Path, Path> files = new LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>();
        for (String entry : entries) {
            List<Path> found;
            Path p = resolve(base, entry);
            if (p != null && Files.isDirectory(p)) {
                found = directory(p);
            } else if (p != null && (Files.exists(p) || !isPattern(entry))) {
                found = List.of(p);
            } else if (isPattern(entry)) {
                found = glob(base, entry);
            } else {
                found = List.of(); // not even a path (a NUL character): matches nothing
            }
            if (found.isEmpty()) {
                unmatched.add(entry);
            }
            for (Path f : found) {
                files.putIfAbsent(f.toAbsolutePath().normalize(), f);
            }
        }
        return new Expanded(List.copyOf(files.values()), unmatched);
    }

    /**
     * @param s an entry
     * @return whether it holds a glob wildcard ({@code * ? [ {})
     */
    public static boolean isPattern(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') {
                return true;
            }
        }
        return false;
    }

    /**
     * @param dir a directory
     * @return the data files under it (by {@link #EXTENSIONS}, hidden ones left out), sorted by path
     */
    public static List<Path> directory(Path dir) {
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

    /**
     * @param base the directory a relative pattern is resolved against
     * @param pattern a glob pattern
     * @return the files it matches (any extension, hidden ones left out), sorted by path
     */
    public static List<Path> glob(Path base, String pattern) {
        String p = pattern.replace('\\', '/');
        // the directory part before the first component with a wildcard is where the search starts
        int wild = 0;
        while (wild < p.length() && "*?[{".indexOf(p.charAt(wild)) < 0) {
            wild++;
        }
        int slash = p.lastIndexOf('/', wild);
        String dir = slash < 0 ? "" : p.substring(0, slash + 1);
        String rest = p.substring(dir.length());
        Path root = resolve(base, dir.isEmpty() ? "." : dir);
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
                    out.add(dir.isEmpty() ? base.resolve(rel) : f);
                    return;
                }
            }
        });
        out.sort(null);
        return out;
    }

    private static Path resolve(Path base, String entry) {
        try {
            return base.resolve(entry);
        } catch (InvalidPathException e) {
            return null;
        }
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
