package io.github.civicdata.metadata;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The オープンデータ一覧 (dataset 06 of 自治体標準オープンデータセット) in its current 45-column
 * layout: {@code データセット_*} × 28 and {@code ファイル_*} × 17, one row per distribution (a record
 * without distributions gives one row with empty file columns). The header is the one published
 * catalogues emit (observed; the project's template {@code open-data-list@2024-observed}).
 *
 * <p>Mapping: データセット_ID ↔ identifier, 全国地方公共団体コード/地方公共団体名 ↔ publisher,
 * タイトル/概要 ↔ title/description (Japanese), キーワード ↔ keywords, 分類 ↔ themes (統計分野 names),
 * 公開日/最終更新日 ↔ issued/modified, URL ↔ landing page, 更新頻度 ↔ accrual periodicity (Japanese
 * wording), 準拠する標準 ↔ conformsTo ({@code id@version}), 対象地域 ↔ spatial (codes), 対象期間 ↔
 * temporal ({@code start/end}, {@code ..} for an open end), 連絡先名称/メールアドレス/電話番号/FormURL ↔
 * contact point; ファイル_タイトル/アクセスURL/ダウンロードURL/説明/形式/サイズ ↔ the distribution, and
 * ファイル_ライセンス ↔ the record's licence on every row. Several values in a cell are separated by
 * {@value #SEPARATOR}. Every other column (サブタイトル, ユニバーサルメニュー, バージョン, 言語, 作成者,
 * 備考, ファイル_ID, ステータス, 利用規約 …) is kept in the record's extras under
 * {@code opendata-list:<header>} (dataset columns) or {@code opendata-list:<header>#<n>} (the file
 * columns of distribution n, from 1), so that a list read and written again loses nothing.
 *
 * <p>What a record holds and the 06 layout has no column for (English texts, media type, encoding,
 * BOM flag, checksum, inventory part, other extras, a keyword holding {@value #SEPARATOR}) is not
 * written: {@link #write} says so with one info finding per record and field.
 *
 * <p>Written as UTF-8 with a byte-order mark (as spreadsheet users need), CRLF, cells quoted when
 * needed and never changed (no formula defusing: the file is data, a value is written as it is).
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * List<Finding> notWritten = OpenDataList.write(catalog.records(), out);
 * RecordReadResult back = OpenDataList.reader().build().read(Path.of("06_opendata.csv"));
 * }</pre>
 */
public final class OpenDataList {

    /** The column headers, in order. */
    public static final List<String> HEADER = List.of("データセット_ID", "全国地方公共団体コード", "地方公共団体名",
            "データセット_タイトル", "データセット_サブタイトル", "データセット_概要", "データセット_キーワード", "データセット_分類",
            "データセット_ユニバーサルメニュー", "データセット_公開日", "データセット_最終更新日", "データセット_バージョン",
            "データセット_言語", "データセット_URL", "データセット_更新頻度", "データセット_準拠する標準", "データセット_関連ドキュメント",
            "データセット_来歴情報", "データセット_対象地域", "データセット_対象期間", "データセット_作成者", "データセット_連絡先名称",
            "データセット_連絡先メールアドレス", "データセット_連絡先電話番号", "データセット_連絡先内線番号",
            "データセット_連絡先FormURL", "データセット_連絡先備考（その他、SNSなど）", "データセット_備考", "ファイル_ID",
            "ファイル_タイトル", "ファイル_アクセスURL", "ファイル_ダウンロードURL", "ファイル_説明", "ファイル_形式",
            "ファイル_ライセンス", "ファイル_ステータス", "ファイル_サイズ", "ファイル_公開日", "ファイル_最終更新日", "ファイル_利用規約",
            "ファイル_関連ドキュメント", "ファイル_言語", "ファイル_準拠する標準", "ファイル_API対応有無", "ファイル_著作権表記");

    /** The separator of several values in one cell. */
    public static final String SEPARATOR = ";";
    /** The prefix of the extras that hold the columns without a record field. */
    public static final String EXTRA_PREFIX = "opendata-list:";

    static final int ID = 0;
    static final int CODE = 1;
    static final int NAME = 2;
    static final int TITLE = 3;
    static final int DESCRIPTION = 5;
    static final int KEYWORDS = 6;
    static final int THEMES = 7;
    static final int ISSUED = 9;
    static final int MODIFIED = 10;
    static final int LANDING = 13;
    static final int FREQUENCY = 14;
    static final int CONFORMS = 15;
    static final int SPATIAL = 18;
    static final int TEMPORAL = 19;
    static final int CONTACT_NAME = 21;
    static final int CONTACT_EMAIL = 22;
    static final int CONTACT_PHONE = 23;
    static final int CONTACT_URL = 25;
    static final int FIRST_FILE = 28;
    static final int FILE_TITLE = 29;
    static final int ACCESS = 30;
    static final int DOWNLOAD = 31;
    static final int FILE_DESCRIPTION = 32;
    static final int FORMAT = 33;
    static final int LICENSE = 34;
    static final int SIZE = 36;

    /** Columns with a record field; the others go to extras. */
    static final java.util.Set<Integer> MAPPED = java.util.Set.of(ID, CODE, NAME, TITLE, DESCRIPTION, KEYWORDS, THEMES,
            ISSUED, MODIFIED, LANDING, FREQUENCY, CONFORMS, SPATIAL, TEMPORAL, CONTACT_NAME, CONTACT_EMAIL,
            CONTACT_PHONE, CONTACT_URL, FILE_TITLE, ACCESS, DOWNLOAD, FILE_DESCRIPTION, FORMAT, LICENSE, SIZE);

    private static final String RULE = MetadataRules.OPENDATA_LIST;

    private OpenDataList() {
    }

    /**
     * A reader of 06 files ({@code .csv}, UTF-8 with or without BOM).
     *
     * @return a new builder
     */
    public static OpenDataListReader.Builder reader() {
        return OpenDataListReader.builder();
    }

    /**
     * Writes the records as one 06 file. The stream is not closed.
     *
     * @param records the records, in order
     * @param out the stream
     * @return one info finding per record and field the layout cannot hold (empty when nothing was
     *     left out)
     * @throws UncheckedIOException if writing fails
     */
    public static List<Finding> write(Collection<DatasetRecord> records, OutputStream out) {
        Objects.requireNonNull(records, "records");
        List<Finding> notWritten = new ArrayList<>();
        try {
            Writer w = new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8);
            w.write('\uFEFF');
            row(w, HEADER);
            for (DatasetRecord r : records) {
                String[] base = datasetCells(r);
                if (r.distributions().isEmpty()) {
                    row(w, List.of(base));
                }
                for (int i = 0; i < r.distributions().size(); i++) {
                    String[] cells = base.clone();
                    fileCells(r, i, cells);
                    row(w, List.of(cells));
                }
                lost(r).forEach(field -> notWritten.add(Finding.builder(RULE, Severity.INFO)
                        .messageKey(RULE + ".not-written").location(Location.of(r.identifier()))
                        .args(r.identifier(), field).build()));
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return notWritten;
    }

    private static String[] datasetCells(DatasetRecord r) {
        String[] c = new String[HEADER.size()];
        java.util.Arrays.fill(c, "");
        c[ID] = r.identifier();
        c[CODE] = r.publisher().code().value();
        c[NAME] = r.publisher().name().orElse("");
        c[TITLE] = r.title().ja();
        c[DESCRIPTION] = r.description().map(BilingualText::ja).orElse("");
        c[KEYWORDS] = r.keywords().stream().filter(k -> !k.contains(SEPARATOR)).collect(Collectors.joining(SEPARATOR));
        c[THEMES] = r.themes().stream().map(StatisticalField::label).collect(Collectors.joining(SEPARATOR));
        c[ISSUED] = r.issued().map(LocalDate::toString).orElse("");
        c[MODIFIED] = r.modified().map(LocalDate::toString).orElse("");
        c[LANDING] = r.landingPage().map(Object::toString).orElse("");
        c[FREQUENCY] = r.accrualPeriodicity().map(Frequency::labelJa).orElse("");
        c[CONFORMS] = r.conformsTo().stream().map(TemplateRef::toString).collect(Collectors.joining(SEPARATOR));
        c[SPATIAL] = r.spatial().stream().map(LocalGovernmentCode::value).collect(Collectors.joining(SEPARATOR));
        c[TEMPORAL] = r.temporal().map(t -> t.start().map(LocalDate::toString).orElse("..") + "/"
                + t.end().map(LocalDate::toString).orElse("..")).orElse("");
        r.contactPoint().ifPresent(k -> {
            c[CONTACT_NAME] = k.name();
            c[CONTACT_EMAIL] = k.email().orElse("");
            c[CONTACT_PHONE] = k.telephone().orElse("");
            c[CONTACT_URL] = k.url().map(Object::toString).orElse("");
        });
        c[LICENSE] = r.license().map(License::id).orElse("");
        for (int i = 0; i < FIRST_FILE; i++) {
            if (!MAPPED.contains(i)) {
                c[i] = r.extras().getOrDefault(EXTRA_PREFIX + HEADER.get(i), "");
            }
        }
        return c;
    }

    private static void fileCells(DatasetRecord r, int index, String[] c) {
        Distribution d = r.distributions().get(index);
        c[FILE_TITLE] = d.title().orElse("");
        c[ACCESS] = d.accessUrl().map(Object::toString).orElse("");
        c[DOWNLOAD] = d.downloadUrl().map(Object::toString).orElse("");
        c[FILE_DESCRIPTION] = d.description().orElse("");
        c[FORMAT] = d.format();
        c[SIZE] = d.byteSize().isPresent() ? String.valueOf(d.byteSize().getAsLong()) : "";
        for (int i = FIRST_FILE; i < HEADER.size(); i++) {
            if (!MAPPED.contains(i)) {
                c[i] = r.extras().getOrDefault(EXTRA_PREFIX + HEADER.get(i) + "#" + (index + 1), "");
            }
        }
    }

    /** The fields of a record the layout cannot hold (JSON names, as in the record's JSON form). */
    static List<String> lost(DatasetRecord r) {
        List<String> out = new ArrayList<>();
        if (r.title().en().isPresent()) {
            out.add("/title/en");
        }
        if (r.description().flatMap(BilingualText::en).isPresent()) {
            out.add("/description/en");
        }
        r.keywords().stream().filter(k -> k.contains(SEPARATOR)).forEach(k -> out.add("/keywords (" + k + ")"));
        for (int i = 0; i < r.distributions().size(); i++) {
            Distribution d = r.distributions().get(i);
            String p = "/distributions/" + i + "/";
            d.mediaType().ifPresent(x -> out.add(p + "mediaType"));
            d.characterEncoding().ifPresent(x -> out.add(p + "characterEncoding"));
            d.bom().ifPresent(x -> out.add(p + "bom"));
            d.checksum().ifPresent(x -> out.add(p + "checksum"));
        }
        if (r.inventory().isPresent()) {
            out.add("/inventory");
        }
        for (Map.Entry<String, String> e : r.extras().entrySet()) {
            if (!isListExtra(e.getKey(), r.distributions().size())) {
                out.add("/extras/" + e.getKey());
            }
        }
        return out;
    }

    private static boolean isListExtra(String key, int distributions) {
        if (!key.startsWith(EXTRA_PREFIX)) {
            return false;
        }
        String rest = key.substring(EXTRA_PREFIX.length());
        int hash = rest.lastIndexOf('#');
        String header = hash < 0 ? rest : rest.substring(0, hash);
        int col = HEADER.indexOf(header);
        if (col < 0 || MAPPED.contains(col)) {
            return false;
        }
        if (col < FIRST_FILE) {
            return hash < 0;
        }
        if (hash < 0) {
            return false;
        }
        try {
            int n = Integer.parseInt(rest.substring(hash + 1));
            return n >= 1 && n <= distributions;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void row(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String v = cells.get(i);
            boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
            w.write(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
        }
        w.write("\r\n");
    }

    static Optional<String> optional(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
