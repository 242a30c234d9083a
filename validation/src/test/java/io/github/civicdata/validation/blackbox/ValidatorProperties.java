package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.Severity;
import io.github.civicdata.validation.Validator;
import io.github.civicdata.vocab.DatasetTemplate;
import io.github.civicdata.vocab.NamedFormat;
import io.github.civicdata.vocab.TemplateColumn;
import io.github.civicdata.vocab.Vocabulary;
import io.github.civicdata.vocab.code.CodeLists;
import io.github.civicdata.vocab.code.Municipality;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Invariants of the validator: arbitrary bytes never make it throw, nor give an internal error
 * (the validator turns every exception of its own into a {@code validation.internal-error}
 * finding, so "never throws" alone could not fail), nor print anything; a file generated to
 * conform to a standard template validates without errors or warnings; every data row is counted;
 * the result does not depend on how the input is delivered.
 */
class ValidatorProperties {

    private static final Validator PLAIN = Validator.builder().build();
    private static final Validator TIGHT = Validator.builder().maxFieldLength(16).maxLineLength(64).maxColumns(8)
            .maxFindings(50).build();

    @Property
    void arbitraryBytesNeverThrow(@ForAll @Size(max = 2000) byte[] bytes,
            @ForAll("names") String name) {
        for (Validator v : List.of(PLAIN, TIGHT)) {
            Report r = reportOf(v, bytes, name);
            assertThat(r.total()).isGreaterThanOrEqualTo(r.findings().size());
            assertThat(r.sources()).hasSize(1);
        }
    }

    @Property
    void arbitraryCsvLikeTextNeverThrows(@ForAll("csvLike") String text, @ForAll("charsets") Charset cs,
            @ForAll("names") String name) {
        byte[] bytes = text.getBytes(cs);
        for (Validator v : List.of(PLAIN, TIGHT)) {
            Report r = reportOf(v, bytes, name);
            assertThat(r.total()).isGreaterThanOrEqualTo(r.findings().size());
            for (Finding f : r.findings()) {
                assertThat(f.location().source()).isEqualTo(name);
            }
        }
    }

    @Property(tries = 50)
    void arbitraryZipBytesAsXlsxNeverThrow(@ForAll @Size(max = 600) byte[] tail) {
        byte[] bytes = new byte[4 + tail.length];
        bytes[0] = 'P';
        bytes[1] = 'K';
        bytes[2] = 3;
        bytes[3] = 4;
        System.arraycopy(tail, 0, bytes, 4, tail.length);
        Report r = reportOf(PLAIN, bytes, "random.xlsx");
        assertThat(r.findings()).extracting(Finding::ruleId).contains("xlsx.unreadable");
    }

    /** Validates, asserting that nothing was printed and that no internal error was hidden in the report. */
    private static Report reportOf(Validator v, byte[] bytes, String name) {
        Printed.Result<Report> r = Printed.by(() -> v.validate(new ByteArrayInputStream(bytes), name));
        assertThat(r.printed()).isEmpty();
        assertThat(r.value().findings()).extracting(Finding::ruleId).doesNotContain(Validator.INTERNAL_ERROR);
        return r.value();
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("data.csv", "data.tsv", "data.xlsx", "data.txt", "データ.CSV");
    }

    @Provide
    Arbitrary<Charset> charsets() {
        return Arbitraries.of(StandardCharsets.UTF_8, Charset.forName("windows-31j"), Charset.forName("EUC-JP"),
                StandardCharsets.UTF_16LE);
    }

    @Provide
    Arbitrary<String> csvLike() {
        Arbitrary<Character> c = Arbitraries.of(',', ',', ',', '"', '\r', '\n', '\n', ' ', '　', 'a', '1', '0', '-',
                '.', '名', '称', 'ｶ', '①', '㈱', '〜', '＃', '#', '※', '〃', '=', '\t', '年', '月', '日', '令', '和',
                '\u0000', '\uFEFF', '髙', '５');
        return c.list().ofMaxSize(600).map(l -> {
            StringBuilder sb = new StringBuilder(l.size());
            l.forEach(sb::append);
            return sb.toString();
        });
    }

    // ------------------------------------------------------------------ conforming files

    @Property(tries = 60)
    void generatedConformingFileValidatesClean(@ForAll("templates") String templateId,
            @ForAll @IntRange(min = 1, max = 150) int rows, @ForAll long seed, @ForAll boolean crlf) {
        DatasetTemplate t = Vocabulary.standard().template(templateId.split("@")[0], templateId.split("@")[1])
                .orElseThrow();
        byte[] csv = ConformingCsv.generate(t, rows, new Random(seed), crlf);
        Report r = Validator.builder().template(t).build().validate(new ByteArrayInputStream(csv), "gen.csv");
        List<Finding> serious = r.findings().stream().filter(f -> f.severity().isAtLeast(Severity.WARNING)).toList();
        assertThat(serious).as(new String(csv, StandardCharsets.UTF_8)).isEmpty();
        assertThat(r.sources().get(0).rows()).hasValue(rows);
    }

    @Provide
    Arbitrary<String> templates() {
        return Arbitraries.of("aed@2021-suisho", "public-toilet@2026-08", "public-toilet@2021-suisho",
                "public-wifi@2021-suisho", "tourist-facility@2021-suisho");
    }

