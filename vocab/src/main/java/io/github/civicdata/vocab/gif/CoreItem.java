package io.github.civicdata.vocab.gif;

import io.github.civicdata.vocab.DataItem;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of a GIF コアデータモデル class: the vocabulary {@link DataItem} it is imported as (id
 * {@code gif-<class>-<item>}, the Japanese and English names, the description, a datatype and named
 * format where the model's 形式 gives one, the IMI property where the name is one of IMI コア語彙
 * 2.4.2), plus what the model says that a data item does not hold: its class, number, whether it is
 * required (必須項目 {@code 必}), its cardinality, the 形式 as written, the class it refers to
 * ({@code pd:住所}) and the source it names (参考元: IMI, schema.org).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * CoreItem pref = CoreDataModel.standard().item("gif-address-prefecture").orElseThrow();
 * pref.required();          // true
 * pref.item().imiIri();     // Optional[http://imi.go.jp/ns/core/rdf#都道府県]
 * }</pre>
 *
 * @param item the vocabulary item
 * @param classId the class ({@code Address})
 * @param number the item's number (No.) in its class
 * @param required whether the model marks it 必 (required)
 * @param requirement the 必須項目 cell as written ({@code 必}, {@code 必(*1)} or empty)
 * @param minOccurs the 最小回数 as written
 * @param maxOccurs the 最大数 as written ({@code 1}, {@code n})
 * @param format the 形式 as written ({@code 文字列（半角数字）}, {@code pd:住所})
 * @param refersTo the class a structured item refers to ({@code Address} for {@code pd:住所})
 * @param basedOn the 名称・形式等の参考元 ({@code IMI}, {@code schema.org})
 * @param example the 記入例 as written
 */
public record CoreItem(DataItem item, String classId, int number, boolean required, String requirement,
        String minOccurs, String maxOccurs, String format, Optional<String> refersTo, Optional<String> basedOn,
        Optional<String> example) {

    /**
     * Validates the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public CoreItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(classId, "classId");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(minOccurs, "minOccurs");
        Objects.requireNonNull(maxOccurs, "maxOccurs");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(refersTo, "refersTo");
        Objects.requireNonNull(basedOn, "basedOn");
        Objects.requireNonNull(example, "example");
    }

    /**
     * The item's id, {@code gif-<class>-<item>}.
     *
     * @return the id
     */
    public String id() {
        return item.id();
    }
}
