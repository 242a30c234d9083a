package io.github.civicdata.core.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any text written with a BOM that fits its declared charset reads back without the BOM; a BOM
 * that does not fit is never skipped (every byte of the input is read).
 */
class EncodedInputProperties {

    private static final byte[][] BOMS = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE},
        {(byte) 0xFE, (byte) 0xFF}};

    @Provide
    Arbitrary<Charset> charsets() {
        return Arbitraries.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                Charset.forName("windows-31j"), Charset.forName("EUC-JP"));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("名称住所,\n\"aZ09 　ｶ①").ofMaxLength(40);
    }

    private static boolean fits(int bom, Charset cs) {
        return bom == 0 ? cs.equals(StandardCharsets.UTF_8)
                : bom == 1 ? cs.equals(StandardCharsets.UTF_16LE) : cs.equals(StandardCharsets.UTF_16BE);
    }

    @Property
    void aFittingBomIsSkippedAndNoOtherIs(@ForAll("texts") String text, @ForAll("charsets") Charset cs,
            @ForAll("boms") int bom) throws IOException {
        byte[] body = text.getBytes(cs);
        byte[] bytes = bom < 0 ? body : EncodedInputTest.concat(BOMS[bom], body);
        DetectedEncoding e;
        byte[] rest;
        try (EncodedInput in = EncodingDetector.open(new java.io.ByteArrayInputStream(bytes), Optional.of(cs))) {
            e = in.encoding();
            rest = in.stream().readAllBytes();
        }
        if (bom >= 0 && fits(bom, cs)) {
            assertThat(e.bomLength()).isEqualTo(BOMS[bom].length);
            assertThat(rest).isEqualTo(body);
            assertThat(EncodedInputTest.read(bytes, Optional.of(cs))).isEqualTo(text);
        } else {
            assertThat(e.bomLength()).isZero();
            assertThat(rest).isEqualTo(bytes);
        }
    }

    @Provide
    Arbitrary<Integer> boms() {
        return Arbitraries.integers().between(-1, 2);
    }
}
