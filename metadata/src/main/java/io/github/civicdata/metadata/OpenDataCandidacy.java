package io.github.civicdata.metadata;

import java.util.Optional;

/**
 * Whether an inventoried dataset is, or should become, open data (オープンデータ化の可否).
 *
 * <p>Immutable and thread-safe (an enum).
 *
 * <pre>{@code
 * OpenDataCandidacy c = OpenDataCandidacy.byId("candidate").orElseThrow();
 * }</pre>
 */
public enum OpenDataCandidacy {
    /** 公開済み: already published as open data. */
    PUBLISHED("published", "公開済み", "Published"),
    /** 公開候補: a candidate for publication. */
    CANDIDATE("candidate", "公開候補", "Candidate"),
    /** 公開不可: not to be published (a reason is expected). */
    NOT_CANDIDATE("not-candidate", "公開不可", "Not a candidate"),
    /** 未判断: not decided yet. */
    UNDECIDED("undecided", "未判断", "Undecided");

    private final String id;
    private final String labelJa;
    private final String labelEn;

    OpenDataCandidacy(String id, String labelJa, String labelEn) {
        this.id = id;
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }

    /**
     * @return the id used in JSON, e.g. {@code not-candidate}
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
     * @return the candidacy, or empty
     */
    public static Optional<OpenDataCandidacy> byId(String id) {
        for (OpenDataCandidacy c : values()) {
            if (c.id.equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
