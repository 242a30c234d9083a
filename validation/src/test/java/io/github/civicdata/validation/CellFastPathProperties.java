package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.vocab.Vocabulary;
import io.github.civicdata.vocab.format.FormatChecks;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 16, item 2: the character-level shortcuts in front of the string checks of a cell never
 * hide what the string checks would find. Each shortcut answers "certainly nothing" only where the
 * check it stands in front of finds nothing: tally labels of ASCII cells ({@link TallyRows#asciiMayBeLabel}),
 * ditto marks on a char range ({@link Cells#isDitto(char[], int, int)}), lost leading zeros of phone
 * numbers and postal codes ({@link VocabSemantics#quickValid}).
 */
class CellFastPathProperties {

    private static final VocabSemantics S = new VocabSemantics(Vocabulary.standard(), FormatChecks.builder().build(),
            false);

    @Provide
    Arbitrary<String> labels() {
        Arbitrary<String> words = Arbitraries.of("total", "Total", "TOTAL", "sub", "Sub", "grand", "Grand", "sum", "SUM",
                "totals", "subtotal", "tal", "to", "t", "s", "g", "ra", "nd", "um", " ", "\t", "*", "[", "]", "<", ">",
                "-", "_", "=", "(", ")", "1", "2020/4/26", "~", "x", "計", "合", "ｔｏｔａｌ", "　");
        return words.list().ofMaxSize(6).map(l -> String.join("", l));
    }

    @Property(tries = 3000)
    void anAsciiCellPassedOverIsNoTallyLabel(@ForAll("labels") String cell) {
        char[] a = cell.toCharArray();
        boolean may = TallyRows.asciiMayBeLabel(a, 0, a.length);
        String t = Cells.trim(cell);
        boolean label = TallyRows.isTotal(t) || TallyRows.isCumulative(t);
        Statistics.collect(label ? "label" : may ? "looked at, no label" : "passed over");
        if (!may) {
            assertThat(label).as(cell).isFalse();
        }
    }

    @Property(tries = 1000)
    void anyCellPassedOverIsNoTallyLabel(@ForAll String cell) {
        char[] a = cell.toCharArray();
        if (!TallyRows.asciiMayBeLabel(a, 0, a.length)) {
            String t = Cells.trim(cell);
            assertThat(TallyRows.isTotal(t) || TallyRows.isCumulative(t)).as(cell).isFalse();
        }
    }

    @Provide
    Arbitrary<String> dittos() {
        return Arbitraries.of("〃", "″", "”", "\"", "々", "仝", "同上", "同左", "上に同じ", "左に同じ", "〃〃", "同", "ditto", "do.",
                "Do.", "d", "D", "do", "同じ", "上", "dittos", "x", "1", "").list().ofMaxSize(2).map(l -> String.join("", l));
    }

    @Property(tries = 1000)
    void dittoOnCharsAnswersLikeOnAString(@ForAll("dittos") String trimmed) {
        char[] a = ("  " + trimmed + " ").toCharArray();
        boolean expected = Cells.isDitto(trimmed);
        Statistics.collect(expected);
        assertThat(Cells.isDitto(a, 2, 2 + trimmed.length())).as(trimmed).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> numbers() {
        return Arbitraries.strings().withChars("0123456789-０（） +").ofMinLength(1).ofMaxLength(13);
    }

    @Property(tries = 3000)
    void aPhoneNumberOrPostalCodePassedOverHasNoRegionFinding(@ForAll("numbers") String t) {
        for (ValueSemantics.Region kind : new ValueSemantics.Region[] {ValueSemantics.Region.PHONE,
            ValueSemantics.Region.POSTAL_CODE}) {
            boolean quick = S.quickValid(kind, t);
            Issue r = S.region(kind, t);
            Statistics.label(kind.name()).collect(r != null ? "finding" : quick ? "passed over" : "looked at");
            if (quick) {
                assertThat(r).as("%s %s", kind, t).isNull();
            }
        }
    }
}
