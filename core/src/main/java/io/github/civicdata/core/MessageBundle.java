package io.github.civicdata.core;

import java.io.InputStream;

/**
 * Service-provider interface through which a module contributes its bilingual message bundle to
 * {@link Messages}.
 *
 * <p>A module ships {@code <baseName>.properties} (English) and {@code <baseName>_ja.properties}
 * (Japanese), both UTF-8, and registers an implementation of this interface both in its
 * {@code module-info.java} ({@code provides io.github.civicdata.core.MessageBundle with ...}) and in
 * {@code META-INF/services/io.github.civicdata.core.MessageBundle} (for the class path). Keys are
 * rule ids (the message of a finding), {@code <rule>.<variant>} (alternative wordings) and
 * {@code <rule>.title} (the rule's title).
 *
 * <p>The files are read through {@link #open(String)}, which the providing module implements
 * itself: in a named module only the module's own code may read the resources of its packages,
 * and {@code ResourceBundle.Control} cannot be used at all, so {@link Messages} never looks the
 * files up by name on a class loader.
 *
 * <p>Implementations must be stateless and thread-safe.
 *
 * <pre>{@code
 * public final class ValidationMessages implements MessageBundle {
 *     public String baseName() { return "io.github.civicdata.validation.messages"; }
 *     public InputStream open(String resource) { return ValidationMessages.class.getResourceAsStream(resource); }
 * }
 * }</pre>
 */
public interface MessageBundle {

    /**
     * The resource-bundle base name, e.g. {@code io.github.civicdata.validation.messages}.
     *
     * @return the base name
     */
    String baseName();

    /**
     * Opens one file of this bundle. Implement it as {@code return
     * YourClass.class.getResourceAsStream(resource);} in a class of the module that holds the
     * files, so that the call is made by that module.
     *
     * @param resource the absolute resource name, e.g.
     *     {@code /io/github/civicdata/validation/messages_ja.properties}
     * @return the stream (closed by the caller), or {@code null} if there is no such file
     */
    InputStream open(String resource);
}
