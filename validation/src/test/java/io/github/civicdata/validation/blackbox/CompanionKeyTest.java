package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.SourceInfo;
import io.github.civicdata.validation.Validator;
import io.github.civicdata.vocab.DatasetTemplate;
import io.github.civicdata.vocab.Vocabulary;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two-file datasets (施設・設備分離型): a 投票所一覧 file and the shared 施設 file joined on 施設_ID; each
 * is checked against its own template and every 施設_ID of the first must be in the second.
 */
class CompanionKeyTest {

    private static final Vocabulary V = Vocabulary.standard();

    /** A file with the template's headers and one row per key; other cells hold a plain value. */
    private static Path write(Path dir, String name, DatasetTemplate t, List<String> keys, Charset cs) throws IOException {
        StringBuilder sb = new StringBuilder(String.join(",", t.headers())).append("\r\n");
        int n = 1;
        for (String k : keys) {
            List<String> cells = new ArrayList<>();
            for (String h : t.headers()) {
                cells.add(h.equals("施設_ID") ? k : "");
            }
            sb.append(String.join(",", cells)).append("\r\n");
            n++;
        }
        Path p = dir.resolve(name);
        Files.write(p, sb.toString().getBytes(cs));
        return p;
    }

    @Test
    void everyKeyOfTheDatasetFileMustBeInTheCompanionFile(@TempDir Path dir) throws IOException {
        DatasetTemplate polling = V.template("polling-place", "2024-observed").orElseThrow();
        DatasetTemplate facility = V.template("facility", "2024-observed").orElseThrow();
        Path main = write(dir, "polling.csv", polling, List.of("F1", "F2", "F9", "F1"), StandardCharsets.UTF_8);
        // the shared file in Shift_JIS: read again with its own encoding
        Path shared = write(dir, "facility.csv", facility, List.of("F1", "F2", "F3"), Charset.forName("windows-31j"));
        Validator v = Validator.builder().template("polling-place").build();
        for (List<Path> order : List.of(List.of(main, shared), List.of(shared, main))) {
            Report r = v.validate(order);
            assertThat(r.findings()).extracting(Finding::ruleId).doesNotContain(Validator.INTERNAL_ERROR,
                    "template.unknown-column", "template.missing-column");
            List<Finding> fk = r.findings().stream().filter(f -> f.ruleId().equals("foreign-key")).toList();
            assertThat(fk).hasSize(1);
            Finding orphan = fk.get(0);
            assertThat(orphan.severity()).isEqualTo(Severity.ERROR);
            assertThat(orphan.location().source()).isEqualTo(main.toString());
            assertThat(orphan.location().row()).hasValue(3);
            assertThat(orphan.location().line()).hasValue(4);
            assertThat(orphan.location().header()).contains("施設_ID");
            assertThat(orphan.value()).contains("F9");
            assertThat(Messages.get().localize(orphan).en()).contains("施設_ID", "facility.csv", "facility@2024-observed");
            assertThat(Messages.get().localize(orphan).ja()).contains("対になるファイル");
            // each file against its own template, with the template's provenance in the report
            SourceInfo m = r.sources().stream().filter(s -> s.name().equals(main.toString())).findFirst().orElseThrow();
            SourceInfo f = r.sources().stream().filter(s -> s.name().equals(shared.toString())).findFirst()
                    .orElseThrow();
            assertThat(m.template()).contains("polling-place@2024-observed");
            assertThat(f.template()).contains("facility@2024-observed");
            assertThat(m.templateProvenance()).contains("observed: derived-gif 12, observed 4");
            assertThat(f.encoding()).contains("Shift_JIS");
        }
    }

    @Test
    void withoutTheCompanionFileTheReportSaysSo(@TempDir Path dir) throws IOException {
        DatasetTemplate polling = V.template("polling-place", "2024-observed").orElseThrow();
        Path main = write(dir, "polling.csv", polling, List.of("F1"), StandardCharsets.UTF_8);
        Report r = Validator.builder().template("polling-place").build().validate(List.of(main));
        List<Finding> fk = r.findings().stream().filter(f -> f.ruleId().equals("foreign-key")).toList();
        assertThat(fk).hasSize(1);
        assertThat(fk.get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(Messages.get().localize(fk.get(0)).en()).contains("facility@2024-observed", "施設_ID");
    }

    @Test
    void aCompanionFileWithoutTheKeyColumnIsAWarningNotASilentPass(@TempDir Path dir) throws IOException {
        DatasetTemplate polling = V.template("polling-place", "2024-observed").orElseThrow();
        DatasetTemplate facility = V.template("facility", "2024-observed").orElseThrow();
        Path main = write(dir, "polling.csv", polling, List.of("F1"), StandardCharsets.UTF_8);
        String header = String.join(",", facility.headers()).replace("施設_ID", "施設番号");
        Path shared = dir.resolve("facility.csv");
        Files.writeString(shared, header + "\n" + ",".repeat(facility.headers().size() - 1) + "\n");
        Report r = Validator.builder().template("polling-place").build().validate(List.of(main, shared));
        List<Finding> fk = r.findings().stream().filter(f -> f.ruleId().equals("foreign-key")).toList();
        assertThat(fk).extracting(Finding::messageKey).containsExactly("foreign-key.unchecked-column");
        assertThat(fk.get(0).severity()).isEqualTo(Severity.WARNING);
    }
}
