package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link UniqueSet} finds exactly the duplicates a hash map finds, with the first row, whatever the order. */
class UniqueSetProperties {

    record Value(String text, int rowGap) {
    }

    @Property
    void agreesWithAHashMap(@ForAll("values") List<Value> values) {
        UniqueSet set = new UniqueSet(1_000_000);
        Map<String, Long> oracle = new HashMap<>();
        long row = 0;
        for (Value v : values) {
            row += v.rowGap();
            char[] a = ("<" + v.text() + ">").toCharArray();
            long got = set.add(a, 1, a.length - 1, row);
            Long first = oracle.putIfAbsent(v.text(), row);
            assertThat(got).as("%s at row %d", v.text(), row).isEqualTo(first == null ? 0 : first);
        }
    }

    @Provide
    Arbitrary<List<Value>> values() {
        Arbitrary<String> prefix = Arbitraries.of("", "A", "F", "ID-", "LL01");
        Arbitrary<Integer> number = Arbitraries.integers().between(0, 40);
        Arbitrary<Integer> width = Arbitraries.of(0, 0, 2, 3);
        Arbitrary<String> numbered = Combinators.combine(prefix, number, width)
                .as((p, n, w) -> p + (w == 0 ? Integer.toString(n) : String.format("%0" + w + "d", n)));
        Arbitrary<String> other = Arbitraries.of("x", "市役所", "A", "0", "00", "ID-", "A1B");
        Arbitrary<String> text = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, numbered), net.jqwik.api.Tuple.of(1, other));
        Arbitrary<Value> single = Combinators.combine(text, Arbitraries.of(1, 1, 1, 2)).as(Value::new);
        // runs: a counting sequence dropped into the list
        Arbitrary<List<Value>> run = Combinators.combine(prefix, Arbitraries.integers().between(0, 30),
                Arbitraries.integers().between(1, 20), width).as((p, from, len, w) -> {
                    List<Value> l = new java.util.ArrayList<>();
                    for (int n = from; n < from + len; n++) {
                        l.add(new Value(p + (w == 0 ? Integer.toString(n) : String.format("%0" + w + "d", n)), 1));
                    }
                    return l;
                });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, single.list().ofMaxSize(3)),
                net.jqwik.api.Tuple.of(1, run)).list().ofMaxSize(12)
                .map(ls -> ls.stream().flatMap(List::stream).toList());
    }

    /**
     * Numbered values counting up with gaps (each gap closes a run, so later values are looked up among
     * closed runs of the same prefix through the set's cached lookup), mixed with repeats of earlier values
     * and values of another prefix or width.
     */
    @Property(tries = 300)
    void gappedSequencesAgreeWithAHashMap(@ForAll long seed) {
        java.util.Random rnd = new java.util.Random(seed);
        UniqueSet set = new UniqueSet(1_000_000);
        Map<String, Long> oracle = new HashMap<>();
        java.util.List<String> seen = new java.util.ArrayList<>();
        int n = rnd.nextInt(5);
        for (long row = 1; row <= 400; row++) {
            String v;
            int pick = rnd.nextInt(20);
            if (pick == 0 && !seen.isEmpty()) {
                v = seen.get(rnd.nextInt(seen.size()));
            } else if (pick == 1) {
                v = (rnd.nextBoolean() ? "G" : "F0") + rnd.nextInt(300);
            } else {
                n += rnd.nextInt(12) == 0 ? 2 + rnd.nextInt(5) : 1;
                v = "F" + n;
            }
            seen.add(v);
            char[] a = v.toCharArray();
            long got = set.add(a, 0, a.length, row);
            Long first = oracle.putIfAbsent(v, row);
            assertThat(got).as("%s at row %d", v, row).isEqualTo(first == null ? 0 : first);
        }
    }

    @Property(tries = 20)
    void longSequentialRunsTakeOneEntry(@ForAll("prefixes") String prefix) {
        UniqueSet set = new UniqueSet(10);
        for (int i = 1; i <= 200_000; i++) {
            char[] a = (prefix + i).toCharArray();
            assertThat(set.add(a, 0, a.length, i)).isZero();
        }
        char[] dup = (prefix + 777).toCharArray();
        assertThat(set.add(dup, 0, dup.length, 200_001)).isEqualTo(777);
        assertThat(set.overflow()).isFalse();
    }

    @Provide
    Arbitrary<String> prefixes() {
        return Arbitraries.of("F", "", "LL0100", "施設-");
    }
}
