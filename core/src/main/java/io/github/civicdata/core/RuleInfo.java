package io.github.civicdata.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Describes a rule that a check applies: its stable id, default severity, whether it is checked
 * automatically or needs a person ({@link Mode#MANUAL}), alias ids (such as the 2020 総務省
 * checklist numbers), and an optional documentation link.
 *
 * <p>The rule's bilingual title is the message whose key is {@link #titleKey()}
 * ({@code <id>.title}). A {@link Report} lists the rules that were applied so that writers can
 * describe passing rules too (one JUnit test case per rule, SARIF rule metadata).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * RuleInfo r = RuleInfo.of("L1-08", Severity.ERROR, RuleInfo.Mode.AUTOMATIC, List.of("1-10"));
 * }</pre>
 *
 * @param id the stable rule id
 * @param severity the severity of its findings unless configured otherwise
 * @param mode whether the rule is checked automatically
 * @param aliases other ids for the same rule
 * @param helpUri a link to the rule's documentation
 */
public record RuleInfo(String id, Severity severity, Mode mode, List<String> aliases, Optional<String> helpUri) {

    /** Whether a rule is checked by the tool, in part, or left to a person. */
    public enum Mode {
        /** Checked from the data. */
        AUTOMATIC,
        /**
         * Partly checked from the data; the rest needs a person (e.g. whether units or the
         * encoding are documented elsewhere).
         */
        PARTIAL,
        /** Cannot be checked from the file; listed so that nobody thinks it was. */
        MANUAL;

        /**
         * @return {@code automatic}, {@code partial} or {@code manual}
         */
        public String id() {
            return switch (this) {
                case AUTOMATIC -> "automatic";
                case PARTIAL -> "partial";
                case MANUAL -> "manual";
            };
        }
    }

    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if any part is null
     * @throws IllegalArgumentException if the id is blank
     */
    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(mode, "mode");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(helpUri, "helpUri");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id is blank");
        }
    }

    /**
     * A rule without documentation link.
     *
     * @param id the id
     * @param severity the default severity
     * @param mode automatic or manual
     * @param aliases alias ids
     * @return the rule
     */
    public static RuleInfo of(String id, Severity severity, Mode mode, List<String> aliases) {
        return new RuleInfo(id, severity, mode, aliases, Optional.empty());
    }

    /**
     * An automatic rule without aliases.
     *
     * @param id the id
     * @param severity the default severity
     * @return the rule
     */
    public static RuleInfo of(String id, Severity severity) {
        return of(id, severity, Mode.AUTOMATIC, List.of());
    }

    /**
     * @return the message key of the rule's title, {@code <id>.title}
     */
    public String titleKey() {
        return id + ".title";
    }
}
