package io.github.civicdata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The subcommand list and the lazy registration that builds only what a run needs. */
class CommandsTest {

    private static CommandLine cl(String... args) {
        PrintStream p = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return Main.commandLine(p, p, args);
    }

    @Test
    void everyEntryIsRegisteredUnderItsOwnCommandName() {
        for (Map.Entry<String, Supplier<Object>> e : Commands.all().entrySet()) {
            CommandLine.Command c = e.getValue().get().getClass().getAnnotation(CommandLine.Command.class);
            assertThat(c.name()).isEqualTo(e.getKey());
            for (String alias : c.aliases()) { // the lazy registration finds a command by its aliases too
                assertThat(Commands.aliases()).containsEntry(alias, e.getKey());
            }
        }
    }

    @Test
    void aRunBuildsOnlyTheCommandItNames() {
        // "help" is picocli's: only where every command is (its model cost ~10 ms of each start)
        assertThat(cl("validate", "x.csv").getSubcommands()).containsOnlyKeys("validate");
        assertThat(cl("pseudonymize", "x.csv").getSubcommands()).containsOnlyKeys("pseudonymise", "pseudonymize");
        assertThat(cl("--version").getSubcommands()).isEmpty();
        assertThat(cl("-V").getSubcommands()).isEmpty();
        // help, no command, a misspelt one, options first: every command (help lists them, suggestions)
        for (String[] args : new String[][] {{}, {"--help"}, {"help", "validate"}, {"valdate"}, {"--version", "validate"}}) {
            assertThat(cl(args).getSubcommands().keySet()).containsAll(Commands.all().keySet()).contains("help");
        }
    }

    @Test
    void helpStillListsEveryCommandAndAMisspeltOneGetsASuggestion() {
        CliRun.Result help = CliRun.run("--help");
        assertThat(help.code()).isZero();
        for (String name : Commands.all().keySet()) {
            assertThat(help.out()).contains(name);
        }
        CliRun.Result typo = CliRun.run("valdate", "x.csv");
        assertThat(typo.code()).isEqualTo(ExitCode.USAGE);
        assertThat(typo.err()).contains("validate");
        assertThat(CliRun.run("--version").out()).startsWith("civicdata ");
    }
}
