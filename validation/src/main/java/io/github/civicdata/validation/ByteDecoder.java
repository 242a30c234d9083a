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
    /** UTF-8: well-formed sequences of one to three bytes are decoded by {@link #wellFormedUtf8} first. */
    private final boolean utf8;
    /** False: every byte goes through the JDK's decoder (ByteDecoderProperties compares the two). */
    boolean shortcut = true;

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
        this.utf8 = java.nio.charset.StandardCharsets.UTF_8.equals(charset);
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
            if (utf8 && shortcut) {
                wellFormedUtf8(out);
                if (!out.hasRemaining()) {
                    break;
                }
            }
            CoderResult r = decoder.decode(bytes, out, eof);
            if (r.isError()) {
                if (!out.hasRemaining()) {
                    break; // the decoder stops at the error: the next call reports it, with room for its U+FFFD
                }
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

    /**
     * Decodes the UTF-8 bytes ahead, as far as they are well-formed sequences of one to three bytes
     * (U+0000 to U+FFFF without surrogates: all of Japanese text but rare kanji and emoji) and the
     * output has room, into {@code out}: exactly what the JDK's decoder makes of them, in one
     * tighter loop. It stops at anything else (a four-byte sequence, an invalid or overlong
     * sequence, a sequence cut by the end of the buffer), where the JDK's decoder goes on with the
     * rest of the buffer, reporting errors as before: a well-formed sequence ends at a character
     * boundary, where the decoder, having no state between characters, starts as if it had decoded
     * everything before.
     */
    private void wellFormedUtf8(CharBuffer out) {
        final byte[] src = bytes.array();
        int sp = bytes.arrayOffset() + bytes.position();
        final int sl = bytes.arrayOffset() + bytes.limit();
        final char[] dst = out.array();
        int dp = out.arrayOffset() + out.position();
        final int dl = out.arrayOffset() + out.limit();
        while (sp < sl && dp < dl) {
            int b1 = src[sp];
            if (b1 >= 0) {
                // a run of ASCII bytes: one test per byte (issue 16)
                final int end = sp + Math.min(sl - sp, dl - dp);
                do {
                    dst[dp++] = (char) b1;
                    sp++;
                } while (sp < end && (b1 = src[sp]) >= 0);
            } else if ((b1 & 0xF0) == 0xE0 && sp + 2 < sl) {
                int b2 = src[sp + 1];
                int b3 = src[sp + 2];
                if ((b2 & 0xC0) != 0x80 || (b3 & 0xC0) != 0x80) {
                    break;
                }
                char c = (char) (((b1 & 0x0F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F));
                if (c < 0x800 || Character.isSurrogate(c)) {
                    break; // overlong, or a surrogate: malformed
                }
                dst[dp++] = c;
                sp += 3;
            } else if ((b1 & 0xE0) == 0xC0 && (b1 & 0x1E) != 0 && sp + 1 < sl) {
                int b2 = src[sp + 1];
                if ((b2 & 0xC0) != 0x80) {
                    break;
                }
                dst[dp++] = (char) (((b1 & 0x1F) << 6) | (b2 & 0x3F));
                sp += 2;
            } else {
                break;
            }
        }
        bytes.position(sp - bytes.arrayOffset());
        out.position(dp - out.arrayOffset());
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
