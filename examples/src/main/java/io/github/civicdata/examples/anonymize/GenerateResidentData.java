package io.github.civicdata.examples.anonymize;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Generates the synthetic resident table of the anonymisation example
 * ({@code examples/data/anonymize/residents.csv}): 3,000 invented residents of ten 町字 in three
 * municipalities of Kumamoto prefecture, with age, sex, household type and a sensitive column
 * (要介護度, long-term care level, more frequent with age). Names and IDs are invented; no real
 * person is described. Deterministic (fixed seed), so the committed file can be regenerated.
 *
 * <p>Run from the repository root:
 * <pre>
 * mvn -B -q package -DskipTests
 * java -cp cli/target/civicdata.jar:examples/target/classes \
 *     io.github.civicdata.examples.anonymize.GenerateResidentData examples/data/anonymize
 * </pre>
 */
public final class GenerateResidentData {

    /** Towns (町字) and their municipality. */
    static final String[][] TOWNS = {
        {"中央区手取本町", "熊本市"}, {"中央区水前寺", "熊本市"}, {"東区健軍", "熊本市"}, {"北区植木町", "熊本市"},
        {"須屋", "合志市"}, {"御代志", "合志市"}, {"竹迫", "合志市"},
        {"津久礼", "菊陽町"}, {"原水", "菊陽町"}, {"光の森", "菊陽町"},
    };

    /** Municipalities with their (illustrative) local-government code and prefecture. */
    static final String[][] MUNICIPALITIES = {
        {"431001", "熊本市", "熊本県"}, {"432164", "合志市", "熊本県"}, {"434043", "菊陽町", "熊本県"},
    };

    private static final String[] FAMILY = {"佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "山本", "中村", "小林", "加藤",
        "吉田", "山田", "松本", "井上", "木村", "坂本", "村上", "緒方", "西村", "森"};
    private static final String[] GIVEN = {"太郎", "花子", "一郎", "美咲", "健", "陽菜", "翔", "結衣", "大輔", "さくら",
        "誠", "恵", "隆", "裕子", "蓮", "葵"};
    private static final String[] HOUSEHOLD = {"単身", "夫婦のみ", "夫婦と子", "ひとり親と子", "三世代", "その他"};
    private static final String[] CARE = {"非該当", "要支援1", "要支援2", "要介護1", "要介護2", "要介護3", "要介護4", "要介護5"};

    private GenerateResidentData() {
    }

    /**
     * Writes residents.csv, towns.csv and municipalities.csv into the given folder.
     *
     * @param args the output folder (default {@code examples/data/anonymize})
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "examples/data/anonymize");
        Files.createDirectories(dir);
        Random rnd = new Random(20240401L);
        try (Writer w = Files.newBufferedWriter(dir.resolve("residents.csv"), StandardCharsets.UTF_8)) {
            w.write("住民ID,氏名,年齢,性別,町字,世帯類型,要介護度\r\n");
            for (int i = 1; i <= 3000; i++) {
                int age = ageOf(rnd);
                String sex = rnd.nextBoolean() ? "男" : "女";
                String town = TOWNS[Math.min(TOWNS.length - 1, (int) Math.abs(rnd.nextGaussian() * 3.2))][0];
                String household = age < 18 ? (rnd.nextInt(5) == 0 ? "ひとり親と子" : "夫婦と子")
                        : HOUSEHOLD[age > 70 ? rnd.nextInt(3) : rnd.nextInt(HOUSEHOLD.length)];
                String care = careOf(rnd, age);
                w.write(String.format("%08d,%s %s,%d,%s,%s,%s,%s\r\n", 43_000_000 + i * 7,
                        FAMILY[rnd.nextInt(FAMILY.length)], GIVEN[rnd.nextInt(GIVEN.length)], age, sex, town,
                        household, care));
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("towns.csv"), StandardCharsets.UTF_8)) {
            w.write("町字,市区町村\r\n");
            for (String[] t : TOWNS) {
                w.write(t[0] + "," + t[1] + "\r\n");
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("municipalities.csv"), StandardCharsets.UTF_8)) {
            w.write("団体コード,市区町村,都道府県\r\n");
            for (String[] m : MUNICIPALITIES) {
                w.write(String.join(",", List.of(m)) + "\r\n");
            }
        }
    }

    private static int ageOf(Random rnd) {
        int a = (int) Math.round(rnd.nextGaussian() * 24 + 48);
        return Math.max(0, Math.min(104, a));
    }

    private static String careOf(Random rnd, int age) {
        if (age < 65) {
            return rnd.nextInt(40) == 0 ? CARE[1 + rnd.nextInt(3)] : CARE[0];
        }
        double p = Math.min(0.9, (age - 60) / 40.0);
        if (rnd.nextDouble() > p) {
            return CARE[0];
        }
        return CARE[1 + rnd.nextInt(CARE.length - 1)];
    }
}
