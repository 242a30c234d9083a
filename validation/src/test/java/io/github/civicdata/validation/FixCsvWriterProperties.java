package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link FixCsvWriter} encodes UTF-8 itself, and writes untouched cells straight from the
 * record's characters (or, on the writer thread, from character ranges of a batch): every way must give exactly the bytes of the JDK's UTF-8 encoder applied to
 * the RFC 4180 text (quotes only where needed, in a one-column row also around a tab, semicolon or
 * bar; a lone surrogate as {@code ?}), for any characters,
 * with and without BOM and CRLF, and for values longer than the writer's buffer.
 */
class FixCsvWriterProperties {

    @Property(tries = 300)
    void bothWaysOfWritingACellGiveTheJdksBytes(@ForAll("rows") List<String> cells, @ForAll boolean bom,
            @ForAll boolean crlf) {
        String[] row = cells.toArray(new String[0]);
        Statistics.label("kind").collect(cells.stream().anyMatch(c -> c.length() > 30_000) ? "long"
                : cells.stream().anyMatch(c -> c.chars().anyMatch(ch -> Character.isSurrogate((char) ch))) ? "surrogates" : "other");
        byte[] expected = expected(row, bom, crlf);

        ByteArrayOutputStream strings = new ByteArrayOutputStream();
        try (FixCsvWriter w = new FixCsvWriter(strings, bom, crlf)) {
            w.row(row, row.length);
        }
        assertThat(strings.toByteArray()).isEqualTo(expected);

        // every cell written from the record's characters (the fast path)
        RecordView rec = new RecordView(1000, 1_000_000, 10_000_000);
        rec.reset(1);
        int[] source = new int[row.length];
        int[] flags = new int[row.length];
        Cells.Scan scan = new Cells.Scan();
        for (int i = 0; i < row.length; i++) {
            rec.addField(row[i], 0, 0);
            source[i] = i;
            char[] a = row[i].toCharArray();
            if (a.length > 0) {
                Cells.scan(a, 0, a.length, scan);
                flags[i] = scan.flags;
            }
        }
        String[] none = new String[row.length];
        if (row.length == 1 && row[0].isEmpty()) {
            none[0] = ""; // a row of one empty field is written from the cells (as "")
        }
        ByteArrayOutputStream direct = new ByteArrayOutputStream();
        try (FixCsvWriter w = new FixCsvWriter(direct, bom, crlf)) {
            w.row(none, none.length, rec, source, flags);
        }
        assertThat(direct.toByteArray()).isEqualTo(expected);

        // the writer thread's way: character ranges of one buffer, with their scan flags or as strings
        if (!(row.length == 1 && row[0].isEmpty())) {
            for (int[] f : List.of(flags, stringFlags(row.length))) {
                ByteArrayOutputStream ranges = new ByteArrayOutputStream();
                try (FixCsvWriter w = new FixCsvWriter(ranges, bom, crlf)) {
                    w.row(rec.chars, rec.start, rec.end, f, 0, row.length);
                }
                assertThat(ranges.toByteArray()).isEqualTo(expected);
            }
        }
    }

    private static int[] stringFlags(int n) {
        int[] f = new int[n];
        java.util.Arrays.fill(f, FixWriterThread.STRING);
        return f;
    }

    private static byte[] expected(String[] row, boolean bom, boolean crlf) {
        StringBuilder sb = new StringBuilder(bom ? "\uFEFF" : "");
        if (row.length == 1 && row[0].isEmpty()) {
            sb.append("\"\"");
        } else {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                String v = row[i];
                boolean q = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                        // one column: also the other delimiters a reader detects
                        || row.length == 1 && (v.indexOf('\t') >= 0 || v.indexOf(';') >= 0 || v.indexOf('|') >= 0);
                sb.append(q ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
            }
        }
        sb.append(crlf ? "\r\n" : "\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String join(List<Character> l) {
        StringBuilder sb = new StringBuilder(l.size());
        l.forEach(sb::append);
        return sb.toString();
    }

    @Provide
    Arbitrary<List<String>> rows() {
        Arbitrary<Character> chars = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.chars().ascii()),
                net.jqwik.api.Tuple.of(3, Arbitraries.chars().range('\u3000', '\u9FFF')),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\u0080', '\u07FF')),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\uD800', '\uDFFF')),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(',', '"', '\n', '\r', '=', '\uFFFD', ';', '\t', '|')));
        Arbitrary<String> cell = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, chars.list().ofMaxSize(40).map(FixCsvWriterProperties::join)),
                // surrogate pairs, whole
                net.jqwik.api.Tuple.of(3, Arbitraries.strings().withCharRange('a', 'c').ofMaxLength(5)
                        .map(s -> s + "\uD842\uDFB7" + s)),
                // longer than the 64 KiB buffer once encoded
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withChars('漢', 'a', ',').ofMinLength(30_000)
                        .ofMaxLength(40_000).withoutEdgeCases()));
        return cell.list().ofMinSize(1).ofMaxSize(6);
    }
}
