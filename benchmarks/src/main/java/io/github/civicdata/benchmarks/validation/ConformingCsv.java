package io.github.civicdata.benchmarks.validation;

import io.github.civicdata.vocab.DataItem;
import io.github.civicdata.vocab.DatasetTemplate;
import io.github.civicdata.vocab.Obligation;
import io.github.civicdata.vocab.TemplateColumn;
import io.github.civicdata.vocab.Vocabulary;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates the benchmark's input: a 10-column facility list that conforms to {@link #template()}
 * (real data items of the standard vocabulary: 全国地方公共団体コード, a unique ID, 名称, 名称_カナ,
 * 所在地_連結表記, 緯度, 経度, 電話番号, 開始時間, 備考), about 100 bytes per row, UTF-8, CRLF.
 * Also writes the same template as a Frictionless Table Schema for the command line.
 *
 * <p>Run standalone to make a large file:
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.civicdata.benchmarks.validation.ConformingCsv
 * /tmp/facilities.csv 10000000} (writes {@code /tmp/facilities.csv} and {@code /tmp/facilities.schema.json}).
 */
public final class ConformingCsv {

    static final String[] HEADERS = {"全国地方公共団体コード", "ID", "名称", "名称_カナ", "所在地_連結表記", "緯度", "経度",
        "電話番号", "開始時間", "備考"};
    private static final String[] ITEMS = {"local-government-code", null, "name", "name-kana", "full-address",
        "latitude", "longitude", "phone-number", "start-time", "remarks"};

    private ConformingCsv() {
    }

    /** The 10-column template the generated file conforms to (ID is unique, 名称 required). */
    public static DatasetTemplate template() {
        Vocabulary v = Vocabulary.standard();
        List<TemplateColumn> cols = new ArrayList<>();
        for (int i = 0; i < HEADERS.length; i++) {
            DataItem item = ITEMS[i] == null
                    ? DataItem.builder("bench-id", "ID", "ID").build()
                    : v.item(ITEMS[i]).orElseThrow(() -> new IllegalStateException("no item"));
            cols.add(TemplateColumn.of(HEADERS[i], item, i == 2 || i == 1 ? Obligation.REQUIRED : Obligation.OPTIONAL,
                    i == 1));
        }
        return new DatasetTemplate("bench-facility", "1", "ベンチマーク用施設一覧", "Benchmark facilities",
                java.util.Optional.empty(), "benchmark", io.github.civicdata.vocab.Confidence.LOCAL, true,
                "10 columns for the validation benchmark", "civicdata benchmarks", "", cols);
    }

    /**
     * Writes {@code rows} data rows.
     *
     * @return the number of bytes written
     */
    public static long write(Path file, long rows) throws IOException {
        Random rnd = new Random(20260401);
        String kana = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモ";
        String[] names = {"市民会館", "図書館", "体育館", "公民館", "市役所", "保育園", "消防署", "公園"};
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            w.write(String.join(",", HEADERS));
            w.write("\r\n");
            StringBuilder sb = new StringBuilder(160);
            for (long r = 1; r <= rows; r++) {
                sb.setLength(0);
                sb.append("132195,F").append(r).append(',');
                sb.append(names[(int) (r % names.length)]).append(r % 1000).append(',');
                for (int k = 0; k < 5; k++) {
                    sb.append(kana.charAt(rnd.nextInt(kana.length())));
                }
                sb.append(",東京都狛江市和泉本町").append(1 + r % 4).append('-').append(1 + r % 30).append(',');
                sb.append(String.format(Locale.ROOT, "35.%06d,139.%06d,", 600000 + rnd.nextInt(60000),
                        550000 + rnd.nextInt(60000)));
                sb.append("03-3430-").append(1000 + r % 9000).append(',');
                sb.append(r % 2 == 0 ? "09:00" : "08:30").append(',');
                if (r % 3 == 0) {
                    sb.append("土日休館");
                }
                sb.append("\r\n");
                w.append(sb);
            }
        }
        Path schema = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.csv$", "") + ".schema.json");
        Files.writeString(schema, """
                {"title": "benchmark facilities", "fields": [
                  {"name": "全国地方公共団体コード", "type": "string", "constraints": {"pattern": "[0-9]{6}"}},
                  {"name": "ID", "type": "string", "constraints": {"required": true, "unique": true}},
                  {"name": "名称", "type": "string", "constraints": {"required": true}},
                  {"name": "名称_カナ", "type": "string", "constraints": {"pattern": "[ァ-ヶー]+"}},
                  {"name": "所在地_連結表記", "type": "string"},
                  {"name": "緯度", "type": "number", "constraints": {"minimum": 20, "maximum": 46}},
                  {"name": "経度", "type": "number", "constraints": {"minimum": 122, "maximum": 154}},
                  {"name": "電話番号", "type": "string", "constraints": {"pattern": "[0-9-]+"}},
                  {"name": "開始時間", "type": "time"},
                  {"name": "備考", "type": "string"}]}
                """);
        return Files.size(file);
    }

    /**
     * Writes a large conforming file and its schema.
     *
     * @param args the output CSV path and the number of rows (default 10,000,000, about 1 GB)
     * @throws IOException if writing fails
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/civicdata-1gb.csv");
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
        long bytes = write(out, rows);
        System.out.printf(Locale.ROOT, "%s: %,d rows, %,d bytes%n", out, rows, bytes);
    }
}
