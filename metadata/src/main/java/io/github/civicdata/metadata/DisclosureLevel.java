package io.github.civicdata.metadata;

import java.util.Optional;

/**
 * Who may see a dataset: the public, staff only, or named staff only.
 *
 * <p>In DCAT the level is written as {@code dct:accessRights} with the EU access-right concepts
 * ({@link #accessRightIri()}).
 *
 * <p>Immutable and thread-safe (an enum).
 *
 * <pre>{@code
 * DisclosureLevel d = DisclosureLevel.byId("internal").orElseThrow();
 * d.labelJa(); // 庁内限定
 * }</pre>
 */
public enum DisclosureLevel {
    /** 公開: open to the public. */
    OPEN("open", "公開", "Open", "PUBLIC"),
    /** 庁内限定: staff of the body only. */
    INTERNAL("internal", "庁内限定", "Internal", "RESTRICTED"),
    /** 非公開: named staff only (personal or confidential data). */
    CONFIDENTIAL("confidential", "非公開", "Confidential", "NON_PUBLIC");

    /** The namespace of the EU access-right concepts. */
    public static final String ACCESS_RIGHT_NAMESPACE = "http://publications.europa.eu/resource/authority/access-right/";

    private final String id;
    private final String labelJa;
    private final String labelEn;
    private final String accessRight;

    DisclosureLevel(String id, String labelJa, String labelEn, String accessRight) {
        this.id = id;
        this.labelJa = labelJa;
        this.labelEn = labelEn;
        this.accessRight = accessRight;
    }

    /**
     * @return the id used in JSON, e.g. {@code open}
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
     * @return the EU access-right concept, e.g. {@code http://publications.europa.eu/resource/authority/access-right/PUBLIC}
     */
    public String accessRightIri() {
        return ACCESS_RIGHT_NAMESPACE + accessRight;
    }

    /**
     * @param id an id as in {@link #id()}
     * @return the level, or empty
     */
    public static Optional<DisclosureLevel> byId(String id) {
        for (DisclosureLevel d : values()) {
            if (d.id.equals(id)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * @param iri an EU access-right concept IRI
     * @return the level, or empty
     */
    public static Optional<DisclosureLevel> byAccessRightIri(String iri) {
        for (DisclosureLevel d : values()) {
            if (d.accessRightIri().equals(iri)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
