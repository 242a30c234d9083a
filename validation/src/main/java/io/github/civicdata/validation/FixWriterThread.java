package io.github.civicdata.validation;

import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Writes the fixed table on a thread of its own for a large CSV input (issue 14, speed): the
 * fixing thread copies each finished row's characters into a batch (one {@code arraycopy} per
 * cell) and hands full batches over through a bounded queue; this thread quotes, encodes (UTF-8)
 * and writes them with a {@link FixCsvWriter}, in order. The bytes are those the writer produces
 * when called row by row on the fixing thread ({@code FixPipelineEquivalenceTest},
 * {@code FixWriterThreadTest}).
 *
 * <p>Memory stays bounded: {@value #BATCHES} batches of about {@value #BATCH_CHARS} characters
 * (a batch takes at least one whole row, so a huge row makes one batch as large as that row; such
 * a batch gets a normal buffer again when it is reused).
 *
 * <p>A failure of the writing (an {@link UncheckedIOException} from the output stream, a runtime
 * exception, an {@link Error}) is thrown on the fixing thread at the next hand-over or at
 * {@link #finish()}: an I/O failure as a new {@link UncheckedIOException} around the same
 * {@link java.io.IOException} (what {@link FixCsvWriter} throws when it writes on the fixing
 * thread), anything else as it is. The output stream is closed by the fixing thread after this
 * thread has ended ({@link FixCsvWriter#close()}).
 *
 * <p>One producer (the fixing thread) and this thread; not otherwise thread-safe.
 */
final class FixWriterThread implements AutoCloseable {

    static final int BATCHES = 4;
    static final int BATCH_ENTRIES = 1024;
    static final int BATCH_CHARS = 64 * 1024;
    /** The flags of a cell given as a string: looked at character by character (quotes, non-ASCII). */
    static final int STRING = Cells.S_SEPARATOR | Cells.S_OTHER | Cells.S_NEWLINE | Cells.S_NON_ASCII;

    /** Rows waiting to be written (and rows to tally): cells as character ranges of one buffer; or the end. */
    static final class Batch {
        char[] chars;
        int len;
        int[] start;
        int[] end;
        int[] flags;
        int cells;
        /** Per entry: the index after its last cell. */
        final int[] entryEnd;
        /** Per entry: {@link #ROW}, {@link #EMPTY_ROW}, {@link #TALLY} or {@link #ROW_TALLY}. */
        final byte[] kind;
        int entries;
        /** The record whose characters were copied last, from {@link #copiedBase} (a row follows its tally). */
        RecordView copied;
        long copiedLine;
        int copiedBase;

        Batch(int chars, int entries) {
            this.chars = new char[chars];
            this.start = new int[entries * 8];
            this.end = new int[entries * 8];
            this.flags = new int[entries * 8];
            this.entryEnd = new int[entries];
            this.kind = new byte[entries];
        }

        void clear() {
            len = 0;
            cells = 0;
            entries = 0;
            copied = null;
        }
    }

    static final byte ROW = 0;
    static final byte EMPTY_ROW = 1;
    static final byte TALLY = 2;
    /** A row written and tallied (a row written as it is: the cells are the same). */
    static final byte ROW_TALLY = 3;

    /** The end of the rows. */
    private static final Batch END = new Batch(0, 0);

    private final FixCsvWriter csv;
    private final int batchChars;
    private final BlockingQueue<Batch> full;
    private final BlockingQueue<Batch> free;
    private final Thread thread;
    private volatile Throwable failure;
    /** Batches the writer thread has taken care of (for {@link #sync()}). */
    private volatile long done;
    private long handed;
    private Batch current;
    private boolean finished;
    // what the rows to tally are added to (set on the fixing thread before the first such row is handed over)
    private FixCounts counts;
    private FixPlan.Stats stats;
    private boolean trim;
    private ValueSemantics semantics;

    /**
     * @param csv the writer, used on this class's thread only until {@link #finish()} or {@link #close()}
     * @param name the source name, for the thread's name
     */
    FixWriterThread(FixCsvWriter csv, String name) {
        this(csv, name, BATCHES, BATCH_ENTRIES, BATCH_CHARS);
    }

    /**
     * With other batch sizes (tests: tiny batches cycle every buffer many times in a small table).
     *
     * @param batches batches in use at most (at least 1)
     * @param entries rows per batch at most (at least 1)
     * @param chars characters per batch before it is handed over (at least 1)
     */
    FixWriterThread(FixCsvWriter csv, String name, int batches, int entries, int chars) {
        if (batches < 1 || entries < 1 || chars < 1) {
            throw new IllegalArgumentException("batch sizes must be >= 1: " + batches + ", " + entries + ", " + chars);
        }
        this.csv = csv;
        this.batchChars = chars;
        this.full = new ArrayBlockingQueue<>(batches + 1);
        this.free = new ArrayBlockingQueue<>(batches);
        for (int b = 0; b < batches; b++) {
            free.add(new Batch(chars, entries));
        }
        this.thread = new Thread(this::consume, "civicdata-write " + name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void consume() {
        try {
            while (true) {
                Batch b = full.take();
                if (b == END) {
                    return;
                }
                if (failure == null) {
                    try {
                        write(b);
                    } catch (RuntimeException | Error e) {
                        failure = e; // the fixing thread throws it; the batches still come back to it
                    }
                }
                b.clear();
                done++; // (only this thread writes it)
                free.put(b);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closed after a failure elsewhere
        }
    }

    private void write(Batch b) {
        int from = 0;
        for (int r = 0; r < b.entries; r++) {
            int to = b.entryEnd[r];
            switch (b.kind[r]) {
                case ROW -> csv.row(b.chars, b.start, b.end, b.flags, from, to);
                case EMPTY_ROW -> csv.emptyRow();
                case ROW_TALLY -> {
                    csv.row(b.chars, b.start, b.end, b.flags, from, to);
                    counts.tally(b.chars, b.start, b.end, b.flags, from, to, stats, trim, semantics);
                }
                default -> counts.tally(b.chars, b.start, b.end, b.flags, from, to, stats, trim, semantics);
            }
            from = to;
        }
    }

    /** As {@link FixCsvWriter#row(String[], int)}. */
    void row(String[] cells, int n) {
        row(cells, n, null, null, null);
    }

    /** As {@link FixCsvWriter#row(String[], int, RecordView, int[], int[])}: queued for writing. */
    void row(String[] cells, int n, RecordView rec, int[] source, int[] flags) {
        Batch b = current();
        cells(b, n);
        int c = b.cells;
        if (n == 1 && cells[0] != null && cells[0].isEmpty()) {
            b.start[c] = b.len;
            b.end[c] = b.len;
            b.flags[c] = 0;
            add(b, EMPTY_ROW, c + 1);
            return;
        }
        int base = -1;
        for (int k = 0; k < n; k++, c++) {
            String v = cells[k];
            if (v == null) {
                if (base < 0) {
                    base = copy(b, rec);
                }
                int i = source[k];
                b.start[c] = base + rec.start[i];
                b.end[c] = base + rec.end[i];
                b.flags[c] = flags[i];
            } else {
                int len = v.length();
                room(b, len);
                v.getChars(0, len, b.chars, b.len);
                b.start[c] = b.len;
                b.len += len;
                b.end[c] = b.len;
                b.flags[c] = STRING;
            }
        }
        add(b, ROW, c);
    }

    /**
     * A data row written as it is (its cells from the record's characters, {@code flags[i]} their
     * scan flags); with {@code counts} not null also added to the statistics, as by {@link #tally}.
     */
    void row(RecordView rec, int[] flags, FixCounts counts, FixPlan.Stats stats, boolean trim,
            ValueSemantics semantics) {
        if (counts != null) {
            this.counts = counts;
            this.stats = stats;
            this.trim = trim;
            this.semantics = semantics;
        }
        entry(rec, flags, counts != null ? ROW_TALLY : ROW);
    }

    /**
     * A data row to add to the statistics on this thread ({@link FixCounts#tally}), after the rows
     * queued before it; {@code flags} are its cells' {@link FixCounts#flags}. The statistics may be
     * read on the fixing thread after {@link #sync()}.
     */
    void tally(RecordView rec, int[] flags, FixCounts counts, FixPlan.Stats stats, boolean trim,
            ValueSemantics semantics) {
        this.counts = counts;
        this.stats = stats;
        this.trim = trim;
        this.semantics = semantics;
        entry(rec, flags, TALLY);
    }

    /** An entry of the record's cells (its characters copied once per batch). */
    private void entry(RecordView rec, int[] flags, byte kind) {
        Batch b = current();
        int n = rec.size;
        cells(b, n);
        int base = copy(b, rec);
        int c = b.cells;
        int[] bs = b.start;
        int[] be = b.end;
        int[] rs = rec.start;
        int[] re = rec.end;
        for (int i = 0; i < n; i++, c++) {
            bs[c] = base + rs[i];
            be[c] = base + re[i];
        }
        System.arraycopy(flags, 0, b.flags, b.cells, n);
        add(b, kind, c);
    }

    /** Room for n more cells. */
    private static void cells(Batch b, int n) {
        if (b.cells + n > b.start.length) {
            int size = Math.max(b.cells + n, b.start.length * 2);
            b.start = Arrays.copyOf(b.start, size);
            b.end = Arrays.copyOf(b.end, size);
            b.flags = Arrays.copyOf(b.flags, size);
        }
    }

    /** Copies the record's characters into the batch (once per record and batch); where they start. */
    private static int copy(Batch b, RecordView rec) {
        if (b.copied == rec && b.copiedLine == rec.line) {
            return b.copiedBase;
        }
        room(b, rec.charLen);
        System.arraycopy(rec.chars, 0, b.chars, b.len, rec.charLen);
        b.copied = rec;
        b.copiedLine = rec.line;
        b.copiedBase = b.len;
        b.len += rec.charLen;
        return b.copiedBase;
    }

    private void add(Batch b, byte kind, int cellsEnd) {
        b.cells = cellsEnd;
        b.kind[b.entries] = kind;
        b.entryEnd[b.entries++] = cellsEnd;
        if (b.entries == b.kind.length || b.len >= batchChars) {
            hand(b);
            current = null;
        }
    }

    private static void room(Batch b, int len) {
        if (b.len + len > b.chars.length) {
            b.chars = Arrays.copyOf(b.chars, Math.max(b.len + len, b.chars.length * 2));
        }
    }

    private Batch current() {
        if (current == null) {
            throwFailure();
            try {
                current = free.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing the fixed table", e);
            }
            if (current.chars.length > 4 * batchChars) {
                current.chars = new char[batchChars]; // a huge row made it large
            }
        }
        return current;
    }

    private void hand(Batch b) {
        try {
            handed++;
            full.put(b);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the fixed table", e);
        }
        throwFailure();
    }

    private void throwFailure() {
        Throwable f = failure;
        if (f == null) {
            return;
        }
        finished = true;
        thread.interrupt();
        if (f instanceof UncheckedIOException io) {
            throw new UncheckedIOException(io.getCause());
        }
        if (f instanceof Error err) {
            throw err;
        }
        throw (RuntimeException) f;
    }

    /**
     * Waits until this thread has taken care of every row queued so far (the statistics of the rows
     * to tally are then complete and visible to the calling thread).
     *
     * @throws UncheckedIOException if writing failed (see the class description)
     */
    void sync() {
        if (current != null && current.entries > 0) {
            hand(current);
            current = null;
        }
        while (done < handed) {
            if (!thread.isAlive()) {
                throw new IllegalStateException("the writer thread ended early");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(50_000);
        }
        throwFailure();
    }

    /**
     * Writes the rows still queued and waits for this thread to end; afterwards the writer may be
     * used (and closed) on the calling thread.
     *
     * @throws UncheckedIOException if writing failed (see the class description)
     */
    void finish() {
        if (finished) {
            return;
        }
        if (current != null && current.entries > 0) {
            hand(current);
        }
        current = null;
        try {
            full.put(END);
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the fixed table", e);
        } finally {
            finished = true;
        }
        throwFailure();
    }

    /** Stops the thread without writing what is queued (after a failure elsewhere); waits for it to end. */
    @Override
    public void close() {
        if (!finished) {
            finished = true;
            thread.interrupt();
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
