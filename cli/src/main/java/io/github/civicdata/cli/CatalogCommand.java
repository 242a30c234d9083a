package io.github.civicdata.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code civicdata catalog}: the catalogue commands ({@code search}, {@code export}). */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = {"Search a directory of dataset records, or export it as a data-item list (CSV) or one DCAT graph.",
            "データセットのレコードを集めたディレクトリを検索し、データ項目一覧（CSV）やDCATとして出力します。"},
        subcommands = {CatalogSearchCommand.class, CatalogExportCommand.class},
        footer = {"", "Run 'civicdata catalog <command> --help' for the options of a command."})
final class CatalogCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), CliMessages.bilingual("cli.missing-subcommand"));
    }
}
