package io.github.civicdata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.MessageBundle;
import io.github.civicdata.core.internal.BundleCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every message bundle of every module, as the CLI sees them together: each is complete in both
 * languages, and no key is defined by two bundles ({@code Messages} takes the first bundle that has
 * a key, so a clash would silently show another module's text).
 */
class MessageBundlesTest {

    static List<String> baseNames() {
        List<String> names = new ArrayList<>();
        names.add("io.github.civicdata.core.messages");
        for (MessageBundle b : ServiceLoader.load(MessageBundle.class, MessageBundlesTest.class.getClassLoader())) {
            names.add(b.baseName());
        }
        return names;
    }

    @Test
    void everyModuleRegistersItsBundle() {
        assertThat(baseNames()).contains("io.github.civicdata.core.messages", CliMessages.BASE_NAME,
                "io.github.civicdata.vocab.messages");
    }

    @Test
    void everyBundleIsComplete() throws IOException {
        for (String name : baseNames()) {
            assertThat(BundleCheck.problems(name, getClass().getClassLoader())).as(name).isEmpty();
        }
    }

    @Test
    void noKeyIsDefinedByTwoBundles() throws IOException {
        Map<String, String> owner = new TreeMap<>();
        List<String> clashes = new ArrayList<>();
        for (String name : baseNames()) {
            Properties p = new Properties();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(name.replace('.', '/') + ".properties")) {
                assertThat(in).as(name).isNotNull();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String key : p.stringPropertyNames()) {
                String previous = owner.putIfAbsent(key, name);
                if (previous != null) {
                    clashes.add(key + " in " + previous + " and " + name);
                }
            }
        }
        assertThat(clashes).isEmpty();
    }
}
