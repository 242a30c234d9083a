package io.github.civicdata.cli;

import io.github.civicdata.core.LocalizedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine;

/**
 * The one handler for running out of Java heap in any command (issue 9, item 13): exit 3 and a
 * bilingual message with the heap the JVM had, the size of the input files named on the command
 * line, a suggested {@code -Xmx} and what else to change for that command. It is reached only by
 * an {@link OutOfMemoryError} that no command handled: {@code validate} turns its own into a more
 * specific message ({@code validate.out-of-memory}, naming {@code --max-unique-values}), which
 * this handler never replaces.
 *
 * <p>The message is built after the command has unwound, when the heap it filled is garbage. Not
 * API.
 */
final class OutOfMemory {

    private static final long MB = 1L << 20;

    private OutOfMemory() {
    }

    /**
     * Prints the message for a command that ran out of memory.
     *
     * @param cl the top-level command line (its parse result names the command and its inputs)
     * @return {@link ExitCode#ERROR}
     */
    static int report(CommandLine cl) {
        CommandLine.ParseResult pr = cl.getParseResult();
        while (pr != null && pr.subcommand() != null) {
            pr = pr.subcommand();
        }
        String name = pr == null ? cl.getCommandName() : pr.commandSpec().qualifiedName();
        String leaf = pr == null ? "" : pr.commandSpec().name();
        List<Object> positionals = new java.util.ArrayList<>();
        if (pr != null) {
            for (CommandLine.Model.PositionalParamSpec p : pr.matchedPositionals()) {
                positionals.add(p.getValue());
            }
        }
        return report(name, leaf, positionals, cl.getErr());
    }

    /**
     * Prints the message for a command that ran out of memory.
     *
     * @param name the command's qualified name ({@code civicdata validate})
     * @param leaf the command's own name ({@code validate})
     * @param positionals the values of its positional parameters (those that are paths count as input)
     * @param err standard error
     * @return {@link ExitCode#ERROR}
     */
    static int report(String name, String leaf, List<Object> positionals, java.io.PrintWriter err) {
        long input = 0;
        int files = 0;
        for (Object value : positionals) {
            for (Path f : paths(value)) {
                if (Files.isRegularFile(f)) {
                    try {
                        input += Files.size(f);
                        files++;
                    } catch (IOException e) {
                        // size unknown: left out of the total
                    }
                }
            }
        }
        long heap = Runtime.getRuntime().maxMemory();
        long suggested = Math.max(2 * heap, 8 * input);
        long suggestedMb = (suggested + 256 * MB - 1) / (256 * MB) * 256;
        LocalizedText main = CliMessages.localize("cli.out-of-memory", name, heap / MB, (double) input / MB, files,
                suggestedMb);
        LocalizedText hint = CliMessages.localize(switch (leaf) {
            case "anonymize" -> "cli.out-of-memory.anonymize";
            case "risk" -> "cli.out-of-memory.risk";
            default -> "cli.out-of-memory.other";
        });
        err.println(main.ja() + hint.ja());
        err.println(main.en() + hint.en());
        err.flush();
        return ExitCode.ERROR;
    }

    /** Whether a throwable is, or was caused by, running out of memory. */
    static boolean causedBy(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> paths(Object value) {
        if (value instanceof Path p) {
            return List.of(p);
        }
        if (value instanceof Collection<?> c) {
            return c.stream().filter(Path.class::isInstance).map(Path.class::cast).toList();
        }
        return List.of();
    }
}
