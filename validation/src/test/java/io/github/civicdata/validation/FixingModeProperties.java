package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 14 (speed): the fixer runs the validator's detection in its fixing mode
 * ({@link TableProcessor#observer(TableObserver, boolean)}, {@link CellChecks#observed(boolean)}),
 * which leaves out the findings the fixer discards and the statistics only they need. The fixer's
 * decisions must not change: every output (fixed table, change log, sidecar) and the result are
 * byte for byte those of the full detection ({@code Fixer.Builder.fullDetection(true)}), on
 * generated messy tables (ragged rows, notes, totals, repeated headers, ditto marks, dates, units,
 * formulas, ward names without their city, coordinate pairs, codes …; with and without the codes
 * transformation, with a template) and on every CSV input of the golden suite.
 */
class FixingModeProperties {

    @Property(tries = 300)
    void theFixingModeMakesTheSameOutputs(@ForAll("messy") Table t) throws IOException {
        Path dir = Files.createTempDirectory("fix-mode");
        try {
            Path in = dir.resolve(t.name());
            Files.write(in, t.bytes());
            for (String f : new java.util.LinkedHashSet<>(t.features())) {
                Statistics.label("feature").collect(f);
            }
            Statistics.label("configuration").collect(t.config());
            UnaryOperator<Fixer.Builder> config = switch (t.config()) {
                case "skip-codes" -> b -> b.skip("codes");
                case "template" -> b -> b.template("aed");
                case "join-lines" -> b -> b.enable("join-lines", "unique-headers");
                default -> b -> b;
            };
            List<String> full = run(in, config.apply(Fixer.builder()).fullDetection(true), dir.resolve("full"));
            List<String> fixing = run(in, config.apply(Fixer.builder()), dir.resolve("fixing"));
            assertThat(full.get(0)).as(t.toString()).doesNotContain(Validator.INTERNAL_ERROR);
            Statistics.label("ward names logged").collect(full.get(2).contains("L3-06"));
            assertThat(fixing).as(t.toString()).isEqualTo(full);
        } finally {
            delete(dir);
        }
    }

    @Example
    void everyGoldenInputIsFixedTheSameInTheFixingMode() throws IOException {
        Path dir = Files.createTempDirectory("fix-mode");
        try {
            for (Path f : PipelineEquivalenceTest.goldenInputs()) {
                List<String> full = run(f, Fixer.builder().fullDetection(true), dir.resolve("full"));
                List<String> fixing = run(f, Fixer.builder(), dir.resolve("fixing"));
                assertThat(fixing).as(f.toString()).isEqualTo(full);
            }
            for (long seed = 1; seed <= 2; seed++) {
                Path f = dir.resolve("generated-" + seed + ".csv");
                Files.write(f, PipelineEquivalenceTest.generated(new Random(seed), 3_000, StandardCharsets.UTF_8));
                assertThat(run(f, Fixer.builder().threads(2).pipelineThreshold(0), dir.resolve("fixing")))
                        .isEqualTo(run(f, Fixer.builder().threads(2).pipelineThreshold(0).fullDetection(true),
                                dir.resolve("full")));
            }
        } finally {
            delete(dir);
        }
    }

    /** The result and each output of one fix, as text (bytes read as ISO-8859-1: compared byte for byte). */
    private static List<String> run(Path f, Fixer.Builder b, Path out) throws IOException {
        Files.createDirectories(out);
        Path table = out.resolve("table.csv");
        Path log = out.resolve("changes.csv");
        Path side = out.resolve("sidecar.json");
        for (Path p : List.of(table, log, side)) {
            Files.deleteIfExists(p);
        }
        List<String> parts = new ArrayList<>();
        try {
            FixResult r = b.build().fix(f, FixOutputs.builder().table(table).changes(log).sidecar(side)
                    .locale(Locale.ENGLISH).build());
            parts.add(r.toString());
        } catch (RuntimeException e) {
            parts.add(e.getClass().getName() + ": " + e.getMessage());
        }
        for (Path p : List.of(table, log, side)) {
            parts.add(Files.exists(p) ? new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1)
                    .replace(out.toString(), "OUT") : "-");
        }
        return parts;
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ the generator

    /** One generated file, the fixer's configuration and what the file holds (for the statistics). */
    record Table(byte[] bytes, String name, String config, List<String> features) {
        @Override
        public String toString() {
            return name + " " + config + " " + features + "\n" + new String(bytes,
                    name.contains("sjis") ? Charset.forName("windows-31j") : StandardCharsets.UTF_8);
        }
    }

    private static final String[] HEADERS = {"NO", "名称", "名称_カナ", "住所", "金額", "開設日", "開始時間",
        "全国地方公共団体コード", "区", "位置", "電話番号", "備考", "設置者", "緯度"};

    /** Values per column kind; the first of each is clean. */
    private static final String[][] VALUES = {
        {},
        {"中央公民館", "さくら公園 ", "㈱みどり", "第①会議室", "=SUM(A1)", "  ", "名　称", "〃", "-", "A、B"},
        {"サクラコウエン", "ｻｸﾗｺｳｴﾝ", "ﾀﾞｲﾆ", "センター"},
        {"東京都狛江市和泉本町1-1", "同上", "〃", "東京都狛江市中和泉３－５－６", "\"東京都\n狛江市\""},
        {"1200", "1,234円", "△5", "約12", "5²", "１２３", "-", "※", "12 kg", "1,200"},
        {"2024-04-01", "令和6年4月1日", "R5.10.2", "2023/4/1", "平成31年4月1日", "不明", "2024-4-1"},
        {"09:00", "9:00", "９：００", "終日", "9時"},
        {"132195", "13219", "13219X", "１３２１９５"},
        {"東区", "博多区", "中央区", "北区", "西区"},
        {"35.65,139.55", "35.6 139.5", "139.55,35.65", "不明"},
        {"03-3430-1001", "0334301001", "3430-1001", "03（3430）1001"},
        {"", "休館日：月曜", "A/B", "1・2・3", "注1"},
        {"狛江市", "市", "㈱テスト", "NPO法人 みどり"},
        {"35.654774", "35.65°", "135", "北緯35度"},
    };

    private static final String[] TITLES = {"令和6年度 施設一覧", "（単位：円）", "作成日,2024-04-01"};
    private static final String[] NOTES = {"※ 令和6年4月1日現在", "出典：狛江市", "注1 数値は速報値"};

    @Provide
    Arbitrary<Table> messy() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(1, 60),
                Arbitraries.of("default", "skip-codes", "template", "join-lines"), Arbitraries.integers().between(0, 9))
                .as(FixingModeProperties::build);
    }

    static Table build(long seed, int rows, String config, int messiness) {
        Random rnd = new Random(seed);
        List<String> features = new ArrayList<>();
        List<Integer> kinds = new ArrayList<>();
        if (rnd.nextBoolean()) {
            kinds.add(0);
        }
        for (int k = 1; k < HEADERS.length; k++) {
            if (rnd.nextInt(3) == 0) {
                kinds.add(k);
            }
        }
        while (kinds.size() < 2) {
            kinds.add(1 + rnd.nextInt(HEADERS.length - 1));
        }
        if (kinds.contains(8)) {
            features.add(kinds.contains(7) ? "wards with a code column" : "wards");
        }
        List<List<String>> lines = new ArrayList<>();
        if (rnd.nextInt(4) == 0) {
            lines.add(List.of(TITLES[rnd.nextInt(TITLES.length)].split(",", -1)));
            lines.add(List.of(""));
            features.add("title");
        }
        List<String> h = new ArrayList<>();
        for (int k : kinds) {
            h.add(HEADERS[k]);
        }
        lines.add(h);
        for (int r = 1; r <= rows; r++) {
            List<String> row = new ArrayList<>();
            for (int k : kinds) {
                if (k == 0) {
                    row.add(Integer.toString(rnd.nextInt(40) == 0 ? r + 5 : r));
                    continue;
                }
                String[] v = VALUES[k];
                boolean messy = rnd.nextInt(10) < messiness;
                row.add(messy ? v[rnd.nextInt(v.length)] : v[0]);
                if (messy) {
                    features.add("messy cell");
                }
            }
            int shape = rnd.nextInt(40);
            if (shape == 0 && row.size() > 1) {
                row.remove(row.size() - 1);
                features.add("missing cell");
            } else if (shape == 1) {
                row.add("メモ");
                features.add("extra cell");
            } else if (shape == 2) {
                row.replaceAll(x -> "");
                features.add("empty cells");
            }
            lines.add(row);
            int after = rnd.nextInt(40);
            if (r < rows && after == 0) {
                lines.add(h);
                features.add("repeated header");
            } else if (r < rows && after == 1) {
                lines.add(List.of(""));
                features.add("blank row");
            } else if (r < rows && after == 2) {
                lines.add(List.of(NOTES[rnd.nextInt(NOTES.length)]));
                features.add("note among the data");
            }
        }
        if (rows > 3 && rnd.nextInt(5) == 0) {
            List<String> total = new ArrayList<>(List.of("合計"));
            for (int i = 1; i < h.size(); i++) {
                total.add(rnd.nextBoolean() ? "999" : "");
            }
            lines.add(total);
            features.add("total");
        }
        if (rnd.nextInt(3) == 0) {
            lines.add(List.of(""));
            lines.add(List.of(NOTES[rnd.nextInt(NOTES.length)]));
            features.add("note below");
        }
        String eol = rnd.nextBoolean() ? "\r\n" : "\n";
        StringBuilder sb = new StringBuilder();
        for (List<String> l : lines) {
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                String c = l.get(i);
                sb.append(c.startsWith("\"") || c.indexOf(',') < 0 ? c : '"' + c + '"');
            }
            sb.append(eol);
        }
        String text = sb.toString();
        Charset sjis = Charset.forName("windows-31j");
        if (rnd.nextInt(3) == 0 && sjis.newEncoder().canEncode(text)) {
            features.add("cp932");
            return new Table(text.getBytes(sjis), "messy_sjis.csv", config, features);
        }
        return new Table(text.getBytes(StandardCharsets.UTF_8), "messy.csv", config, features);
    }
}
