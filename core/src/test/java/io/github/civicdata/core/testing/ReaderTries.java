package io.github.civicdata.core.testing;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Sets the tries of the reader robustness properties from the system property {@code
 * civicdata.reader.tries}, which the build sets: 1,000 by default, 10,000 with {@code
 * -Plong-properties} (root pom, property {@code reader.tries}). Without the system property (a run
 * from an IDE) it is 1,000. Use with {@code @AddLifecycleHook(ReaderTries.class)} on the class.
 */
public final class ReaderTries implements AroundPropertyHook {

    /** The tries when the build does not say. */
    public static final int DEFAULT = 1000;

    /**
     * @return the tries for this run
     */
    public static int tries() {
        String s = System.getProperty("civicdata.reader.tries", "");
        return s.isBlank() ? DEFAULT : Integer.parseInt(s.strip());
    }

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        context.attributes().setTries(tries());
        return property.execute();
    }
}
