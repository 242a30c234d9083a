package io.github.civicdata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * <li>{@code validate} reads the standard vocabulary from its snapshot: not the GIF model's CSV
 * files (so not its regular expressions either), not the template files (no {@code TemplateFiles}).
 * </ul>
 * The figures these save are in docs/startup.md.
 */
class StartupClassLoadingTest {

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
     * {@code validate} reads the standard vocabulary from its snapshot ({@code data/vocabulary.bin}),
     * which holds the GIF items: the GIF model (its CSV files, the regular expressions of its item ids)
     * and the JSON route of the template files are not loaded.
     */
    @Test
    void validateReadsTheVocabularySnapshotNotTheGifModelOrTheTemplateFiles() throws Exception {
        Path csv = dir.resolve("aed.csv");
        Files.writeString(csv, "名称,緯度,経度\nみどり台市民センター,35.634940,139.578776\n", StandardCharsets.UTF_8);
        Run r = run("validate", "--fail-on", "never", csv.toString());
        assertThat(r.loaded).as("the vocabulary is loaded, from its snapshot")
                .contains("io.github.civicdata.vocab.Vocabulary", "io.github.civicdata.vocab.VocabSnapshot");
        // the snapshot holds the GIF items: the model's CSV files, its regex helper and the JSON route stay unread
        assertThat(r.loaded).filteredOn(c -> c.startsWith("io.github.civicdata.vocab.gif.")
                || c.equals("io.github.civicdata.vocab.TemplateFiles")
                || c.equals("io.github.civicdata.core.internal.StrictJson")).isEmpty();
    }

    private record Run(String out, List<String> loaded) {
    }

    private Run run(String... args) throws IOException, InterruptedException {
        ChildJvm.Loading l = ChildJvm.withClassLog(dir, "classes.log", List.of(args));
        assertThat(l.result().code()).as(l.result().err()).isZero();
        return new Run(l.result().out(), l.classes());
    }
}
