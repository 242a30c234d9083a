package io.github.civicdata.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proves that {@link BundleCheck} finds what the "bundle is complete" tests of every module rely on
 * it to find; without this those tests would pass vacuously if the check broke. Fixtures:
 * {@code incomplete{,_ja}.properties} and {@code conflicted{,_ja}.properties} beside this package in
 * the test resources.
 */
class BundleCheckTest {

    private static final String PATH = "io/github/civicdata/core/internal/";

    private static List<String> problems(String name) throws Exception {
        return BundleCheck.problems(PATH.replace('/', '.') + name, BundleCheckTest.class.getClassLoader());
    }

    @Test
    void reportsMissingKeysDifferingPlaceholdersBlankAndBrokenPatterns() throws Exception {
        assertThat(problems("incomplete")).containsExactlyInAnyOrder(
                "only.english: missing in Japanese (" + PATH + "incomplete_ja.properties)",
                "only.japanese: missing in English (" + PATH + "incomplete.properties)",
                "fewer.placeholders: placeholders differ, en [0, 1] vs ja [0]",
                "quoted.placeholder: placeholders differ, en [] vs ja [0]",
                "blank: blank message",
                "unparsable: en pattern does not parse: Unmatched braces in the pattern.");
    }

    @Test
    void reportsMergeConflictMarkers() throws Exception {
        assertThat(problems("conflicted")).contains(
                PATH + "conflicted: merge conflict marker <<<<<<< left in the bundle",
                PATH + "conflicted: merge conflict marker >>>>>>> left in the bundle");
    }

    @Test
    void reportsMissingLanguageFiles() throws Exception {
        assertThat(problems("no-such-bundle")).containsExactly(
                PATH + "no-such-bundle.properties is missing",
                PATH + "no-such-bundle_ja.properties is missing");
    }

    @Test
    void aCompleteBundleHasNoProblems() throws Exception {
        assertThat(problems("complete")).isEmpty();
    }
}
