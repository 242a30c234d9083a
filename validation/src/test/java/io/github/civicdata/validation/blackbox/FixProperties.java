package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.validation.Fixer;
import io.github.civicdata.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The fixer's guarantees on generated messy tables, as municipal Excel exports make them: title
 * rows and blank rows above the header, blank and note rows among and below the data, trailing
 * empty columns, and cells with spaces for layout, half-width katakana, circled numbers and ㈱,
 * full-width digits and letters, 和暦 and unpadded dates, times like 9:00, thousands separators,
 * units, △ for minus, ditto marks, 5-digit 標準地域コード, latitude and longitude in one cell,
 * values that a spreadsheet would run as formulas; UTF-8 (with or without BOM) or CP932, LF or
 * CRLF.
 *
 * <ul>
 *   <li>{@link #fixingTwiceChangesNothing}: {@code fix(fix(x)) == fix(x)} byte for byte, and the
 *       second fix logs no change;
 *   <li>{@link #everyValueIsAccountedForAndWhatRemainsIsLogged}: {@link FixAudit}: every row and
 *       every non-blank cell of the input is in the output (unchanged or with log entries leading
 *       to its value) or in the sidecar, and every finding of the validator on the output whose
 *       rule a transformation that ran covers is logged as unfixable.
 * </ul>
 */
class FixProperties {

    private static final Fixer FIXER = Fixer.builder().build();
    private static final Validator VALIDATOR = Validator.builder().maxFindingsPerColumn(0).maxFindings(100_000)
            .build();

    /** One generated file: its bytes, name and what it holds (for the statistics). */
    record Messy(byte[] bytes, String name, List<String> features) {
        @Override
        public String toString() {
            return name + " " + features + "\n" + new String(bytes, name.contains("sjis")
                    ? Charset.forName("windows-31j") : StandardCharsets.UTF_8);
        }
    }

    @Property
    void fixingTwiceChangesNothing(@ForAll("messy") Messy m) throws IOException {
        Path dir = Files.createTempDirectory("fix-prop");
        try {
            Path in = dir.resolve(m.name());
            Files.write(in, m.bytes());
            FixAudit once = FixAudit.of(in, FIXER, Files.createDirectories(dir.resolve("once")));
            Statistics.label("features").collect(m.features().size() > 4 ? "5+" : String.valueOf(m.features().size()));
            Statistics.label("changes").collect(once.result.totalChanges() == 0 ? "0" : "1+");
            List<String> classes = IDEMPOTENCE_CLASSES.stream().filter(m.features()::contains).toList();
            Statistics.label("idempotence-class").collect(classes.isEmpty() ? "none" : String.join("+", classes));
            if (once.result.refused()) {
                // a header without names (unless a repeated header below is taken for the header) would
                // be read back as a blank row: refused
                assertThat(m.features()).as(m.toString()).contains("blank-header");
                assertThat(once.result.refusal().get().messageKey()).as(m.toString()).isEqualTo("fix.refused.blank-header");
                return;
            }
            FixAudit twice = FixAudit.of(once.output, FIXER, Files.createDirectories(dir.resolve("twice")));
            assertThat(Files.readAllBytes(twice.output)).as(m.toString())
                    .isEqualTo(Files.readAllBytes(once.output));
            assertThat(twice.result.totalChanges()).as(m.toString()).isZero();
        } finally {
            delete(dir);
        }
    }

    @Property
    void everyValueIsAccountedForAndWhatRemainsIsLogged(@ForAll("messy") Messy m) throws IOException {
        Path dir = Files.createTempDirectory("fix-prop");
        try {
            Path in = dir.resolve(m.name());
            Files.write(in, m.bytes());
            FixAudit a = FixAudit.of(in, FIXER, dir).validate(VALIDATOR);
            for (String f : m.features()) {
                Statistics.label("feature").collect(f);
            }
            assertThat(a.violations).as(m.toString()).isEmpty();
            if (a.result.refused()) {
                assertThat(m.features()).as(m.toString()).contains("blank-header");
                assertThat(a.result.refusal().get().messageKey()).as(m.toString()).isEqualTo("fix.refused.blank-header");
            }
            assertThat(a.remaining).as(m.toString())
                    .noneMatch(r -> r.finding().ruleId().equals("validation.internal-error"));
        } finally {
            delete(dir);
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ the generator

    private static final String[] NAMES = {"みどり台市民センター", "さくら公園", "第二図書館", "あおば体育館", "中央公民館",
        "ゆうゆう児童館", "ひかり保育園", "北部出張所"};
    private static final String[] KANA_HALF = {"ﾐﾄﾞﾘﾀﾞｲ", "ｻｸﾗｺｳｴﾝ", "ﾀﾞｲﾆﾄｼｮｶﾝ", "ｾﾝﾀｰ", "ﾌｧｰｽﾄ"};
    private static final String[] KANA_FULL = {"ミドリダイ", "サクラコウエン", "ダイニトショカン", "センター"};
    private static final String[] ADDRESS = {"東京都狛江市和泉本町１丁目１番１号", "東京都狛江市西和泉2-3-4",
        "東京都狛江市中和泉３－５－６", "東京都狛江市元和泉1-7-8"};
    private static final String[] DATES = {"2024-04-01", "令和6年4月1日", "平成31年4月1日", "2023/4/1", "R5.10.2",
        "2020年5月3日", "令和元年5月1日"};
    private static final String[] TITLES = {"令和6年度 施設一覧（狛江市）", "施設一覧", "（単位：円）", "作成日,2024-04-01"};
    private static final String[] NOTES = {"※ 令和6年4月1日現在", "出典：狛江市（架空のデータ）", "注1 数値は速報値",
        "備考：休館日を除く"};

    /**
     * Features of inputs whose first fix was once not a fixed point: a column numeric only once its
     * values are fixed (circled digits, ditto marks under numbers), a last row holding only a key
     * (or a ditto mark that becomes one), a header without names, a {@code #} row that removed
     * blank rows leave under the header, latitude and longitude in one cell that are a pair only
     * once an invisible character is removed.
     */
    static final List<String> IDEMPOTENCE_CLASSES = List.of("numeric-once-fixed", "key-only-row", "blank-header",
            "hash-row-after-blank", "pair-once-fixed");

    @Provide
    Arbitrary<Messy> messy() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(1, 25),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 3)).as((seed, rows, titles, notes, encoding) -> build(seed, rows,
                        titles, notes, encoding, true));
    }

    /** A messy table without the {@link #IDEMPOTENCE_CLASSES} (the inputs of {@code FixOutputsUnchangedTest}). */
    static Messy build(long seed, int rows, int titles, int notes, int encoding) {
        return build(seed, rows, titles, notes, encoding, false);
    }

    /**
     * A messy table; with {@code classes}, also the {@link #IDEMPOTENCE_CLASSES}, drawn from a random
     * source of their own, so that the tables without them stay what they were.
     */
    static Messy build(long seed, int rows, int titles, int notes, int encoding, boolean classes) {
        Random rnd = new Random(seed);
        Random extra = new Random(seed * 31 + 7);
        List<String> features = new ArrayList<>();
        // columns: 0 NO, then a random choice of the others
        List<Integer> kinds = new ArrayList<>(List.of(0));
        for (int k = 1; k <= 10; k++) {
            if (rnd.nextInt(3) > 0) {
                kinds.add(k);
            }
        }
        if (kinds.size() < 2) {
            kinds.add(1);
        }
        String[] header = {"NO", "名称", "名称_カナ", "住所", "金額", "人数", "開設日", "開始時間", "全国地方公共団体コード",
            "位置", "備考"};
        List<List<String>> lines = new ArrayList<>();
        for (int t = 0; t < titles; t++) {
            lines.add(List.of(TITLES[rnd.nextInt(TITLES.length)].split(",", -1)));
            if (rnd.nextBoolean()) {
                lines.add(List.of(""));
            }
            features.add("title");
        }
        List<String> h = new ArrayList<>();
        for (int k : kinds) {
            String n = header[k];
            if (k == 1 && rnd.nextInt(6) == 0) {
                n = "名　　称";
                features.add("spaced-header");
            }
            h.add(n);
        }
        boolean trailing = rnd.nextInt(4) == 0;
        if (trailing) {
            h.add("");
            h.add("");
            features.add("trailing-columns");
        }
        // the first column: numbers; keys with a letter (S001); or numbers of which some are numbers
        // only once fixed (③, 〃 under a number)
        int idMode = classes ? extra.nextInt(6) : 5;
        boolean pairMode = classes && extra.nextInt(3) == 0;
        if (classes && titles == 0 && extra.nextInt(10) == 0) {
            List<String> blank = new ArrayList<>();
            for (int i = 0; i < h.size(); i++) {
                blank.add(extra.nextBoolean() ? " " : "\u3000");
            }
            lines.add(blank);
            features.add("blank-header");
        } else {
            lines.add(h);
        }
        if (classes && titles == 0 && extra.nextInt(15) == 0) {
            lines.add(List.of(""));
            List<String> hash = new ArrayList<>(h);
            hash.set(0, "#property" + h.get(0));
            lines.add(hash);
            features.add("hash-row-after-blank");
        }
        for (int r = 1; r <= rows; r++) {
            List<String> row = new ArrayList<>();
            for (int k : kinds) {
                row.add(cell(k, r, rnd, features));
            }
            int pos = kinds.indexOf(9);
            if (pairMode && pos > 0 && extra.nextInt(3) > 0) {
                // a pair only once the invisible character goes (the column reads as pairs only once fixed)
                row.set(pos, row.get(pos).replace(",", ",\u200B"));
                features.add("pair-once-fixed");
            }
            if (idMode == 0) {
                row.set(0, String.format("S%03d", r));
            } else if (idMode == 1) {
                if (r >= 2 && extra.nextInt(3) == 0) {
                    row.set(0, "〃");
                } else if (r <= 20 && extra.nextBoolean()) {
                    row.set(0, String.valueOf((char) ('\u2460' + r - 1)));
                } else if (extra.nextInt(6) == 0) {
                    row.set(0, "△" + r);
                }
                features.add("numeric-once-fixed");
            }
            if (trailing) {
                row.add("");
                row.add("");
            }
            if (rnd.nextInt(15) == 0) {
                row.add("メモ");
                features.add("extra-cell");
            }
            lines.add(row);
            if (r < rows && rows > 4 && rnd.nextInt(30) == 0) {
                lines.add(h); // (after a blank row it would start a second table: refused, not generated)
                features.add("repeated-header");
            } else if (r < rows && idMode > 1 && rnd.nextInt(12) == 0) {
                // (not with text in the first column: after a blank row, a row of text reads as the
                // header of a second table, which is refused, not generated)
                lines.add(List.of(""));
                features.add("blank-row");
            }
        }
        if (idMode == 0 && extra.nextBoolean()) {
            lines.add(List.of(extra.nextBoolean() ? "同上" : String.format("S%03d", rows + 1)));
            features.add("key-only-row");
        }
        if (rows > 3 && rnd.nextInt(6) == 0) {
            List<String> total = new ArrayList<>();
            total.add("合計");
            for (int i = 1; i < h.size(); i++) {
                total.add(kinds.size() > i && (kinds.get(i) == 4 || kinds.get(i) == 5) ? "999" : "");
            }
            lines.add(total);
            features.add("total");
        }
        for (int n = 0; n < notes; n++) {
            if (rnd.nextBoolean()) {
                lines.add(List.of(""));
            }
            lines.add(List.of(NOTES[rnd.nextInt(NOTES.length)]));
            features.add("note");
        }
        String eol = rnd.nextBoolean() ? "\r\n" : "\n";
        StringBuilder sb = new StringBuilder();
        for (List<String> l : lines) {
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(TestCsv.quote(l.get(i)));
            }
            sb.append(eol);
        }
        String text = sb.toString();
        byte[] bytes;
        String name;
        if (encoding == 1 && Charset.forName("windows-31j").newEncoder().canEncode(text)) {
            bytes = text.getBytes(Charset.forName("windows-31j"));
            name = "messy_sjis.csv";
            features.add("cp932");
        } else if (encoding == 2) {
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            bytes = new byte[b.length + 3];
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
            System.arraycopy(b, 0, bytes, 3, b.length);
            name = "messy_bom.csv";
            features.add("bom");
        } else {
            bytes = text.getBytes(StandardCharsets.UTF_8);
            name = "messy.csv";
        }
        return new Messy(bytes, name, features);
    }

    private static String cell(int kind, int r, Random rnd, List<String> features) {
        int mess = rnd.nextInt(4);
        switch (kind) {
            case 0:
                return Integer.toString(r);
            case 1: {
                String n = NAMES[rnd.nextInt(NAMES.length)];
                if (mess == 0) {
                    features.add("edge-space");
                    return n + (rnd.nextBoolean() ? "  " : "　");
                }
                if (mess == 1 && rnd.nextBoolean()) {
                    features.add("machine-dependent");
                    return rnd.nextBoolean() ? "㈱" + n : "第" + "①②③".charAt(rnd.nextInt(3)) + n;
                }
                if (mess == 2 && rnd.nextInt(4) == 0) {
                    features.add("formula-like");
                    return "=" + n;
                }
                return n;
            }
            case 2:
                if (mess < 2) {
                    features.add("halfwidth-kana");
                    return KANA_HALF[rnd.nextInt(KANA_HALF.length)];
                }
                return KANA_FULL[rnd.nextInt(KANA_FULL.length)];
            case 3: {
                if (r > 1 && mess == 0 && rnd.nextInt(3) == 0) {
                    features.add("ditto");
                    return rnd.nextBoolean() ? "〃" : "同上";
                }
                String a = ADDRESS[rnd.nextInt(ADDRESS.length)];
                return a;
            }
            case 4: {
                int v = rnd.nextInt(2_000_000) - 100_000;
                if (mess == 0) {
                    features.add("separator");
                    return String.format("%,d", v);
                }
                if (mess == 1) {
                    features.add("unit");
                    return Math.abs(v) + "円";
                }
                if (mess == 2 && v < 0) {
                    features.add("triangle");
                    return "△" + (-v);
                }
                if (mess == 3 && rnd.nextInt(10) == 0) {
                    features.add("about");
                    return "約" + Math.abs(v);
                }
                return Integer.toString(v);
            }
            case 5: {
                int v = rnd.nextInt(500);
                if (mess == 0) {
                    features.add("fullwidth-digits");
                    StringBuilder sb = new StringBuilder();
                    for (char c : Integer.toString(v).toCharArray()) {
                        sb.append((char) (c - '0' + '０'));
                    }
                    return sb.toString();
                }
                if (mess == 1 && rnd.nextInt(8) == 0) {
                    features.add("secret-mark");
                    return "X";
                }
                return Integer.toString(v);
            }
            case 6: {
                String d = DATES[rnd.nextInt(DATES.length)];
                if (!d.startsWith("20") || d.contains("/")) {
                    features.add("date");
                }
                return d;
            }
            case 7: {
                int hour = 8 + rnd.nextInt(4);
                features.add("time");
                return hour + ":" + (rnd.nextBoolean() ? "00" : "30");
            }
            case 8:
                if (mess == 0) {
                    features.add("five-digit-code");
                    return "13219";
                }
                return "132195";
            case 9: {
                String lat = String.format("35.%06d", rnd.nextInt(999_999));
                String lon = String.format("139.%06d", rnd.nextInt(999_999));
                features.add("coordinates");
                return lat + "," + lon;
            }
            default: {
                if (mess == 0) {
                    features.add("multi-space");
                    return "休館日  月曜日";
                }
                if (mess == 2 && rnd.nextInt(3) == 0) {
                    features.add("unfixable-text");
                    return rnd.nextBoolean() ? "9時〜17時" : "月曜日\n（祝日を除く）";
                }
                if (mess == 1 && rnd.nextBoolean()) {
                    return "";
                }
                return "祝日を除く";
            }
        }
    }
}
