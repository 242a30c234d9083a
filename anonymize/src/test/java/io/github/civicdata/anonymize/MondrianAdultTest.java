package io.github.civicdata.anonymize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Local recoding (Mondrian) against full-domain generalisation on Adult (QI9, k = 5, 0 %
 * suppression): both k-anonymous, local recoding loses less (the figures go to docs/anonymize.md).
 */
class MondrianAdultTest {

    @Test
    void localRecodingLosesLessThanFullDomainOnAdult() {
        for (int k : new int[] {2, 5, 10, 50}) {
            Anonymizer a = Adult.qi9().privacyModel(PrivacyModel.kAnonymity(k)).build();
            LocalRecodingResult local = a.anonymizeLocally(Adult.table());
            Anonymizer.SearchOutcome full = a.search(Adult.table());
            double dmFull = Adult.qi9().privacyModel(PrivacyModel.kAnonymity(k)).metric(Metric.DISCERNIBILITY).build()
                    .search(Adult.table()).value();
            System.out.printf("Adult QI9 k=%d: local Loss %.6f DM* %.0f classes %d min %d (%d ms); full-domain Loss %.6f DM* %.0f%n",
                    k, local.loss(Metric.LOSS), local.loss(Metric.DISCERNIBILITY), local.classes(), local.minClassSize(),
                    local.millis(), full.value(), dmFull);
            assertThat(local.minClassSize()).isGreaterThanOrEqualTo(k);
            assertThat(local.output().rowCount()).isEqualTo(Adult.table().rowCount());
            assertThat(local.loss(Metric.LOSS)).isLessThan(full.value());
            assertThat(local.loss(Metric.DISCERNIBILITY)).isLessThan(dmFull);
        }
        // with l-diversity on a sensitive attribute (QI8 + recursive-(4,3)-diversity on occupation)
        Anonymizer l = Adult.qi8().sensitive("occupation", Adult.hierarchy("occupation"))
                .privacyModel(PrivacyModel.kAnonymity(5)).privacyModel(PrivacyModel.recursiveLDiversity("occupation", 4, 3))
                .build();
        LocalRecodingResult r = l.anonymizeLocally(Adult.table());
        double full = l.search(Adult.table()).value();
        System.out.printf("Adult QI8 k=5 recursive-(4,3): local Loss %.6f classes %d; full-domain Loss %.6f%n",
                r.loss(Metric.LOSS), r.classes(), full);
        assertThat(r.loss(Metric.LOSS)).isLessThan(full);
        assertThat(List.of(r.output().header())).isNotEmpty();
    }
}