    @Property(tries = 30)
    void sameReportWhicheverWayTheInputArrives(@ForAll @IntRange(min = 1, max = 40) int rows, @ForAll long seed) {
        DatasetTemplate t = Vocabulary.standard().template("aed", "2021-suisho").orElseThrow();
        byte[] csv = ConformingCsv.generate(t, rows, new Random(seed), true);
        Report a = PLAIN.validate(new ByteArrayInputStream(csv), "x.csv");
        Report b = PLAIN.validate(new SlowStream(csv), "x.csv");
        assertThat(ReportJson.of(b)).isEqualTo(ReportJson.of(a));
    }

    /** Delivers one to seven bytes per read. */
    static final class SlowStream extends ByteArrayInputStream {
        private final Random random = new Random(1);

        SlowStream(byte[] b) {
            super(b);
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, 1 + random.nextInt(7)));
        }
    }

    /** Writes CSV files whose every value satisfies the template's formats. */
    static final class ConformingCsv {

        private static final String NAME_CHARS = "市民会館図書館体育館公園駅前中央北南東西第一二三";
        private static final String KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";

        static byte[] generate(DatasetTemplate t, int rows, Random rnd, boolean crlf) {
            List<TemplateColumn> cols = t.columns();
            List<Municipality> munis = CodeLists.standard().municipalities();
            Municipality town = munis.get(rnd.nextInt(munis.size()));
            // optional columns are filled in every row or in none, so that no column looks abbreviated
            boolean[] filled = new boolean[cols.size()];
            for (int i = 0; i < cols.size(); i++) {
                filled[i] = cols.get(i).obligation() == io.github.civicdata.vocab.Obligation.REQUIRED
                        || cols.get(i).unique() || rnd.nextBoolean();
            }
            StringBuilder sb = new StringBuilder();
            String nl = crlf ? "\r\n" : "\n";
            List<String> header = new ArrayList<>();
            cols.forEach(c -> header.add(c.header()));
            sb.append(String.join(",", header)).append(nl);
            for (int r = 1; r <= rows; r++) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < cols.size(); i++) {
                    cells.add(filled[i] ? value(cols.get(i), r, rnd, town) : "");
                }
                sb.append(String.join(",", cells)).append(nl);
            }
            return sb.toString().getBytes(StandardCharsets.UTF_8);
        }

        static String value(TemplateColumn c, int row, Random rnd, Municipality town) {
            if (c.unique()) {
                return Integer.toString(row);
            }
            if (!c.item().constraints().enumeration().isEmpty()) {
                List<String> e = c.item().constraints().enumeration();
                return e.get(rnd.nextInt(e.size()));
            }
            NamedFormat f = c.item().constraints().format().orElse(null);
            if (f != null) {
                switch (f) {
                    case LOCAL_GOVERNMENT_CODE:
                        return town.code();
                    case KATAKANA:
                        return word(KANA, rnd, 3, 8);
                    case PHONE:
                        return String.format(Locale.ROOT, "0%d-%04d-%04d", 1 + rnd.nextInt(9), rnd.nextInt(10000),
                                rnd.nextInt(10000));
                    case LATITUDE:
                        return String.format(Locale.ROOT, "%.6f", 31 + rnd.nextDouble() * 12);
                    case LONGITUDE:
                        return String.format(Locale.ROOT, "%.6f", 130 + rnd.nextDouble() * 12);
                    case TIME_HHMM, ISO_TIME:
                        return String.format(Locale.ROOT, "%02d:%02d", 6 + rnd.nextInt(12), rnd.nextInt(4) * 15);
                    case ISO_DATE, WAREKI_OR_ISO_DATE:
                        return String.format(Locale.ROOT, "20%02d-%02d-%02d", 10 + rnd.nextInt(15), 1 + rnd.nextInt(12),
                                1 + rnd.nextInt(28));
                    case ISO_DATETIME:
                        return "2024-04-01T09:00:00";
                    case UMU:
                        return rnd.nextBoolean() ? "有" : "無";
                    case URI:
                        return "https://www.example.lg.jp/page/" + row;
                    case EMAIL:
                        return "info" + row + "@example.lg.jp";
                    case POSTAL_CODE:
                        return String.format(Locale.ROOT, "%03d-%04d", 100 + rnd.nextInt(900), rnd.nextInt(10000));
                    case CORPORATE_NUMBER:
                        return "";
                    case HALF_WIDTH:
                        return "A" + row;
                    default:
                        break;
                }
            }
            switch (c.item().datatype()) {
                case INTEGER:
                    return Integer.toString(1 + rnd.nextInt(20));
                case DECIMAL:
                    return String.format(Locale.ROOT, "%d.%d", 1 + rnd.nextInt(20), rnd.nextInt(10));
                case DATE:
                    return "2024-04-0" + (1 + rnd.nextInt(9));
                case TIME:
                    return "09:00";
                case DATETIME:
                    return "2024-04-01T09:00:00";
                case URI:
                    return "https://www.example.lg.jp/" + row;
                default:
                    if (c.header().contains("連結表記")) {
                        // a whole address starts with its prefecture (GIF DS-442 §2.1)
                        return CodeLists.standard().prefecture(town.prefectureCode()).orElseThrow().name() + town.name()
                                + word(NAME_CHARS, rnd, 2, 6) + row;
                    }
                    if (c.header().contains("都道府県")) {
                        return CodeLists.standard().prefecture(town.prefectureCode()).orElseThrow().name();
                    }
                    if (c.header().contains("市区町村") || c.header().contains("地方公共団体名")) {
                        return town.name();
                    }
                    return word(NAME_CHARS, rnd, 2, 10) + row;
            }
        }

        private static String word(String alphabet, Random rnd, int min, int max) {
            int n = min + rnd.nextInt(max - min + 1);
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            return sb.toString();
        }
    }
}
