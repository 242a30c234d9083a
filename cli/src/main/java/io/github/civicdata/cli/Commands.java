package io.github.civicdata.cli;

import picocli.CommandLine;

/**
 * The list of subcommands, in the order {@code --help} shows them. Each command lives in its own
 * class; add new ones here.
 */
final class Commands {

    private Commands() {
    }

    static void register(CommandLine cl) {
        // vocabulary: templates, template, code (issue 2)
        cl.addSubcommand(new TemplatesCommand());
        cl.addSubcommand(new TemplateCommand());
        cl.addSubcommand(new CodeCommand());
        // metadata and catalogue: metadata, catalog (issue 3)
        cl.addSubcommand(new MetadataCommand());
        cl.addSubcommand(new CatalogCommand());
        // validation: validate, rules (issue 4)
        cl.addSubcommand(new ValidateCommand());
        cl.addSubcommand(new RulesCommand());
        // fixing: fix (issue 14)
        cl.addSubcommand(new FixCommand());
        // anonymisation: anonymize, risk (issue 5)
        cl.addSubcommand(new AnonymizeCommand());
        cl.addSubcommand(new RiskCommand());
    }
}
