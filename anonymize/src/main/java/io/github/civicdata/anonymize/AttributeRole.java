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
    INSENSITIVE("insensitive");

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
        for (AttributeRole r : values()) {
            if (r.configName.equals(n)) {
                return r;
            }
        }
        throw AnonymizationException.config("anon.config.unknown-role", name,
                "identifying, quasi-identifying, sensitive, insensitive");
    }
}
