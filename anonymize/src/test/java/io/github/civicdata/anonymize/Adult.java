package io.github.civicdata.anonymize;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The Adult benchmark (test resources): table, hierarchies and the attribute orders of the ARX notes. */
final class Adult {

    /** QI9 order of the ARX table (transformations are given in this order). */
    static final List<String> QI9 = List.of("sex", "age", "race", "marital-status", "education", "native-country",
            "workclass", "occupation", "salary-class");
    /** QI8 order (occupation sensitive). */
    static final List<String> QI8 = List.of("age", "education", "marital-status", "native-country", "race",
            "salary-class", "sex", "workclass");

    private static Table table;

    private Adult() {
    }

    static Path dir() {
        try {
            return Path.of(Adult.class.getResource("/adult/adult.csv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static synchronized Table table() {
        if (table == null) {
            table = Table.read(dir().resolve("adult.csv"), CsvOptions.defaults());
        }
        return table;
    }

    static Hierarchy hierarchy(String attribute) {
        return Hierarchy.read(dir().resolve("adult_hierarchy_" + attribute + ".csv"));
    }

    static Anonymizer.Builder qi9() {
        Anonymizer.Builder b = Anonymizer.builder();
        for (String q : QI9) {
            b.quasiIdentifier(q, hierarchy(q));
        }
        return b;
    }

    static Anonymizer.Builder qi8() {
        Anonymizer.Builder b = Anonymizer.builder();
        for (String q : QI8) {
            b.quasiIdentifier(q, hierarchy(q));
        }
        return b;
    }

    static String levels(java.util.Map<String, Integer> levels, List<String> order) {
        StringBuilder sb = new StringBuilder();
        for (String q : order) {
            sb.append(sb.length() == 0 ? "" : " ").append(levels.get(q));
        }
        return sb.toString();
    }
}
