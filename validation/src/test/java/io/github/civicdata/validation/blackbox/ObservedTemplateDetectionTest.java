package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Report;
import io.github.civicdata.validation.Validator;
import io.github.civicdata.vocab.DatasetTemplate;
import io.github.civicdata.vocab.Vocabulary;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A file with the headers of a current-edition layout (templates of observed names) is detected as that layout. */
class ObservedTemplateDetectionTest {

    @Test
    void everyObservedTemplateIsDetectedOnAFileWithItsHeaders() {
        Validator v = Validator.builder().build();
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (DatasetTemplate t : Vocabulary.standard().templates()) {
            if (!t.version().equals("2024-observed")) {
                continue;
            }
            n++;
            String csv = String.join(",", t.headers()) + "\n" + ",".repeat(t.headers().size() - 1) + "x\n";
            Report r = v.validate(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), t.id() + ".csv");
            List<Finding> detected = r.findings().stream().filter(f -> f.ruleId().equals("template.detected")).toList();
            if (detected.size() != 1 || !detected.get(0).arguments().contains(t.key())) {
                problems.add(t.key() + " detected as " + detected.stream().map(Finding::arguments).toList());
            }
        }
        assertThat(n).isEqualTo(10);
        assertThat(problems).isEmpty();
    }

    @Test
    void aLegacyFileStaysWithItsLegacyTemplate() {
        DatasetTemplate legacy = Vocabulary.standard().template("population-by-area-and-age", "2021-suisho").orElseThrow();
        String csv = String.join(",", legacy.headers()) + "\n" + ",".repeat(legacy.headers().size() - 1) + "1\n";
        Report r = Validator.builder().build().validate(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "legacy.csv");
        assertThat(r.findings().stream().filter(f -> f.ruleId().equals("template.detected")).findFirst().orElseThrow()
                .arguments()).contains("population-by-area-and-age@2021-suisho");
    }
}
