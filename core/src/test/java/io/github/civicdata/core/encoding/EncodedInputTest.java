package io.github.civicdata.core.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one rule for opening text input: the charset declared or detected, a BOM skipped only where it fits. */
class EncodedInputTest {

    private static final Charset CP932 = Charset.forName("windows-31j");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    static String read(byte[] bytes, Optional<Charset> declared) throws IOException {
        try (EncodedInput in = EncodingDetector.open(new ByteArrayInputStream(bytes), declared);
                Reader r = in.reader()) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[256];
            for (int n; (n = r.read(buf)) >= 0; ) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        }
    }

    private static DetectedEncoding encoding(byte[] bytes, Optional<Charset> declared) throws IOException {
        try (EncodedInput in = EncodingDetector.open(new ByteArrayInputStream(bytes), declared)) {
            return in.encoding();
        }
    }

    @Test
    void aUtf8BomIsSkippedInUtf8DeclaredOrDetected() throws IOException {
        byte[] b = concat(UTF8_BOM, "名称,住所\n".getBytes(StandardCharsets.UTF_8));
        assertThat(read(b, Optional.empty())).isEqualTo("名称,住所\n");
        assertThat(read(b, Optional.of(StandardCharsets.UTF_8))).isEqualTo("名称,住所\n");
        assertThat(encoding(b, Optional.of(StandardCharsets.UTF_8)).bomLength()).isEqualTo(3);
        assertThat(encoding(b, Optional.of(StandardCharsets.UTF_8)).evidence())
                .isEqualTo(DetectedEncoding.Evidence.DECLARED);
    }

    @Test
    void aUtf8BomIsNotSkippedInAnotherDeclaredCharset() throws IOException {
        byte[] b = concat(UTF8_BOM, "名称".getBytes(CP932));
        DetectedEncoding e = encoding(b, Optional.of(CP932));
        assertThat(e.bom()).isFalse();
        assertThat(e.bomLength()).isZero();
        // read as CP932 reads those bytes: not a character there, so the strict reader reports them
        assertThatThrownBy(() -> read(b, Optional.of(CP932))).isInstanceOf(CharacterCodingException.class);
        try (EncodedInput in = EncodingDetector.open(new ByteArrayInputStream(b), Optional.of(CP932))) {
            assertThat(in.stream().readAllBytes()).isEqualTo(b);
        }
    }

    @Test
    void aUtf16BomGivesTheByteOrderOfUndeclaredUtf16AndMustFitADeclaredOne() throws IOException {
        byte[] le = concat(LE_BOM, "地区".getBytes(StandardCharsets.UTF_16LE));
        assertThat(encoding(le, Optional.of(StandardCharsets.UTF_16)).charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(read(le, Optional.of(StandardCharsets.UTF_16))).isEqualTo("地区");
        assertThat(read(le, Optional.of(StandardCharsets.UTF_16LE))).isEqualTo("地区");
        byte[] be = concat(BE_BOM, "地区".getBytes(StandardCharsets.UTF_16BE));
        assertThat(read(be, Optional.of(StandardCharsets.UTF_16))).isEqualTo("地区");
        // a big-endian BOM in a file declared little-endian is not a BOM of that file
        assertThat(encoding(be, Optional.of(StandardCharsets.UTF_16LE)).bomLength()).isZero();
        assertThat(encoding(le, Optional.of(StandardCharsets.UTF_8)).bomLength()).isZero();
    }

    @Test
    void theReaderIsStrict() {
        byte[] bad = {'a', ',', (byte) 0xFF, '\n'};
        assertThatThrownBy(() -> read(bad, Optional.of(StandardCharsets.UTF_8)))
                .isInstanceOf(CharacterCodingException.class);
    }

    @Test
    void aStreamWithoutMarkIsBufferedAndReadFromWhereItIs() throws IOException {
        InputStream noMark = new FilterInputStream(new ByteArrayInputStream(
                concat(UTF8_BOM, "x".getBytes(StandardCharsets.UTF_8)))) {
            @Override
            public boolean markSupported() {
                return false;
            }
        };
        try (EncodedInput in = EncodingDetector.open(noMark, Optional.empty())) {
            assertThat(in.stream().markSupported()).isTrue();
            assertThat(in.stream().readAllBytes()).containsExactly('x');
        }
    }

    @Test
    void aFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.csv");
        Files.write(f, concat(UTF8_BOM, "名称\n".getBytes(StandardCharsets.UTF_8)));
        try (EncodedInput in = EncodingDetector.open(f, Optional.empty())) {
            assertThat(in.encoding().label()).isEqualTo("UTF-8");
            assertThat(in.encoding().bomLength()).isEqualTo(3);
            assertThat(new String(in.stream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("名称\n");
        }
    }
}
