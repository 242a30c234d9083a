package io.github.civicdata.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.testing.Golden;
import io.github.civicdata.core.Severity;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import io.github.civicdata.core.encoding.EncodingDetector;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The オープンデータ一覧 (06) in its current 45-column layout: writing, reading, and what each loses. */
class OpenDataListTest {

    /** Every column the layout maps, several distributions, extras for the unmapped columns. */
    static DatasetRecord toilet() {
        return DatasetRecord.builder("aobadai-public-toilet", BilingualText.of("公衆トイレ一覧", "Public toilets"),
                        Publisher.of(LocalGovernmentCode.parse("132993"), "青葉台市"))
                .description(BilingualText.of("市内の公衆トイレの所在地、\n\"多目的トイレ\"の有無、利用時間です。"))
                .keyword("トイレ", "バリアフリー")
                .theme(StatisticalField.values()[3], StatisticalField.values()[0])
                .license(KnownLicense.CC_BY_4_0)
                .issued(LocalDate.of(2023, 4, 1)).modified(LocalDate.of(2024, 10, 1))
                .accrualPeriodicity(Frequency.MONTHLY)
                .spatial(LocalGovernmentCode.parse("132993"))
                .temporal(new TemporalCoverage(java.util.Optional.of(LocalDate.of(2024, 4, 1)), java.util.Optional.empty()))
                .conformsTo(TemplateRef.of("public-toilet", "2026-08"))
                .landingPage(URI.create("https://www.city.aobadai.example.lg.jp/opendata/toilet.html"))
                .contactPoint(ContactPoint.builder("環境部 環境衛生課").email("kankyo@city.aobadai.example.lg.jp")
                        .telephone("042-000-0000").url(URI.create("https://www.city.aobadai.example.lg.jp/form")).build())
                .distribution(Distribution.builder("CSV").title("公衆トイレ一覧（CSV）").mediaType("text/csv")
                        .downloadUrl(URI.create("https://www.city.aobadai.example.lg.jp/opendata/toilet.csv"))
                        .byteSize(10_240).characterEncoding("UTF-8").bom(true).build())
                .distribution(Distribution.builder("XLSX").description("Excel版, 同じ内容")
                        .accessUrl(URI.create("https://www.city.aobadai.example.lg.jp/opendata/"))
                        .downloadUrl(URI.create("https://www.city.aobadai.example.lg.jp/opendata/toilet.xlsx")).build())
                .extra("opendata-list:データセット_作成者", "青葉台市 環境衛生課")
                .extra("opendata-list:ファイル_ステータス#2", "配信中")
                .build();
    }

    static DatasetRecord minimal() {
        return DatasetRecord.builder("aobadai-aed", BilingualText.of("AED設置箇所一覧"),
                Publisher.of(LocalGovernmentCode.parse("132993"))).build();
    }

