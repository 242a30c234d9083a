package io.github.civicdata.vocab.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The binary form of the current lists gives back exactly what was written, for any strings (any
 * UTF-16 text, Latin-1 and not, surrogate pairs, empty) and any days; a string that UTF-8 cannot
 * carry (an unpaired surrogate) is refused when the form is made, never changed.
 */
class CodeTablesProperties {

    private static final CodeData SHIPPED = CodeData.parseCurrent();

    @Provide
    Arbitrary<String> text() {
        // now and then an unpaired surrogate, which the form must refuse
        return Arbitraries.frequencyOf(Tuple.of(30, Arbitraries.strings().ofMaxLength(12)),
                Tuple.of(20, Arbitraries.strings().withCharRange('\u0080', '\u00FF').ofMaxLength(8)),
                Tuple.of(20, Arbitraries.strings().withCharRange('\u3041', '\u30FF').ofMaxLength(8)),
                Tuple.of(20, Arbitraries.of("𠮷野家", "髙島屋", "", "札幌市中央区", "Chuo-ku", "ä")),
                Tuple.of(1, Arbitraries.of("\uD842", "a\uDFB7b")));
    }

    @Provide
    Arbitrary<Municipality> municipality() {
        Arbitrary<Municipality> base = Arbitraries.of(SHIPPED.municipalities);
        Arbitrary<Optional<String>> optional = text().optional(0.7);
        return Combinators.combine(base, text(), optional, optional, optional)
                .as((m, name, kana, roman, county) -> new Municipality(m.code(), name, kana, roman,
                        m.prefectureCode(), county, m.kind(), m.cityCode()));
    }

    @Property(tries = 300)
    void whatIsWrittenIsReadBack(@ForAll("municipalities") List<Municipality> municipalities,
            @ForAll("days") int[] days) {
        int n = municipalities.size();
        int[] from = new int[n];
        int[] until = new int[n];
        for (int i = 0; i < n; i++) {
            from[i] = days[i % days.length];
            until[i] = days[(i + 1) % days.length];
        }
        CodeData data = new CodeData(SHIPPED.prefectures, SHIPPED.prefectureFrom, SHIPPED.prefectureUntil,
                municipalities, from, until);
        boolean encodable = municipalities.stream().allMatch(CodeTablesProperties::encodable);
        Statistics.label("encodable").collect(encodable);
        // both paths are taken often enough to mean something
        Statistics.label("encodable").coverage(c -> {
            c.check(true).percentage(p -> p > 40);
            c.check(false).percentage(p -> p > 10);
        });
        if (!encodable) {
            assertThatThrownBy(() -> CodeTables.encode(data)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("cannot be encoded");
            return;
        }
        CodeData read = CodeTables.decode(CodeTables.encode(data), CodeTables.bytes(CodeTables.SOURCES));
        assertThat(read.municipalities).isEqualTo(municipalities);
        assertThat(read.prefectures).isEqualTo(SHIPPED.prefectures);
        assertThat(read.municipalityFrom).isEqualTo(from);
        assertThat(read.municipalityUntil).isEqualTo(until);
    }

    @Provide
    Arbitrary<List<Municipality>> municipalities() {
        return municipality().list().ofMinSize(0).ofMaxSize(40);
    }

    @Provide
    Arbitrary<int[]> days() {
        return Arbitraries.oneOf(Arbitraries.integers(), Arbitraries.just(CodeData.NO_DATE),
                Arbitraries.integers().between(-1000, 30000)).array(int[].class).ofMinSize(1).ofMaxSize(5);
    }

    private static boolean encodable(Municipality m) {
        List<String> all = new ArrayList<>(List.of(m.name()));
        m.nameKana().ifPresent(all::add);
        m.nameRoman().ifPresent(all::add);
        m.county().ifPresent(all::add);
        for (String s : all) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return false;
                }
            }
        }
        return true;
    }
}
