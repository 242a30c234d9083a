package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 16: the tokenizer's one-pass way for plain lines ({@link CsvTokenizer}'s {@code plainLine},
 * {@link RecordView#plainLine}) leaves every record exactly as the field-by-field way does: the
 * fields, their flags and lengths, the record's flags, lines, character positions and terminator,
 * and the tokenizer's counts of line endings, for CSV-like text read in chunks of any size, with
 * any delimiter of the project's and limits small enough to be reached. (A plain line is copied
 * whole, its delimiters kept between the fields, so the fields' offsets in the record's array and
 * its used length differ; {@code stored} checks where the fields are.)
 */
class CsvTokenizerProperties {

    record Input(String text, char delimiter, int chunk, int maxColumns, int maxField, int maxLine) {
    }

    @Provide
    Arbitrary<Input> inputs() {
        Arbitrary<String> cell = Arbitraries.of("a", "b", "1", "12", "あ", "東京都", " ", "ｱ", "", "abcdefghij");
        Arbitrary<String> special = Arbitraries.of("\"", "\"\"", "x,y", "\"q,\"", "\t", ";");
        Arbitrary<String> delimiter = Arbitraries.of(",", "\t", ";");
        Arbitrary<String> end = Arbitraries.of("\n", "\r\n", "\r");
        Arbitrary<String> pieces = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(10, cell),
                net.jqwik.api.Tuple.of(6, delimiter), net.jqwik.api.Tuple.of(2, end), net.jqwik.api.Tuple.of(1, special));
        Arbitrary<String> text = pieces.list().ofMaxSize(300).map(l -> String.join("", l));
        return Combinators.combine(text, Arbitraries.of(',', '\t', ';'), Arbitraries.of(1, 2, 3, 7, 64, 1 << 16),
                Arbitraries.integers().between(1, 10), Arbitraries.integers().between(1, 24),
                Arbitraries.integers().between(1, 48)).as(Input::new);
    }

    @Property(tries = 3000)
    void plainLinesReadAsFieldByField(@ForAll("inputs") Input in) throws IOException {
        List<String> general = read(in, false);
        List<String> plain = read(in, true);
        Statistics.label("quote").collect(in.text().indexOf('"') >= 0 ? "has a quote" : "no quote");
        Statistics.label("chunk").collect(in.chunk() >= 64 ? "large chunks" : "small chunks");
        assertThat(plain).isEqualTo(general);
    }

    /**
     * The characters stored for the fields, checking where they are: in order, within
     * {@code chars[0, charLen)}, at most one character (a delimiter, kept by a line copied whole:
     * {@link RecordView#plainLine}) between two fields and none before the first.
     */
    private static int stored(RecordView r) {
        int sum = 0;
        int at = 0;
        for (int i = 0; i < r.size; i++) {
            assertThat(r.start[i] - at).as("gap before field %d", i).isBetween(0, i == 0 ? 0 : 1);
            assertThat(r.end[i]).isGreaterThanOrEqualTo(r.start[i]);
            sum += r.end[i] - r.start[i];
            at = r.end[i];
        }
        assertThat(at).isLessThanOrEqualTo(r.charLen);
        assertThat(r.charLen - sum).isBetween(0, Math.max(0, r.size - 1));
        return sum;
    }

    /** Every observable part of every record, and the tokenizer's line-ending counts, as text. */
    private static List<String> read(Input in, boolean plainLines) throws IOException {
        String text = in.text();
        int[] pos = {0};
        CsvTokenizer t = new CsvTokenizer((dst, off, len) -> {
            if (pos[0] >= text.length()) {
                return -1;
            }
            int n = Math.min(Math.min(len, in.chunk()), text.length() - pos[0]);
            text.getChars(pos[0], pos[0] + n, dst, off);
            pos[0] += n;
            return n;
        }, in.delimiter());
        t.plainLines = plainLines;
        RecordView r = new RecordView(in.maxColumns(), in.maxField(), in.maxLine());
        List<String> out = new ArrayList<>();
        while (t.next(r)) {
            StringBuilder b = new StringBuilder();
            b.append(r.line).append('-').append(r.endLine).append(" size=").append(r.size).append(" total=")
                    .append(r.totalFields).append(" rflags=").append(r.recordFlags).append(" term=")
                    .append(r.terminator).append(" lineLength=").append(r.lineLength).append(" maxActual=")
                    .append(r.maxActualField).append(" chars=").append(r.charStart).append('-').append(r.charEnd)
                    .append(" stored=").append(stored(r));
            for (int i = 0; i < r.size; i++) {
                b.append(" [").append(r.text(i)).append('|').append(r.flags[i])
                        .append('|').append(r.actualLength[i]).append(']');
            }
            out.add(b.toString());
        }
        out.add("terminators=" + java.util.Arrays.toString(t.terminators) + " first="
                + java.util.Arrays.toString(t.firstTerminatorLine) + " line=" + t.line());
        return out;
    }
}