    private static String write(List<DatasetRecord> records, List<Finding> notWritten) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        notWritten.addAll(OpenDataList.write(records, out));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesTheCurrentLayoutOneRowPerDistribution() {
        List<Finding> lost = new java.util.ArrayList<>();
        String csv = write(List.of(toilet(), minimal()), lost);
        Golden.assertMatches("opendata-list/two-records.csv", csv);
        assertThat(csv).startsWith("\uFEFFデータセット_ID,全国地方公共団体コード,地方公共団体名,");
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0).split(",", -1)).hasSize(45);
        assertThat(OpenDataList.HEADER).hasSize(45).doesNotHaveDuplicates();
        assertThat(lost).extracting(f -> f.arguments().get(1)).containsExactly("/title/en",
                "/distributions/0/mediaType", "/distributions/0/characterEncoding", "/distributions/0/bom");
        assertThat(lost).allMatch(f -> f.severity() == Severity.INFO);
    }

    @Test
    void readingBackLosesNothingTheLayoutHolds() {
        List<Finding> lost = new java.util.ArrayList<>();
        String csv = write(List.of(toilet(), minimal()), lost);
        RecordReadResult r = OpenDataList.reader().build().read(csv.getBytes(StandardCharsets.UTF_8), "06.csv");
        assertThat(r.findings()).isEmpty();
        assertThat(r.records()).hasSize(2);
        DatasetRecord expected = toilet().toBuilder().title(BilingualText.of("公衆トイレ一覧"))
                .distributions(List.of(
                        Distribution.builder("CSV").title("公衆トイレ一覧（CSV）")
                                .downloadUrl(URI.create("https://www.city.aobadai.example.lg.jp/opendata/toilet.csv"))
                                .byteSize(10_240).build(),
                        toilet().distributions().get(1)))
                .build();
        assertThat(r.records().get(0)).isEqualTo(expected);
        assertThat(r.records().get(1)).isEqualTo(minimal());
        assertThat(write(r.records(), new java.util.ArrayList<>())).isEqualTo(csv);
    }

    private static RecordReadResult read(String csv) {
        return OpenDataList.reader().build().read(csv.getBytes(StandardCharsets.UTF_8), "06.csv");
    }

    private static String row(String... pairs) {
        String[] cells = new String[45];
        java.util.Arrays.fill(cells, "");
        for (int i = 0; i < pairs.length; i += 2) {
            cells[OpenDataList.HEADER.indexOf(pairs[i])] = pairs[i + 1];
        }
        return String.join(",", cells) + "\r\n";
    }

    @Test
    void everyRowIsAccountedFor() {
        String header = String.join(",", OpenDataList.HEADER) + "\r\n";
        RecordReadResult r = read(header
                + row("データセット_ID", "a", "全国地方公共団体コード", "132993", "データセット_タイトル", "A",
                        "データセット_公開日", "令和6年4月1日", "ファイル_形式", "CSV", "ファイル_ライセンス", "CC-BY-4.0")
                + row("データセット_ID", "a", "全国地方公共団体コード", "132993", "データセット_タイトル", "A2",
                        "ファイル_形式", "PDF", "ファイル_ライセンス", "CC0-1.0")
                + row("データセット_ID", "b", "全国地方公共団体コード", "132993", "データセット_タイトル", "B",
                        "ファイル_タイトル", "no format")
                + row("全国地方公共団体コード", "132993", "データセット_タイトル", "C")
                + row("データセット_ID", "d", "全国地方公共団体コード", "1329", "データセット_タイトル", "D")
                + "x,y\r\n");
        assertThat(r.records()).extracting(DatasetRecord::identifier).containsExactly("a", "b");
        DatasetRecord a = r.records().get(0);
        assertThat(a.issued()).isEmpty();
        assertThat(a.distributions()).extracting(Distribution::format).containsExactly("CSV", "PDF");
        assertThat(a.license()).contains(KnownLicense.CC_BY_4_0);
        assertThat(r.records().get(1).distributions()).isEmpty();
        assertThat(r.findings()).extracting(f -> f.location().line().orElse(0) + " " + f.messageKey())
                .containsExactly(
                        "2 metadata.value.date",
                        "3 metadata.opendata-list.conflict",
                        "3 metadata.opendata-list.conflict",
                        "3 metadata.opendata-list.conflict",
                        "4 metadata.opendata-list.no-format",
                        "5 metadata.opendata-list.no-id",
                        "6 metadata.schema.expected.lgcode",
                        "6 metadata.opendata-list.no-record",
                        "7 metadata.opendata-list.ragged");
        Finding date = r.findings().get(0);
        assertThat(date.location().header()).contains("データセット_公開日");
        assertThat(date.location().column()).hasValue(10);
        assertThat(date.value()).contains("令和6年4月1日");
    }

    @Test
    void notAnOpenDataListIsSaidSo() {
        assertThat(read("name,address\r\nx,y\r\n").findings()).extracting(Finding::messageKey)
                .contains("metadata.opendata-list.missing-column", "metadata.opendata-list.unknown-column");
        assertThat(read("").findings()).extracting(Finding::messageKey).containsExactly("metadata.opendata-list.empty");
    }

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "opendata-list");

    /**
     * A published list in Shift_JIS (CP932, no BOM) reads exactly as its UTF-8 twin (with BOM): the
     * golden pair {@code two-records.csv} / {@code two-records.cp932.csv}.
     */
    @Test
    void aCp932ListReadsAsItsUtf8Twin() throws Exception {
        byte[] utf8 = Files.readAllBytes(GOLDEN.resolve("two-records.csv"));
        byte[] cp932 = Files.readAllBytes(GOLDEN.resolve("two-records.cp932.csv"));
        assertThat(cp932).as("a different byte form of the same text")
                .isNotEqualTo(utf8).isEqualTo(new String(utf8, StandardCharsets.UTF_8).substring(1)
                        .getBytes(EncodingDetector.WINDOWS_31J));
        RecordReadResult a = OpenDataList.reader().build().read(utf8, "06.csv");
        RecordReadResult b = OpenDataList.reader().build().read(cp932, "06.csv");
        assertThat(a.records()).hasSize(2);
        assertThat(b.records()).isEqualTo(a.records());
        assertThat(b.findings()).isEqualTo(a.findings()).isEmpty();
        // UTF-8 without BOM too
        RecordReadResult c = OpenDataList.reader().build().read(java.util.Arrays.copyOfRange(utf8, 3, utf8.length), "06.csv");
        assertThat(c.records()).isEqualTo(a.records());
        // and from a file, as metadata convert reads it
        Path f = tmp.resolve("06_sjis.csv");
        Files.write(f, cp932);
        assertThat(OpenDataList.reader().build().read(f).records()).isEqualTo(a.records());
    }

    @org.junit.jupiter.api.io.TempDir
    Path tmp;

    /** A byte sequence the judged encoding cannot decode is one finding naming the file and the line, never a guess. */
    @Test
    void anUndecodableListIsAFindingWithItsLine() throws Exception {
        byte[] cp932 = Files.readAllBytes(GOLDEN.resolve("two-records.cp932.csv"));
        byte[] bad = breakLine(cp932, 3, new byte[] {(byte) 0x81, (byte) 0x7F}); // a lead byte with an invalid trail byte
        RecordReadResult r = OpenDataList.reader().build().read(bad, "sjis-06.csv");
        assertThat(r.records()).isEmpty();
        assertThat(r.findings()).hasSize(1);
        Finding f = r.findings().get(0);
        assertThat(f.messageKey()).isEqualTo("metadata.opendata-list.encoding");
        assertThat(f.location().source()).isEqualTo("sjis-06.csv");
        assertThat(f.location().line()).hasValue(3L);
        io.github.civicdata.core.LocalizedText t = io.github.civicdata.core.Messages.get().localize(f);
        assertThat(t.en()).contains("line 3").contains("Shift_JIS");
        assertThat(t.ja()).contains("3 行目");

        byte[] utf8 = Files.readAllBytes(GOLDEN.resolve("two-records.csv"));
        RecordReadResult u = OpenDataList.reader().build().read(breakLine(utf8, 2, new byte[] {(byte) 0xE3, (byte) 0x81}),
                "utf8-06.csv");
        assertThat(u.findings()).extracting(x -> x.messageKey() + "@" + x.location().line().orElse(0))
                .containsExactly("metadata.opendata-list.encoding@2");
    }

    /** The bytes with {@code insert} placed after the first comma of line {@code line} (1-based). */
    private static byte[] breakLine(byte[] b, int line, byte[] insert) {
        int l = 1;
        int i = 0;
        while (l < line) {
            if (b[i++] == '\n') {
                l++;
            }
        }
        while (b[i] != ',') {
            i++;
        }
        byte[] out = new byte[b.length + insert.length];
        System.arraycopy(b, 0, out, 0, i + 1);
        System.arraycopy(insert, 0, out, i + 1, insert.length);
        System.arraycopy(b, i + 1, out, i + 1 + insert.length, b.length - i - 1);
        return out;
    }
}
