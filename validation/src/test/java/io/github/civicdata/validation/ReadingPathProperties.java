package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 16 (session 6): the reading thread's rewritten per-cell scan answers as the form it
 * replaced. {@link Cells#scan} now runs a loop with one test per character until the first space
 * or machine-dependent character and hands over to the former loop there; {@link #formerScan} is
 * that former loop as it was (over the same character table, {@link Cells#compute}), and both must
 * give the same flags, first dependent character, its class and the mask of classes for cells of
 * plain text, numbers, spaces of every kind, line breaks, control characters and machine-dependent
 * characters at any place. (The UTF-8 loop's ASCII runs are compared with the JDK's decoder by
 * {@code ByteDecoderProperties}; the whole-line copy of a plain line with the field-by-field reading
 * by {@code CsvTokenizerProperties}.) On the checking thread, the test for a repeated header row
 * ({@link TableProcessor#repeatsHeader}) now compares the cells before counting the non-empty ones:
 * the same answer as the former order.
 */
class ReadingPathProperties {

    private static final int[] TABLE = Cells.compute();

    @Provide
    Arbitrary<String> cells() {
        Arbitrary<Character> plain = Arbitraries.of('a', 'Z', '0', '9', '.', '-', '+', ',', ':', '@', '/', '東', '京',
                'ア', 'か', '年', '、', '１', 'Ａ', '〜');
        Arbitrary<Character> special = Arbitraries.of(' ', '\t', '\u3000', '\n', '\r', '\u0001', '\u007f', '①',
                '㈱', 'ｱ', '\ue000', '㍻', '髙', '\u200b', '\ufffd', '～', '™');
        Arbitrary<Character> c = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, plain), net.jqwik.api.Tuple.of(2, special));
        return c.list().ofMinSize(1).ofMaxSize(12).map(l -> {
            StringBuilder b = new StringBuilder();
            l.forEach(b::append);
            return b.toString();
        });
    }

    @Property(tries = 3000)
    void scanIsTheFormerScan(@ForAll("cells") String cell, @ForAll @IntRange(max = 4) int pad) {
        char[] a = ("#".repeat(pad) + cell + "#").toCharArray();
        Cells.Scan now = new Cells.Scan();
        Cells.scan(a, pad, pad + cell.length(), now);
        Cells.Scan before = new Cells.Scan();
        formerScan(a, pad, pad + cell.length(), before);
        assertThat(now.flags).as("flags of %s", cell).isEqualTo(before.flags);
        assertThat(now.firstDependent).isEqualTo(before.firstDependent);
        assertThat(now.dependentClass).isEqualTo(before.dependentClass);
        assertThat(now.dependentMask).isEqualTo(before.dependentMask);
        Statistics.label("dependent").collect((before.flags & Cells.S_DEPENDENT) != 0 ? "dependent" : "none");
        Statistics.label("space").collect((before.flags & Cells.S_SPACE) != 0 ? "space" : "none");
    }

    /** {@link Cells#scan} before session 6, unchanged. */
    private static void formerScan(char[] a, int s, int e, Cells.Scan out) {
        int flags = 0;
        int firstDep = -1;
        byte depClass = 0;
        int depMask = 0;
        int spaceRun = 0;
        for (int i = s; i < e; i++) {
            int f = TABLE[a[i]];
            flags |= f;
            if ((f & Cells.SPACE_BIT) != 0) {
                if (++spaceRun >= 2) {
                    flags |= Cells.S_MULTI_SPACE;
                }
                continue;
            }
            spaceRun = 0;
            if ((f & Cells.DEP_BIT) != 0) {
                byte k = (byte) (f >>> 24);
                depMask |= 1 << k;
                if (firstDep < 0) {
                    firstDep = i;
                    depClass = k;
                } else if (Cells.severityRank(k) > Cells.severityRank(depClass)) {
                    depClass = k;
                }
            }
        }
        flags &= Cells.FLAG_MASK;
        if (Cells.isSpace(a[s])) {
            flags |= Cells.S_LEAD_SPACE;
        }
        if (Cells.isSpace(a[e - 1])) {
            flags |= Cells.S_TRAIL_SPACE;
        }
        if ((flags & (Cells.S_NON_ASCII | Cells.S_ALPHA | Cells.S_OTHER | Cells.S_SPACE | Cells.S_NEWLINE
                | Cells.S_SEPARATOR | Cells.S_AT | Cells.S_COLON)) == 0) {
            flags |= Cells.S_NUMERIC_CHARS_ONLY;
        }
        out.flags = flags;
        out.firstDependent = firstDep;
        out.dependentClass = depClass;
        out.dependentMask = depMask;
    }

    @Property(tries = 2000)
    void repeatedHeaderTestIsTheFormerTest(@ForAll("headerRows") java.util.List<String> header,
            @ForAll("headerRows") java.util.List<String> row, @ForAll boolean same) {
        RecordView h = HotPathProperties.record(header);
        RecordView r = HotPathProperties.record(same ? header : row);
        boolean former = h.size == r.size && r.nonEmpty() >= 2 && formerCellsEqual(h, r);
        assertThat(TableProcessor.repeatsHeader(h, r)).isEqualTo(former);
        assertThat(TableProcessor.repeatsHeader(null, r)).isFalse();
        Statistics.label("repeats").collect(former ? "repeats the header" : "does not");
    }

    @Provide
    Arbitrary<java.util.List<String>> headerRows() {
        return Arbitraries.of("", "ID", "名称", "a", "ab").list().ofMinSize(1).ofMaxSize(4);
    }

    private static boolean formerCellsEqual(RecordView h, RecordView r) {
        for (int i = 0; i < r.size; i++) {
            if (!r.text(i).equals(h.text(i))) {
                return false;
            }
        }
        return true;
    }
}
