package io.github.civicdata.core;

/**
 * Service-provider interface through which a module contributes its bilingual message bundle to
 * {@link Messages}.
 *
 * <p>A module ships {@code <baseName>.properties} (English) and {@code <baseName>_ja.properties}
 * (Japanese), both UTF-8, and registers an implementation of this interface in
 * {@code META-INF/services/io.github.civicdata.core.MessageBundle}. Keys are rule ids (the message
 * of a finding), {@code <rule>.<variant>} (alternative wordings) and {@code <rule>.title} (the
 * rule's title).
 *
 * <p>Implementations must be stateless and thread-safe.
 *
 * <pre>{@code
 * public final class ValidationMessages implements MessageBundle {
 *     public String baseName() { return "io.github.civicdata.validation.messages"; }
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
}
