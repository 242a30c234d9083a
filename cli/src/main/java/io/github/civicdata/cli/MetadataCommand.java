package io.github.civicdata.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code civicdata metadata}: the dataset-record commands ({@code validate}, {@code convert}). */
@Command(name = "metadata", mixinStandardHelpOptions = true,
        description = {"Check and convert dataset metadata records (JSON, DCAT Turtle/JSON-LD/RDF/XML, CKAN).",
            "データセットのメタデータ（JSON、DCAT、CKAN）を検証・変換します。"},
        subcommands = {MetadataValidateCommand.class, MetadataConvertCommand.class},
        footer = {"", "Run 'civicdata metadata <command> --help' for the options of a command."})
final class MetadataCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), CliMessages.bilingual("cli.missing-subcommand"));
    }
}
