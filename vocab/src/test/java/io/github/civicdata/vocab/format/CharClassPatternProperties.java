package io.github.civicdata.vocab.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * Issue 16, item 2: a pattern constraint of a simple shape (a short sequence of classes and
 * literals with quantifiers) is matched by table lookup ({@link CharClassPattern}) with exactly the
 * result of {@link Pattern#matches}, on random patterns built from class members, ranges, escapes,
 * literals and quantifiers (the odd ones included, which must be refused and left to the regular
 * expression) and random values with surrogates, newlines, full-width and half-width characters,
 * the empty string, and values spelled from the pattern's own pieces (so that many match).
 */
class CharClassPatternProperties {

    @Property(tries = 6000)
    void sameResultAsTheRegularExpression(@ForAll("patterns") String regex, @ForAll("values") List<String> values,
            @ForAll long seed) {
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
        List<String> all = new ArrayList<>(values);
        all.add("");
        all.addAll(spelled(regex, new Random(seed)));
        for (String v : all) {
            boolean expected = compiled.matcher(v).matches();
            Statistics.label("value").collect(expected ? "matches" : "does not match");
            assertThat(p.matches(v)).as("%s on %s", regex, v).isEqualTo(expected);
        }
    }

    /**
     * Well-formed sequences (classes, literals, {@code \d}, quantifiers) with values built from them:
     * each piece repeated about as often as its quantifier allows, then sometimes one character
     * changed, added or removed.
     */
    @Property(tries = 4000)
    void sameResultOnWellFormedSequences(@ForAll("pieces") List<String[]> pieces, @ForAll long seed) {
        StringBuilder regex = new StringBuilder();
        for (String[] piece : pieces) {
            regex.append(piece[0]).append(piece[2]);
        }
        String re = regex.toString();
        CharClassPattern p = CharClassPattern.of(re);
        Statistics.label("shape").collect(p == null ? "left to regex (a choice of split)" : "table");
        if (p == null) {
            return;
        }
        // one class atom is matched by a loop of its own (issue 16)
        Statistics.label("atoms").collect(pieces.size() == 1 ? pieces.get(0)[1].length() > 1 || pieces.get(0)[0]
                .startsWith("[") || pieces.get(0)[0].equals("\\d") ? "one class (own loop)" : "one literal" : "several");
        Pattern compiled = Pattern.compile(re);
        Random rnd = new Random(seed);
        for (int k = 0; k < 8; k++) {
            StringBuilder v = new StringBuilder();
            for (String[] piece : pieces) {
                String pool = piece[1];
                int lo = Integer.parseInt(piece[3]);
                int times = lo + rnd.nextInt(3);
                for (int t = 0; t < times; t++) {
                    v.append(pool.charAt(rnd.nextInt(pool.length())));
                }
            }
            String value = mutate(v.toString(), rnd);
            boolean expected = compiled.matcher(value).matches();
            Statistics.label("value").collect(expected ? "matches" : "does not match");
            assertThat(p.matches(value)).as("%s on %s", re, value).isEqualTo(expected);
        }
    }

    private static String mutate(String v, Random rnd) {
        String odd = "0aー-\n\ud842\udfb7\ud842x１ｱ";
        int at = v.isEmpty() ? 0 : rnd.nextInt(v.length() + 1);
        char c = odd.charAt(rnd.nextInt(odd.length()));
        return switch (rnd.nextInt(5)) {
            case 0 -> v.substring(0, at) + c + v.substring(at);
            case 1 -> at < v.length() ? v.substring(0, at) + v.substring(at + 1) : v;
            case 2 -> at < v.length() ? v.substring(0, at) + c + v.substring(at + 1) : v;
            default -> v;
        };
    }

    /** Pieces as {regex atom, characters it takes, quantifier, least count}. */
    @Provide
    Arbitrary<List<String[]>> pieces() {
        Arbitrary<String[]> atom = Arbitraries.of(
                new String[] {"[0-9]", "0123456789"}, new String[] {"\\d", "0123456789"},
                new String[] {"[ァ-ヶー]", "アイヶー"}, new String[] {"[0-9-]", "09-"}, new String[] {"[A-Z]", "AZQ"},
                new String[] {"[a-z0-9]", "az09"}, new String[] {"-", "-"}, new String[] {"\\.", "."},
                new String[] {"0", "0"}, new String[] {"F", "F"}, new String[] {"ア", "ア"}, new String[] {"[\\-.]", "-."},
                new String[] {"[ぁ-んー]", "ぁんー"}, new String[] {" ", " "}, new String[] {"\n", "\n"});
        Arbitrary<String[]> quantifier = Arbitraries.of(new String[] {"", "1"}, new String[] {"+", "1"},
                new String[] {"*", "0"}, new String[] {"?", "0"}, new String[] {"{2}", "2"}, new String[] {"{1,3}", "1"},
                new String[] {"{0,}", "0"}, new String[] {"{3}", "3"}, new String[] {"{2,4}", "2"});
        return Combinators.combine(atom, quantifier).as((a, q) -> new String[] {a[0], a[1], q[0], q[1]})
                .list().ofMinSize(1).ofMaxSize(5);
    }

    @Example
    void theCommonShapesAreTakenAndOthersLeft() {
        for (String simple : List.of("[0-9]{6}", "[ァ-ヶー]+", "[0-9-]+", "[A-Z]{2,3}", "[a-z]*", "[\\d]{1,}",
                "[-0-9]?", "[0-9\\-]+", "[ぁ-んー]", "\\d{6}", "\\d{3}-\\d{4}", "[0-9]{3}-[0-9]{4}", "0\\d{9,10}",
                "[A-Z]{2}[0-9]+", "\\d{2,4}-\\d{2,4}-\\d{4}", "F[0-9]+", "[0-9]{6}x", "abc", "\\d+\\.\\d+")) {
            assertThat(CharClassPattern.of(simple)).as(simple).isNotNull();
        }
        for (String other : List.of("[^0-9]+", "[0-9]+?", "[0-9]++", "[a-z&&[^b]]+", "(?i)[a-z]+", "[\\w]+",
                "[\\d-z]", "[a-c-e]", "[\u0000-\uffff]+", "[]", "[0-9]{3,2}", "[0-9]{,3}", "[z-a]", "\\w+", ".*",
                "a|b", "(ab)+", "[0-9-]+-[0-9]+", "a?a", "\\d*\\d", "[0-9]{2}{3}", "^[0-9]+$", "\\p{L}+",
                "[a-z]+[a-z0-9]*", "\\d{1,4}\\d{4}")) {
            assertThat(CharClassPattern.of(other)).as(other).isNull();
        }
        assertThat(CharClassPattern.of("[0-9]{6}").matches("132195")).isTrue();
        assertThat(CharClassPattern.of("[0-9]{6}").matches("１３２１９５")).isFalse();
        assertThat(CharClassPattern.of("[ァ-ヶー]+").matches("アイウ")).isTrue();
        assertThat(CharClassPattern.of("[ァ-ヶー]+").matches("ｱｲｳ")).isFalse();
        assertThat(CharClassPattern.of("\\d{3}-\\d{4}").matches("201-8585")).isTrue();
        assertThat(CharClassPattern.of("\\d{3}-\\d{4}").matches("2018585")).isFalse();
        assertThat(CharClassPattern.of("\\d{2,4}-\\d{2,4}-\\d{4}").matches("03-3430-1111")).isTrue();
        assertThat(CharClassPattern.of("\\d{2,4}-\\d{2,4}-\\d{4}").matches("03-3430-11111")).isFalse();
    }

    /** Values made of the pattern's own characters (and digits), any number of them up to 9. */
    private static List<String> spelled(String regex, Random rnd) {
        String chars = regex.replaceAll("[\\[\\]{}+*?\\\\^,]", "") + "0123456789";
        List<String> out = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(10);
            for (int j = 0; j < len; j++) {
                sb.append(chars.charAt(rnd.nextInt(chars.length())));
            }
            out.add(sb.toString());
        }
        return out;
    }

    @Provide
    Arbitrary<String> patterns() {
        Arbitrary<String> member = Arbitraries.of("0", "9", "a", "z", "A", "-", "ー", "ァ", "ヶ", "\\d", "\\-", "\\.",
                ".", "^", "&", "[", "]", " ", "\\w", "\\", "\ud842", "\udfb7", "\uffff", "\u0000", "\n");
        Arbitrary<String> range = Arbitraries.of("0-9", "a-z", "A-Z", "ァ-ヶ", "ぁ-ん", "9-0", "a-\\-", "\\.-9",
                "0-9-", "\u0000-\uffff", "\ud7ff-\ue000");
        Arbitrary<String> body = Arbitraries.oneOf(member, range).list().ofMinSize(0).ofMaxSize(4)
                .map(l -> String.join("", l));
        Arbitrary<String> start = Arbitraries.of("[", "[", "[", "[^", "[]", "x[");
        Arbitrary<String> cls = Combinators.combine(start, body).as((s, b) -> s + b + "]");
        Arbitrary<String> atom = Arbitraries.oneOf(cls, cls, Arbitraries.of("\\d", "-", "0", "a", "ア", "\\.", "\\-",
                ".", "\\w", "\n", " ", "(", "|", "\ud842\udfb7", "}", "\\", "\\<", "\\/"));
        Arbitrary<String> quantifier = Arbitraries.of("", "", "+", "*", "?", "{2}", "{1,3}", "{0,}", "{3,2}", "{,2}",
                "+?", "++", "{2}x", "{ 2}", "{99}", "{0}", "{2}{3}", "{1,2}+");
        Arbitrary<String> piece = Combinators.combine(atom, quantifier).as((a, q) -> a + q);
        return piece.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<List<String>> values() {
        return Arbitraries.strings()
                .withChars("09az AZ-.^&[]\\ーァアヶｱ１\ud842\udfb7\uffff\u0000\n\r")
                .ofMaxLength(8).list().ofMinSize(1).ofMaxSize(12);
    }
}
