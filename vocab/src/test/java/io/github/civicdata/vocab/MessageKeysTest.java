package io.github.civicdata.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key written as a literal in the main sources exists in the bundle. */
class MessageKeysTest {

    private static final Pattern KEY = Pattern.compile("\"((?:format|lgcode|vocab\\.template)\\.[a-z0-9.-]*[a-z0-9])\"");

    @Test
    void everyLiteralKeyIsInTheBundle() throws IOException {
        Path src = Path.of("src/main/java");
        assertThat(src).isDirectory();
        List<String> missing = new ArrayList<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    found++;
                    if (!Messages.get().contains(m.group(1))) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(found).isGreaterThan(40);
        assertThat(missing).isEmpty();
        for (String kind : List.of("latitude", "longitude")) {
            for (String suffix : List.of("", ".range", ".outside-area")) {
                assertThat(Messages.get().contains("format." + kind + suffix)).isTrue();
            }
        }
    }
}
