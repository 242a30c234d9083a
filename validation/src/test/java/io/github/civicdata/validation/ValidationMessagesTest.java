package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Messages;
import io.github.civicdata.core.RuleInfo;
import io.github.civicdata.core.internal.BundleCheck;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValidationMessagesTest {

    @Test
    void bundleIsComplete() throws Exception {
        assertThat(BundleCheck.problems(ValidationMessages.BASE_NAME, getClass().getClassLoader())).isEmpty();
    }

    @Test
    void everyRuleHasTitleAndChecksInBothLanguages() {
        for (RuleInfo r : ValidationRules.all()) {
            assertThat(Messages.get().pattern(Locale.ENGLISH, r.titleKey())).as(r.id()).isPresent();
            assertThat(Messages.get().pattern(Locale.JAPANESE, r.titleKey())).as(r.id()).isPresent();
            assertThat(Messages.get().pattern(Locale.ENGLISH, ValidationRules.checksKey(r))).as(r.id()).isPresent();
            assertThat(Messages.get().pattern(Locale.JAPANESE, ValidationRules.checksKey(r))).as(r.id()).isPresent();
        }
    }
}
