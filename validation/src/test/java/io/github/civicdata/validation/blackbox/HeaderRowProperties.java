package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Report;
import io.github.civicdata.validation.Validator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The header row is found by evidence whatever comes above it: generated tables (labels over at
 * least one column of numbers or dates, text columns that repeat choices) under a generated
 * preamble of title rows, key-value rows as offices write them ({@code 作成日,2024-04-01},
 * {@code 単位,人}, {@code 出典,住民基本台帳,,担当,市民課}), notes and blank rows. The report must
 * name the generated header's line in L3-01 (when there is a preamble), count exactly the data
 * rows, and locate every cell finding under one of the generated column names.
 */
class HeaderRowProperties {

    private static final Validator VALIDATOR = Validator.builder().detectTemplate(false).build();

    private static final String[] LABELS = {"地区", "施設名", "人口", "世帯数", "面積", "定員", "開設日", "区分",
        "利用者数", "件数", "所在地", "備考欄", "年度", "金額"};
    private static final String[] NAMES = {"北地区", "南地区", "東地区", "西地区", "中央地区", "本町", "新町", "旭町"};
    private static final String[] CHOICES = {"公立", "私立", "その他"};

    /** One generated case: CSV lines, the header's 1-based line, the column names, data rows. */
    record Case(List<String> lines, int headerLine, List<String> names, int dataRows, String preamble) {
    }

    @Property
    void theGeneratedHeaderIsChosen(@ForAll("cases") Case c) {
        String csv = String.join("\r\n", c.lines()) + "\r\n";
        Report r = VALIDATOR.validate(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv");
        Statistics.label("preamble").collect(c.preamble().isEmpty() ? "none" : c.preamble());
        Statistics.label("header line").collect(c.headerLine() == 1 ? "1" : c.headerLine() <= 4 ? "2-4" : "5+");
        assertThat(r.sources().get(0).rows()).as(csv).hasValue(c.dataRows());
        Set<String> names = new HashSet<>(c.names());
        for (Finding f : r.findings()) {
            assertThat(f.ruleId()).as(csv).isNotIn("L1-05", "extra-cell", "missing-cell", "validation.internal-error");
            if (f.location().row().isPresent() && f.location().header().isPresent()) {
                assertThat(names).as(csv).contains(f.location().header().get());
            }
            if (f.ruleId().equals("L3-01") && !f.messageKey().equals("L3-01.between")) {
                assertThat(f.arguments().get(0)).as(csv).isEqualTo((long) c.headerLine());
            }
        }
        if (c.headerLine() > 1) {
            assertThat(r.findings()).as(csv).anyMatch(f -> f.ruleId().equals("L3-01"));
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Integer> width = Arbitraries.integers().between(2, 6);
        Arbitrary<Integer> rows = Arbitraries.integers().between(3, 14);
        Arbitrary<List<Integer>> preamble = Arbitraries.integers().between(0, 5).list().ofMaxSize(4);
        Arbitrary<Long> seed = Arbitraries.longs();
        return Combinators.combine(width, rows, preamble, seed).as(HeaderRowProperties::build);
    }

    private static Case build(int width, int rows, List<Integer> preambleKinds, long seed) {
        Random rnd = new Random(seed);
        // column kinds: 0 text names, 1 integers, 2 dates, 3 choices; at least one typed column
        int[] kind = new int[width];
        kind[0] = 0;
        for (int i = 1; i < width; i++) {
            kind[i] = rnd.nextInt(4);
        }
        kind[1 + rnd.nextInt(width - 1)] = 1 + rnd.nextInt(2);
        List<String> names = new ArrayList<>();
        List<String> pool = new ArrayList<>(List.of(LABELS));
        java.util.Collections.shuffle(pool, rnd);
        for (int i = 0; i < width; i++) {
            names.add(pool.get(i));
        }
        List<String> lines = new ArrayList<>();
        StringBuilder kinds = new StringBuilder();
        for (int p : preambleKinds) {
            String pad = ",".repeat(width - 1);
            switch (p) {
                case 0 -> lines.add("令和6年度 " + names.get(0) + "別一覧" + pad);
                case 1 -> lines.add(pad);
                case 2 -> lines.add("作成日,2024-04-01" + ",".repeat(Math.max(0, width - 2)));
                case 3 -> lines.add("単位,人" + ",".repeat(Math.max(0, width - 2)));
                case 4 -> lines.add("※ 令和6年4月1日現在" + pad);
                default -> lines.add(width >= 5 ? "出典,住民基本台帳,,担当,市民課" + ",".repeat(width - 5)
                        : "出典,住民基本台帳" + ",".repeat(Math.max(0, width - 2)));
            }
            kinds.append(p == 0 ? "title " : p == 1 ? "blank " : p == 4 ? "note " : "key-value ");
        }
        int headerLine = lines.size() + 1;
        lines.add(String.join(",", names));
        for (int r = 0; r < rows; r++) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                cells.add(switch (kind[i]) {
                    case 0 -> NAMES[(r + rnd.nextInt(2)) % NAMES.length] + (r + 1);
                    case 1 -> Integer.toString(10 + rnd.nextInt(5000));
                    case 2 -> String.format("2024-%02d-%02d", 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
                    default -> CHOICES[rnd.nextInt(CHOICES.length)];
                });
            }
            lines.add(String.join(",", cells));
        }
        return new Case(lines, headerLine, names, rows, kinds.toString().trim());
    }
}
