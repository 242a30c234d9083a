package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.RuleInfo;
import io.github.civicdata.core.Severity;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValidationRulesTest {

    @Test
    void everyOfficialRuleIsCataloguedWithItsOfficialJapaneseTitle() throws Exception {
        JsonNode rules;
        try (InputStream in = getClass().getResourceAsStream("rules/machine-readability-rules.json")) {
            rules = new ObjectMapper().readTree(in);
        }
        assertThat(rules.size()).isEqualTo(30);
        assertThat(ValidationRules.official()).hasSize(30);
        List<String> listed = new java.util.ArrayList<>();
        rules.forEach(r -> listed.add(r.get("id").asText()));
        // the catalogue's official rules are the list's, in its order (their levels are not read from it at run time)
        assertThat(ValidationRules.official().stream().map(RuleInfo::id).toList()).isEqualTo(listed);
        for (JsonNode r : rules) {
            String id = r.get("id").asText();
            RuleInfo info = ValidationRules.find(id).orElseThrow();
            assertThat(Messages.get().title(info).ja()).as(id).isEqualTo(r.get("name").asText());
            // the level is the Digital Agency's, and the id says the same (L2-01 is of level 2)
            assertThat(info.level()).as(id).hasValue(r.get("level").asText().charAt(5) - '0');
            assertThat(info.level().getAsInt()).isEqualTo(id.charAt(1) - '0');
        }
    }

    @Test
    void checklistNumbersAndFrictionlessCodesAreAliases() throws Exception {
        List<String> numbers;
        try (InputStream in = getClass().getResourceAsStream("rules/soumu-2020-checklist.csv")) {
            numbers = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().skip(1)
                    .map(l -> l.substring(0, l.indexOf(','))).toList();
        }
        assertThat(numbers).hasSize(14);
        for (String n : numbers) {
            assertThat(ValidationRules.find(n)).as(n).isPresent();
        }
        assertThat(ValidationRules.find("1-10").orElseThrow().id()).isEqualTo("L1-08");
        assertThat(ValidationRules.find("2-2").orElseThrow().id()).isEqualTo("L1-02");
        assertThat(ValidationRules.find("blank-row").orElseThrow().id()).isEqualTo("L1-03");
        assertThat(ValidationRules.find("duplicate-label").orElseThrow().id()).isEqualTo("L2-03");
        assertThat(ValidationRules.find("BLANK-LABEL").orElseThrow().id()).isEqualTo("L1-05");
        for (String code : List.of("extra-cell", "missing-cell", "type-error", "constraint-error", "unique-error",
                "encoding-error")) {
            assertThat(ValidationRules.find(code)).as(code).isPresent();
        }
        assertThat(ValidationRules.find("nope")).isEmpty();
    }

    @Test
    void structuralRulesCountForLevelOneAndTemplateRulesForNone() {
        for (String id : List.of("extra-cell", "missing-cell", "encoding-error", "csv.quote", "csv.empty",
                "file.unreadable", "xlsx.unreadable", "xlsx.malformed", "file.not-validated", "limit.field-length",
                "limit.xlsx-part-time", "validation.internal-error")) {
            assertThat(ValidationRules.find(id).orElseThrow().level()).as(id).hasValue(1);
        }
        for (String id : List.of("template.missing-column", "type-error", "constraint-error", "unique-error",
                "foreign-key", "data.empty-column", "data.header-row", "template.detected", "template.mapping",
                "limit.unique-values")) {
            assertThat(ValidationRules.find(id).orElseThrow().level()).as(id).isEmpty();
        }
    }

    @Test
    void manualRulesAreListedAsManual() {
        assertThat(ValidationRules.all()).filteredOn(r -> r.mode() == RuleInfo.Mode.MANUAL)
                .extracting(RuleInfo::id).containsExactly("L3-02", "L3-07");
        // checked only in part: units in cells (not whether documented), the encoding (not definitions, history)
        assertThat(ValidationRules.all()).filteredOn(r -> r.mode() == RuleInfo.Mode.PARTIAL)
                .extracting(RuleInfo::id).containsExactly("L3-04", "L3-08");
        assertThat(ValidationRules.find("L1-08").orElseThrow().severity()).isEqualTo(Severity.ERROR);
        assertThat(ValidationRules.find("L3-09").orElseThrow().severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void everyMessageKeyUsedInTheCodeExists() throws Exception {
        java.nio.file.Path src = java.nio.file.Path.of("src/main/java/io/github/civicdata/validation");
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(
                "\"((?:L[123]-\\d\\d|extra-cell|missing-cell|constraint-error|encoding-error|csv|xlsx|template|limit|data|file|validation)[.][a-z0-9.-]+)\"");
        // the certify package too; csvw has its own bundle (CsvwMessages) and its own check
        try (var files = java.nio.file.Files.walk(src).filter(java.nio.file.Files::isRegularFile)
                .filter(f -> !f.startsWith(src.resolve("csvw")))) {
            for (java.nio.file.Path f : files.toList()) {
                java.util.regex.Matcher m = p.matcher(java.nio.file.Files.readString(f));
                while (m.find()) {
                    String key = m.group(1);
                    if (key.endsWith(".")) {
                        continue;
                    }
                    assertThat(Messages.get().pattern(Locale.ENGLISH, key)).as(key + " in " + f.getFileName()).isPresent();
                }
            }
        }
    }
}
