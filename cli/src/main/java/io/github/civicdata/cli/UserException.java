package io.github.civicdata.cli;

import io.github.civicdata.core.LocalizedText;
import java.util.Objects;

/**
 * A user mistake or unreadable input that ends a command with a bilingual message and an exit code
 * but no stack trace.
 */
final class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient LocalizedText text;
    private final int exitCode;

    UserException(int exitCode, LocalizedText text) {
        super(text.en());
        this.text = Objects.requireNonNull(text);
        this.exitCode = exitCode;
    }

    /** Input that cannot be read: exit 3. */
    static UserException unreadable(String key, Object... args) {
        return new UserException(ExitCode.ERROR, CliMessages.localize(key, args));
    }

    /** A wrong option value or combination: exit 2. */
    static UserException usage(String key, Object... args) {
        return new UserException(ExitCode.USAGE, CliMessages.localize(key, args));
    }

    LocalizedText text() {
        return text;
    }

    int exitCode() {
        return exitCode;
    }
}
