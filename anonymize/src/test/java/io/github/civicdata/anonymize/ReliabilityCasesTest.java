package io.github.civicdata.anonymize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression tests for the anonymisation cases of issue 9, named after the reproducers (copied
 * into {@code src/test/resources/reliability/}).
 */
class ReliabilityCasesTest {

    @TempDir
    Path tmp;

    static Path resource(String path) {
        try {
            return Path.of(ReliabilityCasesTest.class.getResource("/reliability/" + path).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The table and hierarchy readers judge valid UTF-8 holding only 4-byte characters as UTF-8. */
    @Test
    void c3Utf84ByteCharReadAsSjis() throws IOException {
        Table t = Table.read(resource("c3-utf8-4byte-char-read-as-sjis/in2.csv"), CsvOptions.defaults());
        assertThat(t.value(1, 1)).isEqualTo("𠮷");
        Table kana = Table.read(resource("c3-utf8-4byte-char-read-as-sjis/in-kana.csv"), CsvOptions.defaults());
        assertThat(kana.value(0, 1)).isEqualTo("ｱｲｳ");
        assertThat(kana.value(1, 1)).isEqualTo("𠮷");
        Table control = Table.read(resource("c3-utf8-4byte-char-read-as-sjis/in.csv"), CsvOptions.defaults());
        assertThat(control.value(0, 1)).isEqualTo("𠮷田");

        Path h = tmp.resolve("names.csv");
        Files.write(h, "n1;*\n𠮷;*\n".getBytes(StandardCharsets.UTF_8));
        assertThat(Hierarchy.read(h).leaves()).containsExactly("n1", "𠮷");
        Path emoji = tmp.resolve("emoji.csv");
        Files.write(emoji, "a;*\n😀;*\n".getBytes(StandardCharsets.UTF_8));
        assertThat(Hierarchy.read(emoji).leaves()).isEqualTo(List.of("a", "😀"));
    }
}
