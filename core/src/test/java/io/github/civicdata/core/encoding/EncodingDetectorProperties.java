package io.github.civicdata.core.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The detector's answer on generated text (issue 9, item 2).
 *
 * <p>UTF-8: text over every Unicode plane (ASCII, BMP, supplementary ideographs such as 𠮷, emoji,
 * planes 14–16) with at least one non-ASCII character is judged UTF-8 from valid multi-byte
 * evidence, by byte array and by stream, and decodes back to the text.
 *
 * <p>Legacy encodings: Japanese text (kana, kanji, full-width and half-width forms, CP932
 * extensions, arbitrary representable BMP characters) encoded as Shift_JIS, CP932 or EUC-JP is
 * judged by the rule: UTF-8 if the bytes happen to be valid UTF-8 (counted: it must stay rare),
 * otherwise a legacy charset that decodes every byte without error, the source charset whenever
 * the other legacy candidate does not decode cleanly, with the label {@code Shift_JIS} exactly
 * when no CP932 extension byte occurs.
 */
class EncodingDetectorProperties {

    private static final Charset CP932 = EncodingDetector.WINDOWS_31J;
    private static final Charset SJIS = Charset.forName("Shift_JIS");
    private static final Charset EUC = EncodingDetector.EUC_JP;

    // ---- UTF-8 -------------------------------------------------------------------------------

    @Property
    void validUtf8WithAMultiByteCharacterIsUtf8(@ForAll("unicodeText") String text) throws IOException {
        Assume.that(text.chars().anyMatch(c -> c >= 0x80));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Statistics.label("widest character").collect(widest(text));
        Statistics.label("non-ASCII characters").collect(bucket(text.codePoints().filter(c -> c >= 0x80).count()));

        DetectedEncoding d = EncodingDetector.detect(bytes);
        assertThat(d.isUtf8()).as("judged %s", d).isTrue();
        assertThat(d.bom()).isFalse();
        assertThat(d.evidence()).isEqualTo(DetectedEncoding.Evidence.VALID_MULTIBYTE);
        assertThat(new String(bytes, d.charset())).isEqualTo(text);

        DetectedEncoding s = EncodingDetector.detect(new ByteArrayInputStream(bytes), EncodingDetector.DEFAULT_SAMPLE_LIMIT);
        assertThat(s).isEqualTo(d);

        byte[] withBom = new byte[bytes.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, withBom, 3, bytes.length);
        DetectedEncoding b = EncodingDetector.detect(withBom);
        assertThat(b.isUtf8()).isTrue();
        assertThat(b.evidence()).isEqualTo(DetectedEncoding.Evidence.BOM);
    }

    @Property
    void asciiIsUtf8UnlessItHasIso2022JpEscapes(@ForAll("asciiText") String text) {
        DetectedEncoding d = EncodingDetector.detect(text.getBytes(StandardCharsets.US_ASCII));
        boolean escapes = text.contains("\u001B$B") || text.contains("\u001B$@");
        Statistics.collect(escapes ? "ISO-2022-JP escapes" : "plain ASCII");
        if (escapes) {
            assertThat(d.label()).isEqualTo("ISO-2022-JP");
        } else {
            assertThat(d.isUtf8()).isTrue();
            assertThat(d.evidence()).isEqualTo(DetectedEncoding.Evidence.ASCII_ONLY);
        }
    }

    // ---- Shift_JIS, CP932, EUC-JP --------------------------------------------------------------

