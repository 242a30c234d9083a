package io.github.civicdata.anonymize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The correctness targets of issue 5 on Adult (all 9 attributes as quasi-identifiers, shipped
 * hierarchies, 0 % suppression): the DM* optimum ARX 3.9.2 finds, and the Loss-optimal
 * transformations and metrics of the ARX table in the reference notes.
 */
class AdultTargetsTest {

    private static AnonymizationResult run(Anonymizer.Builder b) {
        return b.build().anonymize(Adult.table());
    }

    @Test
    void discernibilityOptimaMatchArx() {
        long[] ks = {2, 5, 10, 50};
        long[] expected = {19_399_310L, 33_627_534L, 55_170_356L, 70_009_068L};
        for (int i = 0; i < ks.length; i++) {
            Anonymizer a = Adult.qi9().privacyModel(PrivacyModel.kAnonymity((int) ks[i]))
                    .metric(Metric.DISCERNIBILITY).build();
            Anonymizer.SearchOutcome o = a.search(Adult.table());
            assertThat((long) o.value()).as("DM* k=%d", ks[i]).isEqualTo(expected[i]);
        }
    }

    @Test
    void lossObjectiveK5MatchesArxTable() {
        AnonymizationResult r = run(Adult.qi9().privacyModel(PrivacyModel.kAnonymity(5)));
        assertThat(Adult.levels(r.levels(), Adult.QI9)).isEqualTo("0 4 1 1 3 2 2 1 0");
        assertThat(r.suppressedRows()).isZero();
        assertThat(r.classes()).isEqualTo(24);
        assertThat(r.minClassSize()).isEqualTo(69);
        assertThat((long) (double) r.loss().get("discernibility")).isEqualTo(70_009_068L);
        assertThat(r.loss().get("lmMean")).isCloseTo(0.635544, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(r.loss().get("loss")).isCloseTo(0.5732, org.assertj.core.data.Offset.offset(5e-5));
        assertThat(r.riskAfter().prosecutorMax()).isCloseTo(0.014493, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(r.riskAfter().prosecutorAverage()).isCloseTo(0.000796, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void lossObjectiveK2() {
        AnonymizationResult r = run(Adult.qi9().privacyModel(PrivacyModel.kAnonymity(2)));
        assertThat(Adult.levels(r.levels(), Adult.QI9)).isEqualTo("0 4 1 1 3 2 0 2 0");
        assertThat(r.classes()).isEqualTo(52);
        assertThat((long) (double) r.loss().get("discernibility")).isEqualTo(113_240_304L);
        assertThat(r.loss().get("lmMean")).isCloseTo(0.603685, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(r.loss().get("loss")).isCloseTo(0.5297, org.assertj.core.data.Offset.offset(5e-5));
    }

    @Test
    void lossObjectiveTwoPercentSuppression() {
        String[][] rows = {
            {"2", "0 3 0 1 2 1 1 1 0", "573", "872"},
            {"5", "0 3 0 2 2 1 1 2 0", "506", "222"},
            {"10", "0 4 0 1 2 1 1 2 0", "592", "124"},
            {"50", "0 4 0 1 3 2 1 2 0", "527", "35"},
        };
        for (String[] row : rows) {
            AnonymizationResult r = run(Adult.qi9().privacyModel(PrivacyModel.kAnonymity(Integer.parseInt(row[0])))
                    .suppressionLimit(0.02));
            assertThat(Adult.levels(r.levels(), Adult.QI9)).as("k=%s", row[0]).isEqualTo(row[1]);
            assertThat(r.suppressedRows()).as("k=%s", row[0]).isEqualTo(Long.parseLong(row[2]));
            assertThat(r.classes()).as("k=%s", row[0]).isEqualTo(Integer.parseInt(row[3]));
            assertThat(r.inputRows()).isEqualTo(r.outputRows() + r.suppressedRows());
        }
    }

    @Test
    void qi8LossObjectiveMatchesArxTable() {
        String[][] rows = {
            {"2", "0", "4 3 1 2 1 0 0 0", "0", "52"},
            {"5", "0", "4 3 2 2 1 0 0 0", "0", "26"},
            {"10", "0", "4 3 1 2 1 0 0 2", "0", "8"},
            {"50", "0", "4 3 1 2 1 0 0 2", "0", "8"},
            {"2", "0.02", "3 2 0 1 0 0 0 1", "481", "733"},
            {"5", "0.02", "3 2 2 1 0 0 0 1", "506", "222"},
            {"10", "0.02", "4 2 1 1 0 0 0 1", "592", "124"},
            {"50", "0.02", "4 3 1 2 0 0 0 1", "527", "35"},
        };
        for (String[] row : rows) {
            AnonymizationResult r = run(Adult.qi8().privacyModel(PrivacyModel.kAnonymity(Integer.parseInt(row[0])))
                    .suppressionLimit(Double.parseDouble(row[1])));
            String what = "k=" + row[0] + " supp=" + row[1];
            assertThat(Adult.levels(r.levels(), Adult.QI8)).as(what).isEqualTo(row[2]);
            assertThat(r.suppressedRows()).as(what).isEqualTo(Long.parseLong(row[3]));
            assertThat(r.classes()).as(what).isEqualTo(Integer.parseInt(row[4]));
        }
    }

    @Test
    void sensitiveModelsMatchArxTable() {
        String[][] rows = {
            {"recursive", "0", "4 3 2 2 1 0 0 0", "0", "26", "5"},
            {"closeness", "0", "4 3 1 2 1 1 0 2", "0", "4", "1492"},
            {"recursive", "0.02", "3 3 1 1 0 0 0 1", "573", "193", "5"},
            {"closeness", "0.02", "4 3 2 1 0 1 1 2", "151", "9", "78"},
        };
        for (String[] row : rows) {
            Anonymizer.Builder b = Adult.qi8().sensitive("occupation", Adult.hierarchy("occupation"))
                    .privacyModel(PrivacyModel.kAnonymity(5)).suppressionLimit(Double.parseDouble(row[1]));
            if (row[0].equals("recursive")) {
                b.privacyModel(PrivacyModel.recursiveLDiversity("occupation", 4, 3));
            } else {
                b.privacyModel(PrivacyModel.tCloseness("occupation", 0.2, PrivacyModel.TCloseness.Distance.HIERARCHICAL));
            }
            AnonymizationResult r = run(b);
            String what = row[0] + " supp=" + row[1];
            assertThat(Adult.levels(r.levels(), Adult.QI8)).as(what).isEqualTo(row[2]);
            assertThat(r.suppressedRows()).as(what).isEqualTo(Long.parseLong(row[3]));
            assertThat(r.classes()).as(what).isEqualTo(Integer.parseInt(row[4]));
            assertThat(r.minClassSize()).as(what).isEqualTo(Long.parseLong(row[5]));
        }
    }
}
