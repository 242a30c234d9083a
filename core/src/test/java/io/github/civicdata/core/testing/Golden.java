package io.github.civicdata.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file under {@code src/test/resources/golden}. Run the tests with
 * {@code -Dgolden.update=true} to rewrite the golden files deliberately, then review the diff.
 */
public final class Golden {

    private static final Path ROOT = Path.of("src", "test", "resources", "golden");

    private Golden() {
    }

    /**
     * Asserts that {@code actual} equals the golden file {@code relative} (or rewrites it).
     *
     * @param relative path below {@code src/test/resources/golden}
     * @param actual the output
     */
    public static void assertMatches(String relative, String actual) {
        Path file = ROOT.resolve(relative);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(file).as("golden file %s is missing; run with -Dgolden.update=true", file).exists();
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(actual).as("output differs from golden file %s", file).isEqualTo(expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
