package io.github.civicdata.metadata;

import io.github.civicdata.metadata.internal.Texts;
import java.util.Objects;
import java.util.Optional;

/**
 * The body that publishes a dataset ({@code dct:publisher}): a local government, identified by
 * its 全国地方公共団体コード, with its name where known.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Publisher p = Publisher.of(LocalGovernmentCode.parse("131016"), "千代田区");
 * }</pre>
 *
 * @param code the local government code
 * @param name the body's name, e.g. {@code 千代田区}
 */
public record Publisher(LocalGovernmentCode code, Optional<String> name) {

    /**
     * Validates the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the name is blank or holds a character XML cannot carry
     */
    public Publisher {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        name.ifPresent(n -> Texts.requireText(n, "name"));
    }

    /**
     * @param code the code
     * @return a publisher known by code only
     */
    public static Publisher of(LocalGovernmentCode code) {
        return new Publisher(code, Optional.empty());
    }

    /**
     * @param code the code
     * @param name the name
     * @return a publisher with a name
     */
    public static Publisher of(LocalGovernmentCode code, String name) {
        return new Publisher(code, Optional.of(name));
    }
}
