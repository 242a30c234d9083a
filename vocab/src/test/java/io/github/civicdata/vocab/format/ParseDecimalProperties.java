package io.github.civicdata.vocab.format;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 16: {@link Checks#parseDecimal} reads a valid decimal without a string when it has at most
 * 15 digits, and must give bit for bit the double {@link Double#parseDouble} gives (bounds are
 * compared with it: a minimum or maximum finding must not move by one ulp).
 */
class ParseDecimalProperties {

    @Property(tries = 20000)
    void sameDoubleAsTheJdk(@ForAll("decimals") String v) {
        assertThat(Checks.isDecimal(v)).as(v).isTrue();
        Statistics.label("digits").collect(v.replaceAll("[^0-9]", "").length() <= 15 ? "<= 15 (no string)" : "> 15");
        same(v);
    }

    /**
     * Bit for bit, except that an integer zero with a minus sign ({@code -0}, {@code -000}) has always been read
     * as 0.0 rather than -0.0: the two are equal to every bound ({@code <}, {@code >}), which is all it is used for.
     */
    private static void same(String v) {
        double jdk = Double.parseDouble(v);
        double ours = Checks.parseDecimal(v);
        assertThat(ours == jdk).as(v).isTrue();
        if (jdk != 0 || v.indexOf('.') >= 0) {
            assertThat(Double.doubleToRawLongBits(ours)).as(v).isEqualTo(Double.doubleToRawLongBits(jdk));
        }
    }

    @Example
    void edges() {
        for (String v : new String[] {"35.612345", "139.55", "-0.0", "0.1", "999999999999999.0", "0.000000000000001",
            "9007199254740993.0", "-123456789012345", "46", "20.0000000000000", "0.30000000000000004"}) {
            same(v);
        }
    }

    @Provide
    Arbitrary<String> decimals() {
        Arbitrary<String> sign = Arbitraries.of("", "", "-");
        Arbitrary<String> whole = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(17);
        Arbitrary<String> frac = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(17);
        Arbitrary<String> withPoint = Combinators.combine(sign, whole, frac).as((s, w, f) -> s + w + "." + f);
        Arbitrary<String> integer = Combinators.combine(sign, whole).as((s, w) -> s + w);
        return Arbitraries.oneOf(withPoint, withPoint, withPoint, integer);
    }
}
