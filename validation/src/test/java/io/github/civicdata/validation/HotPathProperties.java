package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 16: the forms of the per-cell hot path that were rewritten for the JIT answer as the plain
 * forms they replaced: the scan of a record on the reading thread with its clean-number bit
 * ({@link RecordView#scanFields}, {@link RecordView#cleanNumber}) against {@link Cells#scan} and
 * {@link Cells#isCleanNumber} of each field; {@link CharSlice#contentEquals} against
 * {@link String#equals}; {@link DistinctCounter} against a map; and
 * {@link CellChecks#repeatSettled} against the test it replaced.
 */
class HotPathProperties {

    /** Cells of digits, signs and points (clean numbers and near misses), ASCII and Japanese text. */
    @Provide
    Arbitrary<String> cells() {
        Arbitrary<String> numeric = Arbitraries.strings().withChars("0123456789.-+").ofMinLength(0).ofMaxLength(8);
        Arbitrary<String> text = Arbitraries.strings().withChars("aZ 1:/,東京都ｱ\u00e9\t").ofMinLength(0).ofMaxLength(8);
        Arbitrary<String> fixed = Arbitraries.of("35.654774", "-139.5", "132195", "03-3430-1001", "08:30", "1.2.3", ".",
                "-", "+5", "5.", ".5", "１２");
        return Arbitraries.oneOf(numeric, text, fixed);
    }

    @Property(tries = 1000)
    void scanOnTheReadingThreadEqualsTheScanOfEachCell(@ForAll("rows") List<String> fields) {
        RecordView r = record(fields);
        RecordView unscanned = record(fields);
        r.scanFields(new Cells.Scan());
        Cells.Scan scan = new Cells.Scan();
        for (int i = 0; i < r.size; i++) {
            boolean clean = Cells.isCleanNumber(r.chars, r.start[i], r.end[i]);
            assertThat(r.cleanNumber(i)).as("field %d %s", i, fields.get(i)).isEqualTo(clean);
            assertThat(unscanned.cleanNumber(i)).isEqualTo(clean);
            if (r.end[i] > r.start[i]) {
                Cells.scan(r.chars, r.start[i], r.end[i], scan);
                assertThat(r.scanFlags[i] & ~RecordView.SCAN_CLEAN_NUMBER).isEqualTo(scan.flags);
                assertThat((r.scanFlags[i] & RecordView.SCAN_CLEAN_NUMBER) != 0).isEqualTo(clean);
                assertThat(r.scanDependentMask[i]).isEqualTo(scan.dependentMask);
            }
            Statistics.label("clean").collect(clean ? "clean number" : "not");
        }
        assertThat(r.cleanNumber(r.size)).isFalse();
    }

    @Provide
    Arbitrary<List<String>> rows() {
        return cells().list().ofMinSize(1).ofMaxSize(8);
    }

    /** A record of these fields, as a reading thread would hand it over (also for ReadingPathProperties). */
    static RecordView record(List<String> fields) {
        RecordView r = new RecordView(64, 1000, 10_000);
        r.reset(1);
        for (String f : fields) {
            r.beginField();
            r.append(f.toCharArray(), 0, f.length());
            r.endField(0);
        }
        return r;
    }

    @Property(tries = 2000)
    void sliceContentEqualsIsStringEquals(@ForAll("cells") String a, @ForAll("cells") String b,
            @ForAll @IntRange(max = 5) int pad) {
        char[] buf = ("#".repeat(pad) + a + "#").toCharArray();
        CharSlice s = new CharSlice().set(buf, pad, pad + a.length());
        assertThat(s.contentEquals(b)).isEqualTo(a.equals(b));
        assertThat(s.contentEquals(a)).isTrue();
        assertThat(s.contentEquals(null)).isFalse();
        // the scratch copy grows and is reused: a longer value, then a shorter one again
        String longer = a + "東京都".repeat(20);
        assertThat(s.contentEquals(longer)).isFalse();
        assertThat(new CharSlice().set(longer.toCharArray(), 0, longer.length()).contentEquals(longer)).isTrue();
        assertThat(s.contentEquals(a)).isTrue();
        Statistics.label("equal").collect(a.equals(b) ? "equal" : "different");
    }

    @Property(tries = 500)
    void distinctCounterCountsAsAMap(@ForAll("values") List<String> values, @ForAll @IntRange(min = 1, max = 40) int limit) {
        DistinctCounter c = new DistinctCounter(limit);
        Map<String, long[]> model = new LinkedHashMap<>();
        boolean overflow = false;
        long row = 0;
        for (String v : values) {
            row++;
            char[] buf = ("<" + v + ">").toCharArray();
            c.add(buf, 1, buf.length - 1, row);
            if (overflow) {
                continue;
            }
            long[] e = model.get(v);
            if (e != null) {
                e[0]++;
            } else if (model.size() >= limit) {
                overflow = true;
            } else {
                model.put(v, new long[] {1, row});
            }
        }
        assertThat(c.overflow()).isEqualTo(overflow);
        if (!overflow) {
            List<String> expected = new ArrayList<>();
            model.forEach((k, e) -> expected.add(k + "=" + e[0] + "@" + e[1]));
            List<String> actual = new ArrayList<>();
            for (DistinctCounter.Entry e : c.entries()) {
                actual.add(e.value() + "=" + e.count() + "@" + e.firstRow());
            }
            assertThat(actual).isEqualTo(expected);
            assertThat(c.size()).isEqualTo(model.size());
        }
        Statistics.label("overflow").collect(overflow ? "overflow" : "counted");
    }

    /** Few distinct values (so that they repeat), some with equal hashes ("Aa" and "BB"). */
    @Provide
    Arbitrary<List<String>> values() {
        Arbitrary<String> v = Arbitraries.oneOf(Arbitraries.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "", "東京", "1"),
                Arbitraries.strings().withChars("ab東").ofMaxLength(3));
        return v.list().ofMaxSize(200);
    }

    @Property(tries = 2000)
    void repeatSettledIsTheTestItReplaced(@ForAll @LongRange(max = 3) long consecutiveEqual,
            @ForAll @LongRange(max = 3) long repeatBlanks, @ForAll("dataRows") long dataRow) {
        boolean plain = consecutiveEqual > 0
                || (repeatBlanks == 0 && dataRow > CellChecks.IMPLICIT_REPEAT_WINDOW);
        assertThat(CellChecks.repeatSettled(consecutiveEqual, repeatBlanks, dataRow)).isEqualTo(plain);
    }

    @Provide
    Arbitrary<Long> dataRows() {
        long w = CellChecks.IMPLICIT_REPEAT_WINDOW;
        return Arbitraries.oneOf(Arbitraries.longs().between(w - 3, w + 3), Arbitraries.longs().between(0, Long.MAX_VALUE));
    }
}
