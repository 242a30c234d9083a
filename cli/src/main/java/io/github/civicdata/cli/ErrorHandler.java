package io.github.civicdata.cli;

import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Turns exceptions thrown by commands into exit codes: {@link UserException} prints its bilingual
 * message; an exception caused by running out of memory gets {@link OutOfMemory}'s message;
 * anything else is an internal error, printed briefly (the stack trace only with
 * {@code CIVICDATA_DEBUG=1}).
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        if (ex instanceof UserException ue) {
            err.println(ue.text().ja());
            err.println(ue.text().en());
            return ue.exitCode();
        }
        if (OutOfMemory.causedBy(ex)) { // an OutOfMemoryError wrapped by a library or a worker thread
            return OutOfMemory.report(cl.getParseResult() == null ? cl : root(cl));
        }
        err.println(CliMessages.bilingual("cli.internal-error", String.valueOf(ex)));
        if ("1".equals(System.getenv("CIVICDATA_DEBUG"))) {
            ex.printStackTrace(err);
        } else {
            LOG.debug("internal error", ex);
        }
        return ExitCode.ERROR;
    }

    private static CommandLine root(CommandLine cl) {
        CommandLine c = cl;
        while (c.getParent() != null) {
            c = c.getParent();
        }
        return c;
    }
}
