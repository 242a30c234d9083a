package io.github.civicdata.validation.blackbox;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Runs code with {@code System.out} and {@code System.err} captured, to assert that a library
 * prints nothing (no stack trace, no logging fallback) while it works.
 */
final class Printed {

    private static final Object LOCK = new Object();

    /** What the action returned and what it printed. */
    record Result<T>(T value, String out, String err) {
        /** Both streams, labelled, for assertion messages. */
        String printed() {
            return (out.isEmpty() ? "" : "stdout: " + out) + (err.isEmpty() ? "" : "stderr: " + err);
        }
    }

    private Printed() {
    }

    static <T> Result<T> by(Supplier<T> action) {
        synchronized (LOCK) {
            PrintStream oldOut = System.out;
            PrintStream oldErr = System.err;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                System.setOut(o);
                System.setErr(e);
                T value = action.get();
                return new Result<>(value, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
            } finally {
                System.setOut(oldOut);
                System.setErr(oldErr);
            }
        }
    }
}
