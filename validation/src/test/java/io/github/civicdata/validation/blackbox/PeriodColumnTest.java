package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.Report;
import io.github.civicdata.validation.Validator;
import io.github.civicdata.vocab.Confidence;
import io.github.civicdata.vocab.DataItem;
import io.github.civicdata.vocab.DatasetTemplate;
import io.github.civicdata.vocab.Datatype;
import io.github.civicdata.vocab.Obligation;
import io.github.civicdata.vocab.TemplateColumn;
import io.github.civicdata.vocab.Vocabulary;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule L1-07 in a column typed as a period ({@link Datatype#PERIOD}): one ISO 8601 interval is one
 * value, several are L1-07, a malformed one is the template's type finding; without a template an
 * interval is still L1-07, with a message that keeps start and end together and no suggestion.
 */
class PeriodColumnTest {

    /** A city template with one period column, of any name (not only the 06 layout's). */
    static DatasetTemplate template() {
        DataItem name = Vocabulary.standard().item("name").orElseThrow();
        DataItem period = DataItem.builder("event-period", "開催期間", "Event period").datatype(Datatype.PERIOD).build();
        return new DatasetTemplate("period-test", "1", "期間テスト", "Period test", Optional.empty(), "", Confidence.LOCAL,
                true, "", "test", "", List.of(TemplateColumn.of("名称", name, Obligation.OPTIONAL, false),
                        TemplateColumn.of("開催期間", period, Obligation.OPTIONAL, false)));
    }

    static Report validate(Validator v, String cell) {
        String csv = "名称,開催期間\r\n市民まつり,\"" + cell.replace("\"", "\"\"") + "\"\r\n";
        Report r = v.validate(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "periods.csv");
        assertThat(r.findings()).extracting(Finding::ruleId).doesNotContain(Validator.INTERNAL_ERROR);
        return r;
    }

    static List<String> onThePeriod(Report r) {
        return r.findings().stream().filter(f -> f.location().column().orElse(0) == 2)
                .map(f -> f.ruleId() + ":" + f.messageKey() + (f.suggestion().isPresent() ? "→" + f.suggestion().get() : ""))
                .toList();
    }

    private static final Validator WITH = Validator.builder().template(template()).build();
    private static final Validator WITHOUT = Validator.builder().detectTemplate(false).build();

    /** cell | findings on the period column with the template | … without a template. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-06-01/2024-07-31||L1-07:L1-07.interval",
        "2024-10-01/..||",
        "2024-04-01/P1Y||",
        "2024-04-01T09:00/2024-04-01T17:00||",
        "'2024-06-01/2024-07-31、2024-08-01/2024-08-31'|L1-07:L1-07|L1-07:L1-07",
        "'2024-06-01/2024-07-31;2024-10-01/..'|L1-07:L1-07|",
        "'2024-06-01/2024-07-31 2024-08-01/P1M'|L1-07:L1-07|",
        "2024-07-31/2024-06-01|type-error:format.interval.reversed|L1-07:L1-07.interval",
        "2024-06-01|type-error:format.interval.single|",
        "2024-06-01~2024-07-31|type-error:format.interval→2024-06-01/2024-07-31|L1-07:L1-07.range",
        "2024-06/2024-07|type-error:format.interval|",
        "通年|type-error:format.interval|",
        "'2024-06-01、2024-07-31'|L1-07:L1-07|L1-07:L1-07"})
    void cases(String cell, String withTemplate, String withoutTemplate) {
        assertThat(onThePeriod(validate(WITH, cell))).as(cell)
                .containsExactlyElementsOf(withTemplate == null ? List.of() : List.of(withTemplate));
        assertThat(onThePeriod(validate(WITHOUT, cell))).as(cell)
                .containsExactlyElementsOf(withoutTemplate == null ? List.of() : List.of(withoutTemplate));
    }

    @Test
    void withoutATemplateTheMessageDoesNotSplitTheInterval() {
        Finding f = validate(WITHOUT, "2024-06-01/2024-07-31").findings().stream()
                .filter(x -> x.ruleId().equals("L1-07")).findFirst().orElseThrow();
        assertThat(f.suggestion()).isEmpty();
        assertThat(Messages.get().localize(f).en()).contains("period").doesNotContain("own cell or row");
        assertThat(Messages.get().localize(f).ja()).contains("期間");
    }
}
