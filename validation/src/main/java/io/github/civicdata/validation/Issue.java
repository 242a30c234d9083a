package io.github.civicdata.validation;

import io.github.civicdata.core.Severity;
import java.util.List;

/**
 * A problem found in one value by a value check: the message key, a severity (or null for the
 * rule's), a suggested replacement (or null) and the message arguments.
 */
record Issue(String rule, String key, Severity severity, String suggestion, List<Object> args) {

    Issue {
        args = List.copyOf(args);
    }

    static Issue of(String rule, String key, Severity severity, String suggestion, Object... args) {
        return new Issue(rule, key, severity, suggestion, List.of(args));
    }
}
