package io.github.civicdata.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process, as the tests do, and captures its exit code and both output streams. */
final class CliRun {
    private CliRun() {
    }

    /** What a run printed and returned. */
    record Result(int code, String out, String err) {
    }

    /**
     * Runs {@link Main#run} with UTF-8 standard output and error captured.
     *
     * @param args the arguments
     * @return exit code, standard output and standard error
     */
    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
