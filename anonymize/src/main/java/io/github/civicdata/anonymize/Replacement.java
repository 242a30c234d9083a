package io.github.civicdata.anonymize;

import java.util.Objects;

/**
 * What the release did to one column that is not published as it is (the report of replacements
 * a 仮名加工情報 or 匿名加工情報 process keeps): replaced by {@code *}, by pseudonyms, or deleted.
 * Values are never part of it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param column the column
 * @param method {@code star} (identifying attribute), {@code hmac-sha256}, {@code surrogate}
 *     (pseudonymised) or {@code deleted}
 * @param cells cells replaced or removed (one per released record)
 */
public record Replacement(String column, String method, long cells) {
    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException if the count is negative
     */
    public Replacement {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(method, "method");
        if (cells < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }
}
