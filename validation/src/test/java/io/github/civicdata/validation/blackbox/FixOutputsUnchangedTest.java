package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.testing.Golden;
import io.github.civicdata.validation.FixOutputs;
import io.github.civicdata.validation.FixResult;
import io.github.civicdata.validation.Fixer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fixer's outputs are pinned byte for byte: for every input of the test corpus (the golden
 * rule files, the real municipal files, the examples, generated messy tables, generated
 * facility lists of 2,500 rows whose plan must be made again after row 1,000, an office workbook
 * and the workbooks of the hostile set), the fixed table,
 * the change log (CSV and JSON) and the sidecar are hashed (SHA-256) and compared with
 * {@code golden/fix/outputs-sha256.md}. The digests were made by the fixer before its speed work
 * (issue 14: validator scan flags reused, quick region checks): a faster fixer must write exactly
 * what the slower one wrote. A difference names the case and part; the outputs are left under
 * {@code target/fix-outputs} to compare. Regenerate deliberately with {@code -Dgolden.update=true}
 * (and say why in the commit).
 */
class FixOutputsUnchangedTest {

    private static final Path WORK = Path.of("target", "fix-outputs");

    /** One input fixed with one configuration. */
    private record Case(String id, Path input, Fixer fixer) {
    }

    @Test
    void everyOutputIsWhatTheFixerWroteBeforeItsSpeedWork() throws IOException {
        List<Case> cases = cases();
        StringBuilder digests = new StringBuilder();
        digests.append("# case | part | bytes | sha256 (FixOutputsUnchangedTest)\n");
        for (Case c : cases) {
            Path dir = Files.createDirectories(WORK.resolve("out").resolve(c.id()));
            Path table = dir.resolve("table.csv");
            Path log = dir.resolve("changes.csv");
            Path json = dir.resolve("changes.json");
            Path side = dir.resolve("sidecar.json");
            for (Path p : List.of(table, log, json, side)) {
                Files.deleteIfExists(p);
            }
            FixResult r = c.fixer().fix(c.input(), FixOutputs.builder().table(table).changes(log).sidecar(side)
                    .locale(Locale.ENGLISH).build());
            // the JSON log of a second run (the same run, logged as JSON) must agree with it too
            FixResult r2 = c.fixer().fix(c.input(), FixOutputs.builder().changes(json).locale(Locale.ENGLISH)
                    .build());
            assertThat(r2.changes()).as(c.id()).isEqualTo(r.changes());
            digests.append(c.id()).append(" | result | ").append(r.rowsWritten()).append(" rows, ")
                    .append(r.passes()).append(" pass(es), refused ").append(r.refused()).append(" | ")
                    .append(r.changes()).append('\n');
            for (Path p : List.of(table, log, json, side)) {
                digests.append(c.id()).append(" | ").append(p.getFileName()).append(" | ");
                if (Files.exists(p)) {
                    byte[] b = withoutInputName(Files.readAllBytes(p), c.input());
                    digests.append(b.length).append(" | ").append(sha256(b));
                } else {
                    digests.append("- | -");
                }
                digests.append('\n');
            }
        }
        assertThat(cases).hasSizeGreaterThan(150);
        Files.writeString(WORK.resolve("outputs.sha256"), digests.toString(), StandardCharsets.UTF_8);
        Golden.assertMatches("fix/outputs-sha256.md", digests.toString());
    }

