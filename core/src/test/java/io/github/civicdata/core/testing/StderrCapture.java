package io.github.civicdata.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Runs code with {@link System#err} (and {@link System#out}) replaced by buffers, to assert that a
 * library we use printed nothing (a stack trace, a log line). Not thread-safe: tests that use it
 * must not run in parallel with others that print.
 */
public final class StderrCapture {

    private StderrCapture() {
    }

    /**
     * What the code returned and what was printed.
     *
     * @param value the value
     * @param printed everything written to standard error and standard output
     * @param <T> the value's type
     */
    public record Captured<T>(T value, String printed) {
    }

    /**
     * @param code the code to run
     * @param <T> its value's type
     * @return its value and what it printed
     */
    public static <T> Captured<T> run(Supplier<T> code) {
        PrintStream err = System.err;
        PrintStream out = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(buf, true, StandardCharsets.UTF_8);
        System.setErr(capture);
        System.setOut(capture);
        try {
            T value = code.get();
            capture.flush();
            return new Captured<>(value, buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
    }
}
