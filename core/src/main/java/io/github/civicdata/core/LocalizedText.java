package io.github.civicdata.core;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in Japanese and English.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * LocalizedText t = Messages.get().localize(finding);
 * System.out.println(t.in(Locale.JAPANESE));
 * }</pre>
 *
 * @param ja the Japanese text
 * @param en the English text
 */
public record LocalizedText(String ja, String en) {

    /**
     * @throws NullPointerException if either text is null
     */
    public LocalizedText {
        Objects.requireNonNull(ja, "ja");
        Objects.requireNonNull(en, "en");
    }

    /**
     * The text in {@code locale}'s language: Japanese for {@code ja}, English otherwise.
     *
     * @param locale the locale
     * @return the text
     */
    public String in(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? ja : en;
    }
}
