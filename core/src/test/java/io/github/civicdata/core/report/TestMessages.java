package io.github.civicdata.core.report;

import io.github.civicdata.core.MessageBundle;

/** Messages used by the report writer tests only. */
public final class TestMessages implements MessageBundle {
    @Override
    public String baseName() {
        return "io.github.civicdata.core.report.testmessages";
    }
}
