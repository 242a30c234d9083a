package io.github.civicdata.cli;

/**
 * The exit codes of every civicdata command (see the README).
 *
 * <p>Constants only.
 */
public final class ExitCode {
    /** The input conforms (no finding at or above {@code --fail-on}). */
    public static final int OK = 0;
    /** Findings at or above {@code --fail-on}, or an invalid value was explained. */
    public static final int FINDINGS = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** An input could not be read, or an internal error happened. */
    public static final int ERROR = 3;

    private ExitCode() {
    }
}
