package io.github.civicdata.core.encoding;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.util.Objects;

/**
 * An input opened by {@link EncodingDetector#open}: its encoding and its bytes after the
 * byte-order mark (if the input has one that fits the encoding).
 *
 * <p>Not thread-safe (it holds a stream). Closing it closes the stream.
 *
 * <pre>{@code
 * try (EncodedInput in = EncodingDetector.open(path, Optional.empty());
 *      BufferedReader r = new BufferedReader(in.reader())) {
 *     System.out.println(in.encoding().label() + ": " + r.readLine());
 * }
 * }</pre>
 */
public final class EncodedInput implements Closeable {

    private final DetectedEncoding encoding;
    private final InputStream stream;

    EncodedInput(DetectedEncoding encoding, InputStream stream) {
        this.encoding = Objects.requireNonNull(encoding, "encoding");
        this.stream = Objects.requireNonNull(stream, "stream");
    }

    /**
     * @return the encoding, with the length of the byte-order mark that was skipped
     */
    public DetectedEncoding encoding() {
        return encoding;
    }

    /**
     * The bytes after the byte-order mark. The stream supports {@code mark}; byte offsets in the
     * file are offsets in this stream plus {@code encoding().bomLength()}.
     *
     * @return the stream
     */
    public InputStream stream() {
        return stream;
    }

    /**
     * The text after the byte-order mark, decoded strictly: a byte sequence that is invalid in the
     * encoding makes the reader throw a {@link java.nio.charset.CharacterCodingException} instead
     * of being replaced.
     *
     * @return a new reader over {@link #stream()}
     */
    public Reader reader() {
        return new InputStreamReader(stream, encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /**
     * Closes the stream.
     *
     * @throws IOException if closing fails
     */
    @Override
    public void close() throws IOException {
        stream.close();
    }
}
