package io.github.civicdata.validation.csvw;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.civicdata.core.Severity;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The W3C CSVW JSON manifest ({@code manifest-json.jsonld}, 270 tests), offline through
 * {@link CsvwSuite}: the converter's JSON must equal the expected JSON structurally (objects as
 * sets of members, arrays in order, numbers by value); a test "with warnings" must also give a
 * warning, a negative test an error.
 */
class W3cJsonSuiteTest {

    /** At least 95 % of 270. */
    private static final int TARGET = 257;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonManifest() throws Exception {
        CsvwSuite.Tally tally = new CsvwSuite.Tally();
        List<String> failures = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        int entries = 0;
        for (CsvwSuite.Entry e : CsvwSuite.manifest("manifest-json.jsonld")) {
            entries++;
            StringWriter w = new StringWriter();
            CsvwResult r = CsvwSuite.processor(e).toJson(e.input(), w);
            long errors = CsvwSuite.count(r, Severity.ERROR);
            long warnings = CsvwSuite.count(r, Severity.WARNING);
            String why;
            boolean pass;
            if (e.type().equals("NegativeJsonTest")) {
                pass = errors > 0;
                why = pass ? "" : " no error";
            } else {
                JsonNode want = JSON.readTree(CsvwSuite.root().resolve(e.result().orElseThrow()).toFile());
                String diff = errors > 0 ? "" : diff(w.toString().isEmpty() ? JSON.missingNode()
                        : JSON.readTree(w.toString()), want, "");
                boolean warned = !e.type().equals("ToJsonTestWithWarnings") || warnings > 0;
                pass = errors == 0 && diff.isEmpty() && warned;
                why = (errors > 0 ? " errors" : "") + (diff.isEmpty() ? "" : " differs at " + diff)
                        + (warned ? "" : " no warning");
            }
            tally.add(e.type(), pass);
            String id = "json#" + e.id();
            if (!pass) {
                String line = e.id() + " " + e.type() + " " + e.name() + ":" + why + CsvwSuite.describe(r);
                failures.add(line);
                if (!CsvwSuite.NOT_PASSING.containsKey(id)) {
                    unexpected.add(line);
                }
            } else if (CsvwSuite.NOT_PASSING.containsKey(id)) {
                unexpected.add(id + " passes now: take it off CsvwSuite.NOT_PASSING and docs/validation.md");
            }
        }
        System.out.println(tally.table("W3C CSVW JSON manifest"));
        failures.forEach(System.out::println);
        assertThat(entries).isEqualTo(270);
        assertThat(unexpected).as("results that differ from CsvwSuite.NOT_PASSING").isEmpty();
        assertThat(tally.passed()).isGreaterThanOrEqualTo(TARGET);
    }

    /** The first place where two JSON values differ, or "" when they are equal. */
    static String diff(JsonNode got, JsonNode want, String path) {
        if (want.isNumber() && got.isNumber()) {
            return got.decimalValue().compareTo(want.decimalValue()) == 0 ? "" : path + " " + got + " != " + want;
        }
        if (want.isObject() && got.isObject()) {
            for (Iterator<String> it = want.fieldNames(); it.hasNext();) {
                String k = it.next();
                if (!got.has(k)) {
                    return path + "/" + k + " missing (" + abbreviate(want.get(k)) + ")";
                }
                String d = diff(got.get(k), want.get(k), path + "/" + k);
                if (!d.isEmpty()) {
                    return d;
                }
            }
            for (Iterator<String> it = got.fieldNames(); it.hasNext();) {
                String k = it.next();
                if (!want.has(k)) {
                    return path + "/" + k + " extra (" + abbreviate(got.get(k)) + ")";
                }
            }
            return "";
        }
        if (want.isArray() && got.isArray()) {
            if (want.size() != got.size()) {
                return path + " has " + got.size() + " items, expected " + want.size() + ": " + abbreviate(got)
                        + " vs " + abbreviate(want);
            }
            for (int i = 0; i < want.size(); i++) {
                String d = diff(got.get(i), want.get(i), path + "/" + i);
                if (!d.isEmpty()) {
                    return d;
                }
            }
            return "";
        }
        return got.equals(want) ? "" : path + " " + abbreviate(got) + " != " + abbreviate(want);
    }

    private static String abbreviate(JsonNode n) {
        String s = n.toString();
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
