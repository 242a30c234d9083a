package io.github.civicdata.vocab.format;

import io.github.civicdata.core.LocalizedText;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking one value: {@link Valid} (possibly with a normalised form, e.g. the ISO
 * date of an accepted 和暦 date) or {@link Invalid} with a message key and arguments from the vocab
 * bundle, a suggested replacement where one is obvious, and a suggested severity.
 *
 * <p>Checks never throw because of the value. A plain valid result is a shared instance, so
 * checking valid data allocates nothing. Immutable and thread-safe.
 *
 * <pre>{@code
 * FormatResult r = FormatChecks.standard().check(NamedFormat.ISO_DATE, "令和5年4月1日");
 * if (r instanceof FormatResult.Invalid bad) {
 *     bad.messageKey();  // format.iso-date.wareki
 *     bad.suggestion();  // Optional[2023-04-01]
 * }
 * }</pre>
 */
public sealed interface FormatResult permits FormatResult.Valid, FormatResult.Invalid {

    /**
     * Whether the value passed.
     *
     * @return {@code true} for {@link Valid}
     */
    boolean isValid();

    /**
     * For {@link Invalid}, the suggested replacement; for {@link Valid}, the normalised form where
     * it differs from the value (e.g. {@code 2023-04-01} for an accepted {@code 令和5年4月1日}).
     *
     * @return the suggestion or normalised form
     */
    Optional<String> suggestion();

    /**
     * The shared plain valid result.
     *
     * @return a valid result without normalised form
     */
    static FormatResult valid() {
        return Valid.PLAIN;
    }

    /**
     * A valid result.
     *
     * @param normalized the normalised form where it differs from the value
     */
    record Valid(Optional<String> normalized) implements FormatResult {
        static final Valid PLAIN = new Valid(Optional.empty());

        /**
         * @throws NullPointerException if {@code normalized} is null
         */
        public Valid {
            Objects.requireNonNull(normalized, "normalized");
        }

        @Override
        public boolean isValid() {
            return true;
        }

        @Override
        public Optional<String> suggestion() {
            return normalized;
        }
    }

    /**
     * A failed check.
     *
     * @param messageKey the message key in the vocab bundle (e.g. {@code format.phone})
     * @param arguments the message arguments (String, Number or Boolean; never the value itself)
     * @param suggestion a suggested replacement value, if obvious
     * @param severity the suggested severity: ERROR, or WARNING for plausibility checks (outside
     *     the configured area, a code not in the shipped list)
     */
    record Invalid(String messageKey, List<Object> arguments, Optional<String> suggestion, Severity severity)
            implements FormatResult {

        /**
         * Validates and copies the parts.
         *
         * @throws NullPointerException if a part or argument is null
         * @throws IllegalArgumentException if an argument is not a String, Number or Boolean
         */
        public Invalid {
            Objects.requireNonNull(messageKey, "messageKey");
            List<Object> a = new ArrayList<>(arguments.size());
            for (Object o : arguments) {
                Objects.requireNonNull(o, "argument");
                if (!(o instanceof String || o instanceof Number || o instanceof Boolean)) {
                    throw new IllegalArgumentException("argument must be a String, Number or Boolean: " + o.getClass());
                }
                a.add(o);
            }
            arguments = List.copyOf(a);
            Objects.requireNonNull(suggestion, "suggestion");
            Objects.requireNonNull(severity, "severity");
        }

        static Invalid error(String key, String suggestion, Object... args) {
            return new Invalid(key, List.of(args), Optional.ofNullable(suggestion), Severity.ERROR);
        }

        static Invalid warning(String key, String suggestion, Object... args) {
            return new Invalid(key, List.of(args), Optional.ofNullable(suggestion), Severity.WARNING);
        }

        @Override
        public boolean isValid() {
            return false;
        }

        /**
         * The message in Japanese and English.
         *
         * @return the text
         */
        public LocalizedText text() {
            return Messages.get().localize(messageKey, arguments);
        }
    }
}
