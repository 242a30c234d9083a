package io.github.civicdata.validation;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Runs a {@link ByteDecoder} on its own thread for large inputs, so that decoding overlaps with
 * tokenizing and checking. Decoded characters travel in a fixed set of {@value #BUFFERS} buffers
 * of {@value #CHUNK} characters (memory stays bounded); each buffer carries the decoding errors
 * found in it, which the consumer takes over in order, exactly as from a {@link ByteDecoder}.
 *
 * <p>One producer thread and one consumer thread; {@link #close()} stops the producer if the
 * consumer ends early.
 */
final class PipelinedDecoder implements CsvTokenizer.CharSource, AutoCloseable {

    static final int CHUNK = 64 * 1024;
    static final int BUFFERS = 4;

    private record Chunk(char[] chars, int length, List<ByteDecoder.DecodeError> errors, Throwable failure) {
    }

    private static final Chunk END = new Chunk(null, -1, List.of(), null);

    private final ByteDecoder decoder;
    private final BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(BUFFERS + 1);
    private final BlockingQueue<char[]> free = new ArrayBlockingQueue<>(BUFFERS);
    private final Thread thread;
    private final ArrayDeque<ByteDecoder.DecodeError> errors = new ArrayDeque<>();
    private Chunk current;
    private int pos;
    private boolean ended;

    PipelinedDecoder(ByteDecoder decoder, String name) {
        this.decoder = decoder;
        for (int i = 0; i < BUFFERS; i++) {
            free.add(new char[CHUNK]);
        }
        this.thread = new Thread(this::produce, "civicdata-decode " + name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void produce() {
        try {
            while (true) {
                char[] buf = free.take();
                int len = 0;
                boolean eof = false;
                while (len < buf.length) {
                    int n = decoder.read(buf, len, buf.length - len);
                    if (n < 0) {
                        eof = true;
                        break;
                    }
                    len += n;
                }
                List<ByteDecoder.DecodeError> errs = List.of();
                if (decoder.peekError() != null) {
                    errs = new ArrayList<>();
                    while (decoder.peekError() != null) {
                        errs.add(decoder.pollError());
                    }
                }
                if (len > 0 || !errs.isEmpty()) {
                    full.put(new Chunk(buf, len, errs, null));
                }
                if (eof) {
                    full.put(END);
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closed by the consumer
        } catch (IOException | RuntimeException | Error e) {
            // handed to the reading thread, which would otherwise wait for the next chunk for ever
            // (an OutOfMemoryError or a throwing progress listener included)
            try {
                full.put(new Chunk(null, -1, List.of(), e));
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public int read(char[] dst, int off, int len) throws IOException {
        while (current == null || pos >= current.length()) {
            if (ended) {
                return -1;
            }
            if (current != null && current.chars() != null) {
                free.add(current.chars());
            }
            try {
                current = full.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while decoding");
            }
            pos = 0;
            if (current.failure() != null) {
                ended = true;
                Throwable f = current.failure();
                if (f instanceof IOException io) {
                    throw io;
                }
                if (f instanceof Error err) {
                    throw err;
                }
                throw (RuntimeException) f;
            }
            if (current == END) {
                ended = true;
                return -1;
            }
            errors.addAll(current.errors());
        }
        int n = Math.min(len, current.length() - pos);
        System.arraycopy(current.chars(), pos, dst, off, n);
        pos += n;
        return n;
    }

    ByteDecoder.DecodeError peekError() {
        return errors.peek();
    }

    ByteDecoder.DecodeError pollError() {
        return errors.poll();
    }

    /** Every decoding error seen; exact once the input has been read to its end. */
    long errorCount() {
        return decoder.errorCount();
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
