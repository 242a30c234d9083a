package io.github.civicdata.validation;

import io.github.civicdata.core.MessageBundle;
import java.io.InputStream;

/**
 * The validation module's bilingual message bundle ({@value #BASE_NAME}): rule titles
 * ({@code <id>.title}), what each rule checks ({@code <id>.checks}) and the finding messages.
 * Registered with {@link io.github.civicdata.core.Messages} through the {@link MessageBundle}
 * service.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * String ja = Messages.get().format(Locale.JAPANESE, "L1-08.title");
 * }</pre>
 */
public final class ValidationMessages implements MessageBundle {

    /** The bundle's base name. */
    public static final String BASE_NAME = "io.github.civicdata.validation.messages";

    /** Creates the service instance (used by {@link java.util.ServiceLoader}). */
    public ValidationMessages() {
    }

    @Override
    public String baseName() {
        return BASE_NAME;
    }

    /** Reads this module's own bundle files (works in a named module, see {@link MessageBundle#open}). */
    @Override
    public InputStream open(String resource) {
        return ValidationMessages.class.getResourceAsStream(resource);
    }
}
