package io.github.civicdata.validation.certify;

import io.github.civicdata.validation.InputFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names files get in a certificate (see {@link Certifier#subjects(List)}): the one rule every
 * front end (CLI, Maven plugin) shares, so that a certificate made by one is verified by the other
 * on the same folder.
 */
final class SubjectNames {

    private SubjectNames() {
    }

    static List<Certifier.Subject> of(List<Path> inputs) {
        Map<String, Path> out = new LinkedHashMap<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Path> found = InputFiles.directory(input);
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
}
