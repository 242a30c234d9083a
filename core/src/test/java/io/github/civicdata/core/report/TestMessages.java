package io.github.civicdata.core.report;

import io.github.civicdata.core.MessageBundle;
import java.io.InputStream;

/** Messages used by the report writer tests only. */
public final class TestMessages implements MessageBundle {

    /** For {@link java.util.ServiceLoader}. */
    public TestMessages() {
        // stateless
    }

    @Override
    public String baseName() {
        return "io.github.civicdata.core.report.testmessages";
    }

    /** Reads this module's own bundle files (works in a named module, see {@link MessageBundle#open}). */
    @Override
    public InputStream open(String resource) {
        return TestMessages.class.getResourceAsStream(resource);
    }
}
