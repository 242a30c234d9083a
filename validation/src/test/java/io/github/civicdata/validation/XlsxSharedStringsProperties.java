package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The shared-strings table reads back every item exactly, whether it stayed in the heap or went
 * to temporary files (small heap budgets make generated tables spill at any point, also in the
 * middle of an item), and its temporary files are gone once it is closed.
 */
class XlsxSharedStringsProperties {

    @Property
    void everyItemReadsBackExactly(@ForAll("items") List<String> items,
            @ForAll @IntRange(min = 2, max = 120) int charBudget, @ForAll @IntRange(min = 4, max = 64) int endBudget)
            throws Exception {
        try (XlsxSharedStrings t = parse(items, 40, charBudget, endBudget)) {
            Statistics.label("spilled").collect(t.spilled());
            Statistics.label("spilled").coverage(k -> k.check(true).percentage(p -> p >= 25));
            assertThat(t.size()).isEqualTo(items.size());
            for (int i = 0; i < items.size(); i++) {
                String want = items.get(i);
                assertThat(t.get(i)).isEqualTo(want.length() > 40 ? want.substring(0, 40) : want);
                assertThat(t.realLength(i)).isEqualTo(want.length());
            }
        }
    }

    @Provide
    Arbitrary<List<String>> items() {
        Arbitrary<String> item = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u3041', '\u30FF').ofMaxLength(12),
                Arbitraries.of("", "𠮷野家", "😀", "①②", "A&B<C>"),
                Arbitraries.strings().withCharRange('0', '9').ofMinLength(30).ofMaxLength(60));
        return item.list().ofMinSize(5).ofMaxSize(80);
    }

    @Test
    void aSpilledTableLeavesNoTemporaryFileWhenClosed() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<String> items = java.util.stream.IntStream.range(0, 5_000).mapToObj(i -> "値" + i).toList();
        long before = ours(tmp);
        assertThat(before).as("temporary files left by an earlier run").isZero();
        XlsxSharedStrings t = parse(items, 100, 64, 64);
        assertThat(t.spilled()).isTrue(); // (on Linux the files are unlinked as soon as they are opened)
        assertThat(t.get(4_999)).isEqualTo("値4999");
        t.close();
        assertThat(ours(tmp)).isEqualTo(before);
    }

    @Test
    void readingBeforeFinishIsRefused() throws IOException {
        try (SpillBuffer b = new SpillBuffer(8, "test")) {
            b.putInt(7);
            assertThatThrownBy(() -> b.getInt(0)).isInstanceOf(IllegalStateException.class);
            b.finish();
            assertThat(b.getInt(0)).isEqualTo(7);
            assertThatThrownBy(() -> b.putInt(8)).isInstanceOf(IllegalStateException.class);
        }
    }

    private static long ours(Path tmp) throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith("civicdata-shared-string")).count();
        }
    }

    private static XlsxSharedStrings parse(List<String> items, int maxChars, long charBudget, long endBudget)
            throws Exception {
        StringBuilder x = new StringBuilder("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        for (String s : items) {
            String xml = s.replace("&", "&amp;").replace("<", "&lt;");
            x.append("<si><t>").append(xml).append("</t><rPh><t>よみ</t></rPh></si>");
        }
        x.append("</sst>");
        XlsxSharedStrings t = new XlsxSharedStrings(maxChars, new Footprint(), charBudget, endBudget);
        XlsxXml.parse(new ByteArrayInputStream(x.toString().getBytes(StandardCharsets.UTF_8)), t, Long.MAX_VALUE);
        t.finish();
        return t;
    }
}
