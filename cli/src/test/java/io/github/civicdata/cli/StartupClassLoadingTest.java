package io.github.civicdata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, item 5: the start-up work a command does not need stays undone. The CLI runs in a JVM
 * of its own that logs every class it loads ({@code -Xlog:class+load}):
 * <ul>
 * <li>{@code --version} builds no picocli model and loads nothing of the vocabulary, Jackson or
 * the other commands (it is answered before the command line is built);
 * <li>{@code code 131016} loads the code lists but not the vocabulary of data items and templates
 * (no {@code Vocabulary}, {@code TemplateFiles}, {@code CoreDataModel}), no Jackson
 * {@code ObjectMapper} (text output needs no JSON; the JSON node types its code names are loaded
 * by the verifier, not used), and no other command's class;
 * <li>{@code --help} reads no vocabulary data (the command classes are loaded to list them);
 * <li>{@code validate} builds the GIF model's item ids without regular expressions.
 * </ul>
 * The figures these save are in docs/startup.md.
 */
class StartupClassLoadingTest {

    private static final Pattern LOADED = Pattern.compile("\\[class,load\\s*\\] (\\S+) source:");

    @TempDir
    Path dir;

    @Test
    void versionBuildsNoCommandLineAndLoadsNoVocabularyOrJackson() throws Exception {
        Run r = run("--version");
        assertThat(r.out).startsWith("civicdata ");
        assertThat(r.loaded).as("the log lists the entry point").contains("io.github.civicdata.cli.Main");
        assertThat(r.loaded).filteredOn(c -> c.startsWith("io.github.civicdata.vocab.")
                || c.startsWith("com.fasterxml.jackson.") || c.startsWith("picocli.CommandLine$Model")
                || c.equals("picocli.CommandLine") || c.startsWith("io.github.civicdata.validation.")
                || c.equals("io.github.civicdata.cli.Commands") || c.endsWith("Command")).isEmpty();
        assertThat(r.loaded).filteredOn(c -> c.startsWith("io.github.civicdata.")).hasSizeLessThan(5);
    }

    @Test
    void codeLoadsTheCodeListsButNoTemplatesNoDataItemsNoJacksonDatabind() throws Exception {
        Run r = run("code", "131016");
        assertThat(r.out).contains("千代田区");
        assertThat(r.loaded).contains("io.github.civicdata.vocab.code.CodeLists");
        assertThat(r.loaded).filteredOn(c -> c.equals("io.github.civicdata.vocab.Vocabulary")
                || c.equals("io.github.civicdata.vocab.TemplateFiles") || c.startsWith("io.github.civicdata.vocab.gif.")
                || c.equals("com.fasterxml.jackson.databind.ObjectMapper")
                || (c.startsWith("io.github.civicdata.cli.") && c.endsWith("Command") && !c.endsWith(".CodeCommand")))
                .isEmpty();
    }

    @Test
    void helpReadsNoVocabularyData() throws Exception {
        Run r = run("--help");
        assertThat(r.out).contains("validate");
        assertThat(r.loaded).filteredOn(c -> c.equals("io.github.civicdata.vocab.TemplateFiles")
                || c.startsWith("io.github.civicdata.vocab.code.CodeLists") || c.startsWith("io.github.civicdata.vocab.gif.")
                || c.equals("io.github.civicdata.vocab.code.CodeData")).isEmpty();
    }

    /**
     * {@code validate} builds the GIF items' ids without regular expressions (their compilation and
     * matching cost about 20 ms CPU of every start; the regex form is kept for the test that they agree).
     */
    @Test
    void validateBuildsTheGifModelWithoutItsRegexHelper() throws Exception {
        Path csv = dir.resolve("aed.csv");
        Files.writeString(csv, "名称,緯度,経度\nみどり台市民センター,35.634940,139.578776\n", StandardCharsets.UTF_8);
        Run r = run("validate", "--fail-on", "never", csv.toString());
        assertThat(r.loaded).as("the vocabulary with the GIF model is loaded")
                .contains("io.github.civicdata.vocab.Vocabulary", "io.github.civicdata.vocab.gif.CoreDataModel");
        assertThat(r.loaded).doesNotContain("io.github.civicdata.vocab.gif.CoreDataModel$Regexes");
    }

    private record Run(String out, List<String> loaded) {
    }

    private Run run(String... args) throws IOException, InterruptedException {
        Path log = dir.resolve("classes.log");
        Files.deleteIfExists(log);
        ChildJvm.Result r = ChildJvm.run(dir, List.of("-Xshare:off", "-Xlog:class+load=info:file=" + log),
                Main.class, List.of(args), null, 300);
        assertThat(r.code()).as(r.err()).isZero();
        List<String> classes = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            Matcher m = LOADED.matcher(line);
            if (m.find()) {
                classes.add(m.group(1));
            }
        }
        return new Run(r.out(), classes);
    }
}
