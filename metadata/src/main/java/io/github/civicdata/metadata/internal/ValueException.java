package io.github.civicdata.metadata.internal;

import io.github.civicdata.core.Messages;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An {@link IllegalArgumentException} from a record's constructor that carries a message key and
 * arguments, so that a reader can turn it into a finding in both languages instead of passing on
 * the English exception text. The exception message is the English text.
 *
 * <p>Not API. Immutable.
 *
 * <pre>{@code
 * } catch (IllegalArgumentException | NullPointerException e) {
 *     ValueException v = ValueException.of(e);
 *     finding.messageKey(v.key()).args(v.arguments().toArray());
 * }
 * }</pre>
 */
public final class ValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Key of a value that cannot be used, for exceptions that carry no key (no arguments). */
    public static final String UNUSABLE = "metadata.value.unusable";
    /** Key of a missing value ({0}: the field). */
    public static final String MISSING = "metadata.value.missing";
    /** Key of a text that is not a calendar date ({0}: the text). */
    public static final String DATE = "metadata.value.date";

    private final String key;
    private final transient List<Object> arguments;

    private ValueException(String key, List<Object> arguments) {
        super(Messages.get().format(Locale.ENGLISH, key, arguments));
        this.key = key;
        this.arguments = arguments;
    }

    /**
     * @param key the message key
     * @param arguments its arguments (String, Number or Boolean)
     * @return the exception
     */
    public static ValueException of(String key, Object... arguments) {
        return new ValueException(Objects.requireNonNull(key, "key"), List.of(arguments));
    }

    /**
     * The key and arguments of any exception a record's constructor or a value parser throws: its
     * own for a {@code ValueException}, {@link #MISSING} for a null, {@link #DATE} for a date that
     * does not parse, {@link #UNUSABLE} (without the English text) otherwise.
     *
     * @param e the exception
     * @return a {@code ValueException}
     */
    public static ValueException of(RuntimeException e) {
        if (e instanceof ValueException v) {
            return v;
        }
        if (e instanceof NullPointerException) {
            return of(MISSING, String.valueOf(e.getMessage()));
        }
        if (e instanceof DateTimeParseException d) {
            return of(DATE, d.getParsedString());
        }
        return of(UNUSABLE);
    }

    /**
     * @return the message key
     */
    public String key() {
        return key;
    }

    /**
     * @return the message arguments
     */
    public List<Object> arguments() {
        return arguments;
    }
}
