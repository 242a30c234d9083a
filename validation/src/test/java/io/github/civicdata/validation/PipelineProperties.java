package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Report;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 16, item 1: on random CSV-like inputs (delimiters, quotes, line breaks, full-width and
 * half-width characters, blank and ragged rows, invalid bytes, in UTF-8 and Shift_JIS), the
 * report read through the pipeline (2 and 3 threads, forced on small inputs) equals, as JSON, the
 * report read on one thread; no run ends in an internal error.
 */
class PipelineProperties {

    @Property(tries = 300)
    void pipelinedReportEqualsSingleThreaded(@ForAll("inputs") Input in) {
        Validator.Builder b = Validator.builder().pipelineThreshold(0).maxFindingsPerColumn(in.cap());
        Report single = validate(b.threads(1).build(), in);
        String one = PipelineEquivalenceTest.json(single);
        Statistics.label("records").collect(in.text().split("\n", -1).length > 1000 ? "over 1000 lines" : "fewer");
        Statistics.label("charset").collect(in.charset().name());
        assertThat(single.countsByRule()).doesNotContainKey(Validator.INTERNAL_ERROR);
        for (int threads : new int[] {2, 3}) {
            String many = PipelineEquivalenceTest.json(validate(b.threads(threads).build(), in));
            assertThat(many).isEqualTo(one);
        }
    }

    private static Report validate(Validator v, Input in) {
        return v.validate(new ByteArrayInputStream(in.bytes()), "random.csv");
    }

    /** A random input: its text, the bytes (with invalid ones mixed in) and the per-column cap. */
    record Input(String text, Charset charset, byte[] bytes, int cap) {
        @Override
        public String toString() {
            return charset + " cap " + cap + ": " + text.replace("\r", "\\r").replace("\n", "\\n");
        }
    }

    @Provide
    Arbitrary<Input> inputs() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.of("", "1", "１２", "abc", "ｱｲ", "名称", "\"q\"", "\"a,b\"", "\"x\r\ny\"", "a\"b", " s ",
                        "35.6", "03-1234-5678", "=1+2", "①", "2024/1/1", "\"unterminated"),
                Arbitraries.strings().withChars(",\"\r\n\t ;|aア漢１-.0").ofMaxLength(6));
        Arbitrary<String> row = cell.list().ofMinSize(1).ofMaxSize(8)
                .map(l -> String.join(",", l));
        Arbitrary<String> ending = Arbitraries.of("\r\n", "\r\n", "\r\n", "\n", "\r", "");
        Arbitrary<String> line = Combinators.combine(row, ending).as((r, e) -> r + e);
        Arbitrary<String> text = Combinators.combine(
                Arbitraries.of("ID,名称,電話番号,緯度\r\n", "", "a,b,c\r\n"),
                line.list().ofMaxSize(60),
                Arbitraries.integers().between(0, 3))
                .as((h, ls, repeat) -> {
                    StringBuilder sb = new StringBuilder(h);
                    // a few long inputs so that the pooled batches are cycled
                    int times = repeat == 3 ? 120 : 1;
                    for (int t = 0; t < times; t++) {
                        for (String l : ls) {
                            sb.append(l);
                        }
                    }
                    return sb.toString();
                });
        Arbitrary<Charset> charset = Arbitraries.of(List.of(java.nio.charset.StandardCharsets.UTF_8,
                Charset.forName("windows-31j")));
        Arbitrary<List<Integer>> invalid = Arbitraries.integers().between(0, 100_000).list().ofMaxSize(3);
        return Combinators.combine(text, charset, invalid, Arbitraries.of(0, 1, 5)).as((t, cs, bad, cap) -> {
            byte[] bytes = t.getBytes(cs);
            for (int at : bad) {
                if (bytes.length > 0) {
                    bytes[at % bytes.length] = (byte) 0xFF;
                }
            }
            return new Input(t, cs, bytes, cap);
        });
    }
}
