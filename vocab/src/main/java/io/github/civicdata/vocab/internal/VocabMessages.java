package io.github.civicdata.vocab.internal;

import io.github.civicdata.core.MessageBundle;
import java.io.InputStream;

/**
 * Registers the vocab module's bundle {@value #BASE_NAME} with {@link io.github.civicdata.core.Messages}.
 *
 * <p>Not API. Stateless and thread-safe.
 */
public final class VocabMessages implements MessageBundle {

    /** The bundle's base name. */
    public static final String BASE_NAME = "io.github.civicdata.vocab.messages";

    /** For {@link java.util.ServiceLoader}. */
    public VocabMessages() {
        // stateless
    }

    @Override
    public String baseName() {
        return BASE_NAME;
    }

    /** Reads this module's own bundle files (works in a named module, see {@link MessageBundle#open}). */
    @Override
    public InputStream open(String resource) {
        return VocabMessages.class.getResourceAsStream(resource);
    }
}
