package io.github.civicdata.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code civicdata} command line: one runnable jar for CI pipelines and vendors.
 *
 * <p>{@link #run(String[], PrintStream, PrintStream)} executes a command and returns its exit code
 * ({@link ExitCode}); only {@link #main(String[])} calls {@code System.exit}. User mistakes end
 * with a bilingual message and exit code 2 (usage) or 3 (unreadable input), never a stack trace;
 * running out of memory and a failed write (standard output included) are exit 3.
 *
 * <pre>{@code
 * int code = Main.run(new String[] {"templates", "--format", "json"}, System.out, System.err);
 * }</pre>
 */
@Command(name = "civicdata",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Data governance for Japanese local government: vocabulary, metadata, validation, anonymisation.",
            "自治体のデータガバナンス: 語彙・メタデータ・機械判読性検証・匿名加工。"},
        footer = {"", "Exit codes: 0 conforms, 1 findings at or above --fail-on, 2 usage error, 3 unreadable input or internal error."})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Without a subcommand, prints usage.
     */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                CliMessages.bilingual("cli.missing-subcommand"));
    }

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /**
     * Runs the command line; what tests call.
     *
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @return the exit code ({@link ExitCode})
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (isVersion(args)) {
            return version(out, err);
        }
        return execute(commandLine(out, err, args), args);
    }

    /** What {@code --version} prints. */
    static String[] versionLines() {
        return new String[] {io.github.civicdata.core.ToolInfo.NAME + " " + io.github.civicdata.core.ToolInfo.version()};
    }

    /** A lone {@code --version} or {@code -V}: answered without building the command line. */
    static boolean isVersion(String[] args) {
        return args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]));
    }

    /**
     * Prints the version as picocli's {@code --version} would ({@link VersionProvider} prints the same lines), without
     * picocli: its model of the command line (reflection over the annotations, about 170 classes)
     * costs more than the rest of the run. A write error on standard output is exit 3, as for
     * every command.
     */
    private static int version(PrintStream out, PrintStream err) {
        for (String line : versionLines()) {
            out.println(line);
        }
        out.flush();
        if (out.checkError()) {
            err.println(CliMessages.bilingual("cli.stdout-unwritable"));
            err.flush();
            return ExitCode.ERROR;
        }
        return ExitCode.OK;
    }

    /**
     * Executes a command line: running out of memory anywhere is exit 3 with {@link OutOfMemory}'s
     * message, any other {@link Error} an internal error (exit 3, no stack trace), and a write error
     * on standard output turns any exit code into 3 with "cannot write standard output".
     */
    static int execute(CommandLine cl, String[] args) {
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            code = OutOfMemory.report(cl);
        } catch (Error e) { // StackOverflowError, LinkageError, …: never a raw trace
            cl.getErr().println(CliMessages.bilingual("cli.internal-error", String.valueOf(e)));
            if ("1".equals(System.getenv("CIVICDATA_DEBUG"))) {
                e.printStackTrace(cl.getErr());
            }
            code = ExitCode.ERROR;
        }
        if (cl.getOut().checkError() && code != ExitCode.ERROR) {
            cl.getErr().println(CliMessages.bilingual("cli.stdout-unwritable"));
            code = ExitCode.ERROR;
        }
        cl.getErr().flush();
        return code;
    }

    /** A command line with every subcommand. */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        return commandLine(out, err, null);
    }

    /**
     * A command line with what these arguments need ({@link Commands#register(CommandLine, String[])}),
     * or every subcommand when {@code args} is null.
     */
    static CommandLine commandLine(PrintStream out, PrintStream err, String[] args) {
        CommandLine cl = new CommandLine(new Main());
        if (args == null) {
            Commands.register(cl);
        } else {
            Commands.register(cl, args);
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
}
