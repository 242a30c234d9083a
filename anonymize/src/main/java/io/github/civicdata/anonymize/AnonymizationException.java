package io.github.civicdata.anonymize;

import io.github.civicdata.core.LocalizedText;
import io.github.civicdata.core.Messages;
import java.util.List;
import java.util.Objects;

/**
 * A configuration mistake or unreadable input met by the anonymisation, with a bilingual message
 * (Japanese and English) that names the file, row, column or value concerned.
 *
 * <p>{@link Kind#CONFIGURATION} covers wrong settings (unknown column, hierarchy missing a value,
 * {@code k < 2}, {@code k} larger than the table, unknown metric or model);
 * {@link Kind#INPUT} covers data or hierarchy files that cannot be read (ragged rows, undecodable
 * bytes, I/O errors). The message never contains values of sensitive columns.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * try { anonymizer.anonymize(table); }
 * catch (AnonymizationException e) { System.err.println(e.text().ja()); }
 * }</pre>
 */
public final class AnonymizationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What kind of mistake it is. */
    public enum Kind {
        /** A wrong setting: fix the configuration. */
        CONFIGURATION,
        /** An input file that cannot be read or is malformed. */
        INPUT
    }

    private final Kind kind;
    private final String key;
    private final transient List<Object> args;

    AnonymizationException(Kind kind, String key, List<Object> args, Throwable cause) {
        super(Messages.get().format(java.util.Locale.ENGLISH, key, args), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.key = Objects.requireNonNull(key, "key");
        this.args = List.copyOf(args);
    }

    static AnonymizationException config(String key, Object... args) {
        return new AnonymizationException(Kind.CONFIGURATION, key, List.of(args), null);
    }

    static AnonymizationException input(String key, Object... args) {
        return new AnonymizationException(Kind.INPUT, key, List.of(args), null);
    }

    static AnonymizationException input(Throwable cause, String key, Object... args) {
        return new AnonymizationException(Kind.INPUT, key, List.of(args), cause);
    }

    /**
     * @return what kind of mistake this is
     */
    public Kind kind() {
        return kind;
    }

    /**
     * @return the message key (in the anonymize bundle)
     */
    public String key() {
        return key;
    }

    /**
     * @return the message arguments
     */
    public List<Object> arguments() {
        return args;
    }

    /**
     * @return the message in Japanese and English
     */
    public LocalizedText text() {
        return Messages.get().localize(key, args);
    }
}
