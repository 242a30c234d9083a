package io.github.civicdata.anonymize;

import io.github.civicdata.core.MessageBundle;
import java.io.InputStream;

/**
 * The anonymize module's message bundle ({@code io.github.civicdata.anonymize.messages}),
 * registered with {@link io.github.civicdata.core.Messages} through {@link MessageBundle}.
 *
 * <p>Stateless and thread-safe; instantiated by {@link java.util.ServiceLoader}.
 *
 * <pre>{@code
 * String en = Messages.get().format(Locale.ENGLISH, "anon.k-violated.title");
 * }</pre>
 */
public final class AnonymizeMessages implements MessageBundle {

    /** The bundle's base name. */
    public static final String BASE_NAME = "io.github.civicdata.anonymize.messages";

    /** Creates the bundle reference (for the service loader). */
    public AnonymizeMessages() {
    }

    @Override
    public String baseName() {
        return BASE_NAME;
    }

    /** Reads this module's own bundle files (works in a named module, see {@link MessageBundle#open}). */
    @Override
    public InputStream open(String resource) {
        return AnonymizeMessages.class.getResourceAsStream(resource);
    }
}
