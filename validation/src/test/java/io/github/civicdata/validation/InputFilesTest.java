package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one reading of file arguments that the CLI, the Maven plugin and certificates share. */
class InputFilesTest {

    @TempDir
    Path base;

    private void touch(String... names) throws IOException {
        for (String n : names) {
            Path p = base.resolve(n);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "a,b\n1,2\n");
        }
    }

    private List<String> names(List<Path> files) {
        return files.stream().map(p -> base.relativize(p).toString().replace('\\', '/')).toList();
    }

    @Test
    void aDirectoryGivesItsDataFilesSortedWithoutHiddenOnes() throws IOException {
        touch("d/b.csv", "d/a.TSV", "d/sub/c.xlsx", "d/e.txt", "d/notes.md", "d/.h.csv", "d/.git/x.csv", "d/x.");
        assertThat(names(InputFiles.directory(base.resolve("d"))))
                .containsExactly("d/a.TSV", "d/b.csv", "d/e.txt", "d/sub/c.xlsx");
    }

    @Test
    void aGlobIsResolvedAgainstTheBaseAndDoubleStarAlsoMatchesNoDirectory() throws IOException {
        touch("a.csv", "b.tsv", "d/x/y/c.csv", "d/e.csv", "d/.hidden/f.csv");
        assertThat(InputFiles.glob(base, "*.csv")).containsExactly(base.resolve("a.csv"));
        assertThat(names(InputFiles.glob(base, "d/**/*.csv"))).containsExactly("d/e.csv", "d/x/y/c.csv");
        assertThat(InputFiles.glob(base, "nodir/*.csv")).isEmpty();
    }

    @Test
    void expandKeepsMissingFilesTakesEachFileOnceAndListsWhatMatchedNothing() throws IOException {
        touch("a.csv", "b.csv", "d/c.csv");
        InputFiles.Expanded e = InputFiles.expand(base, List.of("b.csv", "*.csv", "./a.csv", "missing.csv",
                "d", "empty/*.csv", "x\u0000y"));
        assertThat(names(e.files())).containsExactly("b.csv", "a.csv", "missing.csv", "d/c.csv");
        assertThat(e.unmatched()).containsExactly("empty/*.csv", "x\u0000y");
    }

    @Test
    void patternsAreRecognisedByTheirWildcards() {
        assertThat(List.of("*.csv", "a?.csv", "[ab].csv", "{a,b}.csv")).allMatch(InputFiles::isPattern);
        assertThat(InputFiles.isPattern("data/a.csv")).isFalse();
    }
}
