package io.github.civicdata.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code civicdata csvw}: CSV on the Web (CSVW) validation and conversion to RDF and JSON. */
@Command(name = "csvw", mixinStandardHelpOptions = true,
        description = {"CSV on the Web (W3C CSVW): validate tables against their metadata, convert them to RDF or JSON.",
            "CSV on the Web（W3C CSVW）: メタデータによる表の検証と、RDF・JSON への変換。"},
        subcommands = {CsvwValidateCommand.class, CsvwRdfCommand.class, CsvwJsonCommand.class},
        footer = {"", "Only local files are read; a remote URL in the metadata is reported (csvw.remote), never fetched.",
            "Run 'civicdata csvw <command> --help' for the options of a command."})
final class CsvwCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), CliMessages.bilingual("cli.missing-subcommand"));
    }
}
