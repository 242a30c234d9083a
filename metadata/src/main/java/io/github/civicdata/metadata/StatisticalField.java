package io.github.civicdata.metadata;

import java.util.Optional;

/**
 * The theme of a dataset ({@code dcat:theme}): one of the 17 統計分野 (statistical fields) that
 * the 分類 column of the standard オープンデータ一覧 dataset uses.
 *
 * <p>In JSON a theme is written as its Japanese label (e.g. {@code 人口・世帯}); in RDF as the
 * concept IRI {@code https://civicdata.github.io/ns/theme/<slug>}.
 *
 * <p>Immutable and thread-safe (an enum).
 *
 * <pre>{@code
 * StatisticalField t = StatisticalField.byLabel("人口・世帯").orElseThrow();
 * t.slug(); // "population-households"
 * }</pre>
 */
public enum StatisticalField {
    /** 国土・気象. */
    LAND_WEATHER("国土・気象", "land-weather", "Land and weather"),
    /** 人口・世帯. */
    POPULATION_HOUSEHOLDS("人口・世帯", "population-households", "Population and households"),
    /** 労働・賃金. */
    LABOUR_WAGES("労働・賃金", "labour-wages", "Labour and wages"),
    /** 農林水産業. */
    AGRICULTURE_FORESTRY_FISHERIES("農林水産業", "agriculture-forestry-fisheries",
            "Agriculture, forestry and fisheries"),
    /** 鉱工業. */
    MINING_MANUFACTURING("鉱工業", "mining-manufacturing", "Mining and manufacturing"),
    /** 商業・サービス業. */
    COMMERCE_SERVICES("商業・サービス業", "commerce-services", "Commerce and services"),
    /** 企業・家計・経済. */
    BUSINESS_HOUSEHOLD_ECONOMY("企業・家計・経済", "business-household-economy",
            "Businesses, household finances and the economy"),
    /** 住宅・土地・建設. */
    HOUSING_LAND_CONSTRUCTION("住宅・土地・建設", "housing-land-construction", "Housing, land and construction"),
    /** エネルギー・水. */
    ENERGY_WATER("エネルギー・水", "energy-water", "Energy and water"),
    /** 運輸・観光. */
    TRANSPORT_TOURISM("運輸・観光", "transport-tourism", "Transport and tourism"),
    /** 情報通信・科学技術. */
    ICT_SCIENCE("情報通信・科学技術", "ict-science-technology", "Information, communication, science and technology"),
    /** 教育・文化・スポーツ・生活. */
    EDUCATION_CULTURE_LIFE("教育・文化・スポーツ・生活", "education-culture-sports-life",
            "Education, culture, sports and daily life"),
    /** 行財政. */
    ADMINISTRATION_FINANCE("行財政", "administration-finance", "Public administration and finance"),
    /** 司法・安全・環境. */
    JUSTICE_SAFETY_ENVIRONMENT("司法・安全・環境", "justice-safety-environment", "Justice, safety and environment"),
    /** 社会保障・衛生. */
    SOCIAL_SECURITY_HEALTH("社会保障・衛生", "social-security-health", "Social security and health"),
    /** 国際. */
    INTERNATIONAL("国際", "international", "International"),
    /** その他. */
    OTHER("その他", "other", "Other");

    /** The namespace of the theme concept IRIs. */
    public static final String NAMESPACE = "https://civicdata.github.io/ns/theme/";

    private final String label;
    private final String slug;
    private final String labelEn;

    StatisticalField(String label, String slug, String labelEn) {
        this.label = label;
        this.slug = slug;
        this.labelEn = labelEn;
    }

    /**
     * @return the Japanese label, as written in JSON, e.g. {@code 人口・世帯}
     */
    public String label() {
        return label;
    }

    /**
     * @return the English label
     */
    public String labelEn() {
        return labelEn;
    }

    /**
     * @return the ASCII slug of the concept IRI, e.g. {@code population-households}
     */
    public String slug() {
        return slug;
    }

    /**
     * @return the concept IRI
     */
    public String iri() {
        return NAMESPACE + slug;
    }

    /**
     * @param label a Japanese label, exactly as in {@link #label()}
     * @return the field, or empty
     */
    public static Optional<StatisticalField> byLabel(String label) {
        for (StatisticalField f : values()) {
            if (f.label.equals(label)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * @param iri a concept IRI as in {@link #iri()}
     * @return the field, or empty
     */
    public static Optional<StatisticalField> byIri(String iri) {
        for (StatisticalField f : values()) {
            if (f.iri().equals(iri)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
