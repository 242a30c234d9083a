package io.github.civicdata.anonymize;

/**
 * What an attribute (column) is to the anonymisation: removed, generalised, protected or kept.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Anonymizer.builder().attribute("name", AttributeRole.IDENTIFYING) ...
 * }</pre>
 */
public enum AttributeRole {
    /** Identifies a person directly (name, My Number): every cell is replaced by {@code *}. */
    IDENTIFYING("identifying"),
    /** Could identify a person in combination (age, sex, area): generalised through a hierarchy. */
    QUASI_IDENTIFYING("quasi-identifying"),
    /** The value to protect (diagnosis, income): kept, guarded by l-diversity or t-closeness. */
    SENSITIVE("sensitive"),
    /** Neither identifying nor sensitive: kept as it is. Columns not configured are insensitive. */
    INSENSITIVE("insensitive"),
    /**
     * Replaced by a pseudonym ({@link Pseudonym}: keyed hash or random surrogate), e.g. an internal
     * ID kept linkable inside 仮名加工情報 (個人情報保護法 第41条).
     */
    PSEUDONYMISED("pseudonymised"),
    /** Left out of the output entirely, e.g. 個人識別符号 such as My Number (施行規則 第31条第2号, 第34条第2号). */
    DELETED("deleted");

    private final String configName;

    AttributeRole(String configName) {
        this.configName = configName;
    }

    /**
     * @return the name used in configuration files, e.g. {@code quasi-identifying}
     */
    public String configName() {
        return configName;
    }

    /**
     * The role named {@code name} in a configuration file.
     *
     * @param name e.g. {@code quasi-identifying} (case-insensitive; {@code _} may stand for {@code -})
     * @return the role
     * @throws AnonymizationException if no role has that name
     */
    public static AttributeRole ofConfigName(String name) {
        String n = name.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        if (n.equals("pseudonymise") || n.equals("pseudonymize") || n.equals("pseudonymized")) {
            return PSEUDONYMISED;
        }
        if (n.equals("delete")) {
            return DELETED;
        }
        for (AttributeRole r : values()) {
            if (r.configName.equals(n)) {
                return r;
            }
        }
        throw AnonymizationException.config("anon.config.unknown-role", name,
                "identifying, quasi-identifying, sensitive, insensitive, pseudonymise, delete");
    }
}
