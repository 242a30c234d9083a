package io.github.civicdata.cli;

import java.util.Locale;

/**
 * The one rule of the CLI for the language of what it prints (text reports, summaries, listings,
 * messages): the language asked for with {@code --lang}; without it, Japanese when the system
 * language is Japanese, else English. A command whose output has a fixed default language (the
 * catalogue's data-item list is Japanese unless asked otherwise) passes that default instead.
 *
 * <p>Stateless and thread-safe.
 */
final class UiLocale {

    private UiLocale() {
    }

    /**
     * @param lang the value of {@code --lang}, or null when not given
     * @return the locale of the output
     */
    static Locale of(ReportOptions.Lang lang) {
        if (lang != null) {
            return lang.locale();
        }
        return "ja".equals(Locale.getDefault().getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
    }

    /**
     * @param lang the value of {@code --lang}, or null when not given
     * @param whenUnset the language of the output when {@code --lang} is not given
     * @return the locale of the output
     */
    static Locale of(ReportOptions.Lang lang, ReportOptions.Lang whenUnset) {
        return (lang != null ? lang : whenUnset).locale();
    }
}
