package io.github.civicdata.metadata;

import java.util.Optional;

/**
 * The kind of data an {@link InventoryEntry} records, as in the data inventory (棚卸し) of local
 * governments.
 *
 * <p>Immutable and thread-safe (an enum).
 *
 * <pre>{@code
 * InventoryCategory c = InventoryCategory.byId("business-system").orElseThrow();
 * c.labelJa(); // 業務システム保有データ
 * }</pre>
 */
public enum InventoryCategory {
    /** 業務システム保有データ: data held by a business system. */
    BUSINESS_SYSTEM("business-system", "業務システム保有データ", "Business-system data"),
    /** アンケート集計データ: aggregated questionnaire results. */
    SURVEY("survey", "アンケート集計データ", "Questionnaire results"),
    /** 統計調査データ: statistical survey data. */
    STATISTICAL_SURVEY("statistical-survey", "統計調査データ", "Statistical survey data"),
    /** 業務統計・業務年報: business statistics and annual reports. */
    BUSINESS_STATISTICS("business-statistics", "業務統計・業務年報", "Business statistics and annual reports"),
    /** その他: anything else. */
    OTHER("other", "その他", "Other");

    private final String id;
    private final String labelJa;
    private final String labelEn;

    InventoryCategory(String id, String labelJa, String labelEn) {
        this.id = id;
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }

    /**
     * @return the id used in JSON, e.g. {@code business-system}
     */
    public String id() {
        return id;
    }

    /**
     * @return the Japanese label
     */
    public String labelJa() {
        return labelJa;
    }

    /**
     * @return the English label
     */
    public String labelEn() {
        return labelEn;
    }

    /**
     * @param id an id as in {@link #id()}
     * @return the category, or empty
     */
    public static Optional<InventoryCategory> byId(String id) {
        for (InventoryCategory c : values()) {
            if (c.id.equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
