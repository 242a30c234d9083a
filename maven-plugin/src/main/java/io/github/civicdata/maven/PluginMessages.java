package io.github.civicdata.maven;

import io.github.civicdata.core.MessageBundle;
import io.github.civicdata.core.Messages;
import java.io.InputStream;
import java.util.Locale;

/**
 * The plugin's message bundle ({@code io.github.civicdata.maven.messages}), registered with
 * {@link Messages} through {@link MessageBundle}. Public only because {@link java.util.ServiceLoader}
 * instantiates it; not API.
 */
public final class PluginMessages implements MessageBundle {

    /** The bundle's base name. */
    public static final String BASE_NAME = "io.github.civicdata.maven.messages";

    /** For {@link java.util.ServiceLoader}. */
    public PluginMessages() {
    }

    @Override
    public String baseName() {
        return BASE_NAME;
    }

    /** Reads this module's own bundle files (see {@link MessageBundle#open}). */
    @Override
    public InputStream open(String resource) {
        return PluginMessages.class.getResourceAsStream(resource);
    }

    static String text(Locale locale, String key, Object... args) {
        return Messages.get().format(locale, key, args);
    }

    /** Japanese, then English, on one line each: for build failures, read by everyone. */
    static String bilingual(String key, Object... args) {
        return text(Locale.JAPANESE, key, args) + System.lineSeparator() + text(Locale.ENGLISH, key, args);
    }
}
