package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Report;
import io.github.civicdata.core.report.ReportFormat;
import io.github.civicdata.core.report.ReportWriter;
import io.github.civicdata.validation.blackbox.GoldenOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 1: reading a CSV file on a second thread ({@link RecordPipeline}, and with three
 * threads {@link PipelinedDecoder} too) gives the same JSON report, byte for byte, as reading it
 * on the calling thread: on every input of the golden suite (with its options) and on generated
 * files with defects in every part, large enough to cycle the pipeline's pooled batches many times.
 * The pipeline is forced on small inputs by a threshold of 0.
 */
class PipelineEquivalenceTest {

    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @TempDir
    Path dir;

    /** The CSV, TSV and text inputs of the golden suite, sorted (more than 100). */
    static List<Path> goldenInputs() throws IOException {
        List<Path> inputs;
        try (Stream<Path> s = Files.walk(GOLDEN)) {
            inputs = s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".txt");
            }).sorted().toList();
        }
        assertThat(inputs).hasSizeGreaterThan(100);
        return inputs;
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenInputGivesTheSameReportPipelined() throws IOException {
        return goldenInputs().stream().map(f -> DynamicTest.dynamicTest(GOLDEN.relativize(f).toString(),
                () -> assertSameReports(f, b -> GoldenOptions.builder(f).pipelineThreshold(0))));
    }

    @Test
    void generatedFilesWithDefectsGiveTheSameReportPipelined() throws IOException {
        for (long seed = 1; seed <= 4; seed++) {
            for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("windows-31j"))) {
                Path f = dir.resolve("generated-" + seed + "-" + cs.name() + ".csv");
                Files.write(f, generated(new Random(seed), 6_000, cs));
                assertSameReports(f, b -> Validator.builder().pipelineThreshold(0));
                assertSameReports(f, b -> Validator.builder().pipelineThreshold(0).template("aed"));
                assertSameReports(f, b -> Validator.builder().pipelineThreshold(0).maxFindingsPerColumn(0)
                        .maxLineLength(300).maxFieldLength(40).maxColumns(9));
            }
        }
    }

    @Test
    void aFileOverTheThresholdIsPipelinedByDefault() throws IOException {
        Path f = dir.resolve("large.csv");
        Files.write(f, generated(new Random(99), 60_000, StandardCharsets.UTF_8));
        assertThat(Files.size(f)).isGreaterThan(CsvValidation.PIPELINE_THRESHOLD);
        assertSameReports(f, b -> Validator.builder());
    }

    /** The report with 1 thread, then 2 and 3, must be the same JSON. */
    static void assertSameReports(Path f, UnaryOperator<Validator.Builder> config) {
        Report single = config.apply(null).threads(1).build().validate(f);
        assertThat(single.countsByRule()).doesNotContainKey(Validator.INTERNAL_ERROR);
        String one = json(single);
        for (int threads : new int[] {2, 3}) {
            String many = json(config.apply(null).threads(threads).build().validate(f));
            assertThat(many).as("%s with %d threads", f.getFileName(), threads).isEqualTo(one);
        }
    }

    static String json(Report r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ReportWriter.of(ReportFormat.JSON, Locale.ENGLISH).write(r, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * A facility list with defects: full-width digits, spaces, blank and ragged rows, quoted line
     * breaks, stray quotes, mixed line endings, long fields, duplicate IDs, and invalid bytes.
     */
    static byte[] generated(Random rnd, int rows, Charset cs) {
        StringBuilder sb = new StringBuilder("ID,名称,名称_カナ,住所,緯度,経度,電話番号,開始時間,備考\r\n");
        String[] names = {"市民会館", "図書館", "体育館", "ｺｳﾐﾝｶﾝ", "市役所①", "保育園 ", "消防署", "公園"};
        for (int r = 1; r <= rows; r++) {
            int kind = rnd.nextInt(60);
            if (kind == 0) {
                sb.append("\r\n");
                continue;
            }
            sb.append(kind == 1 ? r - 1 : r).append(',');
            sb.append(names[rnd.nextInt(names.length)]).append(kind == 2 ? "\"x" : "").append(',');
            sb.append(kind == 3 ? "ｱｲｳ" : "アイウ").append(',');
            sb.append(kind == 4 ? "\"東京都\r\n狛江市\"" : "東京都狛江市和泉本町" + (r % 4)).append(',');
            sb.append(kind == 5 ? "３５.６" : "35.6" + r % 10).append(',');
            sb.append(kind == 6 ? "abc" : "139.5" + r % 10).append(',');
            sb.append(kind == 7 ? "０３-3430-1111" : "03-3430-" + (1000 + r % 9000)).append(',');
            sb.append(kind == 8 ? "9時" : "09:00");
            if (kind != 9) {
                sb.append(',').append(kind == 10 ? "x".repeat(500) : kind == 11 ? "=1+2" : "");
            }
            if (kind == 12) {
                sb.append(",extra,cells");
            }
            sb.append(kind == 13 ? "\n" : kind == 14 ? "\r" : "\r\n");
        }
        byte[] text = sb.toString().getBytes(cs);
        // a few invalid byte sequences
        for (int k = 0; k < 5; k++) {
            int at = 200 + rnd.nextInt(text.length - 400);
            if (text[at] != '\r' && text[at] != '\n' && text[at] != ',' && text[at] != '"') {
                text[at] = (byte) 0xFF;
            }
        }
        return text;
    }
}
