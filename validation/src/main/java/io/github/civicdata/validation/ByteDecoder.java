package io.github.civicdata.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes to characters in one pass with a reporting {@link CharsetDecoder}: every invalid
 * or unmappable byte sequence becomes one U+FFFD in the output and is remembered (its byte offset
 * in the file, its bytes, and the index of the U+FFFD in the character stream) so that the
 * tokenizer can attach it to a line and a cell.
 *
 * <p>Memory: one 64 KiB byte buffer and at most {@value #MAX_REMEMBERED} remembered errors that the
 * consumer has not yet taken; further errors are counted only.
 *
 * <p>Not thread-safe.
 */
final class ByteDecoder {

    /** Decoding errors kept until the consumer takes them. */
    static final int MAX_REMEMBERED = 4096;

    /** One invalid byte sequence. */
    record DecodeError(long charIndex, long byteOffset, String bytesHex) {
    }

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes;
    private long bufferBase;
    private long charsOut;
    private boolean eof;
    private boolean flushed;
    private long errorCount;
    private final java.util.ArrayDeque<DecodeError> errors = new java.util.ArrayDeque<>();
    private final ProgressTracker progress;

    /**
     * @param in the stream, positioned after any byte-order mark
     * @param charset the charset
     * @param startOffset the byte offset of the stream's first byte in the file (the BOM length)
     * @param progress told how many bytes were read, may be {@link ProgressTracker#NONE}
     */
    ByteDecoder(InputStream in, Charset charset, long startOffset, ProgressTracker progress) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.bytes = ByteBuffer.allocate(64 * 1024);
        this.bytes.flip();
        this.bufferBase = startOffset;
        this.progress = progress;
    }

    /**
     * Reads up to {@code len} characters.
     *
     * @return the number of characters read, or -1 at the end of input
     * @throws IOException if the stream fails
     */
    int read(char[] dst, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(dst, off, len);
        while (out.position() == off) {
            if (flushed) {
                return -1;
            }
            CoderResult r = decoder.decode(bytes, out, eof);
            if (r.isError()) {
                int n = r.length();
                long at = bufferBase + bytes.position();
                StringBuilder hex = new StringBuilder(n * 3);
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        hex.append(' ');
                    }
                    hex.append(String.format("%02X", bytes.get(bytes.position() + i) & 0xFF));
                }
                bytes.position(bytes.position() + n);
                errorCount++;
                if (errors.size() < MAX_REMEMBERED) {
                    errors.add(new DecodeError(charsOut + (out.position() - off), at, hex.toString()));
                }
                out.put('\uFFFD');
                continue;
            }
            if (r.isOverflow()) {
                break;
            }
            // underflow: more bytes needed
            if (eof) {
                decoder.flush(out);
                flushed = true;
                break;
            }
            fill();
        }
        int n = out.position() - off;
        charsOut += n;
        return n == 0 ? -1 : n;
    }

    private void fill() throws IOException {
        bufferBase += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
            progress.advance(n);
        }
        bytes.flip();
    }

    /** The oldest remembered error not yet taken, or null. */
    DecodeError peekError() {
        return errors.peek();
    }

    /** Takes the oldest remembered error. */
    DecodeError pollError() {
        return errors.poll();
    }

    /** Every decoding error seen, including those not remembered. */
    long errorCount() {
        return errorCount;
    }

    /** Bytes consumed from the file so far (including the BOM). */
    long bytePosition() {
        return bufferBase + bytes.position();
    }
}
