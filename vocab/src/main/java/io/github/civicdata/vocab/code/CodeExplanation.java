package io.github.civicdata.vocab.code;

import io.github.civicdata.core.LocalizedText;
import io.github.civicdata.core.Messages;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a value given as a 全国地方公共団体コード is: the verdict, the normalised 6-digit code where one
 * can be derived, and the prefecture and municipality it names.
 *
 * <p>{@link #messageKey()} and {@link #arguments()} give a bilingual explanation through the vocab
 * message bundle ({@link #text()}). Immutable and thread-safe.
 *
 * <pre>{@code
 * CodeExplanation e = CodeLists.standard().explain("92011");
 * e.verdict();    // LEADING_ZERO_RESTORED
 * e.normalized(); // Optional[092011]
 * e.text().en();  // "92011 looks like 092011 (宇都宮市) that lost its leading zero ..."
 * }</pre>
 *
 * @param input the value as given
 * @param verdict the verdict
 * @param normalized the 6-digit code the value stands for, where it can be derived
 * @param prefecture the prefecture named
 * @param municipality the municipality or ward named
 * @param candidates for {@link Verdict#AMBIGUOUS}, the possible codes; for a former code, today's
 *     codes of its area ({@link CodeLists#currentSuccessors(String)})
 * @param messageKey the explanation's message key
 * @param arguments the explanation's arguments
 * @param record what the code stands for over time (also for former codes and counties), if known
 */
public record CodeExplanation(String input, Verdict verdict, Optional<String> normalized,
        Optional<Prefecture> prefecture, Optional<Municipality> municipality, List<String> candidates,
        String messageKey, List<Object> arguments, Optional<CodeRecord> record) {

    /**
     * @throws NullPointerException if a part is null
     */
    public CodeExplanation {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(normalized, "normalized");
        Objects.requireNonNull(prefecture, "prefecture");
        Objects.requireNonNull(municipality, "municipality");
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(record, "record");
    }

    /**
     * Whether the value is an acceptable code as given ({@link Verdict#isValid()}).
     *
     * @return the verdict's validity
     */
    public boolean isValid() {
        return verdict.isValid();
    }

    /**
     * The explanation in Japanese and English.
     *
     * @return the text
     */
    public LocalizedText text() {
        return Messages.get().localize(messageKey, arguments);
    }

    /** The verdict on a value given as a 全国地方公共団体コード. */
    public enum Verdict {
        /** Six digits, correct check digit, listed. */
        VALID(true),
        /**
         * Six digits, correct check digit, prefecture 01–47, but neither in the current list nor in
         * the change history.
         */
        VALID_UNLISTED(true),
        /**
         * A former code (abolished, e.g. by a merger) given without a reference period, or one that
         * was no longer in effect during the given period; {@link CodeExplanation#candidates()} are
         * today's codes of its area.
         */
        FORMER(false),
        /** A former code that was in effect during the given reference period. */
        FORMER_IN_EFFECT(true),
        /** A current code that took effect after the given reference period (浜松市中央区 in 2020). */
        NOT_YET_IN_EFFECT(false),
        /**
         * The 標準地域コード of a county (郡) or subprefecture (支庁) of the change history: not a
         * local government.
         */
        NOT_LOCAL_GOVERNMENT(false),
        /** The 5-digit form without check digit (JIS X 0402, e-Stat, 国土数値情報); normalised. */
        FIVE_DIGIT_FORM(true),
        /** A 2-digit JIS X 0401 prefecture code; normalised to the prefecture's own code. */
        PREFECTURE_CODE(true),
        /**
         * A code that lost its leading zero in a spreadsheet ({@code 92011}, {@code 1100}, or the
         * prefecture code {@code 1} for {@code 01}); restored.
         */
        LEADING_ZERO_RESTORED(false),
        /** Six digits whose check digit is wrong. */
        WRONG_CHECK_DIGIT(false),
        /** Five digits that are both a 5-digit code and a 6-digit code without its leading zero. */
        AMBIGUOUS(false),
        /** The prefecture part is not 01–47. */
        UNKNOWN_PREFECTURE(false),
        /** Not 1, 2, 4, 5 or 6 digits. */
        MALFORMED(false);

        private final boolean valid;

        Verdict(boolean valid) {
            this.valid = valid;
        }

        /**
         * Whether a value with this verdict is acceptable as given (exit code 0 of
         * {@code civicdata code}).
         *
         * @return {@code true} for VALID, VALID_UNLISTED, FORMER_IN_EFFECT, FIVE_DIGIT_FORM and
         *     PREFECTURE_CODE
         */
        public boolean isValid() {
            return valid;
        }
    }
}
