package io.github.civicdata.core.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EncodingDetectorTest {

    private static final Charset CP932 = Charset.forName("windows-31j");

    @Test
    void utf8WithAndWithoutBom() {
        byte[] plain = "名称,緯度\nＡＥＤ,35.1\n".getBytes(StandardCharsets.UTF_8);
        DetectedEncoding d = EncodingDetector.detect(plain);
        assertThat(d.label()).isEqualTo("UTF-8");
        assertThat(d.bom()).isFalse();
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        DetectedEncoding b = EncodingDetector.detect(bom);
        assertThat(b.isUtf8()).isTrue();
        assertThat(b.bom()).isTrue();
        assertThat(b.bomLength()).isEqualTo(3);
        assertThat(b.evidence()).isEqualTo(DetectedEncoding.Evidence.BOM);
    }

    @Test
    void shiftJisAndCp932Extensions() {
        DetectedEncoding d = EncodingDetector.detect("名称,住所\n市役所,高松市番町\n".getBytes(CP932));
        assertThat(d.label()).isEqualTo("Shift_JIS");
        assertThat(d.charset()).isEqualTo(CP932);
        DetectedEncoding ext = EncodingDetector.detect("①号館,㈱高松\n".getBytes(CP932));
        assertThat(ext.label()).isEqualTo("CP932");
    }

    @Test
    void eucJp() {
        DetectedEncoding d = EncodingDetector.detect("名称,住所\nしやくしょ,たかまつし\n".getBytes(EncodingDetector.EUC_JP));
        assertThat(d.label()).isEqualTo("EUC-JP");
    }

    @Test
    void shortCp932HalfWidthKanaIsNotMistakenForEucJp() throws IOException {
        // review gap 11: "id,kana" / "1,ﾃｱﾄﾘ" in CP932; the kana come in pairs, which EUC-JP reads as two kanji
        byte[] repro;
        try (var in = EncodingDetectorTest.class.getResourceAsStream("/encoding/cp932-halfwidth-kana-as-eucjp.csv")) {
            repro = in.readAllBytes();
        }
        assertThat(EncodingDetector.detect(repro).charset()).isEqualTo(CP932);
        for (String w : new String[] {"ﾃｱﾄﾘ", "ｼﾔｸｼｮ", "ｶﾞｯｺｳ", "ﾊﾟｰｸ", "ｺｰﾋｰ", "ﾀｶﾏﾂｼ", "ﾐﾄﾞﾘﾀﾞｲ"}) {
            byte[] b = ("id,kana\n1," + w + "\n").getBytes(CP932);
            assertThat(EncodingDetector.detect(b).charset()).as(w).isEqualTo(CP932);
        }
    }

    @Test
    void eucJpKanaAndPunctuationStayEucJp() {
        // EUC-JP kana and punctuation read as Shift_JIS are half-width punctuation (､ ･ ｡), never kana words
        for (String w : new String[] {"名称,住所\n市役所,東京都千代田区\n", "あい", "アイス", "データ", "名称、住所。",
            "高松市役所", "カナ\nシヤクシヨ\n", "ＡＥＤ設置場所"}) {
            DetectedEncoding d = EncodingDetector.detect(w.getBytes(EncodingDetector.EUC_JP));
            assertThat(d.label()).as(w).isEqualTo("EUC-JP");
        }
    }

    @Test
    void shortCp932SampleIsNotMistakenForUtf8() {
        // Every short Japanese word here is also checked against the UTF-8 reading
        for (String w : new String[] {"漢字", "東京都", "あ", "ア", "データ", "緯度", "経度", "名称", "住所", "備考"}) {
            DetectedEncoding d = EncodingDetector.detect(w.getBytes(CP932));
            assertThat(d.charset()).as(w).isEqualTo(CP932);
        }
    }

    @Test
    void asciiHeaderThenJapaneseLaterIsJudgedByTheJapanese() throws IOException {
        StringBuilder sb = new StringBuilder("id,name,lat,lon\n");
        for (int i = 0; i < 5000; i++) {
            sb.append(i).append(",x,35.0,135.0\n");
        }
        sb.append("5000,市役所,35.0,135.0\n");
        byte[] bytes = sb.toString().getBytes(CP932);
        DetectedEncoding d = EncodingDetector.detect(new ByteArrayInputStream(bytes), EncodingDetector.DEFAULT_SAMPLE_LIMIT);
        assertThat(d.label()).isEqualTo("Shift_JIS");
    }

    @Test
    void pureAsciiIsUtf8WithAsciiEvidence() {
        DetectedEncoding d = EncodingDetector.detect("a,b\n1,2\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(d.isUtf8()).isTrue();
        assertThat(d.evidence()).isEqualTo(DetectedEncoding.Evidence.ASCII_ONLY);
    }

    @Test
    void utf8CutAtSampleEndIsNotHeldAgainstIt() {
        byte[] full = "あいうえお".getBytes(StandardCharsets.UTF_8);
        DetectedEncoding d = EncodingDetector.detect(full, full.length - 1, false);
        assertThat(d.isUtf8()).isTrue();
    }

    @Test
    void utf8WithADamagedSequenceIsStillUtf8() {
        byte[] good = "名称,住所\n市役所,東京都千代田区霞が関\n市民会館,".getBytes(StandardCharsets.UTF_8);
        byte[] rest = "区\n図書館,東京都\n".getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[good.length + 3 + rest.length];
        System.arraycopy(good, 0, b, 0, good.length);
        b[good.length] = (byte) 0xE6;
        b[good.length + 1] = (byte) 0x9D;
        b[good.length + 2] = (byte) 0xFF;
        System.arraycopy(rest, 0, b, good.length + 3, rest.length);
        DetectedEncoding d = EncodingDetector.detect(b);
        assertThat(d.label()).isEqualTo("UTF-8");
        assertThat(d.evidence()).isEqualTo(DetectedEncoding.Evidence.BEST_GUESS);
    }

    /** Issue 9, c3-utf8-4byte-char-read-as-sjis: 𠮷 (and ｱｲｳ) in valid UTF-8 was judged Shift_JIS. */
    @Test
    void c3Utf84ByteCharReadAsSjis() throws IOException {
        for (String f : new String[] {"in.csv", "in2.csv", "in-kana.csv"}) {
            byte[] b;
            try (var in = EncodingDetectorTest.class.getResourceAsStream("/reliability/c3-utf8-4byte-char-read-as-sjis/" + f)) {
                b = in.readAllBytes();
            }
            DetectedEncoding d = EncodingDetector.detect(b);
            assertThat(d.label()).as(f).isEqualTo("UTF-8");
            assertThat(d.evidence()).as(f).isEqualTo(DetectedEncoding.Evidence.VALID_MULTIBYTE);
            assertThat(EncodingDetector.detect(new ByteArrayInputStream(b), EncodingDetector.DEFAULT_SAMPLE_LIMIT))
                    .as(f).isEqualTo(d);
            assertThat(new String(b, d.charset())).as(f).contains("𠮷");
        }
    }

    @Test
    void emojiAndAccentedLatinAloneAreUtf8() {
        for (String s : new String[] {"id,v\n1,😀\n", "id,v\n1,café\n", "a,𠀋\n", "x,é\n", "🇯🇵"}) {
            assertThat(EncodingDetector.detect(s.getBytes(StandardCharsets.UTF_8)).isUtf8()).as(s).isTrue();
        }
    }

    @Test
    void latin1IsInvalidUtf8AndOnlyABestGuess() {
        DetectedEncoding d = EncodingDetector.detect("id,v\n1,café\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(d.evidence()).isEqualTo(DetectedEncoding.Evidence.BEST_GUESS);
    }

    @Test
    void eucJpPairInAnUnassignedShiftJisRowIsNotJudgedShiftJis() {
        // found by EncodingDetectorProperties: EC 40 has the shape of a Shift_JIS pair but row 0xEC is unassigned
        byte[] b = "一@丂１".getBytes(EncodingDetector.EUC_JP);
        DetectedEncoding d = EncodingDetector.detect(b);
        assertThat(d.label()).isEqualTo("EUC-JP");
        assertThat(new String(b, d.charset())).isEqualTo("一@丂１");
    }
}
