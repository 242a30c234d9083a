package io.github.civicdata.vocab;

import io.github.civicdata.core.LocalizedText;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.Messages;
import java.util.List;
import java.util.Objects;

/**
 * A template or item definition that cannot be used: unreadable, not JSON, a missing or misspelt
 * field, a wrong value, an unknown item, a duplicate template. The message says, in Japanese and
 * English, which file, which line and field (a JSON pointer), and what is wrong.
 *
 * <p>Thrown by {@link Vocabulary.Builder#addTemplates(java.nio.file.Path)},
 * {@link Vocabulary.Builder#build()} and the reader of ABR 町字 files
 * ({@link io.github.civicdata.vocab.address.TownMaster}). {@link #getMessage()} is the English text.
 * Immutable.
 *
 * <pre>{@code
 * try {
 *     Vocabulary v = Vocabulary.builder().addTemplates(dir).build();
 * } catch (VocabularyException e) {
 *     System.err.println(e.text().ja());
 *     System.err.println(e.text().en());
 * }
 * }</pre>
 */
public final class VocabularyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Location location;
    private final String messageKey;
    private final transient List<Object> arguments;
    private final transient LocalizedText text;

    VocabularyException(Location location, String messageKey, List<Object> arguments, Throwable cause) {
        super(Messages.get().localize(messageKey, arguments).en(), cause);
        this.location = Objects.requireNonNull(location, "location");
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.arguments = List.copyOf(arguments);
        this.text = Messages.get().localize(messageKey, this.arguments);
    }

    /**
     * An exception whose message is {@code messageKey} of the vocab bundle.
     *
     * @param location where the problem is
     * @param messageKey the message key ({@code vocab.*})
     * @param arguments the message arguments
     * @return the exception
     */
    public static VocabularyException of(Location location, String messageKey, List<Object> arguments) {
        return new VocabularyException(location, messageKey, arguments, null);
    }

    /**
     * Where the problem is: the file, and where known the line and a JSON pointer to the field.
     *
     * @return the location
     */
    public Location location() {
        return location;
    }

    /**
     * The message key in the vocab bundle ({@code vocab.template.*}).
     *
     * @return the key
     */
    public String messageKey() {
        return messageKey;
    }

    /**
     * The message arguments.
     *
     * @return the arguments
     */
    public List<Object> arguments() {
        return arguments;
    }

    /**
     * The message in Japanese and English.
     *
     * @return the text
     */
    public LocalizedText text() {
        return text;
    }
}
