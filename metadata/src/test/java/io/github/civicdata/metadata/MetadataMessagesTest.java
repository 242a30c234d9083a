package io.github.civicdata.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Messages;
import io.github.civicdata.core.RuleInfo;
import io.github.civicdata.core.internal.BundleCheck;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MetadataMessagesTest {

    @Test
    void bundleIsComplete() throws Exception {
        assertThat(BundleCheck.problems(MetadataMessages.BASE_NAME, getClass().getClassLoader())).isEmpty();
    }

    @Test
    void bundleIsRegisteredAndEveryRuleHasMessageAndTitleInBothLanguages() {
        for (RuleInfo r : MetadataRules.all()) {
            assertThat(Messages.get().contains(r.id())).as(r.id()).isTrue();
            assertThat(Messages.get().contains(r.titleKey())).as(r.titleKey()).isTrue();
            assertThat(Messages.get().title(r).ja()).as(r.id()).isNotEqualTo(Messages.get().title(r).en());
        }
        assertThat(Messages.get().format(Locale.JAPANESE, "metadata.check-digit", "131010", "131016"))
                .contains("検査数字");
    }

    @Test
    void ruleIdsAreUniqueAndL308IsAnAlias() {
        assertThat(MetadataRules.all()).extracting(RuleInfo::id).doesNotHaveDuplicates();
        assertThat(MetadataRules.info(MetadataRules.ENCODING_NOT_STATED).orElseThrow().aliases()).containsExactly("L3-08");
    }
}
