package io.github.civicdata.validation.blackbox;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Sets the tries of a reader robustness property from the system property
 * {@code civicdata.reader.tries}: 1,000 in the default build, 10,000 with
 * {@code -Plong-properties} (the root pom's {@code reader.tries}), {@value #DEFAULT} when run
 * outside Maven. Use it with {@code @AddLifecycleHook(ReaderTries.class)} on a property whose
 * {@code @Property} sets no tries.
 */
public final class ReaderTries implements AroundPropertyHook {

    /** Tries when the system property is not set (an IDE run). */
    public static final int DEFAULT = 1_000;

    /** The configured number of tries. */
    public static int tries() {
        return Integer.getInteger("civicdata.reader.tries", DEFAULT);
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        context.attributes().setTries(tries());
        return property.execute();
    }
}
