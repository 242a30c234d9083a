package io.github.civicdata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The one UI-locale rule of the CLI (issue 11): --lang, else the system language if Japanese, else English. */
class UiLocaleTest {

    private final Locale saved = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    @Test
    void langWinsOverTheSystemLanguage() {
        Locale.setDefault(Locale.JAPAN);
        assertThat(UiLocale.of(ReportOptions.Lang.EN)).isEqualTo(Locale.ENGLISH);
        Locale.setDefault(Locale.US);
        assertThat(UiLocale.of(ReportOptions.Lang.JA)).isEqualTo(Locale.JAPANESE);
    }

    @Test
    void withoutLangJapaneseOnlyOnAJapaneseSystem() {
        Locale.setDefault(Locale.JAPAN);
        assertThat(UiLocale.of(null)).isEqualTo(Locale.JAPANESE);
        Locale.setDefault(Locale.US);
        assertThat(UiLocale.of(null)).isEqualTo(Locale.ENGLISH);
        Locale.setDefault(Locale.FRANCE);
        assertThat(UiLocale.of(null)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aCommandWithAFixedDefaultIgnoresTheSystemLanguage() {
        Locale.setDefault(Locale.US);
        assertThat(UiLocale.of(null, ReportOptions.Lang.JA)).isEqualTo(Locale.JAPANESE);
        assertThat(UiLocale.of(ReportOptions.Lang.EN, ReportOptions.Lang.JA)).isEqualTo(Locale.ENGLISH);
    }
}
