package io.github.civicdata.core.internal;

import io.github.civicdata.core.Location;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A place in a text file: 1-based line and column (in characters) and the 0-based byte offset, and
 * the strict decoding check that finds the first byte that is not valid in a charset. Readers use it
 * so that invalid bytes are a finding naming the byte offset and the line, never a U+FFFD that slips
 * into a value. Not part of the public API.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * OptionalLong bad = TextPosition.firstInvalid(bytes, StandardCharsets.UTF_8);
 * TextPosition at = TextPosition.ofOffset(bytes, bad.getAsLong(), StandardCharsets.UTF_8);
 * }</pre>
 *
 * @param line the 1-based line
 * @param column the 1-based column, in characters (code points)
 * @param byteOffset the 0-based byte offset
 */
public record TextPosition(long line, int column, long byteOffset) {

    /**
     * @throws IllegalArgumentException if line or column is below 1 or the offset below 0
     */
    public TextPosition {
        if (line < 1 || column < 1 || byteOffset < 0) {
            throw new IllegalArgumentException("bad position: " + line + ":" + column + " @" + byteOffset);
        }
    }

    /**
     * Adds line, column and byte offset to a location builder.
     *
     * @param b the builder
     * @return the builder
     */
    public Location.Builder addTo(Location.Builder b) {
        return b.line(line).column(column).byteOffset(byteOffset);
    }

    /**
     * The offset of the first byte that is not valid in {@code charset} (malformed or unmappable).
     *
     * @param content the bytes
     * @param charset the charset they claim to be in
     * @return the offset, or empty when every byte is valid
     */
    public static OptionalLong firstInvalid(byte[] content, Charset charset) {
        CharsetDecoder dec = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isError()) {
                return OptionalLong.of(in.position());
            }
            if (r.isUnderflow()) {
                out.clear();
                r = dec.flush(out);
                return r.isError() ? OptionalLong.of(in.position()) : OptionalLong.empty();
            }
            out.clear();
        }
    }

    /**
     * The line and column of a byte offset, counting the characters before it (the bytes before it
     * must be valid in {@code charset}, as they are before the offset {@link #firstInvalid} gives).
     * Line breaks are LF, CRLF and a lone CR.
     *
     * @param content the bytes
     * @param offset the offset, 0 to {@code content.length}
     * @param charset the charset
     * @return the position
     */
    public static TextPosition ofOffset(byte[] content, long offset, Charset charset) {
        Objects.requireNonNull(charset, "charset");
        int end = (int) Math.max(0, Math.min(offset, content.length));
        CharsetDecoder dec = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer in = ByteBuffer.wrap(content, 0, end);
        CharBuffer out = CharBuffer.allocate(4096);
        long line = 1;
        long column = 1;
        boolean afterCr = false;
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            out.flip();
            while (out.hasRemaining()) {
                char c = out.get();
                if (c == '\n') {
                    if (!afterCr) {
                        line++;
                    }
                    column = 1;
                    afterCr = false;
                } else if (c == '\r') {
                    line++;
                    column = 1;
                    afterCr = true;
                } else {
                    afterCr = false;
                    if (!Character.isLowSurrogate(c)) {
                        column++;
                    }
                }
            }
            out.clear();
            if (r.isUnderflow()) {
                break;
            }
        }
        return new TextPosition(line, (int) Math.min(column, Integer.MAX_VALUE), end);
    }
}
