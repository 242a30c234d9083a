package io.github.civicdata.validation.csvw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DialectReaderTest {

    private static List<DialectReader.Row> read(byte[] bytes, Map<String, Object> dialect) throws Exception {
        Dialect d = Dialect.of(new Metadata.Dialect(dialect), Optional.empty());
        List<DialectReader.Row> rows = new ArrayList<>();
        try (DialectReader r = new DialectReader(new ByteArrayInputStream(bytes), d, 1000)) {
            DialectReader.Row row;
            while ((row = r.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<DialectReader.Row> read(String s, Map<String, Object> dialect) throws Exception {
        return read(s.getBytes(StandardCharsets.UTF_8), dialect);
    }

    @Test
    void quotesLineBreaksInCellsAndLineNumbers() throws Exception {
        List<DialectReader.Row> rows = read("a,b\r\n\"x\ny\",\"say \"\"hi\"\"\"\n3,4", Map.of());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).cells()).containsExactly("x\ny", "say \"hi\"");
        assertThat(rows.get(1).line()).isEqualTo(2);
        assertThat(rows.get(2).line()).isEqualTo(4);
        assertThat(rows.get(2).cells()).containsExactly("3", "4");
    }

    @Test
    void quotingProblemsAreNamed() throws Exception {
        assertThat(read("a\"b\",c\n", Map.of()).get(0).error()).isEqualTo("quote");
        assertThat(read("\"ab\"c,d\n", Map.of()).get(0).error()).isEqualTo("after-quote");
        assertThat(read("\"ab,c\n", Map.of()).get(0).error()).isEqualTo("unterminated");
    }

    @Test
    void dialectFlags() throws Exception {
        List<DialectReader.Row> rows = read("# note\nx\t y \n", Map.of("commentPrefix", "#", "delimiter", "\t",
                "trim", "start"));
        assertThat(rows.get(0).comment()).isTrue();
        assertThat(rows.get(0).content()).isEqualTo("note");
        assertThat(rows.get(1).cells()).containsExactly("x", "y ");
        assertThat(read("a\\,b,c\n", Map.of("doubleQuote", false)).get(0).cells()).containsExactly("a,b", "c");
        assertThat(read("'a,b',c\n", Map.of("quoteChar", "'")).get(0).cells()).containsExactly("a,b", "c");
        assertThat(read("\"a,b\n", Map.of("quoteChar", Metadata.NULL)).get(0).cells()).containsExactly("\"a", "b");
        assertThat(read("a;b|c;d|", Map.of("lineTerminators", List.of("|"), "delimiter", ";")))
                .extracting(DialectReader.Row::cells).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void invalidBytesBecomeReplacementCharactersAndAreCounted() throws Exception {
        byte[] bytes = {'a', ',', (byte) 0xff, (byte) 0xfe, '\n'};
        Dialect d = Dialect.of(null, Optional.empty());
        try (DialectReader r = new DialectReader(new ByteArrayInputStream(bytes), d, 1000)) {
            assertThat(r.next().cells()).containsExactly("a", "\uFFFD\uFFFD");
            assertThat(r.invalidBytes()).isEqualTo(2);
            assertThat(r.firstInvalidOffset()).isEqualTo(2);
        }
    }

    @Test
    void aByteOrderMarkIsSkippedAndShiftJisIsReadWhenTheDialectSaysSo() throws Exception {
        byte[] bom = "\uFEFF名称\n".getBytes(StandardCharsets.UTF_8);
        assertThat(read(bom, Map.of()).get(0).cells()).containsExactly("名称");
        byte[] sjis = "名称,住所\n".getBytes(Charset.forName("windows-31j"));
        assertThat(read(sjis, Map.of("encoding", "shift_jis")).get(0).cells()).containsExactly("名称", "住所");
    }

    @Test
    void aRowLongerThanTheLimitStopsTheReader() {
        assertThatThrownBy(() -> read("\"" + "x".repeat(5000), Map.of()))
                .isInstanceOf(DialectReader.RowTooLongException.class);
    }
}
