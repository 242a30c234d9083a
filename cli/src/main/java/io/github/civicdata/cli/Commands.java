package io.github.civicdata.cli;

import java.util.LinkedHashMap;
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
 * {@code --version}, and all of them otherwise (help, suggestions for a mistyped name).
 */
final class Commands {

    private static final Map<String, Supplier<Object>> ALL = new LinkedHashMap<>();
    /** Other names of commands ({@code @Command(aliases)}), each with the command's name. */
    private static final Map<String, String> ALIASES = Map.of("pseudonymize", "pseudonymise");

    static {
        // vocabulary: templates, template, code (issue 2)
        ALL.put("templates", TemplatesCommand::new);
        ALL.put("template", TemplateCommand::new);
        ALL.put("code", CodeCommand::new);
        // metadata and catalogue: metadata, catalog (issue 3)
        ALL.put("metadata", MetadataCommand::new);
        ALL.put("catalog", CatalogCommand::new);
        // validation: validate, rules (issue 4)
        ALL.put("validate", ValidateCommand::new);
        ALL.put("rules", RulesCommand::new);
        // certification: certify (with verify), keygen (issue 13)
        ALL.put("certify", CertifyCommand::new);
        ALL.put("keygen", KeygenCommand::new);
        // fixing: fix (issue 14)
        ALL.put("fix", FixCommand::new);
        // CSV on the Web: csvw validate|rdf|json (issue 15)
        ALL.put("csvw", CsvwCommand::new);
        // anonymisation: anonymize, risk (issue 5)
        ALL.put("anonymize", AnonymizeCommand::new);
        ALL.put("risk", RiskCommand::new);
        // pseudonymisation (仮名加工情報, issue 17)
        ALL.put("pseudonymise", PseudonymiseCommand::new);
        // services: serve (issue 18)
        ALL.put("serve", ServeCommand::new);
    }

    private Commands() {
    }

    /** Registers every subcommand. */
    static void register(CommandLine cl) {
        ALL.values().forEach(s -> cl.addSubcommand(s.get()));
    }

    /**
     * Registers what a run with these arguments needs: the subcommand named by the first argument,
     * nothing for a lone {@code --version}/{@code -V}, else every subcommand.
     */
    static void register(CommandLine cl, String[] args) {
        if (args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]))) {
            return;
        }
        Supplier<Object> only = args.length > 0 ? ALL.get(ALIASES.getOrDefault(args[0], args[0])) : null;
        if (only != null) {
            cl.addSubcommand(only.get());
        } else {
            register(cl);
        }
    }

    /** The aliases of subcommands, each with the subcommand's name. */
    static Map<String, String> aliases() {
        return ALIASES;
    }

    /** The subcommand names, in help order. */
    static Map<String, Supplier<Object>> all() {
        return java.util.Collections.unmodifiableMap(ALL);
    }
}
