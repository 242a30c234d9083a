package io.github.civicdata.metadata;

import io.github.civicdata.core.MessageBundle;
import java.io.InputStream;

/**
 * The message bundle of the metadata package ({@code io.github.civicdata.metadata.messages}),
 * registered with {@link io.github.civicdata.core.Messages} through {@link MessageBundle}. It holds
 * the messages and titles of every rule in {@link MetadataRules}, including those reported by the
 * RDF reader of {@code civicdata-vocab}, and the labels of the data-item list.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * String ja = Messages.get().format(Locale.JAPANESE, MetadataRules.CHECK_DIGIT + ".title");
 * }</pre>
 */
public final class MetadataMessages implements MessageBundle {

    /** The bundle's base name. */
    public static final String BASE_NAME = "io.github.civicdata.metadata.messages";

    /** Creates the provider (called by {@link java.util.ServiceLoader}). */
    public MetadataMessages() {
        // stateless
    }

    @Override
    public String baseName() {
        return BASE_NAME;
    }

    /** Reads this module's own bundle files (works in a named module, see {@link MessageBundle#open}). */
    @Override
    public InputStream open(String resource) {
        return MetadataMessages.class.getResourceAsStream(resource);
    }
}
