package io.github.civicdata.vocab.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 16, item 2: a pattern constraint of the simple shape is matched by table lookup
 * ({@link CharClassPattern}) with exactly the result of {@link Pattern#matches}, on random patterns
 * built from class members, ranges, escapes and quantifiers (the odd ones included, which must be
 * refused and left to the regular expression) and random values with surrogates, full-width and
 * half-width characters.
 */
class CharClassPatternProperties {

    @Property(tries = 6000)
    void sameResultAsTheRegularExpression(@ForAll("patterns") String regex, @ForAll("values") List<String> values) {
        CharClassPattern p = CharClassPattern.of(regex);
        Statistics.label("shape").collect(p == null ? "left to regex" : "table");
        if (p == null) {
            return;
        }
        Pattern compiled;
        try {
            compiled = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new AssertionError("accepted a pattern the JDK rejects: " + regex, e);
        }
        for (String v : values) {
            assertThat(p.matches(v)).as("%s on %s", regex, v).isEqualTo(compiled.matcher(v).matches());
        }
    }

    @Example
    void theCommonShapesAreTakenAndOthersLeft() {
        for (String simple : List.of("[0-9]{6}", "[ァ-ヶー]+", "[0-9-]+", "[A-Z]{2,3}", "[a-z]*", "[\\d]{1,}",
                "[-0-9]?", "[0-9\\-]+", "[ぁ-んー]")) {
            assertThat(CharClassPattern.of(simple)).as(simple).isNotNull();
        }
        for (String other : List.of("[0-9]{6}x", "\\d{6}", "[^0-9]+", "[0-9]+?", "[0-9]++", "[a-z&&[^b]]+",
                "(?i)[a-z]+", "[\\w]+", "[\\d-z]", "[a-c-e]", "[\u0000-\uffff]+", "[]", "[0-9]{3,2}", "[0-9]{,3}",
                "[z-a]")) {
            assertThat(CharClassPattern.of(other)).as(other).isNull();
        }
        assertThat(CharClassPattern.of("[0-9]{6}").matches("132195")).isTrue();
        assertThat(CharClassPattern.of("[0-9]{6}").matches("１３２１９５")).isFalse();
        assertThat(CharClassPattern.of("[ァ-ヶー]+").matches("アイウ")).isTrue();
        assertThat(CharClassPattern.of("[ァ-ヶー]+").matches("ｱｲｳ")).isFalse();
    }

    @Provide
    Arbitrary<String> patterns() {
        Arbitrary<String> member = Arbitraries.of("0", "9", "a", "z", "A", "-", "ー", "ァ", "ヶ", "\\d", "\\-", "\\.",
                ".", "^", "&", "[", "]", " ", "\\w", "\\", "\ud842", "\udfb7", "\uffff", "\u0000");
        Arbitrary<String> range = Arbitraries.of("0-9", "a-z", "A-Z", "ァ-ヶ", "ぁ-ん", "9-0", "a-\\-", "\\.-9",
                "0-9-", "\u0000-\uffff", "\ud7ff-\ue000");
        Arbitrary<String> body = Arbitraries.oneOf(member, range).list().ofMinSize(0).ofMaxSize(4)
                .map(l -> String.join("", l));
        Arbitrary<String> quantifier = Arbitraries.of("", "+", "*", "?", "{2}", "{1,3}", "{0,}", "{3,2}", "{,2}",
                "+?", "++", "{2}x", "{ 2}", "{99}");
        Arbitrary<String> start = Arbitraries.of("[", "[", "[", "[^", "[]", "x[");
        return Combinators.combine(start, body, quantifier).as((s, b, q) -> s + b + "]" + q);
    }

    @Provide
    Arbitrary<List<String>> values() {
        return Arbitraries.strings()
                .withChars("09az AZ-.^&[]\\ーァアヶｱ１\ud842\udfb7\uffff\u0000")
                .ofMaxLength(5).list().ofMinSize(1).ofMaxSize(12);
    }
}
