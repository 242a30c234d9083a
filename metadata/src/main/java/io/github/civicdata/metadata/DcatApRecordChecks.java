package io.github.civicdata.metadata;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule {@value MetadataRules#DCAT_AP_MANDATORY}: what DCAT-AP 3.0.1 makes mandatory (its
 * {@code shapes.ttl}) that a record may lack, so that the DCAT export would not conform. The DCAT
 * writer supplies everything else DCAT-AP asks for (typed related resources; an access URL from
 * the download URL or the landing page). Checked on open records only: the others are not
 * published to a portal.
 *
 * <ul>
 *   <li>{@code .description}: a dataset has a {@code dct:description} (DCAT-AP Dataset, mandatory);
 *   <li>{@code .publisher-name}: the publisher, a {@code foaf:Agent}, has a {@code foaf:name};
 *   <li>{@code .access-url}: every distribution has a {@code dcat:accessURL}, which the writer can
 *       only derive from a download URL or the dataset's landing page.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class DcatApRecordChecks {

    private static final String RULE = MetadataRules.DCAT_AP_MANDATORY;

    private DcatApRecordChecks() {
    }

    static List<Finding> check(DatasetRecord record, String source) {
        List<Finding> out = new ArrayList<>();
        if (!record.isOpen()) {
            return out;
        }
        if (record.description().isEmpty()) {
            out.add(MetadataRules.finding(RULE).messageKey(RULE + ".description")
                    .location(at(source, Fields.DESCRIPTION)).build());
        }
        if (record.publisher().name().isEmpty()) {
            out.add(MetadataRules.finding(RULE).messageKey(RULE + ".publisher-name")
                    .location(at(source, Fields.PUBLISHER, Fields.NAME))
                    .args(record.publisher().code().value()).build());
        }
        if (record.landingPage().isEmpty()) {
            for (int i = 0; i < record.distributions().size(); i++) {
                Distribution d = record.distributions().get(i);
                if (d.downloadUrl().isEmpty() && d.accessUrl().isEmpty()) {
                    out.add(MetadataRules.finding(RULE).messageKey(RULE + ".access-url")
                            .location(at(source, Fields.DISTRIBUTIONS, i, Fields.ACCESS_URL))
                            .args(d.format()).build());
                }
            }
        }
        return out;
    }

    private static Location at(String source, Object... parts) {
        return Location.pointer(source, Fields.pointer(parts));
    }
}
