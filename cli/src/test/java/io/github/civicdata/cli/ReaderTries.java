package io.github.civicdata.cli;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The number of tries of the reader properties (issue 9: at least 1,000 in the default build,
 * 10,000 with {@code -Plong-properties}): the system property {@code civicdata.reader.tries}, set
 * by the root pom's surefire configuration from {@code reader.tries}; 1,000 when absent (an IDE).
 * Use with {@code @AddLifecycleHook(ReaderTries.class)} on a property.
 */
public final class ReaderTries implements AroundPropertyHook {

    /** The tries when the system property is not set. */
    static final int DEFAULT = 1000;

    static int tries() {
        String s = System.getProperty("civicdata.reader.tries");
        if (s == null || s.isBlank()) {
            return DEFAULT;
        }
        return Integer.parseInt(s.strip());
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        context.attributes().setTries(tries());
        return property.execute();
    }
}
