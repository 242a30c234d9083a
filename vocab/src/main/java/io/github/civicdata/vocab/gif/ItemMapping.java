package io.github.civicdata.vocab.gif;

import java.util.Objects;
import java.util.Optional;

/**
 * A link from a vocabulary item to its counterpart in the GIF コアデータモデル or the IMI コア語彙:
 * {@code skos:exactMatch} where they mean the same, {@code skos:closeMatch} where one is narrower
 * or broader (the dataset's 全国地方公共団体コード names the managing body, GIF's the address).
 * Curated by civicdata ({@code data/gif/mappings.csv}). Immutable and thread-safe.
 *
 * <pre>{@code
 * for (ItemMapping m : CoreDataModel.standard().mappingsOf("latitude")) {
 *     System.out.println(m.match() + " " + m.target());   // EXACT gif-address-latitude, EXACT ic:緯度
 * }
 * }</pre>
 *
 * @param itemId the vocabulary item linked from
 * @param targetIri the IRI linked to: a GIF item's vocabulary IRI or an IMI property
 * @param targetItem the GIF item's id when the target is one
 * @param match how close the two are
 * @param note why, where it is not obvious (may be empty)
 */
public record ItemMapping(String itemId, String targetIri, Optional<String> targetItem, Match match, String note) {

    /**
     * Validates the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public ItemMapping {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(targetIri, "targetIri");
        Objects.requireNonNull(targetItem, "targetItem");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(note, "note");
    }

    /** How close two linked items are (SKOS mapping properties). */
    public enum Match {
        /** {@code skos:exactMatch}: interchangeable. */
        EXACT,
        /** {@code skos:closeMatch}: similar enough to convert with care. */
        CLOSE
    }
}
