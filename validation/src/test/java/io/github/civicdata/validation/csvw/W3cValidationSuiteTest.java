package io.github.civicdata.validation.csvw;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Severity;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The W3C CSVW validation manifest ({@code manifest-validation.jsonld}, 282 tests), offline through
 * {@link CsvwSuite}. A test passes for the right reason only: a positive test with no error and no
 * warning; a negative test with at least one error, a warning test with at least one warning and
 * no error, and in both the finding that {@code csvw-expected-reasons.tsv} names (severity, message
 * key and, for problems of the metadata, the JSON pointer). The tests that do not pass are listed
 * in {@link CsvwSuite#NOT_PASSING} with the reason; this test fails if one of them starts passing,
 * so that the list (and docs/validation.md) stays true.
 */
class W3cValidationSuiteTest {

    /** The issue's target: right-reason passes of the 282. */
    private static final int TARGET = 276;

    record Reason(Severity severity, String key, String pointer) {
    }

    static Map<String, Reason> reasons() throws Exception {
        Map<String, Reason> m = new LinkedHashMap<>();
        for (String line : Files.readAllLines(CsvwSuite.root().getParent().resolve("csvw-expected-reasons.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.split("\t");
            m.put(p[0], new Reason(Severity.parse(p[1]).orElseThrow(), p[2], p[3]));
        }
        return m;
    }

    @Test
    void validationManifest() throws Exception {
        Map<String, Reason> reasons = reasons();
        CsvwSuite.Tally tally = new CsvwSuite.Tally();
        List<String> failures = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        int entries = 0;
        for (CsvwSuite.Entry e : CsvwSuite.manifest("manifest-validation.jsonld")) {
            entries++;
            CsvwResult r = CsvwSuite.processor(e).validate(e.input());
            long errors = CsvwSuite.count(r, Severity.ERROR);
            long warnings = CsvwSuite.count(r, Severity.WARNING);
            Reason why = reasons.get(e.id());
            boolean pass = switch (e.type()) {
                case "PositiveValidationTest" -> why == null && errors == 0 && warnings == 0;
                case "NegativeValidationTest" -> errors > 0 && found(r, why);
                case "WarningValidationTest" -> errors == 0 && warnings > 0 && found(r, why);
                default -> throw new IllegalStateException(e.type());
            };
            assertThat(r.report().countsByRule()).as(e.id() + ": no internal error")
                    .doesNotContainKey(io.github.civicdata.validation.Validator.INTERNAL_ERROR);
            tally.add(e.type(), pass);
            if (!pass) {
                String line = e.id() + " " + e.type() + " " + e.name() + (why == null ? "" : " (expected " + why + ")")
                        + CsvwSuite.describe(r);
                failures.add(line);
                if (!CsvwSuite.NOT_PASSING.containsKey("validation#" + e.id())) {
                    unexpected.add(line);
                }
            } else if (CsvwSuite.NOT_PASSING.containsKey("validation#" + e.id())) {
                unexpected.add(e.id() + " passes now: take it off CsvwSuite.NOT_PASSING and docs/validation.md");
            }
        }
        System.out.println(tally.table("W3C CSVW validation manifest (right-reason passes)"));
        failures.forEach(System.out::println);
        assertThat(entries).isEqualTo(282);
        assertThat(unexpected).as("results that differ from CsvwSuite.NOT_PASSING").isEmpty();
        assertThat(tally.passed()).isGreaterThanOrEqualTo(TARGET);
    }

    private static boolean found(CsvwResult r, Reason why) {
        if (why == null) {
            return false;
        }
        for (Finding f : r.report().findings()) {
            if (f.severity() == why.severity() && f.messageKey().equals(why.key())) {
                String p = f.location().pointer().orElse(null);
                if (why.pointer().equals("-") ? p == null : why.pointer().equals("(root)") ? "".equals(p)
                        : why.pointer().equals(p)) {
                    return true;
                }
            }
        }
        return false;
    }
}
