package io.github.civicdata.examples.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validation examples run on the bundled data (tests run in the examples module directory). */
class ValidationExamplesTest {

    static final Path DATA = Path.of("data", "validation");

    static String capture(java.util.function.Consumer<PrintStream> body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        body.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validateFileFindsTheTypicalDefects() {
        boolean[] conforms = new boolean[1];
        String out = capture(o -> conforms[0] = ValidateFile.run(DATA.resolve("aed_defects_sjis.csv"), o));
        assertThat(conforms[0]).isFalse();
        assertThat(out).contains("CP932").contains("[error L3-01]").contains("[error L1-08]").contains("[warning L3-06]")
                .contains("[warning L1-04]").contains("[error L2-02]").contains("[warning L3-05]")
                .contains("suggestion: 132195").contains("suggestion: ミドリダイシミンセンター")
                .contains("ja: ").contains("en: ");
        assertThat(capture(o -> conforms[0] = ValidateFile.run(DATA.resolve("aed_clean.csv"), o))).contains("0 error(s)");
        assertThat(conforms[0]).isTrue();
    }

    @Test
    void templateCertification() {
        String out = capture(o -> ValidateAgainstTemplate.run(DATA, o));
        assertThat(out).contains("aed_clean.csv: conforms against aed@2021-suisho")
                .contains("aed_defects_sjis.csv: does not conform against aed@2021-suisho")
                .contains("type-error 開始時間").contains("-> 08:30").contains("unique-error NO")
                .contains("constraint-error 設置位置").contains("-> 有");
    }

    @Test
    void ciReportWritesSarif(@TempDir Path dir) throws Exception {
        Path sarif = dir.resolve("out/validation.sarif");
        int[] status = new int[1];
        String out = capture(o -> status[0] = CiReport.run(DATA, sarif, o));
        assertThat(status[0]).isEqualTo(1);
        assertThat(out).contains("2 source(s)");
        String json = Files.readString(sarif);
        assertThat(json).contains("\"version\"").contains("L3-06").doesNotContain("ﾐﾄﾞﾘ");
    }
}
