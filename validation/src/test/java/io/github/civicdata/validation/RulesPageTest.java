package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.LocalizedText;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.RuleInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules.md}, the page that every rule's {@code helpUri} (SARIF) points at: one heading
 * per rule id. Regenerate it from the rule catalogue and the message bundles with
 * {@code mvn -B -pl validation -am test -Dtest=RulesPageTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true}.
 */
class RulesPageTest {

    private static final Path PAGE = Path.of("..", "docs", "rules.md");

    @Test
    void everyRuleHasAHeadingThatItsHelpUriPointsAt() throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(PAGE, page(), StandardCharsets.UTF_8);
        }
        List<String> anchors = new ArrayList<>();
        for (String line : Files.readAllLines(PAGE, StandardCharsets.UTF_8)) {
            if (line.startsWith("### ")) {
                anchors.add(ValidationRules.anchor(line.substring(4).trim()));
            }
        }
        List<String> missing = new ArrayList<>();
        List<RuleInfo> all = new ArrayList<>(ValidationRules.all());
        all.addAll(io.github.civicdata.validation.csvw.CsvwRules.all());
        for (RuleInfo r : all) {
            String uri = r.helpUri().orElseThrow();
            assertThat(uri).startsWith(ValidationRules.RULES_PAGE + "#");
            if (!anchors.contains(uri.substring(uri.indexOf('#') + 1))) {
                missing.add(r.id());
            }
        }
        assertThat(missing).as("rules without a heading in docs/rules.md; regenerate it (see RulesPageTest)").isEmpty();
        assertThat(ValidationRules.anchor("csv.quote")).isEqualTo("csvquote");
        assertThat(ValidationRules.anchor("L1-08")).isEqualTo("l1-08");
    }

    static String page() {
        Messages m = Messages.get();
        StringBuilder sb = new StringBuilder();
        sb.append("# Validation rules\n\n");
        sb.append("Every rule that `civicdata validate` applies, one heading per rule id; the `helpUri` of each rule in\n");
        sb.append("SARIF reports points here. Generated from the rule catalogue (`ValidationRules`) and the message\n");
        sb.append("bundles by `RulesPageTest` (regenerate with `-Dgolden.update=true`); how the rules are checked is\n");
        sb.append("described in [validation.md](validation.md). The level is the one a rule counts for in a\n");
        sb.append("certificate ([certify.md](certify.md)): the Digital Agency's level for `L1-01` … `L3-09`, level 1 for\n");
        sb.append("the rules without which a file is not one readable table.\n");
        List<RuleInfo> all = new ArrayList<>(ValidationRules.all());
        all.addAll(io.github.civicdata.validation.csvw.CsvwRules.all()); // csvw.*: CSVW processing (issue 15)
        for (RuleInfo r : all) {
            LocalizedText title = m.title(r);
            sb.append("\n### ").append(r.id()).append("\n\n");
            sb.append("**").append(title.ja()).append("** / ").append(title.en()).append("\n\n");
            sb.append("Default severity `").append(r.severity().id()).append("`, ").append(r.mode().id());
            if (r.level().isPresent()) {
                sb.append(", level ").append(r.level().getAsInt());
            }
            if (!r.aliases().isEmpty()) {
                sb.append("; aliases ");
                for (int i = 0; i < r.aliases().size(); i++) {
                    sb.append(i == 0 ? "" : ", ").append('`').append(r.aliases().get(i)).append('`');
                }
            }
            sb.append(".\n\n");
            String key = ValidationRules.checksKey(r);
            if (m.contains(key)) {
                LocalizedText checks = m.localize(key, List.of());
                sb.append(checks.in(Locale.ENGLISH)).append("\n\n");
                sb.append(checks.ja()).append('\n');
            }
        }
        return sb.toString();
    }
}