    @Property
    void legacyJapaneseIsJudgedByTheRule(@ForAll("legacyCharset") Charset source, @ForAll("japaneseText") String text) {
        String kept = representable(text, source);
        Optional<byte[]> encoded = encode(kept, source);
        Statistics.label("representable non-ASCII text").collect(encoded.isPresent() ? "yes" : "no (skipped)");
        Assume.that(encoded.isPresent());
        byte[] bytes = encoded.get();

        DetectedEncoding d = EncodingDetector.detect(bytes);
        String outcome;
        if (decodesCleanly(bytes, StandardCharsets.UTF_8)) {
            // the rule: valid UTF-8 with a multi-byte sequence is UTF-8
            assertThat(d.isUtf8()).as("valid UTF-8 judged %s", d).isTrue();
            outcome = "bytes are valid UTF-8: UTF-8";
        } else {
            assertThat(d.isUtf8()).as("invalid UTF-8 judged UTF-8: %s", d).isFalse();
            assertThat(d.charset()).isIn(CP932, EUC);
            assertThat(decodesCleanly(bytes, d.charset())).as("%s does not decode the bytes", d).isTrue();
            Charset sourceReading = source.equals(EUC) ? EUC : CP932;
            Charset other = sourceReading.equals(EUC) ? CP932 : EUC;
            if (!decodesCleanly(bytes, other)) {
                assertThat(d.charset()).isEqualTo(sourceReading);
            }
            if (d.charset().equals(CP932)) {
                assertThat(d.label()).isEqualTo(hasCp932Extension(bytes) ? "CP932" : "Shift_JIS");
            }
            if (source.equals(CP932) && d.charset().equals(CP932)) {
                assertThat(new String(bytes, CP932)).isEqualTo(kept);
            }
            outcome = d.charset().equals(sourceReading) ? "source charset" : "other legacy charset (both decode)";
        }
        Statistics.label("outcome").collect(source.name(), outcome);
    }

    @Property
    void aFourByteCharacterAmongAsciiIsUtf8(@ForAll("asciiText") String before, @ForAll("supplementary") int cp,
            @ForAll("asciiText") String after) {
        String text = before.replace('\u001B', ' ') + Character.toString(cp) + after.replace('\u001B', ' ');
        DetectedEncoding d = EncodingDetector.detect(text.getBytes(StandardCharsets.UTF_8));
        assertThat(d.isUtf8()).as("U+%X judged %s", cp, d).isTrue();
        assertThat(d.evidence()).isEqualTo(DetectedEncoding.Evidence.VALID_MULTIBYTE);
    }

    // ---- generators ----------------------------------------------------------------------------

    @Provide
    Arbitrary<String> unicodeText() {
        Arbitrary<Integer> ascii = Arbitraries.integers().between(0x20, 0x7E);
        Arbitrary<Integer> controls = Arbitraries.of(0x09, 0x0A, 0x0D, 0x2C, 0x22);
        Arbitrary<Integer> latin = Arbitraries.integers().between(0x80, 0x7FF);
        Arbitrary<Integer> bmp = Arbitraries.integers().between(0x800, 0xFFFF).filter(c -> c < 0xD800 || c > 0xDFFF);
        Arbitrary<Integer> cjk = Arbitraries.integers().between(0x4E00, 0x9FFF);
        Arbitrary<Integer> astral = supplementary();
        Arbitrary<Integer> cp = Arbitraries.frequencyOf(
                Tuple.of(12, ascii), Tuple.of(2, controls), Tuple.of(2, latin),
                Tuple.of(2, bmp), Tuple.of(2, cjk), Tuple.of(3, astral));
        return cp.list().ofMinSize(1).ofMaxSize(60).map(EncodingDetectorProperties::string);
    }

    @Provide
    Arbitrary<Integer> supplementary() {
        Arbitrary<Integer> emoji = Arbitraries.integers().between(0x1F300, 0x1FAFF);
        Arbitrary<Integer> ideographs = Arbitraries.integers().between(0x20000, 0x3134F); // planes 2 and 3
        Arbitrary<Integer> any = Arbitraries.integers().between(0x10000, 0x10FFFF);    // planes 1-16
        return Arbitraries.oneOf(Arbitraries.of(0x20BB7, 0x1F600, 0xE0041, 0x10FFFD), emoji, ideographs, any);
    }

