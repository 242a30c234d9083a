package io.github.civicdata.metadata;

import io.github.civicdata.core.internal.EditDistance;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The data item ids that exist, against which {@link RecordChecks} checks the data items of a
 * record's inventory part (rule {@code metadata.unknown-data-item}).
 *
 * <p>Core does not depend on the vocabulary, so the caller supplies the ids as plain data: the
 * command line and the examples take them from {@code Vocabulary.standard().items()} of {@code
 * civicdata-vocab} (plus the items of a city's own templates).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * KnownDataItems known = KnownDataItems.of(List.of("phone-number", "latitude", "longitude"));
 * RecordChecks checks = RecordChecks.builder().knownDataItems(known).build();
 * }</pre>
 *
 * @param ids the ids that exist
 */
public record KnownDataItems(Set<String> ids) {

    /**
     * @throws NullPointerException if {@code ids} or an element is null
     */
    public KnownDataItems {
        ids = Set.copyOf(ids);
    }

    /**
     * @param ids the ids that exist
     * @return the set
     * @throws NullPointerException if {@code ids} or an element is null
     */
    public static KnownDataItems of(Collection<String> ids) {
        return new KnownDataItems(Set.copyOf(ids));
    }

    /**
     * @param id a data item id
     * @return {@code true} if it exists
     */
    public boolean contains(String id) {
        return ids.contains(Objects.requireNonNull(id, "id"));
    }

    /**
     * The existing id most like {@code id}, for a "did you mean" suggestion.
     *
     * @param id an id that does not exist
     * @return the closest id (at most one edit per three characters of {@code id}, and at most
     *     three; the first in alphabetical order among equally close ones), or empty
     */
    public Optional<String> closest(String id) {
        List<String> sorted = ids.stream().sorted().toList();
        return EditDistance.closest(id, sorted, Math.min(3, Math.max(1, id.length() / 3)));
    }
}
