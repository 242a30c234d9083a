package io.github.civicdata.validation.csvw;

import io.github.civicdata.core.MessageBundle;
import java.io.InputStream;

/**
 * The bilingual message bundle of the CSVW rules ({@value #BASE_NAME}): rule titles
 * ({@code <id>.title}), what each rule checks ({@code <id>.checks}) and the finding messages.
 * Registered with {@link io.github.civicdata.core.Messages} through the {@link MessageBundle}
 * service.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * String ja = Messages.get().format(Locale.JAPANESE, "csvw.datatype.title");
 * }</pre>
 */
public final class CsvwMessages implements MessageBundle {

    /** The bundle's base name. */
    public static final String BASE_NAME = "io.github.civicdata.validation.csvw.messages";

    /** Creates the service instance (used by {@link java.util.ServiceLoader}). */
    public CsvwMessages() {
    }

    @Override
    public String baseName() {
        return BASE_NAME;
    }

    /** Reads this module's own bundle files (works in a named module, see {@link MessageBundle#open}). */
    @Override
    public InputStream open(String resource) {
        return CsvwMessages.class.getResourceAsStream(resource);
    }
}
