package io.github.civicdata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 (start-up): the code lists come from their precomputed forms, and the change history
 * only when a question needs it. The CLI runs in a JVM of its own that logs every class it loads:
 * <ul>
 * <li>{@code validate} of a file with current codes reads the current lists' form
 * ({@code CodeTables}) and nothing of the history (no {@code RecordTables}, no {@code CodeLists$Full});
 * <li>a file with a former code, and {@code validate --as-of}, read the records' form
 * ({@code RecordTables});
 * <li>no run parses the code CSV files ({@code CodeHistory}, the parser of the e-Stat history, is
 * never loaded; the CSV files are read only for their CRC-32, see {@code CodeTables}).
 * </ul>
 * The figures are in docs/startup.md.
 */
class CodeListsStartupTest {

    private static final String CODE = "io.github.civicdata.vocab.code.";

    @TempDir
    Path dir;

    @Test
    void currentCodesNeedNeitherTheHistoryNorTheCsvParse() throws Exception {
        Path csv = dir.resolve("current.csv");
        Files.writeString(csv, "全国地方公共団体コード,名称\n131016,千代田区役所\n221384,中央区役所\n",
                StandardCharsets.UTF_8);
        List<String> loaded = run(List.of("validate", "--fail-on", "never", csv.toString()));
        assertThat(loaded).contains(CODE + "CodeLists", CODE + "CodeTables");
        assertThat(loaded).doesNotContain(CODE + "RecordTables", CODE + "CodeLists$Full", CODE + "CodeHistory");
    }

    @Test
    void aFormerCodeReadsTheRecordsFormNotTheHistoryCsv() throws Exception {
        Path csv = dir.resolve("former.csv");
        Files.writeString(csv, "全国地方公共団体コード,名称\n221317,中区役所\n", StandardCharsets.UTF_8);
        List<String> loaded = run(List.of("validate", "--fail-on", "never", csv.toString()));
        assertThat(loaded).contains(CODE + "RecordTables", CODE + "CodeLists$Full");
        assertThat(loaded).doesNotContain(CODE + "CodeHistory");

        Path current = dir.resolve("current.csv");
        Files.writeString(current, "全国地方公共団体コード,名称\n131016,千代田区役所\n", StandardCharsets.UTF_8);
        loaded = run(List.of("validate", "--fail-on", "never", "--as-of", "2020-04-01", current.toString()));
        assertThat(loaded).contains(CODE + "RecordTables").doesNotContain(CODE + "CodeHistory");
    }

    @Test
    void codeCommandReadsTheFormsNotTheCsvFiles() throws Exception {
        List<String> loaded = run(List.of("code", "131016"));
        assertThat(loaded).contains(CODE + "CodeTables", CODE + "RecordTables");
        assertThat(loaded).doesNotContain(CODE + "CodeHistory");
    }

    private List<String> run(List<String> args) throws Exception {
        ChildJvm.Loading l = ChildJvm.withClassLog(dir, "classes.log", args);
        assertThat(l.result().code()).as(l.result().err()).isZero();
        assertThat(l.result().err()).as("nothing on stderr").isEmpty();
        return l.classes();
    }
}
