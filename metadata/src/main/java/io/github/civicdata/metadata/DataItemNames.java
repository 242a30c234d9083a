package io.github.civicdata.metadata;

import java.util.Map;
import java.util.Optional;

/**
 * The Japanese names of data item ids, for the data-item list a {@link Catalog} writes. Core does
 * not know the vocabulary: the command line and the examples supply the names from {@code
 * Vocabulary.standard()} of {@code civicdata-vocab}.
 *
 * <p>Implementations must be thread-safe.
 *
 * <pre>{@code
 * DataItemNames names = DataItemNames.of(Map.of("telephone", "電話番号"));
 * }</pre>
 */
@FunctionalInterface
public interface DataItemNames {

    /**
     * @param id a data item id
     * @return its name, or empty when unknown
     */
    Optional<String> name(String id);

    /**
     * @return names that know no id (the name column stays empty)
     */
    static DataItemNames none() {
        return id -> Optional.empty();
    }

    /**
     * @param names names by id
     * @return a fixed, immutable mapping
     */
    static DataItemNames of(Map<String, String> names) {
        Map<String, String> copy = Map.copyOf(names);
        return id -> Optional.ofNullable(copy.get(id));
    }
}
