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
 * running out of memory and a failed write (standard output included) are exit 3. picocli parses
 * the command line, except a lone {@code --version} and a {@code validate} command line of the
 * common shapes ({@link ValidateArgs}), which skip its model of the command line (about 0.1 s of
 * every start).
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
        throw Commands.missingSubcommand(spec);
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
        // a common validate command line runs without picocli (ValidateArgs); another command does not even
        // load ValidateArgs (COMMAND is a compile-time constant)
        ValidateCommand validate = directArgs && args.length > 0 && ValidateArgs.COMMAND.equals(args[0])
                ? ValidateArgs.parse(args) : null;
        if (validate != null) {
            return ValidateArgs.execute(validate, out, err);
        }
        return execute(commandLine(out, err, args), args);
    }

    /** Whether {@link ValidateArgs} may parse a {@code validate} command line; tests turn it off, nothing else does. */
    static volatile boolean directArgs = true;

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
            code = internalError(e, cl.getErr());
        }
        if (cl.getOut().checkError() && code != ExitCode.ERROR) {
            cl.getErr().println(CliMessages.bilingual("cli.stdout-unwritable"));
            code = ExitCode.ERROR;
        }
        cl.getErr().flush();
        return code;
    }

    /** An {@link Error} other than running out of memory: exit 3, a brief message, the trace only with {@code CIVICDATA_DEBUG=1}. */
    static int internalError(Error e, PrintWriter err) {
        err.println(CliMessages.bilingual("cli.internal-error", String.valueOf(e)));
        if ("1".equals(System.getenv("CIVICDATA_DEBUG"))) {
            e.printStackTrace(err);
        }
        return ExitCode.ERROR;
    }

    /**
     * What an exception thrown by a command ends with ({@link ErrorHandler}'s rule, shared with
     * {@link ValidateArgs#execute}): a {@link UserException} prints its bilingual message and gives its exit
     * code; one caused by running out of memory gets {@link OutOfMemory}'s message; anything else is an
     * internal error, printed briefly (the stack trace only with {@code CIVICDATA_DEBUG=1}).
     */
    static int handle(Exception ex, PrintWriter err, java.util.function.IntSupplier outOfMemory) {
        if (ex instanceof UserException ue) {
            err.println(ue.text().ja());
            err.println(ue.text().en());
            return ue.exitCode();
        }
        if (OutOfMemory.causedBy(ex)) { // an OutOfMemoryError wrapped by a library or a worker thread
            return outOfMemory.getAsInt();
        }
        err.println(CliMessages.bilingual("cli.internal-error", String.valueOf(ex)));
        if ("1".equals(System.getenv("CIVICDATA_DEBUG"))) {
            ex.printStackTrace(err);
        } else {
            Log.LOG.debug("internal error", ex);
        }
        return ExitCode.ERROR;
    }

    /**
     * Initialised on first use: starting SLF4J costs start-up time that most runs never need. The
     * logger keeps the name it had in {@link ErrorHandler} (named by string: the class would load picocli).
     */
    private static final class Log {
        static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("io.github.civicdata.cli.ErrorHandler");
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
        return Commands.commandLine(out, err, args);
    }
}
