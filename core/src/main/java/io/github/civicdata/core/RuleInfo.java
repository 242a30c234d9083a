package io.github.civicdata.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Describes a rule that a check applies: its stable id, default severity, whether it is checked
 * automatically or needs a person ({@link Mode#MANUAL}), alias ids (such as the 2020 総務省
 * checklist numbers), an optional documentation link, and the level (1, 2 or 3) of the
 * machine-readability rules that the rule belongs to, where it belongs to one.
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
 * @param level the level (1 to 3) of the machine-readability rules that the rule counts for: a file
 *     reaches level N only when the rules of levels 1 to N pass (empty for rules outside the levels,
 *     such as template conformance)
 */
public record RuleInfo(String id, Severity severity, Mode mode, List<String> aliases, Optional<String> helpUri,
        OptionalInt level) {

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
     * @throws IllegalArgumentException if the id is blank or the level is not 1, 2 or 3
     */
    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(mode, "mode");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(helpUri, "helpUri");
        Objects.requireNonNull(level, "level");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id is blank");
        }
        if (level.isPresent() && (level.getAsInt() < 1 || level.getAsInt() > 3)) {
            throw new IllegalArgumentException("level must be 1, 2 or 3: " + level.getAsInt());
        }
    }

    /**
     * A rule outside the levels of the machine-readability rules.
     *
     * @param id the id
     * @param severity the default severity
     * @param mode automatic, partial or manual
     * @param aliases alias ids
     * @param helpUri a link to the rule's documentation
     */
    public RuleInfo(String id, Severity severity, Mode mode, List<String> aliases, Optional<String> helpUri) {
        this(id, severity, mode, aliases, helpUri, OptionalInt.empty());
    }

    /**
     * A copy of this rule at another severity (a configured severity).
     *
     * @param newSeverity the severity
     * @return the copy
     */
    public RuleInfo withSeverity(Severity newSeverity) {
        return new RuleInfo(id, newSeverity, mode, aliases, helpUri, level);
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
