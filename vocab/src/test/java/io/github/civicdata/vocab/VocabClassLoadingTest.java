package io.github.civicdata.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 (start-up): {@link Vocabulary#standard()} reads its snapshot ({@link VocabSnapshot}) and
 * loads no class of Jackson databind, of the JSON route ({@code TemplateFiles}, {@code StrictJson}),
 * of the GIF core data model (its CSV files) or of the code lists (which the GIF examples' checks
 * read). A JVM of its own logs every class it loads ({@code -Xlog:class+load}) while it loads the
 * vocabulary and maps a header to every template, as template detection does.
 */
class VocabClassLoadingTest {

    private static final Pattern LOADED = Pattern.compile("\\[class,load\\s*\\] (\\S+) source:");

    /** The child's main: load the standard vocabulary and use it as {@code validate} does. */
    public static final class Load {
        public static void main(String[] args) {
            Vocabulary v = Vocabulary.standard();
            List<HeaderMapping> m = v.mapHeaderToTemplates(List.of("名称", "緯度", "経度", "電話番号"), List.of());
            System.out.println(v.items().size() + " " + v.templates().size() + " " + m.size() + " "
                    + v.matchHeader("緯度").orElseThrow().item().id());
        }
    }

    @Test
    void theStandardVocabularyLoadsNoJacksonDatabindNoJsonRouteNoGifModelNoCodeLists(@TempDir Path dir)
            throws IOException, InterruptedException {
        Path log = dir.resolve("classes.log");
        Path out = dir.resolve("out.txt");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Xshare:off", "-Xlog:class+load=info:file=" + log,
                "-cp", System.getProperty("java.class.path"), Load.class.getName());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the child JVM ends").isTrue();
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(printed).isZero();
        assertThat(printed.strip()).endsWith(" 29 29 latitude");

        List<String> loaded = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            Matcher m = LOADED.matcher(line);
            if (m.find()) {
                loaded.add(m.group(1));
            }
        }
        assertThat(loaded).as("the log lists the vocabulary and its snapshot")
                .contains("io.github.civicdata.vocab.Vocabulary", "io.github.civicdata.vocab.VocabSnapshot");
        assertThat(loaded).filteredOn(c -> c.startsWith("com.fasterxml.jackson.databind.")
                || c.equals("io.github.civicdata.vocab.TemplateFiles")
                || c.equals("io.github.civicdata.core.internal.StrictJson")
                || c.startsWith("io.github.civicdata.vocab.gif.")
                || c.startsWith("io.github.civicdata.vocab.code.")
                || c.startsWith("io.github.civicdata.vocab.internal.Csv")).isEmpty();
        // no lambda or method reference of the vocabulary package is spun while loading it
        assertThat(loaded).filteredOn(c -> c.startsWith("io.github.civicdata.vocab.") && c.contains("$$Lambda"))
                .isEmpty();
    }
}
