package io.github.civicdata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.cli.CliRun.Result;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.ParserSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@link ValidateArgs}, the parser of {@code validate} command lines that runs without picocli:
 * its table of options is picocli's model of {@code validate} (every option, name, type, arity,
 * default; the parser settings its rules rely on), so an option added to {@link ValidateCommand}
 * or its report mixin without a row here fails; and whole runs give the same exit code, standard
 * output and standard error whether it or picocli parsed the command line.
 * {@code ValidateArgsProperties} compares the parsed commands on generated command lines.
 */
class ValidateArgsTest {

    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        Main.directArgs = true;
    }

    /** picocli's model of {@code validate}, built as {@link Main} builds it. */
    static CommandLine picocli(String... args) {
        PrintStream p = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return Main.commandLine(p, p, args);
    }

    static CommandSpec validateSpec() {
        return picocli("validate").getSubcommands().get("validate").getCommandSpec();
    }

    @Test
    void theTableIsPicocliModelOfValidate() {
        CommandSpec spec = validateSpec();
        Set<String> keys = new HashSet<>();
        int help = 0;
        for (OptionSpec o : spec.options()) {
            if (o.usageHelp() || o.versionHelp()) {
                help++;
                assertThat(o.names()).as("picocli's help options, which the fast path declines")
                        .isSubsetOf("-h", "--help", "-V", "--version");
                for (String n : o.names()) {
                    assertThat(ValidateArgs.find(n)).as(n).isNull();
                }
                continue;
            }
            ValidateArgs.Option t = ValidateArgs.find(o.longestName());
            assertThat(t).as("a row of ValidateArgs.OPTIONS for %s", o.longestName()).isNotNull();
            keys.add(t.key());
            assertThat(t.key()).isEqualTo(o.longestName());
            assertThat(t.names()).as(o.longestName()).containsExactlyInAnyOrder(o.names());
            assertThat(t.defaultValue()).as("default of %s", o.longestName()).isEqualTo(o.defaultValue());
            if (t.defaultValue() != null) {
                assertThat(t.defaultValue()).as("no ${…} to interpolate").doesNotContain("${");
            }
            assertThat(o.required()).as("required %s", o.longestName()).isFalse();
            assertThat(o.negatable()).as("negatable %s", o.longestName()).isFalse();
            assertThat(o.inherited()).isFalse();
            assertThat(o.interactive()).isFalse();
            assertThat(o.converters()).as("custom converter of %s", o.longestName()).isEmpty();
            assertThat(o.splitRegex()).as("split of %s", o.longestName()).isEmpty();
            assertThat(o.parameterConsumer()).as("parameter consumer of %s", o.longestName()).isNull();
            assertThat(o.fallbackValue()).as("fallback of %s", o.longestName()).isEmpty();
            assertThat(o.group()).isNull();
            if (t.list()) {
                assertThat(o.isMultiValue()).isTrue();
                assertThat(o.type()).isEqualTo(List.class);
                assertThat(o.auxiliaryTypes()).containsExactly(t.type());
                assertThat(o.arity().toString()).as("one value per occurrence of %s", o.longestName()).isEqualTo("1");
            } else {
                assertThat(o.isMultiValue()).isFalse();
                assertThat(o.type()).as("type of %s", o.longestName()).isEqualTo(t.type());
                assertThat(o.arity().toString()).as("arity of %s", o.longestName())
                        .isEqualTo(t.type() == boolean.class ? "0" : "1");
            }
        }
        assertThat(help).isEqualTo(2);
        assertThat(keys).as("every row is an option of picocli's model").hasSameSizeAs(ValidateArgs.OPTIONS);

        List<PositionalParamSpec> positionals = spec.positionalParameters();
        assertThat(positionals).hasSize(1);
        PositionalParamSpec p = positionals.get(0);
        assertThat(p.arity().toString()).isEqualTo("1..*");
        assertThat(p.type()).isEqualTo(List.class);
        assertThat(p.auxiliaryTypes()).containsExactly(String.class);
        assertThat(p.converters()).isEmpty();
        assertThat(p.splitRegex()).isEmpty();
        assertThat(p.parameterConsumer()).isNull();
        assertThat(spec.subcommands()).as("validate has no subcommand").isEmpty();
        assertThat(spec.argGroups()).isEmpty();
        assertThat(spec.aliases()).isEmpty();
        assertThat(Commands.aliases()).doesNotContainValue(ValidateArgs.COMMAND);
    }

    /** The parser settings the fast path's rules assume (ValidateArgs' javadoc). */
    @Test
    void picocliParsesWithTheSettingsTheFastPathAssumes() {
        ParserSpec p = validateSpec().parser();
        assertThat(p.separator()).isEqualTo("=");
        assertThat(p.endOfOptionsDelimiter()).isEqualTo("--");
        assertThat(p.caseInsensitiveEnumValuesAllowed()).isTrue();
        assertThat(p.abbreviatedOptionsAllowed()).isFalse();
        assertThat(validateSpec().optionsCaseInsensitive()).isFalse();
        assertThat(p.overwrittenOptionsAllowed()).isFalse();
        assertThat(p.unmatchedArgumentsAllowed()).isFalse();
        assertThat(p.unmatchedOptionsArePositionalParams()).isFalse();
        assertThat(p.unmatchedOptionsAllowedAsOptionParameters()).isTrue(); // values starting with '-' are declined
        assertThat(p.allowOptionsAsOptionParameters()).isFalse();
        assertThat(p.allowSubcommandsAsOptionParameters()).isFalse();
        assertThat(p.toggleBooleanFlags()).isFalse();
        assertThat(p.stopAtPositional()).isFalse();
        assertThat(p.stopAtUnmatched()).isFalse();
        assertThat(p.trimQuotes()).isFalse();
        assertThat(p.splitQuotedStrings()).isFalse();
        assertThat(p.expandAtFiles()).isTrue(); // arguments starting with '@' are declined
        assertThat(p.limitSplit()).isFalse();
    }

    @Test
    void everyRowIsSetOnTheCommand() {
        for (ValidateArgs.Option o : ValidateArgs.OPTIONS) {
            String sample = o.type() == String.class ? "x" : o.type() == int.class || o.type() == Integer.class ? "7"
                    : o.type() == Path.class ? "p.json" : o.type().isEnum() ? o.type().getEnumConstants()[0].toString()
                    : null;
            Object v = o.type() == boolean.class ? Boolean.TRUE : ValidateArgs.convert(o.type(), sample);
            new ValidateCommand().option(o.key(), v); // throws for a row the command does not know
        }
    }

    @Test
    void ordinaryCommandLinesAreTakenHelpAndOddShapesAreNot() {
        assertThat(ValidateArgs.parse(new String[] {"validate", "a.csv"})).isNotNull();
        assertThat(ValidateArgs.parse(new String[] {"validate", "--format=json", "-o", "r.json", "--severity",
            "L1-08=warning", "--severity", "L2-01=info", "--hide-values", "a.csv", "b.csv"})).isNotNull();
        // the GitHub Action's shape (action/run.sh): options, then -- and the files
        assertThat(ValidateArgs.parse(new String[] {"validate", "--fail-on", "error", "--format", "sarif", "--lang",
            "ja", "--output", "r.sarif", "--", "."})).isNotNull();
        assertThat(ValidateArgs.parse(new String[] {"validate", "--", "-odd-name.csv", "--", "--format"}))
                .as("after --, every argument is a file").isNotNull();
        for (String[] declined : List.of(
                new String[] {"validate"},
                new String[] {"validate", "--help"},
                new String[] {"validate", "-h", "a.csv"},
                new String[] {"validate", "--version", "a.csv"},
                new String[] {"validate", "--", "@a.csv"},
                new String[] {"validate", "--format", "json", "--"},
                new String[] {"validate", "@args.txt"},
                new String[] {"validate", "--form", "json", "a.csv"}, // abbreviation: picocli says it is unknown
                new String[] {"validate", "-oreport.json", "a.csv"},
                new String[] {"validate", "--format", "json", "--format", "text", "a.csv"},
                new String[] {"validate", "--max-findings", "-1", "a.csv"},
                new String[] {"validate", "--max-findings", "many", "a.csv"},
                new String[] {"validate", "--hide-values=true", "a.csv"},
                new String[] {"validate", "--template", ""},
                new String[] {"validate", "a.csv", "--template"},
                new String[] {"validate", "-", "a.csv"},
                new String[] {"template", "aed"},
                new String[] {"--lang", "en", "validate", "a.csv"})) {
            assertThat(ValidateArgs.parse(declined)).as(Arrays.toString(declined)).isNull();
        }
    }

    @Test
    void aPicocliSystemPropertyLeavesTheCommandLineToPicocli() {
        System.setProperty("picocli.trace", "OFF");
        try {
            assertThat(ValidateArgs.parse(new String[] {"validate", "a.csv"})).isNull();
        } finally {
            System.clearProperty("picocli.trace");
        }
    }

    /**
     * Running out of memory: the message {@link ValidateArgs#execute} prints is the one picocli's
     * route prints ({@link ErrorHandler} finds the parse result of the subcommand and reports from the
     * root: "civicdata validate", no input size for its list of strings).
     */
    @Test
    void outOfMemoryMessageIsPicocliRoutes() {
        String[] args = {"validate", dir.resolve("a.csv").toString()};
        CommandLine cl = picocli(args);
        StringWriter viaPicocli = new StringWriter();
        cl.setErr(new PrintWriter(viaPicocli, true));
        cl.parseArgs(args);
        assertThat(cl.getSubcommands().get("validate").getParseResult()).isNotNull();
        OutOfMemory.report(cl);
        StringWriter direct = new StringWriter();
        OutOfMemory.report("civicdata validate", "validate", List.of(), new PrintWriter(direct, true));
        assertThat(direct.toString()).isEqualTo(viaPicocli.toString()).contains("civicdata validate");
    }

    /**
     * Whole runs, in-process: the same exit code, standard output and standard error through the
     * fast path and through picocli, for reports in every format, options of every kind, and the
     * command's own usage errors and unreadable inputs (exit 2 and 3, printed by the command).
     */
    @Test
    void runsAreTheSameThroughEitherParser() throws Exception {
        Path clean = Files.writeString(dir.resolve("clean.csv"), "名称,住所,人数\n市役所,東京都千代田区,10\n");
        Path defects = Files.write(dir.resolve("defects.csv"),
                ("名称,カナ,人数\n第①会議室,ｼﾐﾝ,10人\n㈱会館,シミン,20\n").getBytes(Charset.forName("windows-31j")));
        Path towns = Files.writeString(dir.resolve("towns.csv"), "not a town master\n");
        String c = clean.toString();
        String d = defects.toString();
        List<List<String>> lines = new ArrayList<>(List.of(
                List.of("validate", c),
                List.of("validate", d),
                List.of("validate", "--lang", "en", d, c),
                List.of("validate", "--lang=JA", "--fail-on", "never", d),
                List.of("validate", "--format", "json", d),
                List.of("validate", "--format", "sarif", "--hide-values", d),
                List.of("validate", "--format", "junit", "--fail-on", "warning", d),
                List.of("validate", "--format", "html", "--lang", "en", c),
                List.of("validate", "--format", "json", "-o", dir.resolve("r.json").toString(), d),
                List.of("validate", "--template", "aed", "--max-findings", "2", d),
                List.of("validate", "--severity", "L1-08=warning", "--disable", "L2-01", "--lang", "en", d),
                List.of("validate", "--rules", "none", "--no-detect-template", d),
                List.of("validate", "--encoding", "windows-31j", "--delimiter", ",", "--header-row", "1", d),
                List.of("validate", "--max-per-column", "1", "--max-field-length", "100", "--max-line-length", "1000",
                        "--max-columns", "10", "--max-unique-values", "5", "--xlsx-part-time-limit", "5", "--threads",
                        "1", "--progress", "never", d),
                List.of("validate", "--as-of", "2020-04-01", "--lang", "en", d),
                // the command's own usage errors and unreadable inputs
                List.of("validate", "--rules", "some", d),
                List.of("validate", "--encoding", "no-such-charset", d),
                List.of("validate", "--delimiter", "ab", d),
                List.of("validate", "--severity", "L1-08", d),
                List.of("validate", "--disable", "no-such-rule", d),
                List.of("validate", "--max-columns", "0", d),
                List.of("validate", "--template", "no-such-template", d),
                List.of("validate", "--as-of", "yesterday", d),
                List.of("validate", "--towns", towns.toString(), d),
                List.of("validate", "--schema", dir.resolve("missing.json").toString(), d),
                List.of("validate", "--template", "aed", "--schema", towns.toString(), d),
                List.of("validate", dir.resolve("missing.csv").toString()),
                List.of("validate", dir.resolve("*.nothing").toString(), c),
                List.of("validate", "--max-findings", "0", "--format", "json", d),
                // the GitHub Action's shape: options, --, the files
                List.of("validate", "--fail-on", "error", "--format", "sarif", "--lang", "ja", "--output",
                        dir.resolve("r.sarif").toString(), "--", d, c)));
        int taken = 0;
        for (List<String> line : lines) {
            String[] args = line.toArray(String[]::new);
            if (ValidateArgs.parse(args) != null) {
                taken++;
            }
            Main.directArgs = true;
            Result fast = CliRun.run(args);
            Main.directArgs = false;
            Result picocli = CliRun.run(args);
            assertThat(fast).as("%s", line).isEqualTo(picocli);
        }
        assertThat(taken).as("the fast path took every one of these").isEqualTo(lines.size());
    }

    /** Command lines the fast path declines still run through picocli, with its messages. */
    @Test
    void declinedCommandLinesKeepPicocliMessages() {
        Result help = CliRun.run("validate", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).startsWith("Usage: civicdata validate");
        Result bad = CliRun.run("validate", "--format", "jsn", "a.csv");
        assertThat(bad.code()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).contains("Invalid value for option '--format'")
                .contains("Run 'civicdata validate --help' for usage.");
        Result unknown = CliRun.run("validate", "--formt", "json", "a.csv");
        assertThat(unknown.code()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("Unknown option: '--formt'");
        Result none = CliRun.run("validate");
        assertThat(none.code()).isEqualTo(ExitCode.USAGE);
        assertThat(none.err()).contains("Missing required parameter");
    }
}
