package io.github.civicdata.anonymize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Journalist risk from a population table (町字 × 年齢階級 × 性別 counts), no longer equal to the prosecutor risk. */
class PopulationRiskTest {

    @TempDir
    Path dir;

    /** A sample: 2 towns × ages 20–39 × sex; the population table counts 町字 × 5-year band × 性別. */
    private static Table sample() {
        Table.Builder b = Table.builder(List.of("町字", "年齢", "性別"));
        String[] towns = {"水前寺", "新屋敷"};
        int r = 0;
        for (String town : towns) {
            for (int age = 20; age < 40; age++) {
                for (String sex : List.of("F", "M")) {
                    if ((r++ % 3) != 0) {
                        b.addRow(town, Integer.toString(age), sex);
                        b.addRow(town, Integer.toString(age), sex);
                    }
                }
            }
        }
        return b.build();
    }

    private Path population() throws Exception {
        StringBuilder sb = new StringBuilder("町字,年齢,性別,人口\n");
        for (String town : List.of("水前寺", "新屋敷")) {
            for (int band = 20; band < 40; band += 5) {
                for (String sex : List.of("F", "M")) {
                    // bands named as in the hierarchy's level 1; more people in 水前寺
                    sb.append(town).append(',').append(band).append('-').append(band + 4).append(',').append(sex)
                            .append(',').append(town.equals("水前寺") ? 400 : 50).append('\n');
                }
            }
        }
        sb.append("不明町,20-24,F,999\n");
        Path p = dir.resolve("population.csv");
        Files.writeString(p, sb.toString(), StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void journalistRiskComesFromThePopulation() throws Exception {
        Table t = sample();
        Hierarchy age = Hierarchy.intervals().width(5).width(10).build(t.distinctValues(1));
        Hierarchy town = Hierarchy.of(List.of(List.of("水前寺", "中央区", "*"), List.of("新屋敷", "中央区", "*")));
        Hierarchy sex = Hierarchy.of(List.of(List.of("F", "*"), List.of("M", "*")));
        PopulationTable pop = PopulationTable.read(population(), CsvOptions.defaults(), "人口");
        assertThat(pop.columns()).containsExactly("町字", "年齢", "性別");
        Anonymizer a = Anonymizer.builder().quasiIdentifier("町字", town).quasiIdentifier("年齢", age)
                .quasiIdentifier("性別", sex).privacyModel(PrivacyModel.kAnonymity(5)).population(pop).build();
        AnonymizationResult r = a.anonymize(t);
        RiskProfile after = r.riskAfter();
        assertThat(after.populationBased()).isTrue();
        // the population stands for more people than the sample: lower journalist risk
        assertThat(after.journalist()).isLessThan(after.prosecutorMax());
        // recompute independently: population cells generalised to the released levels and summed
        int ageLevel = r.levels().get("年齢");
        int townLevel = r.levels().get("町字");
        int sexLevel = r.levels().get("性別");
        long smallest = Long.MAX_VALUE;
        for (String tw : List.of("水前寺", "新屋敷")) {
            for (int band = 20; band < 40; band += 5) {
                for (String s : List.of("F", "M")) {
                    String tv = town.generalize(tw, townLevel).orElseThrow();
                    String av = age.generalize(Integer.toString(band), ageLevel).orElseThrow();
                    String sv = sex.generalize(s, sexLevel).orElseThrow();
                    long f = 0;
                    for (String tw2 : List.of("水前寺", "新屋敷")) {
                        for (int band2 = 20; band2 < 40; band2 += 5) {
                            for (String s2 : List.of("F", "M")) {
                                if (town.generalize(tw2, townLevel).orElseThrow().equals(tv)
                                        && age.generalize(Integer.toString(band2), ageLevel).orElseThrow().equals(av)
                                        && sex.generalize(s2, sexLevel).orElseThrow().equals(sv)) {
                                    f += tw2.equals("水前寺") ? 400 : 50;
                                }
                            }
                        }
                    }
                    smallest = Math.min(smallest, f);
                }
            }
        }
        assertThat(after.journalist()).isEqualTo(1.0 / smallest);
        assertThat(after.journalistAverage()).isGreaterThan(0).isLessThan(after.prosecutorAverage());
        // the cell of an unknown town is left out and counted
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> risk = (java.util.Map<String, Object>) r.reportMembers().get("risk");
        assertThat(risk).containsEntry("populationUnmatched", 999L);
        // without a population table the journalist risk is the prosecutor risk
        RiskProfile plain = Anonymizer.builder().quasiIdentifier("町字", town).quasiIdentifier("年齢", age)
                .quasiIdentifier("性別", sex).privacyModel(PrivacyModel.kAnonymity(5)).build().anonymize(t).riskAfter();
        assertThat(plain.journalist()).isEqualTo(plain.prosecutorMax());
        assertThat(plain.populationBased()).isFalse();
    }

    @Test
    void aPopulationTableMustHaveEveryQuasiIdentifier() throws Exception {
        Path p = dir.resolve("pop.csv");
        Files.writeString(p, "町字,人口\n水前寺,10\n");
        PopulationTable pop = PopulationTable.read(p, CsvOptions.defaults(), "人口");
        assertThatThrownBy(() -> Anonymizer.builder().quasiIdentifier("町字", Hierarchy.of(List.of(List.of("水前寺", "*"))))
                .quasiIdentifier("性別", Hierarchy.of(List.of(List.of("F", "*")))).privacyModel(PrivacyModel.kAnonymity(2))
                .population(pop).build()).isInstanceOfSatisfying(AnonymizationException.class,
                        e -> assertThat(e.key()).isEqualTo("anon.population.missing-column"));
        Files.writeString(p, "町字,人口\n水前寺,many\n");
        assertThatThrownBy(() -> PopulationTable.read(p, CsvOptions.defaults(), "人口"))
                .isInstanceOfSatisfying(AnonymizationException.class, e -> {
                    assertThat(e.key()).isEqualTo("anon.population.bad-count");
                    assertThat(e.text().en()).contains("row 1").contains("many");
                });
    }
}
