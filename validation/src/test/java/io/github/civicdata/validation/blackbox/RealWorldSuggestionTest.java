package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Report;
import io.github.civicdata.validation.Validator;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No suggestion in any report on the real municipal files ({@code realworld/}) and the example
 * data ({@code examples/data/validation}) changes a value's reading: every suggested value is
 * applied to its file and the file validated again ({@link SuggestionCheck}). Every finding is
 * listed (no per-column cap), so that every suggestion is checked, also with a template.
 */
class RealWorldSuggestionTest {

    static final Validator ALL = Validator.builder().maxFindingsPerColumn(0).maxFindings(1_000_000).build();
    static final Path EXAMPLES = Path.of("..", "examples", "data", "validation");

    @Test
    void noSuggestionOnRealFilesChangesAValue() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(RealWorldRegressionTest.DIR, EXAMPLES)) {
            try (Stream<Path> s = Files.list(dir)) {
                files.addAll(s.filter(p -> p.toString().endsWith(".csv")).sorted().toList());
            }
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(14);
        List<String> problems = new ArrayList<>();
        Map<String, Integer> checked = new TreeMap<>();
        for (Path f : files) {
            check(ALL, f, problems, checked);
        }
        check(Validator.builder().maxFindingsPerColumn(0).template("aed@2021-suisho").build(),
                RealWorldRegressionTest.DIR.resolve("komae_aed.csv"), problems, checked);
        check(Validator.builder().maxFindingsPerColumn(0).template("aed@2021-suisho").build(),
                EXAMPLES.resolve("aed_defects_sjis.csv"), problems, checked);
        System.out.println("suggestions checked on real files, by kind: " + checked);
        assertThat(problems).isEmpty();
        // not vacuous: the real files have suggestions of each kind the rules make
        assertThat(checked).containsKeys("TEXT", "DATE", "CODE", "DITTO", "TIME");
        assertThat(checked.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(500);
    }

    private static void check(Validator v, Path f, List<String> problems, Map<String, Integer> checked)
            throws IOException {
        Report r = v.validate(f);
        String encoding = r.sources().get(0).encoding().orElseThrow();
        // the validator reads Shift_JIS with the CP932 table (the label says which the file needs)
        Charset cs = encoding.equals("CP932") || encoding.equals("Shift_JIS") ? Charset.forName("windows-31j")
                : Charset.forName(encoding);
        String text = new String(Files.readAllBytes(f), cs);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        SuggestionCheck.Outcome o = SuggestionCheck.check(v, f.getFileName().toString(), text, r);
        problems.addAll(o.problems());
        o.checked().forEach((k, n) -> checked.merge(k, n, Integer::sum));
    }
}
