package io.github.civicdata.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.validation.InputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFilesTest {

    @TempDir
    Path base;

    private void touch(String... names) throws IOException {
        for (String n : names) {
            Path p = base.resolve(n);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "a,b\n1,2\n");
        }
    }

    private List<String> names(InputFiles.Expanded e) {
        return e.files().stream().map(p -> base.toAbsolutePath().relativize(p.toAbsolutePath()).toString().replace('\\', '/')).toList();
    }

    @Test
    void directoryIsSearchedRecursivelyForDataFilesOnlyLeavingHiddenOnesOut() throws IOException {
        touch("data/a.csv", "data/sub/b.TSV", "data/c.xlsx", "data/d.txt", "data/notes.md", "data/.hidden.csv",
                "data/.git/x.csv");
        InputFiles.Expanded e = DataFiles.expand(base, List.of("data"));
        assertThat(names(e)).containsExactly("data/a.csv", "data/c.xlsx", "data/d.txt", "data/sub/b.TSV");
        assertThat(e.unmatched()).isEmpty();
    }

    @Test
    void globWithDoubleStarMatchesAtAnyDepthIncludingNone() throws IOException {
        touch("data/a.csv", "data/x/y/b.csv", "data/x/c.tsv", "other/d.csv");
        InputFiles.Expanded e = DataFiles.expand(base, List.of("data/**/*.csv"));
        assertThat(names(e)).containsExactly("data/a.csv", "data/x/y/b.csv");
    }

    @Test
    void fileNamedTwiceIsValidatedOnceAndOrderIsByPath() throws IOException {
        touch("b.csv", "a.csv");
        InputFiles.Expanded e = DataFiles.expand(base, List.of("b.csv", "*.csv", "./a.csv"));
        assertThat(names(e)).containsExactly("b.csv", "a.csv");
    }

    @Test
    void missingFileStaysForTheValidatorToReportAndEmptyPatternIsUnmatched() throws IOException {
        touch("data/a.csv");
        InputFiles.Expanded e = DataFiles.expand(base, List.of("missing.csv", "data/*.xlsx", "nodir/*.csv", "  "));
        assertThat(names(e)).containsExactly("missing.csv");
        assertThat(e.unmatched()).containsExactly("data/*.xlsx", "nodir/*.csv");
    }
}
