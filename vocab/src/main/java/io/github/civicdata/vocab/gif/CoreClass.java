package io.github.civicdata.vocab.gif;

import java.util.List;
import java.util.Objects;

/**
 * One class of the GIF コアデータモデル (住所, 施設, イベント, 連絡先 …) and its items in the model's order.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * CoreClass address = CoreDataModel.standard().coreClass("Address").orElseThrow();
 * address.name();          // 住所
 * address.items().size();  // 25
 * }</pre>
 *
 * @param id the English class name of the model's file ({@code Address}, {@code ContactPointForFacility})
 * @param name the Japanese class name ({@code 住所})
 * @param items the items, in the model's order (No.)
 */
public record CoreClass(String id, String name, List<CoreItem> items) {

    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public CoreClass {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        items = List.copyOf(items);
    }
}
