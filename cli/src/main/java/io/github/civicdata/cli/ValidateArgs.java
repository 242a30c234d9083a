package io.github.civicdata.cli;

import io.github.civicdata.core.Report;
import io.github.civicdata.core.report.ReportFormat;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A strict parser for the common shapes of a {@code validate} command line, used by {@link Main}
 * instead of picocli when it can. picocli builds its model of the command line by reflection over
 * the annotations on every start, from class files the launcher's CDS archive cannot hold (class
 * file version 49): about 80 ms CPU of the main thread and 0.1 s of wall time before the first row
 * is read (docs/startup.md). A CI run of {@code validate} with ordinary options does not need it.
 *
 * <p>The parser accepts only: {@code validate} as the first argument; then, in any order, file
 * arguments that do not start with {@code -} or {@code @}, the options of {@link #OPTIONS} by one
 * of their names with their value in the next argument or after {@code =}, each single-value option
 * at most once ({@code --severity} and {@code --disable} any number of times); optionally
 * {@code --}, after which every argument is a file (unless it starts with {@code @}); and at least
 * one file. A value must be non-empty and must not start with {@code -} or {@code @}; it must
 * convert as picocli converts it ({@code Integer.valueOf}, {@code Path.of}, an enum constant by name
 * in any case). Anything else — {@code --help}, {@code --version}, an unknown, abbreviated,
 * clustered or repeated option, an {@code @file}, an empty argument, a value picocli would reject,
 * any {@code picocli.*} system property — is declined ({@code null}), and picocli parses the whole
 * command line as before, with its messages and exit codes. What it accepts, it parses to exactly
 * the command picocli would: {@code ValidateArgsTest} compares {@link #OPTIONS} with picocli's own
 * model of the command (names, types, arity, defaults, parser settings), and
 * {@code ValidateArgsProperties} compares every option field of the two commands on generated
 * command lines.
 *
 * <p>Stateless and thread-safe.
 */
final class ValidateArgs {

    /** The name of the command this parser reads. */
    static final String COMMAND = "validate";

    /** picocli's end-of-options delimiter: every argument after it is a file. */
    static final String END_OF_OPTIONS = "--";

    /**
     * An option as picocli's model of {@code validate} has it.
     *
     * @param names every name, as in the annotation
     * @param type the field's type; for a list option its element type ({@code String})
     * @param list whether the option may repeat, each occurrence adding one element
     * @param defaultValue the annotation's {@code defaultValue}, or null (the field's initial value is then the default)
     */
    record Option(List<String> names, Class<?> type, boolean list, String defaultValue) {
        /** picocli's {@code longestName()}: the key {@link ValidateCommand#option} knows it by. */
        String key() {
            String longest = names.get(0);
            for (String n : names) {
                if (n.length() > longest.length()) {
                    longest = n;
                }
            }
            return longest;
        }
    }

    private static Option single(String name, Class<?> type) {
        return new Option(List.of(name), type, false, null);
    }

    /** Every option of {@code validate} but picocli's help options ({@code -h}, {@code --help}, {@code -V}, {@code --version}). */
    static final List<Option> OPTIONS = List.of(
            single("--template", String.class),
            single("--as-of", String.class),
            single("--metadata", Path.class),
            single("--towns", Path.class),
            single("--schema", Path.class),
            new Option(List.of("--rules"), String.class, false, "all"),
            single("--encoding", String.class),
            single("--delimiter", String.class),
            single("--header-row", Integer.class),
            // the report mixin (ReportOptions)
            new Option(List.of("--format"), ReportFormat.class, false, "text"),
            new Option(List.of("-o", "--output"), Path.class, false, null),
            new Option(List.of("--fail-on"), ReportOptions.FailOn.class, false, "error"),
            single("--lang", ReportOptions.Lang.class),
            new Option(List.of("--max-findings"), int.class, false, "" + Report.DEFAULT_MAX_FINDINGS),
            single("--max-per-column", int.class),
            new Option(List.of("--severity"), String.class, true, null),
            new Option(List.of("--disable"), String.class, true, null),
            single("--hide-values", boolean.class),
            single("--no-detect-template", boolean.class),
            single("--max-field-length", int.class),
            single("--max-line-length", int.class),
            single("--max-columns", int.class),
            single("--max-unique-values", int.class),
            single("--xlsx-part-time-limit", int.class),
            single("--threads", Integer.class),
            single("--progress", ValidateCommand.Progress.class));

    private ValidateArgs() {
    }

    /**
     * The {@code validate} command these arguments give, parsed without picocli, or null when they
     * are not of a shape this parser takes (picocli must parse them).
     *
     * @param args the whole command line, the command's name first
     * @return the command with its options set, or null
     */
    static ValidateCommand parse(String[] args) {
        if (args.length < 2 || !COMMAND.equals(args[0]) || picocliSettings()) {
            return null;
        }
        ValidateCommand cmd = new ValidateCommand();
        List<String> inputs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean endOfOptions = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.isEmpty() || a.charAt(0) == '@') {
                return null; // picocli reads an @file's arguments, even after --; an empty argument is left to it too
            }
            if (endOfOptions || a.charAt(0) != '-') {
                inputs.add(a);
                continue;
            }
            if (a.equals(END_OF_OPTIONS)) {
                endOfOptions = true; // what follows are files, whatever they look like (the GitHub Action passes them so)
                continue;
            }
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            Option o = find(name);
            if (o == null) {
                return null;
            }
            Object v;
            if (o.type() == boolean.class) {
                if (value != null) {
                    return null;
                }
                v = Boolean.TRUE;
            } else {
                if (value == null) {
                    if (i + 1 == args.length) {
                        return null;
                    }
                    value = args[++i];
                }
                v = plain(value) ? convert(o.type(), value) : null;
                if (v == null) {
                    return null;
                }
            }
            if (!o.list() && !seen.add(o.key())) {
                return null; // picocli: "should be specified only once"
            }
            cmd.option(o.key(), v);
        }
        if (inputs.isEmpty()) {
            return null;
        }
        cmd.inputs(inputs);
        return cmd;
    }

    /**
     * Runs a {@code validate} command that {@link ValidateArgs} parsed, as picocli's
     * {@code execute} and {@code Main.execute} would: the same writers, the
     * exit code the command returns, an exception handled as {@link ErrorHandler} handles it ({@link Main#handle}), an
     * {@link Error} as {@code Main.execute} does, and a write error on standard output as exit 3. No picocli class is
     * loaded. (Here rather than in {@code Main}: picocli's reflection over {@code Main} loads the
     * classes its methods name.)
     */
    static int execute(ValidateCommand command, PrintStream outStream, PrintStream errStream) {
        PrintWriter out = new PrintWriter(outStream, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(errStream, true, StandardCharsets.UTF_8);
        command.streams(out, err);
        String name = "civicdata " + COMMAND;
        int code;
        try {
            try {
                code = command.call();
            } catch (Exception e) {
                // validate's one positional parameter is a list of strings, not paths: picocli's handling
                // counts no input size for it either (OutOfMemory.report(CommandLine))
                code = Main.handle(e, err, () -> OutOfMemory.report(name, COMMAND, List.of(), err));
            }
        } catch (OutOfMemoryError e) {
            code = OutOfMemory.report(name, COMMAND, List.of(), err);
        } catch (Error e) { // StackOverflowError, LinkageError, …: never a raw trace
            code = Main.internalError(e, err);
        }
        if (out.checkError() && code != ExitCode.ERROR) {
            err.println(CliMessages.bilingual("cli.stdout-unwritable"));
            code = ExitCode.ERROR;
        }
        err.flush();
        return code;
    }

    /** An option of the table by one of its names, or null. */
    static Option find(String name) {
        for (Option o : OPTIONS) {
            if (o.names().contains(name)) {
                return o;
            }
        }
        return null;
    }

    /** A value or file argument this parser takes as it is: not empty, not an option-like or {@code @file} argument. */
    private static boolean plain(String s) {
        return !s.isEmpty() && s.charAt(0) != '-' && s.charAt(0) != '@';
    }

    /** Any {@code picocli.*} system property (tracing, quote trimming, @-file syntax …) changes what picocli does. */
    private static boolean picocliSettings() {
        for (String k : System.getProperties().stringPropertyNames()) {
            if (k.startsWith("picocli.")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The value as picocli's built-in converter for the type gives it, or null where picocli would
     * fail (and report the failure itself).
     */
    static Object convert(Class<?> type, String value) {
        if (type == String.class) {
            return value;
        }
        if (type == int.class || type == Integer.class) {
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (type == Path.class) {
            try {
                return Path.of(value);
            } catch (InvalidPathException e) {
                return null;
            }
        }
        if (type.isEnum()) {
            return constant(type, value);
        }
        throw new IllegalArgumentException("no conversion to " + type);
    }

    /**
     * picocli's enum conversion with case-insensitive values allowed ({@link Main} sets it):
     * {@code Enum.valueOf}, else the first constant whose {@code toString()} or {@code name()}
     * equals the value, ignoring case.
     */
    private static Object constant(Class<?> type, String value) {
        Object[] constants = type.getEnumConstants();
        for (Object c : constants) {
            if (value.equals(((Enum<?>) c).name())) {
                return c;
            }
        }
        for (Object c : constants) {
            String name = ((Enum<?>) c).name();
            String str = c.toString();
            if (value.equals(str) || value.equals(name) || value.equalsIgnoreCase(str) || value.equalsIgnoreCase(name)) {
                return c;
            }
        }
        return null;
    }
}
