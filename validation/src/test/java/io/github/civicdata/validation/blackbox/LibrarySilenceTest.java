package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Report;
import io.github.civicdata.validation.Validator;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, item 12: nothing a library we use prints may reach the consumer's standard error (POI
 * logged ~40-line stack traces for a broken {@code [Content_Types].xml}, {@code .rels} or
 * {@code core.xml}; Log4j printed that it found no logging implementation). Every hostile input of
 * the test resources is validated while standard output and error are watched, in this JVM and in
 * a JVM of its own whose class path holds no logging configuration and no logging implementation.
 */
class LibrarySilenceTest {

    @TempDir
    Path dir;

    static List<Path> hostileFiles() throws IOException {
        Path root;
        try {
            root = Path.of(LibrarySilenceTest.class.getResource("/hostile").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md")).sorted()
                    .toList();
        }
    }

    @Test
    void nothingIsPrintedWhileEveryHostileInputIsValidated() throws IOException {
        List<Path> files = hostileFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(20);
        Validator v = Validator.builder().build();
        for (Path f : files) {
            Printed.Result<Report> r = Printed.by(() -> v.validate(f));
            assertThat(r.printed()).as(f.getFileName().toString()).isEmpty();
            assertThat(r.value().findings()).as(f.getFileName().toString()).extracting(Finding::ruleId)
                    .doesNotContain(Validator.INTERNAL_ERROR);
        }
    }

    @Test
    void theLibraryIsSilentInAJvmWithoutLoggingConfiguration() throws Exception {
        List<String> args = hostileFiles().stream().map(Path::toString).toList();
        ProbeProcess.Result r = ProbeProcess.run(dir, List.of("-Xmx256m"), args);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEmpty();
        assertThat(r.status()).isZero();
    }
}
