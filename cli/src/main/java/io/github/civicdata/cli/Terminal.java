package io.github.civicdata.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal, for the progress line of {@code validate}. On Linux the
 * answer comes from {@code /proc/self/fd/2}: a terminal device ({@code /dev/pts/N}, {@code /dev/ttyN},
 * {@code /dev/console}) is a terminal, anything else (a file, a pipe, {@code /dev/null}) is not.
 * Elsewhere Java 17 cannot tell standard error apart, so it falls back to
 * {@link System#console()} (standard input and output are terminals), and never when
 * {@code TERM} is {@code dumb}. Not API.
 */
final class Terminal {

    private Terminal() {
    }

    /**
     * @return whether standard error is most likely a terminal
     */
    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(fd)) {
            try {
                return isTerminalDevice(Files.readSymbolicLink(fd).toString());
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }
}
