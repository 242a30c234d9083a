package io.github.civicdata.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.internal.BundleCheck;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void coreBundleIsComplete() throws Exception {
        assertThat(BundleCheck.problems("io.github.civicdata.core.messages", getClass().getClassLoader()))
                .isEmpty();
    }

    @Test
    void formatsInBothLanguagesWithoutDefaultLocaleFallback() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.JAPAN);
            LocalizedText t = Messages.get().localize("report.summary", 1, 2, 3);
            assertThat(t.en()).isEqualTo("1 error(s), 2 warning(s), 3 info.");
            assertThat(t.ja()).isEqualTo("エラー 1 件、警告 2 件、情報 3 件。");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void unknownKeyIsVisibleNotFatal() {
        assertThat(Messages.get().format(Locale.ENGLISH, "no.such.key", "x")).isEqualTo("no.such.key [x]");
    }

    @Test
    void longStringArgumentsAreTruncated() {
        String longValue = "あ".repeat(200);
        String text = Messages.get().format(Locale.ENGLISH, "report.value", longValue);
        assertThat(text).isEqualTo("Value: " + "あ".repeat(80) + "…");
    }
}
