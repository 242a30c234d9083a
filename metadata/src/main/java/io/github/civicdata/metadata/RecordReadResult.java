package io.github.civicdata.metadata;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.RuleInfo;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.SourceInfo;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading one record file gave: the records that could be built (none when the file is
 * broken; several for an RDF file describing several datasets), the findings, and the rules that
 * were applied.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * RecordReadResult r = MetadataJson.reader().build().read(Path.of("toilet.json"));
 * r.findings().forEach(f -> System.out.println(Messages.get().localize(f).ja()));
 * Optional<DatasetRecord> record = r.record();
 * }</pre>
 *
 * @param source the source name used in the findings
 * @param records the records read
 * @param findings the findings
 * @param rules the rules applied
 */
public record RecordReadResult(String source, List<DatasetRecord> records, List<Finding> findings,
        List<RuleInfo> rules) {

    /**
     * Copies the parts.
     *
     * @throws NullPointerException if a part or an element is null
     */
    public RecordReadResult {
        Objects.requireNonNull(source, "source");
        records = List.copyOf(records);
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
    }

    /**
     * The record, when the file gave exactly one.
     *
     * @return the record, or empty when the file gave none or several
     */
    public Optional<DatasetRecord> record() {
        return records.size() == 1 ? Optional.of(records.get(0)) : Optional.empty();
    }

    /**
     * @param failOn the threshold
     * @return whether no finding is at or above {@code failOn}
     */
    public boolean conforms(Severity failOn) {
        return findings.stream().noneMatch(f -> f.severity().isAtLeast(failOn));
    }

    /**
     * A report of this file: its source, the rules applied and the findings.
     *
     * @return the report
     */
    public Report report() {
        return Report.builder().source(SourceInfo.of(source)).rules(rules).addAll(findings).build();
    }
}
