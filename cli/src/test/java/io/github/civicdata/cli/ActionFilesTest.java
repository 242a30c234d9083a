package io.github.civicdata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The repository's integration files against the CLI they call, so that they cannot drift: every
 * input of the GitHub Action ({@code action.yml}) that is not about fetching the jar is an option
 * of {@code civicdata validate}, passed as that option by {@code action/run.sh}, with a default the
 * option accepts; the pre-commit hook ({@code .pre-commit-hooks.yaml}) names an executable script
 * and a file pattern that takes CSV/TSV/XLSX and nothing else.
 */
class ActionFilesTest {

    /** Action inputs that are not CLI options: what to validate, where the jar comes from, the upload. */
    private static final Set<String> NOT_OPTIONS = Set.of("files", "upload-sarif", "version", "sha256", "jar");

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static CommandSpec validate() {
        return new CommandLine(new ValidateCommand()).getCommandSpec();
    }

    @Test
    void everyActionInputIsAValidateOptionPassedByTheScript() throws IOException {
        JsonNode action = YAML.readTree(ROOT.resolve("action.yml").toFile());
        String script = Files.readString(ROOT.resolve("action/run.sh"));
        String steps = action.at("/runs/steps/0/env").toString();
        List<String> options = new ArrayList<>();
        for (Iterator<String> it = action.get("inputs").fieldNames(); it.hasNext();) {
            String input = it.next();
            String env = "CIVICDATA_" + input.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
            if (input.equals("upload-sarif")) {
                assertThat(action.at("/runs/steps/1/if").asText()).contains("inputs.upload-sarif == 'true'");
                assertThat(action.at("/runs/steps/1/uses").asText()).startsWith("github/codeql-action/upload-sarif@");
                continue;
            }
            assertThat(steps).as("the step's environment passes input %s", input)
                    .contains("\"" + env + "\":\"${{ inputs." + input + " }}\"");
            if (NOT_OPTIONS.contains(input)) {
                continue;
            }
            options.add(input);
            OptionSpec option = validate().findOption("--" + input);
            assertThat(option).as("input %s is civicdata validate --%s", input, input).isNotNull();
            assertThat(script).as("run.sh passes %s as --%s", env, input).containsPattern(
                    "--" + Pattern.quote(input) + " \"\\$\\{?" + env);
            String def = action.at("/inputs/" + input + "/default").asText();
            if (!def.isEmpty()) {
                int rc = Main.run(new String[] {"validate", "--" + input, def, "--help"},
                        new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
                        new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
                assertThat(rc).as("default '%s' of input %s is accepted by the CLI", def, input).isZero();
            }
        }
        assertThat(options).contains("template", "fail-on", "format");
        assertThat(action.at("/inputs/format/default").asText()).isEqualTo("sarif");
        assertThat(action.at("/runs/using").asText()).isEqualTo("composite");
        assertThat(validate().positionalParameters()).isNotEmpty(); // files
    }

    @Test
    void preCommitHookNamesAnExecutableScriptAndTakesDataFilesOnly() throws IOException {
        JsonNode hooks = YAML.readTree(ROOT.resolve(".pre-commit-hooks.yaml").toFile());
        assertThat(hooks.isArray()).isTrue();
        JsonNode hook = hooks.get(0);
        assertThat(hook.get("id").asText()).isEqualTo("civicdata-validate");
        Path entry = ROOT.resolve(hook.get("entry").asText());
        assertThat(entry).isRegularFile();
        assertThat(Files.isExecutable(entry)).as("%s is executable", entry).isTrue();
        assertThat(Files.readString(entry)).contains("validate \"$@\"");
        String files = hook.get("files").asText();
        Pattern p = Pattern.compile(files.replace("(?i)", ""), Pattern.CASE_INSENSITIVE);
        for (String yes : List.of("a.csv", "data/b.TSV", "c/d/e.xlsx", "F.CSV")) {
            assertThat(p.matcher(yes).find()).as(yes).isTrue();
        }
        for (String no : List.of("README.md", "a.csv.bak", "schema.json", "x.xls")) {
            assertThat(p.matcher(no).find()).as(no).isFalse();
        }
    }
}
