package io.github.civicdata.validation;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

/**
 * Bytes appended in order, then read back at any position: held in the heap while they fit a
 * budget, and beyond it in a temporary file that is mapped into memory for reading, so that what a
 * file needs to remember (a workbook's shared strings) does not take heap in proportion to its size.
 *
 * <p>The temporary file is readable by its owner only, deleted when the buffer is closed (and by
 * the system when the process ends first: it is opened with {@code DELETE_ON_CLOSE}). Its mapped
 * pages are page cache, not heap; they are released when the mapping is collected.
 *
 * <p>{@link #finish()} ends appending; reading before it is not allowed (so that reading never
 * does I/O that could fail). Not thread-safe.
 */
final class SpillBuffer implements Closeable {

    /** Bytes per mapped segment. */
    private static final long SEGMENT = 1L << 30;
    /** Overlap of consecutive segments, so that a value never straddles two. */
    private static final long OVERLAP = 8;

    private final long budget;
    private final String label;
    private byte[] heap = new byte[256];
    private ByteBuffer heapView = ByteBuffer.wrap(heap);
    private long size;
    private FileChannel channel;
    private ByteBuffer pending;
    private MappedByteBuffer[] segments;
    private boolean sealed;

    /**
     * @param budget the most bytes held in the heap before the rest goes to a temporary file
     * @param label a word in the temporary file's name (what it holds)
     */
    SpillBuffer(long budget, String label) {
        this.budget = budget;
        this.label = label;
    }

    /** Bytes appended so far. */
    long size() {
        return size;
    }

    /** Whether the bytes went to a temporary file. */
    boolean spilled() {
        return channel != null;
    }

    /** Bytes held in the heap now. */
    long heapBytes() {
        return channel == null ? heap.length : pending.capacity();
    }

    void putChar(char c) throws IOException {
        room(2);
        if (channel == null) {
            heapView.putChar((int) size, c);
        } else {
            pending.putChar(c);
        }
        size += 2;
    }

    void putInt(int v) throws IOException {
        room(4);
        if (channel == null) {
            heapView.putInt((int) size, v);
        } else {
            pending.putInt(v);
        }
        size += 4;
    }

    char getChar(long at) {
        readable();
        if (segments == null) {
            return heapView.getChar((int) at);
        }
        return segments[(int) (at / SEGMENT)].getChar((int) (at % SEGMENT));
    }

    int getInt(long at) {
        readable();
        if (segments == null) {
            return heapView.getInt((int) at);
        }
        return segments[(int) (at / SEGMENT)].getInt((int) (at % SEGMENT));
    }

    private void readable() {
        if (!sealed) {
            throw new IllegalStateException("reading before finish()");
        }
    }

    private void room(int n) throws IOException {
        if (sealed) {
            throw new IllegalStateException("appending after reading");
        }
        if (channel == null) {
            if (size + n <= heap.length) {
                return;
            }
            if (size + n <= budget) {
                heap = Arrays.copyOf(heap, (int) Math.min(budget, Math.max(size + n, heap.length * 2L)));
                heapView = ByteBuffer.wrap(heap);
                return;
            }
            spill();
        }
        if (pending.remaining() < n) {
            flush();
        }
    }

    private void spill() throws IOException {
        Path path;
        try {
            path = Files.createTempFile("civicdata-" + label + "-", ".bin",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            path = Files.createTempFile("civicdata-" + label + "-", ".bin");
        }
        channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
        pending = ByteBuffer.allocate(1 << 16);
        ByteBuffer held = ByteBuffer.wrap(heap, 0, (int) size);
        while (held.hasRemaining()) {
            channel.write(held);
        }
        heap = null;
        heapView = null;
    }

    private void flush() throws IOException {
        pending.flip();
        while (pending.hasRemaining()) {
            channel.write(pending);
        }
        pending.clear();
    }

    /**
     * Ends appending: from here on the bytes are only read.
     *
     * @throws IOException when the temporary file cannot be written or mapped
     */
    void finish() throws IOException {
        if (sealed) {
            return;
        }
        sealed = true;
        if (channel == null) {
            return;
        }
        flush();
        int n = (int) ((size + SEGMENT - 1) / SEGMENT);
        segments = new MappedByteBuffer[n];
        for (int i = 0; i < n; i++) {
            long from = i * SEGMENT;
            segments[i] = channel.map(FileChannel.MapMode.READ_ONLY, from, Math.min(size - from, SEGMENT + OVERLAP));
        }
        pending = null;
    }

    @Override
    public void close() throws IOException {
        segments = null;
        heap = null;
        heapView = null;
        if (channel != null) {
            channel.close();
        }
    }
}
