package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ByteDecoderTest {

    static String drain(ByteDecoder d, int chunk) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[chunk];
        int n;
        while ((n = d.read(buf, 0, buf.length)) >= 0) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }

    /** Delivers one byte per read. */
    static InputStream trickle(byte[] b) {
        return new ByteArrayInputStream(b) {
            @Override
            public synchronized int read(byte[] buf, int off, int len) {
                return super.read(buf, off, Math.min(len, 1));
            }
        };
    }

    @Test
    void invalidUtf8IsReportedWithItsByteOffsetAndCharIndex() throws IOException {
        byte[] b = {'a', 'b', (byte) 0xE3, (byte) 0x81, (byte) 0x82, (byte) 0xFF, 'c', (byte) 0xE3, (byte) 0x81};
        ByteDecoder d = new ByteDecoder(trickle(b), StandardCharsets.UTF_8, 3, ProgressTracker.NONE);
        String s = drain(d, 2);
        assertThat(s).isEqualTo("abあ\uFFFDc\uFFFD");
        assertThat(d.errorCount()).isEqualTo(2);
        ByteDecoder.DecodeError e1 = d.pollError();
        assertThat(e1.byteOffset()).isEqualTo(3 + 5);
        assertThat(e1.charIndex()).isEqualTo(3);
        assertThat(e1.bytesHex()).isEqualTo("FF");
        ByteDecoder.DecodeError e2 = d.pollError();
        assertThat(e2.byteOffset()).isEqualTo(3 + 7);
        assertThat(e2.bytesHex()).isEqualTo("E3 81");
        assertThat(d.bytePosition()).isEqualTo(3 + b.length);
    }

    @Test
    void cp932ExtensionsDecodeAndBadBytesAreCounted() throws IOException {
        Charset cp932 = Charset.forName("windows-31j");
        byte[] ok = "①㈱髙ｶﾅ".getBytes(cp932);
        byte[] b = new byte[ok.length + 1];
        System.arraycopy(ok, 0, b, 0, ok.length);
        b[ok.length] = (byte) 0x81; // a lead byte without trail byte at the end
        ByteDecoder d = new ByteDecoder(new ByteArrayInputStream(b), cp932, 0, ProgressTracker.NONE);
        assertThat(drain(d, 64)).isEqualTo("①㈱髙ｶﾅ\uFFFD");
        assertThat(d.pollError().byteOffset()).isEqualTo(ok.length);
    }

    /** An error right where the caller's buffer is full is reported by the next read, not thrown. */
    @Test
    void anErrorAfterAFullBufferIsReportedByTheNextRead() throws IOException {
        byte[] b = {'a', (byte) 0xFF, 'b', (byte) 0xE3, (byte) 0x81, (byte) 0x82, (byte) 0xE3};
        for (boolean shortcut : new boolean[] {true, false}) {
            ByteDecoder d = new ByteDecoder(new ByteArrayInputStream(b), StandardCharsets.UTF_8, 0, ProgressTracker.NONE);
            d.shortcut = shortcut;
            assertThat(drain(d, 1)).isEqualTo("a\uFFFDbあ\uFFFD");
            assertThat(d.errorCount()).isEqualTo(2);
            assertThat(d.pollError().byteOffset()).isEqualTo(1);
            assertThat(d.pollError().byteOffset()).isEqualTo(6);
        }
    }
}
