package io.github.civicdata.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One thing a check found: which rule, how serious, where, and the message (a key into the
 * bilingual message bundles plus its arguments), with the offending value and a suggested
 * replacement where one is obvious.
 *
 * <p>The rule id is stable API (official ids such as {@code L1-08} where one exists, namespaced
 * codes such as {@code csv.ragged-row} otherwise). The message key defaults to the rule id; a rule
 * with several wordings uses {@code <rule>.<variant>} keys. Arguments are {@link String},
 * {@link Number} or {@link Boolean} values for {@link java.text.MessageFormat}. The offending value
 * is truncated to {@value Values#MAX_VALUE_LENGTH} characters; never put the value of a sensitive
 * column in a finding.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Finding f = Finding.builder("L1-08", Severity.ERROR)
 *         .location(Location.cell("aed.csv", 14, 13, 3, "名称"))
 *         .args("①")
 *         .value("①号館")
 *         .build();
 * }</pre>
 *
 * @param ruleId the stable rule id
 * @param severity how serious the finding is
 * @param location where it was found
 * @param messageKey the message key (defaults to the rule id)
 * @param arguments the message arguments
 * @param value the offending value, truncated
 * @param suggestion a suggested replacement value, meant to be applied as it is; one longer than
 *     {@value Values#MAX_VALUE_LENGTH} characters is left out rather than truncated (a cut
 *     suggestion applied would corrupt the value)
 */
public record Finding(
        String ruleId,
        Severity severity,
        Location location,
        String messageKey,
        List<Object> arguments,
        Optional<String> value,
        Optional<String> suggestion) {

    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if any part or argument is null
     * @throws IllegalArgumentException if the rule id or message key is blank, or an argument is
     *     not a String, Number or Boolean
     */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(suggestion, "suggestion");
        if (ruleId.isBlank()) {
            throw new IllegalArgumentException("ruleId is blank");
        }
        if (messageKey.isBlank()) {
            throw new IllegalArgumentException("messageKey is blank");
        }
        List<Object> args = new ArrayList<>(arguments.size());
        for (Object a : arguments) {
            Objects.requireNonNull(a, "argument");
            if (a instanceof CharSequence cs) {
                args.add(cs.toString());
            } else if (a instanceof Number || a instanceof Boolean) {
                args.add(a);
            } else {
                throw new IllegalArgumentException(
                        "argument must be a String, Number or Boolean: " + a.getClass().getName());
            }
        }
        arguments = List.copyOf(args);
        value = value.map(Values::truncate);
        suggestion = suggestion.filter(s -> Values.truncate(s).equals(s));
    }

    /**
     * Starts a builder for a finding of {@code ruleId} at {@code severity}.
     *
     * @param ruleId the stable rule id, also the default message key
     * @param severity how serious the finding is
     * @return a new builder
     */
    public static Builder builder(String ruleId, Severity severity) {
        return new Builder(ruleId, severity);
    }

    /**
     * The frictionless error codes a finding can carry (Frictionless Framework, "Errors Reference").
     */
    private static final Set<String> FRICTIONLESS_CODES = Set.of("blank-label", "duplicate-label", "extra-label",
            "missing-label", "incorrect-label", "blank-row", "duplicate-row", "primary-key", "foreign-key",
            "extra-cell", "missing-cell", "type-error", "constraint-error", "unique-error", "encoding-error");

    /**
     * The frictionless error code of this finding, for pipelines that match those codes: the rule
     * id when it is a frictionless code itself ({@code extra-cell}, {@code type-error} …), else the
     * first part of the variant when the message key is {@code <rule>.<code>} or
     * {@code <rule>.<code>.<detail>} ({@code L1-03.blank-row.trailing} has the code
     * {@code blank-row}, {@code L1-05.blank-label} has {@code blank-label}).
     *
     * @return the code, or empty when no frictionless code fits
     */
    public Optional<String> code() {
        return code(ruleId, messageKey);
    }

    /**
     * The frictionless error code of a finding of {@code ruleId} with {@code messageKey}, as
     * {@link #code()} describes it (for callers that filter before they build a finding).
     *
     * @param ruleId the rule id
     * @param messageKey the message key
     * @return the code, or empty when no frictionless code fits
     */
    public static Optional<String> code(String ruleId, String messageKey) {
        if (FRICTIONLESS_CODES.contains(ruleId)) {
            return Optional.of(ruleId);
        }
        if (messageKey.length() > ruleId.length() + 1 && messageKey.startsWith(ruleId)
                && messageKey.charAt(ruleId.length()) == '.') {
            int end = messageKey.indexOf('.', ruleId.length() + 1);
            String variant = messageKey.substring(ruleId.length() + 1, end < 0 ? messageKey.length() : end);
            if (FRICTIONLESS_CODES.contains(variant)) {
                return Optional.of(variant);
            }
        }
        return Optional.empty();
    }

    /**
     * A copy of this finding at another severity (for configurable rule severities).
     *
     * @param newSeverity the severity
     * @return the copy
     */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, location, messageKey, arguments, value, suggestion);
    }

    /** Builds a {@link Finding}; not thread-safe. */
    public static final class Builder {
        private final String ruleId;
        private final Severity severity;
        private Location location;
        private String messageKey;
        private List<Object> arguments = List.of();
        private Optional<String> value = Optional.empty();
        private Optional<String> suggestion = Optional.empty();

        private Builder(String ruleId, Severity severity) {
            this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
            this.severity = Objects.requireNonNull(severity, "severity");
        }

        /**
         * @param location where the finding was made
         * @return this builder
         */
        public Builder location(Location location) {
            this.location = Objects.requireNonNull(location, "location");
            return this;
        }

        /**
         * @param messageKey the message key, e.g. {@code L2-01.unit}
         * @return this builder
         */
        public Builder messageKey(String messageKey) {
            this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
            return this;
        }

        /**
         * @param args the message arguments ({@code {0}}, {@code {1}} ...)
         * @return this builder
         */
        public Builder args(Object... args) {
            this.arguments = List.of(args);
            return this;
        }

        /**
         * @param value the offending value (truncated on build)
         * @return this builder
         */
        public Builder value(String value) {
            this.value = Optional.of(value);
            return this;
        }

        /**
         * @param suggestion a suggested replacement value
         * @return this builder
         */
        public Builder suggestion(String suggestion) {
            this.suggestion = Optional.of(suggestion);
            return this;
        }

        /**
         * @return the finding
         * @throws NullPointerException if no location was set
         */
        public Finding build() {
            Objects.requireNonNull(location, "location not set");
            return new Finding(ruleId, severity, location, messageKey == null ? ruleId : messageKey,
                    arguments, value, suggestion);
        }
    }
}
