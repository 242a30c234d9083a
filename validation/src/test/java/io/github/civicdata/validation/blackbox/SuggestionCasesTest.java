package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Report;
import io.github.civicdata.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The hand-written table {@code suggestions/cases.csv} (see the README there): each value, in a
 * column of the given name and type, gets the expected finding with the expected suggestion or
 * with none; every suggestion made reads as the value and fixes the cell.
 */
class SuggestionCasesTest {

    static final Path CASES = Path.of("src", "test", "resources", "suggestions", "cases.csv");
    /**
     * Every finding listed; UTF-8 stated, as these small files are about suggestions, not about
     * telling encodings apart (a few kanji among symbols such as △ or ² is too little to detect).
     */
    static final Validator ALL = Validator.builder().maxFindingsPerColumn(0).encoding(StandardCharsets.UTF_8).build();

    /** Ten values that give a one-column file its type. */
    static List<String> fillers(String context) {
        List<String> f = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            f.add(switch (context) {
                case "number" -> Integer.toString(i * 7);
                case "date" -> "2020-04-" + (i < 10 ? "0" + i : i);
                case "code" -> i % 2 == 0 ? "372013" : "011002";
                default -> new String(new char[] {(char) ('あ' + 2 * i), (char) ('か' + 2 * i), 'ん'});
            });
        }
        return f;
    }

    /** A one-column file: the header, the fillers, the value (data row 11). */
    static String file(String header, String context, String value) {
        List<TestCsv.Row> rows = new ArrayList<>();
        rows.add(new TestCsv.Row(List.of(header), 1));
        for (String f : fillers(context)) {
            rows.add(new TestCsv.Row(List.of(f), 0));
        }
        rows.add(new TestCsv.Row(List.of(value), 0));
        return TestCsv.write(rows, ',');
    }

    static final long VALUE_ROW = 11;

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == 'u') {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == 'n') {
                sb.append('\n');
                i++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @TestFactory
    Stream<DynamicTest> everyCaseGetsItsSuggestionOrNone() throws IOException {
        List<TestCsv.Row> rows = TestCsv.parse(Files.readString(CASES, StandardCharsets.UTF_8), ',');
        assertThat(rows.get(0).fields()).containsExactly("header", "context", "value", "rule", "key", "severity",
                "suggestion", "why");
        List<TestCsv.Row> cases = rows.subList(1, rows.size());
        assertThat(cases).as("hand-written cases").hasSizeGreaterThanOrEqualTo(40);
        long none = cases.stream().filter(r -> r.fields().get(6).equals("(none)")).count();
        assertThat(none).as("cases without a suggestion").isGreaterThanOrEqualTo(10);
        return cases.stream().map(r -> DynamicTest.dynamicTest(r.fields().get(2) + " (" + r.fields().get(7) + ")",
                () -> check(r.fields())));
    }

    private static void check(List<String> c) {
        String header = c.get(0);
        String value = unescape(c.get(2));
        String rule = c.get(3);
        String key = c.get(4);
        String severity = c.get(5);
        String expected = c.get(6).equals("(none)") ? null : unescape(c.get(6));
        String text = file(header, c.get(1), value);
        Report r = SuggestionCheck.validate(ALL, "case.csv", text);
        List<Finding> found = r.findings().stream()
                .filter(f -> f.ruleId().equals(rule) && f.location().row().orElse(0) == VALUE_ROW).toList();
        assertThat(found).as("%s findings of %s", rule, value).hasSize(1);
        Finding f = found.get(0);
        assertThat(f.messageKey()).as("key").isEqualTo(key);
        if (!severity.isEmpty()) {
            assertThat(f.severity().id()).as("severity").isEqualTo(severity);
        }
        if (expected == null) {
            assertThat(f.suggestion()).as("no suggestion for %s", value).isEmpty();
        } else {
            assertThat(f.suggestion()).as("suggestion for %s", value).hasValue(expected);
        }
        SuggestionCheck.Outcome o = SuggestionCheck.check(ALL, "case.csv", text);
        assertThat(o.problems()).isEmpty();
    }
}
