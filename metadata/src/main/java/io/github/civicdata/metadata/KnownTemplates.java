package io.github.civicdata.metadata;

import java.util.Collection;
import java.util.Set;

/**
 * The standard dataset templates that exist, against which {@link RecordChecks} checks each
 * {@code conformsTo} of a record (rule {@code metadata.unknown-template}).
 *
 * <p>Core does not depend on the vocabulary, so the caller supplies this: the command line and the
 * examples build it from {@code Vocabulary.standard()} of {@code civicdata-vocab}.
 *
 * <p>Implementations must be thread-safe; {@link #of(Collection)} returns an immutable one.
 *
 * <pre>{@code
 * KnownTemplates known = KnownTemplates.of(List.of(TemplateRef.of("public-toilet", "3.09")));
 * RecordChecks checks = RecordChecks.builder().knownTemplates(known).build();
 * }</pre>
 */
@FunctionalInterface
public interface KnownTemplates {

    /**
     * Whether the template with this id and version exists.
     *
     * @param ref the template reference
     * @return {@code true} if it exists
     */
    boolean contains(TemplateRef ref);

    /**
     * A fixed set of templates.
     *
     * @param templates the templates that exist
     * @return the set
     * @throws NullPointerException if {@code templates} or an element is null
     */
    static KnownTemplates of(Collection<TemplateRef> templates) {
        Set<TemplateRef> set = Set.copyOf(templates);
        return set::contains;
    }
}
