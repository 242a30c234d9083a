package io.github.civicdata.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The formula policy against a model written from its definition: a defused cell never starts a
 * formula, is the cell itself or the cell behind one {@code '}, and defusing twice changes nothing.
 */
class CsvFormulasProperties {

    private static final String DANGEROUS = "=+-@＝＋－＠\t\r";

    /** Cells over an alphabet where formulas, spaces and numbers are common. */
    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.strings().withChars(" 　=+-@＝＋－＠\t\r\n'0123456789.eEa名,\"").ofMaxLength(12);
    }

    /** The definition: the first character after leading spaces is one of the dangerous ones. */
    private static boolean dangerous(String cell) {
        String t = cell.replaceFirst("^[ 　]+", "");
        return !t.isEmpty() && DANGEROUS.indexOf(t.charAt(0)) >= 0;
    }

    @Property
    void defuseAddsOneQuoteExactlyToDangerousCells(@ForAll("cells") String cell) {
        Statistics.collect(dangerous(cell) ? "dangerous" : "safe");
        String d = CsvFormulas.defuse(cell);
        assertThat(CsvFormulas.startsFormula(cell)).isEqualTo(dangerous(cell));
        assertThat(d).isEqualTo(dangerous(cell) ? "'" + cell : cell);
        assertThat(CsvFormulas.startsFormula(d)).isFalse();
        assertThat(CsvFormulas.defuse(d)).isEqualTo(d);
        Statistics.coverage(cov -> {
            cov.check("dangerous").percentage(p -> p >= 20);
            cov.check("safe").percentage(p -> p >= 20);
        });
    }

    @Property
    void exceptNumbersDiffersOnlyOnPlainNumbersAndALoneMinus(@ForAll("cells") String cell) {
        String all = CsvFormulas.defuse(cell);
        String except = CsvFormulas.defuseExceptNumbers(cell);
        boolean loneMinus = cell.equals("-") || cell.equals("－");
        Statistics.collect(all.equals(except) ? "same" : loneMinus ? "lone minus" : "number");
        if (!all.equals(except)) {
            // only a plain number (it parses as one, and it starts with a sign) or a lone minus sign is left alone
            String t = cell.strip();
            assertThat(except).isEqualTo(cell);
            if (!loneMinus) {
                assertThat(t.charAt(0)).isIn('+', '-');
                assertThat(Double.isFinite(Double.parseDouble(t))).isTrue();
            }
        }
        assertThat(CsvFormulas.startsFormula(except) && !except.equals(cell)).isFalse();
    }
}
