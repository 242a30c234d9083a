package io.github.civicdata.validation.certify;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names files get in a certificate (see {@link Certifier#subjects(List)}): the one rule every
 * front end (CLI, Maven plugin) shares, so that a certificate made by one is verified by the other
 * on the same folder.
 */
final class SubjectNames {

    /** Extensions of the files taken from a folder (lower case). */
    static final Set<String> EXTENSIONS = Set.of("csv", "tsv", "txt", "xlsx");

    private SubjectNames() {
    }

    static List<Certifier.Subject> of(List<Path> inputs) {
        Map<String, Path> out = new LinkedHashMap<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Path> found = dataFiles(input);
                if (found.isEmpty()) {
                    throw new CertificationException("certify.error.no-files-in", input);
                }
                for (Path f : found) {
                    put(out, input.relativize(f).toString().replace('\\', '/'), f);
                }
            } else if (Files.isRegularFile(input)) {
                Path name = input.getFileName();
                put(out, name == null ? input.toString() : name.toString(), input);
            } else {
                throw new CertificationException("certify.error.file-not-found", input);
            }
        }
        List<Certifier.Subject> subjects = new ArrayList<>();
        out.forEach((n, f) -> subjects.add(new Certifier.Subject(n, f)));
        return List.copyOf(subjects);
    }

    private static void put(Map<String, Path> out, String name, Path file) {
        Path previous = out.putIfAbsent(name, file);
        if (previous != null && !same(previous, file)) {
            throw new CertificationException("certify.error.duplicate-file", name, previous, file);
        }
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** The data files under a folder (hidden files and folders left out), sorted by path. */
    static List<Path> dataFiles(Path dir) {
        List<Path> out = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return !d.equals(dir) && hidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    String n = f.getFileName().toString();
                    int dot = n.lastIndexOf('.');
                    if (attrs.isRegularFile() && !hidden(f) && dot > 0
                            && EXTENSIONS.contains(n.substring(dot + 1).toLowerCase(Locale.ROOT))) {
                        out.add(f);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // failures go to visitFileFailed
        }
        out.sort(null);
        return out;
    }

    private static boolean hidden(Path p) {
        Path n = p.getFileName();
        return n != null && n.toString().startsWith(".");
    }
}