    private static List<Case> cases() throws IOException {
        Fixer plain = Fixer.builder().build();
        Fixer aed = Fixer.builder().template("aed@2021-suisho").build();
        Fixer noLayout = Fixer.builder().skip("layout", "numbers").build();
        Fixer joined = Fixer.builder().enable("join-lines", "unique-headers").build();
        List<Case> cases = new ArrayList<>();
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/golden"))) {
            s.filter(p -> p.toString().matches(".*\\.(csv|tsv|txt|xlsx)$")).filter(p -> !p.toString()
                    .contains("golden/fix/")).sorted().forEach(inputs::add);
        }
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/realworld"))) {
            s.filter(p -> p.toString().endsWith(".csv")).sorted().forEach(inputs::add);
        }
        for (Path p : inputs) {
            cases.add(new Case(id(p), p, plain));
        }
        for (String f : List.of("aed_defects_sjis.csv", "aed_clean.csv")) {
            Path p = Path.of("../examples/data/validation", f);
            cases.add(new Case("examples_" + f, p, plain));
            cases.add(new Case("examples_" + f + "@aed", p, aed));
            cases.add(new Case("examples_" + f + "-skip", p, noLayout));
        }
        Path gen = Files.createDirectories(WORK.resolve("in"));
        for (int seed = 1; seed <= 40; seed++) {
            FixProperties.Messy m = FixProperties.build(seed, 1 + seed % 25, seed % 3, seed % 3, seed % 4);
            Path p = gen.resolve("messy" + seed + "_" + m.name());
            Files.write(p, m.bytes());
            cases.add(new Case("gen_" + p.getFileName(), p, plain));
            if (seed % 4 == 0) {
                cases.add(new Case("gen_" + p.getFileName() + "-skip", p, noLayout));
                cases.add(new Case("gen_" + p.getFileName() + "-join", p, joined));
            }
        }
        for (int seed = 1; seed <= 2; seed++) {
            FixProperties.Messy m = FixProperties.build(1000 + seed, 1500, 1, 1, seed);
            Path p = gen.resolve("messy_large" + seed + "_" + m.name());
            Files.write(p, m.bytes());
            cases.add(new Case("gen_" + p.getFileName(), p, plain));
        }
        // workbooks: the office export of FixXlsxTest (title block, merges, 和暦, formulas, hidden
        // row and column, a note) and the small workbooks of the hostile set
        Path office = gen.resolve("office.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                java.io.OutputStream o = Files.newOutputStream(office)) {
            FixXlsxTest.office(wb);
            wb.write(o);
        }
        cases.add(new Case("gen_office.xlsx", office, plain)); // its first sheet is empty: refused
        cases.add(new Case("gen_office.xlsx-sheet", office, Fixer.builder().sheet("AED一覧").build()));
        cases.add(new Case("gen_office.xlsx-sheet-skip", office, Fixer.builder().sheet("AED一覧")
                .skip("layout", "numbers").build()));
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/hostile"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList()) {
                cases.add(new Case(id(p), p, plain));
            }
        }
        for (int seed = 1; seed <= 3; seed++) {
            Path p = gen.resolve("facilities" + seed + ".csv");
            Files.writeString(p, facilities(seed, 2500), StandardCharsets.UTF_8);
            cases.add(new Case("gen_" + p.getFileName(), p, plain));
            cases.add(new Case("gen_" + p.getFileName() + "@aed", p, aed));
            cases.add(new Case("gen_" + p.getFileName() + "-skip", p, noLayout));
        }
        return cases;
    }

    private static String id(Path p) {
        return p.toString().replace("src/test/resources/", "").replace('/', '_').replace('\\', '_');
    }

    /**
     * The output with the input's name (as given, or absolute: it is written into every log line and
     * the sidecar) replaced by {@code <input>}, so that the digest does not depend on where the
     * project is checked out.
     */
    private static byte[] withoutInputName(byte[] b, Path input) {
        String t = new String(b, StandardCharsets.UTF_8);
        String u = t.replace(input.toAbsolutePath().normalize().toString(), "<input>")
                .replace(input.toAbsolutePath().toString(), "<input>").replace(input.toString(), "<input>");
        return u.equals(t) ? b : u.getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A facility list like the benchmark's (code, ID, name, kana, address, latitude, longitude,
     * phone, postal code, opening time, fee, remarks), mostly clean, with the values whose checks
     * the fixer shortcuts: phone numbers and postal codes that lost their 0 (and ones that only
     * look like it), full-width digits, pairs of coordinates, 5-digit codes, unpadded times, and a
     * fee column whose unit first appears after row 1,000 (the plan is made again).
     */
    static String facilities(long seed, int rows) {
        Random rnd = new Random(seed);
        StringBuilder sb = new StringBuilder();
        sb.append("全国地方公共団体コード,ID,名称,名称_カナ,所在地_連結表記,緯度,経度,電話番号,郵便番号,開始時間,料金,備考\r\n");
        String kana = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモ";
        String[] names = {"市民会館", "図書館", "体育館", "公民館", "市役所", "保育園", "消防署", "公園"};
        for (int r = 1; r <= rows; r++) {
            int m = rnd.nextInt(40);
            sb.append(m == 0 ? "13219" : m == 1 ? "１３２１９５" : "132195").append(',');
            sb.append('F').append(r).append(',');
            sb.append(m == 2 ? "㈱" : "").append(names[r % names.length]).append(r % 1000).append(m == 3 ? " " : "")
                    .append(',');
            for (int k = 0; k < 5; k++) {
                sb.append(kana.charAt(rnd.nextInt(kana.length())));
            }
            sb.append(m == 4 ? "ｶﾅ" : "").append(',');
            sb.append("東京都狛江市和泉本町").append(1 + r % 4).append('-').append(1 + r % 30).append(',');
            String lat = String.format(Locale.ROOT, "35.%06d", 600000 + rnd.nextInt(60000));
            String lon = String.format(Locale.ROOT, "139.%06d", 550000 + rnd.nextInt(60000));
            if (m == 5) {
                sb.append('"').append(lat).append(',').append(lon).append("\",,");
            } else {
                sb.append(m == 6 ? "北緯" + lat : lat).append(',').append(lon).append(',');
            }
            int tail = 1000 + r % 9000;
            switch (m) {
                case 7 -> sb.append("33430").append(tail); // 9 digits: a lost 0
                case 8 -> sb.append("9012345").append(tail % 1000); // 10 digits: 090… without its 0
                case 9 -> sb.append("1234567").append(tail % 1000); // 10 digits that are no lost 0
                case 10 -> sb.append("０３-３４３０-").append(tail);
                case 11 -> sb.append("3430").append(tail); // 8 digits: not a lost 0
                case 12 -> sb.append("TEL 03-3430-").append(tail);
                default -> sb.append("03-3430-").append(tail);
            }
            sb.append(',');
            switch (m % 5) {
                case 0 -> sb.append("201").append(String.format(Locale.ROOT, "%03d", r % 1000)); // 6 digits: lost 0
                case 1 -> sb.append("20").append(r % 1000); // 4-5 digits
                case 2 -> sb.append("201-").append(String.format(Locale.ROOT, "%04d", r % 10000));
                default -> sb.append("2010001");
            }
            sb.append(',');
            sb.append(m == 13 ? "9:00" : r % 2 == 0 ? "09:00" : "08:30").append(',');
            int fee = rnd.nextInt(3000);
            sb.append(r > 1200 && m == 14 ? fee + "円" : m == 15 ? String.format(Locale.ROOT, "%,d", fee * 10)
                    : Integer.toString(fee)).append(',');
            sb.append(m == 16 ? "令和5年4月1日開館" : m == 17 ? "〃" : r % 3 == 0 ? "土日休館" : "").append("\r\n");
        }
        return sb.toString();
    }
}
