package io.github.civicdata.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The list of subcommands, in the order {@code --help} shows them. Each command lives in its own
 * class; add new ones here, under the name of its {@code @Command} ({@code CommandsTest} checks
 * that the two agree).
 *
 * <p>Building a subcommand's picocli model costs reflection over its class and mixins, and loading
 * classes it names; a run needs only the subcommand it executes. {@link #register(CommandLine,
 * String[])} therefore builds only that one when the first argument names it, none for a bare
 * {@code --version}, and all of them otherwise, with picocli's {@code help} (help, suggestions for a
 * mistyped name).
 */
final class Commands {

    /** The subcommand names, in help order. */
    private static final List<String> NAMES = List.of(
            // vocabulary: templates, template, code (issue 2)
            "templates", "template", "code",
            // metadata and catalogue: metadata, catalog (issue 3)
            "metadata", "catalog",
            // validation: validate, rules (issue 4)
            "validate", "rules",
            // certification: certify (with verify), keygen (issue 13)
            "certify", "keygen",
            // fixing: fix (issue 14)
            "fix",
            // CSV on the Web: csvw validate|rdf|json (issue 15)
            "csvw",
            // anonymisation: anonymize, risk (issue 5)
            "anonymize", "risk",
            // pseudonymisation (仮名加工情報, issue 17)
            "pseudonymise",
            // services: serve (issue 18)
            "serve");
    /** Other names of commands ({@code @Command(aliases)}), each with the command's name. */
    private static final Map<String, String> ALIASES = Map.of("pseudonymize", "pseudonymise");

    private Commands() {
    }

    /**
     * A new instance of the named subcommand, or null. A {@code switch} rather than a table of
     * constructor references: a reference ({@code ValidateCommand::new}) loads and verifies its
     * class when the table is built, so every run would load every command class (and the classes
     * their signatures name); here only the class of the command that runs is loaded.
     */
    private static Object create(String name) {
        return switch (name) {
            case "templates" -> new TemplatesCommand();
            case "template" -> new TemplateCommand();
            case "code" -> new CodeCommand();
            case "metadata" -> new MetadataCommand();
            case "catalog" -> new CatalogCommand();
            case "validate" -> new ValidateCommand();
            case "rules" -> new RulesCommand();
            case "certify" -> new CertifyCommand();
            case "keygen" -> new KeygenCommand();
            case "fix" -> new FixCommand();
            case "csvw" -> new CsvwCommand();
            case "anonymize" -> new AnonymizeCommand();
            case "risk" -> new RiskCommand();
            case "pseudonymise" -> new PseudonymiseCommand();
            case "serve" -> new ServeCommand();
            default -> null;
        };
    }

    /**
     * Registers every subcommand, picocli's {@code help} first (where {@code --help} lists it). A run
     * of one named command does not get {@code help}: it cannot be reached from there, and its
     * picocli model cost about 10 ms CPU of every start.
     */
    static void register(CommandLine cl) {
        cl.addSubcommand(new CommandLine.HelpCommand());
        for (String n : NAMES) {
            cl.addSubcommand(create(n));
        }
    }

    /**
     * Registers what a run with these arguments needs: the subcommand named by the first argument,
     * nothing for a lone {@code --version}/{@code -V}, else every subcommand.
     */
    static void register(CommandLine cl, String[] args) {
        if (Main.isVersion(args)) {
            return;
        }
        Object only = args.length > 0 ? create(ALIASES.getOrDefault(args[0], args[0])) : null;
        if (only != null) {
            cl.addSubcommand(only);
        } else {
            register(cl);
        }
    }

    /**
     * The picocli command line of {@link Main} with what these arguments need
     * ({@link #register(CommandLine, String[])}), or every subcommand when {@code args} is null, its
     * writers, handlers and settings. Here rather than in {@link Main}, so that loading {@code Main}
     * loads no picocli class ({@link Main#run(String[], PrintStream, PrintStream)} may run a command
     * without picocli).
     */
    static CommandLine commandLine(PrintStream out, PrintStream err, String[] args) {
        CommandLine cl = new CommandLine(new Main());
        if (args == null) {
            register(cl);
        } else {
            register(cl, args);
        }
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println(ex.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, c.getErr())) {
                c.getErr().println(CliMessages.bilingual("cli.see-help", c.getCommandSpec().qualifiedName()));
            }
            return ExitCode.USAGE;
        });
        cl.setExitCodeExceptionMapper(ex -> ExitCode.ERROR);
        return cl;
    }

    /** What {@link Main} without a subcommand throws: a usage error ("missing subcommand"). */
    static RuntimeException missingSubcommand(CommandLine.Model.CommandSpec spec) {
        return new CommandLine.ParameterException(spec.commandLine(), CliMessages.bilingual("cli.missing-subcommand"));
    }

    /** The aliases of subcommands, each with the subcommand's name. */
    static Map<String, String> aliases() {
        return ALIASES;
    }

    /** The subcommand names, in help order, each with a factory of the command (for tests). */
    static Map<String, Supplier<Object>> all() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        NAMES.forEach(n -> m.put(n, () -> create(n)));
        return java.util.Collections.unmodifiableMap(m);
    }
}
