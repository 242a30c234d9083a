package io.github.civicdata.cli;

import picocli.CommandLine;

/**
 * Turns exceptions thrown by commands into exit codes ({@link Main#handle}): {@link UserException}
 * prints its bilingual message; an exception caused by running out of memory gets
 * {@link OutOfMemory}'s message; anything else is an internal error, printed briefly (the stack
 * trace only with {@code CIVICDATA_DEBUG=1}).
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        return Main.handle(ex, cl.getErr(), () -> OutOfMemory.report(cl.getParseResult() == null ? cl : root(cl)));
    }

    private static CommandLine root(CommandLine cl) {
        CommandLine c = cl;
        while (c.getParent() != null) {
            c = c.getParent();
        }
        return c;
    }
}