    @Provide
    Arbitrary<String> asciiText() {
        Arbitrary<Integer> c = Arbitraries.frequencyOf(
                Tuple.of(20, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(2, Arbitraries.of(0x0A, 0x0D, 0x09)),
                Tuple.of(1, Arbitraries.integers().between(0x00, 0x7F)));
        Arbitrary<String> plain = c.list().ofMaxSize(40).map(EncodingDetectorProperties::string);
        Arbitrary<String> escaped = plain.map(s -> "\u001B$B" + s);
        return Arbitraries.frequencyOf(Tuple.of(9, plain), Tuple.of(1, escaped));
    }

    @Provide
    Arbitrary<Charset> legacyCharset() {
        return Arbitraries.of(SJIS, CP932, EUC);
    }

    @Provide
    Arbitrary<String> japaneseText() {
        List<Arbitrary<Integer>> parts = List.of(
                Arbitraries.integers().between(0x20, 0x7E),             // ASCII
                Arbitraries.integers().between(0x3041, 0x3093),         // hiragana
                Arbitraries.integers().between(0x30A1, 0x30F6),         // katakana
                Arbitraries.integers().between(0x4E00, 0x9FA0),         // kanji (filtered by the charset)
                Arbitraries.integers().between(0xFF01, 0xFF5E),         // full-width forms
                Arbitraries.integers().between(0xFF61, 0xFF9F),         // half-width katakana
                Arbitraries.integers().between(0x3000, 0x303F),         // CJK punctuation
                Arbitraries.of(0x2460, 0x2473, 0x3231, 0x2160, 0x9AD9, 0xFA11, 0x2252, 0x301C, 0xFF5E), // extensions
                Arbitraries.integers().between(0x80, 0xFFFF).filter(c -> c < 0xD800 || c > 0xDFFF)); // anything
        Arbitrary<Integer> cp = Arbitraries.frequencyOf(
                Tuple.of(10, parts.get(0)), Tuple.of(4, parts.get(1)),
                Tuple.of(3, parts.get(2)), Tuple.of(5, parts.get(3)),
                Tuple.of(1, parts.get(4)), Tuple.of(2, parts.get(5)),
                Tuple.of(1, parts.get(6)), Tuple.of(1, parts.get(7)),
                Tuple.of(1, parts.get(8)));
        return cp.list().ofMinSize(1).ofMaxSize(50).map(EncodingDetectorProperties::string);
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static String string(List<Integer> cps) {
        StringBuilder sb = new StringBuilder();
        cps.forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /**
     * The characters of the text that {@code cs} represents and decodes back to themselves, in
     * order (CP932 writes ¢ with the bytes of ￠, which read back as ￠).
     */
    private static String representable(String text, Charset cs) {
        CharsetEncoder enc = cs.newEncoder();
        StringBuilder kept = new StringBuilder();
        text.codePoints().mapToObj(Character::toString)
                .filter(c -> enc.canEncode(c) && new String(c.getBytes(cs), cs).equals(c))
                .forEach(kept::append);
        return kept.toString();
    }

    /** The text in {@code cs}; empty if it has no non-ASCII character or cannot be encoded. */
    private static Optional<byte[]> encode(String text, Charset cs) {
        if (text.chars().noneMatch(c -> c >= 0x80)) {
            return Optional.empty();
        }
        try {
            ByteBuffer b = cs.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return Optional.of(out);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    static boolean decodesCleanly(byte[] bytes, Charset cs) {
        try {
            cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether CP932 bytes hold a lead byte of an extension block (NEC special, NEC-selected IBM, IBM). */
    private static boolean hasCp932Extension(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if ((c >= 0x81 && c <= 0x9F) || (c >= 0xE0 && c <= 0xFC)) {
                if (c == 0x87 || c == 0xED || c == 0xEE || c >= 0xFA) {
                    return true;
                }
                i += 2;
            } else {
                i++;
            }
        }
        return false;
    }

    private static String widest(String text) {
        int max = text.codePoints().filter(c -> c >= 0x80).max().orElse(0);
        if (max >= 0x10000) {
            return "plane " + (max >> 16) + " (4 bytes)";
        }
        return max >= 0x800 ? "BMP (3 bytes)" : "2 bytes";
    }

    private static String bucket(long n) {
        return n == 1 ? "1" : n <= 4 ? "2-4" : n <= 16 ? "5-16" : "17+";
    }
}
