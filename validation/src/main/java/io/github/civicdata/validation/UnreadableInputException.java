package io.github.civicdata.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Thrown when an input cannot be read at all (missing file, permission denied, I/O failure). Bad
 * content is never a reason: it becomes findings.
 *
 * <p>Immutable (apart from the inherited stack trace).
 *
 * <pre>{@code
 * try {
 *     report = validator.validate(path);
 * } catch (UnreadableInputException e) {
 *     System.err.println(e.source() + ": " + e.getCause().getMessage());
 * }
 * }</pre>
 */
public final class UnreadableInputException extends UncheckedIOException {

    private static final long serialVersionUID = 1L;

    private final String source;

    /**
     * @param source the source name
     * @param cause the I/O error
     */
    public UnreadableInputException(String source, IOException cause) {
        super(source + ": " + cause.getMessage(), cause);
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * @return the name of the input that could not be read
     */
    public String source() {
        return source;
    }
}
