package io.github.civicdata.metadata;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Messages;
import java.util.List;
import java.util.Locale;

/**
 * Thrown by the convenience methods that return a record directly (such as {@link
 * MetadataJson#parse(String)}) when the input does not give a valid record; carries the findings.
 * Readers ({@link RecordReader}) never throw it: they return the findings.
 *
 * <p>Not thread-safe to mutate (an exception); its findings list is immutable.
 *
 * <pre>{@code
 * try {
 *     DatasetRecord r = MetadataJson.parse(json);
 * } catch (InvalidRecordException e) {
 *     e.findings().forEach(...);
 * }
 * }</pre>
 */
public final class InvalidRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Finding> findings;

    /**
     * @param findings the findings (at least one)
     */
    public InvalidRecordException(List<Finding> findings) {
        super(summary(findings));
        this.findings = List.copyOf(findings);
    }

    private static String summary(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "invalid record";
        }
        Finding f = findings.get(0);
        String where = f.location().pointer().map(p -> " at " + (p.isEmpty() ? "/" : p)).orElse("");
        return f.ruleId() + where + ": " + Messages.get().format(Locale.ENGLISH, f.messageKey(), f.arguments())
                + (findings.size() > 1 ? " (and " + (findings.size() - 1) + " more)" : "");
    }

    /**
     * @return the findings
     */
    public List<Finding> findings() {
        return findings;
    }
}
