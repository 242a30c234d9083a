package io.github.civicdata.cli;

import io.github.civicdata.core.LocalizedText;
import io.github.civicdata.core.MessageBundle;
import io.github.civicdata.core.Messages;
import java.io.InputStream;

/**
 * The cli module's message bundle ({@code io.github.civicdata.cli.messages}), registered with
 * {@link Messages} through {@link MessageBundle}.
 */
public final class CliMessages implements MessageBundle {

    /** The bundle's base name. */
    public static final String BASE_NAME = "io.github.civicdata.cli.messages";

    @Override
    public String baseName() {
        return BASE_NAME;
    }

    static LocalizedText localize(String key, Object... args) {
        return Messages.get().localize(key, args);
    }

    /** Japanese line, then English line. */
    static String bilingual(String key, Object... args) {
        LocalizedText t = localize(key, args);
        return t.ja() + System.lineSeparator() + t.en();
    }

    /** Reads this module's own bundle files (works in a named module, see {@link MessageBundle#open}). */
    @Override
    public InputStream open(String resource) {
        return CliMessages.class.getResourceAsStream(resource);
    }
}
