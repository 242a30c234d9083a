package io.github.civicdata.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.metadata.DatasetRecord;
import io.github.civicdata.metadata.MetadataRules;
import io.github.civicdata.metadata.testing.RecordArbitraries;
import io.github.civicdata.metadata.RecordChecks;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Generated records' DCAT exports against the DCAT-AP 3.0.1 mandatory and range shapes: a record
 * the record checks find complete exports with 0 violations, and each {@code
 * metadata.dcat-ap-mandatory} warning stands for exactly one violation (so the warnings say all
 * that the shapes would say).
 */
class DcatApProperties {

    @Provide
    Arbitrary<DatasetRecord> records() {
        return RecordArbitraries.records();
    }

    @Property(tries = 300)
    void publishedExportViolatesExactlyWhatTheRecordChecksWarnAbout(@ForAll("records") DatasetRecord record) {
        DatasetRecord published = record.withoutInventory();
        List<Finding> warnings = warnings(published);
        List<Finding> violations = DcatApShapes.standard().check(published, "generated.json");
        Statistics.label("complete").collect(warnings.isEmpty());
        assertThat(violations).filteredOn(f -> !f.ruleId().equals(MetadataRules.DCAT_AP)).isEmpty();
        if (warnings.isEmpty()) {
            assertThat(violations).isEmpty();
        }
        assertThat(violations).hasSameSizeAs(warnings);
        assertThat(violations).allMatch(f -> f.messageKey().equals(MetadataRules.DCAT_AP + ".min-count"));
    }

    @Property(tries = 200)
    void exportWithInventoryHasNoRangeViolation(@ForAll("records") DatasetRecord record) {
        List<Finding> violations = DcatApShapes.standard().check(record, "generated.json");
        assertThat(violations).hasSameSizeAs(warnings(record.withoutInventory()));
        assertThat(violations).noneMatch(f -> f.messageKey().endsWith(".class"));
    }

    private static List<Finding> warnings(DatasetRecord r) {
        return RecordChecks.standard().check(r, "generated.json").stream()
                .filter(f -> f.ruleId().equals(MetadataRules.DCAT_AP_MANDATORY)).toList();
    }
}
