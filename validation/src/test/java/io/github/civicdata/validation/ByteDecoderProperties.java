package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 16: {@link ByteDecoder}'s own loop for well-formed UTF-8 gives exactly what the JDK's
 * decoder gives alone: the same characters, the same errors (character index, byte offset, bytes)
 * and counts, the same byte position, for any mix of valid sequences of every length, invalid,
 * overlong, surrogate and cut sequences, read in chunks of any size into buffers of any size.
 */
class ByteDecoderProperties {

    record Input(byte[] bytes, int streamChunk, int readChunk) {
    }

    private static byte[] b(int... v) {
        byte[] r = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = (byte) v[i];
        }
        return r;
    }

    @Provide
    Arbitrary<Input> inputs() {
        Arbitrary<byte[]> valid = Arbitraries.of("a", ",", "\n", "1", "あ", "東京都", "ｱ", "é", "ß", "\uFFFF", "\uFFFD",
                "𠮷", "😀", "\u0800", "\u07FF", "\uD7FF", "\uE000").map(t -> t.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> invalid = Arbitraries.of(b(0x80), b(0xBF), b(0xC0, 0x80), b(0xC1, 0xBF), b(0xC3), b(0xE3),
                b(0xE3, 0x81), b(0xE0, 0x80, 0x80), b(0xE0, 0x9F, 0xBF), b(0xED, 0xA0, 0x80), b(0xED, 0xBF, 0xBF),
                b(0xF0, 0x9F), b(0xF4, 0x90, 0x80, 0x80), b(0xF5), b(0xFF), b(0xFE), b(0xE3, 0x41), b(0xE3, 0x81, 0x41));
        Arbitrary<byte[]> piece = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, valid),
                net.jqwik.api.Tuple.of(1, invalid));
        Arbitrary<byte[]> all = piece.list().ofMaxSize(400).map(l -> {
            java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
            l.forEach(o::writeBytes);
            return o.toByteArray();
        });
        return Combinators.combine(all, Arbitraries.of(1, 2, 3, 5, 17, 1 << 20), Arbitraries.of(1, 2, 3, 8, 100, 4096))
                .as(Input::new);
    }

    @Property(tries = 3000)
    void ownLoopDecodesAsTheJdk(@ForAll("inputs") Input in) throws IOException {
        List<String> jdk = decode(in, false);
        List<String> own = decode(in, true);
        Statistics.label("errors").collect(jdk.size() > 2 ? "with errors" : "none");
        assertThat(own).isEqualTo(jdk);
    }

    private static List<String> decode(Input in, boolean shortcut) throws IOException {
        InputStream stream = new ByteArrayInputStream(in.bytes()) {
            @Override
            public synchronized int read(byte[] buf, int off, int len) {
                return super.read(buf, off, Math.min(len, in.streamChunk()));
            }
        };
        ByteDecoder d = new ByteDecoder(stream, StandardCharsets.UTF_8, 3, ProgressTracker.NONE);
        d.shortcut = shortcut;
        List<String> out = new ArrayList<>();
        out.add(ByteDecoderTest.drain(d, in.readChunk()));
        out.add("count=" + d.errorCount() + " at=" + d.bytePosition());
        ByteDecoder.DecodeError e;
        while ((e = d.pollError()) != null) {
            out.add(e.toString());
        }
        return out;
    }
}
