package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.SourceInfo;
import io.github.civicdata.validation.Validator;
import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
 * Delimiter detection through the public API: a table written with comma, tab, semicolon or pipe
 * (values holding the other delimiters, quotes and line breaks; UTF-8, UTF-8 with BOM, Shift_JIS,
 * UTF-16 with BOM) is read with its delimiter and as many columns as it has; a single-column file
 * in which at most half of the values hold another delimiter character stays comma-separated (the
 * header counts as a record, so the other character is then in less than half of the records).
 */
class DelimiterDetectionProperties {

    private static final Validator VALIDATOR = Validator.builder().detectTemplate(false).build();
    private static final List<String> HEADERS = List.of("名称", "住所", "電話番号", "緯度", "経度", "備考", "ID", "種別",
            "開始日", "人数", "name", "address", "施設名_カナ", "金額（円）");

    /** A generated table: header and rows of values. */
    record Table(List<String> header, List<List<String>> rows) {
    }

    @Property
    void tablesAreReadWithTheDelimiterTheyWereWrittenWith(@ForAll("tables") Table t, @ForAll("delimiters") char d,
            @ForAll("charsets") String charset, @ForAll("names") String name) {
        byte[] bytes = encode(write(t, d), charset);
        Report r = VALIDATOR.validate(new ByteArrayInputStream(bytes), name);
        SourceInfo s = r.sources().get(0);
        boolean otherDelimitersInValues = t.rows().stream().flatMap(List::stream)
                .anyMatch(v -> v.chars().anyMatch(c -> c != d && (c == ',' || c == '\t' || c == ';' || c == '|')));
        Statistics.label("values hold other delimiters").collect(otherDelimitersInValues);
        Statistics.label("delimiter").collect(delimiterName(d));
        assertThat(s.delimiter()).as("delimiter of %s in %s", name, charset).hasValue(String.valueOf(d));
        assertThat(r.findings()).extracting(Finding::ruleId)
                .doesNotContain("extra-cell", "missing-cell", Validator.INTERNAL_ERROR);
        long delimiterFindings = r.countsByRule().getOrDefault("csv.delimiter", 0L);
        assertThat(delimiterFindings).isEqualTo(name.endsWith(".csv") && d != ',' ? 1 : 0);
    }

    @Property
    void singleColumnFilesStayCommaSeparated(@ForAll("singleColumn") List<String> values,
            @ForAll("charsets") String charset) {
        StringBuilder sb = new StringBuilder("備考\r\n");
        for (String v : values) {
            sb.append(v).append("\r\n");
        }
        Report r = VALIDATOR.validate(new ByteArrayInputStream(encode(sb.toString(), charset)), "notes.csv");
        Statistics.label("values with ; | or tab").collect(
                values.stream().filter(v -> v.indexOf(';') >= 0 || v.indexOf('|') >= 0 || v.indexOf('\t') >= 0).count() > 0);
        assertThat(r.sources().get(0).delimiter()).hasValue(",");
        assertThat(r.countsByRule()).doesNotContainKey("csv.delimiter");
    }

    // ------------------------------------------------------------------ generators

    @Provide
    Arbitrary<Character> delimiters() {
        return Arbitraries.of(',', '\t', ';', '|');
    }

    @Provide
    Arbitrary<String> charsets() {
        return Arbitraries.of("UTF-8", "UTF-8+BOM", "windows-31j", "UTF-16LE+BOM");
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("data.csv", "data.txt", "データ.csv");
    }

    @Provide
    Arbitrary<Table> tables() {
        Arbitrary<Integer> columns = Arbitraries.integers().between(2, 8);
        Arbitrary<Integer> rows = Arbitraries.integers().between(1, 30);
        return Combinators.combine(columns, rows).flatAs((c, n) -> {
            Arbitrary<List<String>> header = Arbitraries.of(HEADERS).list().ofSize(c);
            Arbitrary<List<List<String>>> body = value().list().ofSize(c).list().ofSize(n);
            return Combinators.combine(header, body).as(Table::new);
        });
    }

    /** Values as municipal tables hold them, with the other delimiters now and then. */
    static Arbitrary<String> value() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of("市役所", "東区1-2-3", "ミドリダイ", "090-1234-5678", "2024-04-01",
                        "33.5902", "130.4017", "あり", "", "Free Wi-Fi", "12")),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 9_999_999).map(i -> String.format("%,d", i))),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("A;B", "月|水|金", "9:00;17:00", "a\tb", "\"引用\"", "1行目\n2行目",
                        "東京都, 大阪府", " 前後に空白 ", "x||y")));
    }

    @Provide
    Arbitrary<List<String>> singleColumn() {
        // no blank values: blank lines are not records, and the guarantee is about half of the records
        Arbitrary<String> plain = Arbitraries.of("駐車場あり", "9時から17時まで", "2024-04-01", "第1会議室", "ふりがな", "A,B");
        Arbitrary<String> odd = Arbitraries.of("A;B", "月|水|金", "9:00;17:00", "a\tb", "x;y;z", "p|q");
        return Arbitraries.integers().between(1, 40).flatMap(n -> Combinators.combine(
                plain.list().ofSize(n), odd.list().ofSize(n / 2), Arbitraries.randoms()).as((p, o, rnd) -> {
                    // at most half of the values hold another delimiter character, anywhere in the file
                    List<String> out = new ArrayList<>(p);
                    for (String s : o) {
                        out.set(rnd.nextInt(out.size()), s);
                    }
                    return out;
                }));
    }

    // ------------------------------------------------------------------ writing

    static String write(Table t, char d) {
        StringBuilder sb = new StringBuilder();
        line(sb, t.header(), d);
        for (List<String> row : t.rows()) {
            line(sb, row, d);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> values, char d) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(d);
            }
            String v = values.get(i);
            if (v.indexOf(d) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                sb.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(v);
            }
        }
        sb.append("\r\n");
    }

    static byte[] encode(String text, String charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (charset) {
            case "UTF-8+BOM" -> {
                out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            }
            case "UTF-16LE+BOM" -> {
                out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
                out.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
            }
            default -> out.writeBytes(text.getBytes(Charset.forName(charset)));
        }
        return out.toByteArray();
    }

    /** Readable names of the delimiters for statistics. */
    static String delimiterName(char d) {
        return switch (d) {
            case ',' -> "comma";
            case '\t' -> "tab";
            case ';' -> "semicolon";
            default -> "pipe";
        };
    }
}
