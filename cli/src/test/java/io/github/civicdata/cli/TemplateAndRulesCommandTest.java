package io.github.civicdata.cli;

import static io.github.civicdata.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.civicdata.cli.CliRun.Result;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code template id@version} as {@code validate --template} takes it; partly automatic rules in {@code rules}. */
class TemplateAndRulesCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void templateTakesIdAtVersionAsValidateDoes() {
        Result at = run("template", "aed@2021-suisho", "--lang", "en");
        assertThat(at.code()).as(at.err()).isEqualTo(ExitCode.OK);
        assertThat(at.out()).startsWith("aed@2021-suisho");
        assertThat(at.out()).isEqualTo(run("template", "aed", "--version", "2021-suisho", "--lang", "en").out());
        assertThat(run("template", "aed@2021-suisho", "--version", "2021-suisho", "--lang", "en").code())
                .isEqualTo(ExitCode.OK);
        Result both = run("template", "aed@2021-suisho", "--version", "2026-08");
        assertThat(both.code()).isEqualTo(ExitCode.USAGE);
        assertThat(both.err()).contains("--version");
        Result unknown = run("template", "aed@1999");
        assertThat(unknown.code()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("1999", "2021-suisho");
    }

    @Test
    void rulesMarkL304AndL308AsPartlyAutomatic() throws IOException {
        Result t = run("rules", "--lang", "en");
        assertThat(t.out().lines().filter(l -> l.startsWith("L3-04 ") || l.startsWith("L3-08 ")))
                .hasSize(2).allSatisfy(l -> assertThat(l).contains("partial"));
        JsonNode j = JSON.readTree(run("rules", "--format", "json").out());
        List<String> partial = new ArrayList<>();
        j.forEach(r -> {
            if (r.get("mode").asText().equals("partial")) {
                partial.add(r.get("id").asText());
            }
        });
        assertThat(partial).containsExactly("L3-04", "L3-08");
    }
}
