package io.github.civicdata.validation;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;

/**
 * Reads records on a second thread for a large CSV file: that thread decodes and tokenises (the
 * {@link Source}), fills batches of pooled {@link RecordView}s and hands them over through a
 * bounded queue, while the calling thread runs the checks on them in order. The checks see the
 * same records in the same order as when read on one thread, so the findings and their order are
 * the same; only the work is spread over two cores.
 *
 * <p>Memory stays bounded: {@value #BATCHES} batches of at most {@value #BATCH_RECORDS} records
 * exist; a batch is closed once it holds {@value #BATCH_CHARS} characters, the batches waiting for
 * the checks hold at most {@value #BUDGET_CHARS} characters between them (a batch with one huge
 * record waits until the others are checked), and a pooled record whose arrays grew beyond
 * {@value #KEEP_CHARS} characters gets small ones again once it has been checked.
 *
 * <p>One producer thread and one consumer thread; {@link #close()} stops the producer if the
 * consumer ends early. A failure of the producer (an {@link IOException}, a runtime exception, an
 * {@link Error} such as running out of memory) is thrown by {@link #next()} on the consumer thread.
 */
final class RecordPipeline implements AutoCloseable {

    /** Reads the next record into the view; false at the end of input. Runs on the reading thread. */
    interface Source {
        boolean next(RecordView rec) throws IOException;
    }

    static final int BATCHES = 4;
    static final int BATCH_RECORDS = 256;
    static final int BATCH_CHARS = 64 * 1024;
    static final int BUDGET_CHARS = 1 << 20;
    static final int KEEP_CHARS = 8 * 1024;

    /** A batch of records, or the end, or the reading thread's failure. */
    static final class Batch {
        final RecordView[] records;
        int size;
        int permits;
        /** Whether a record of the batch must be made small again before reuse ({@link RecordView#oversized}). */
        boolean oversized;
        Throwable failure;
        boolean end;

        Batch(RecordView[] records) {
            this.records = records;
        }
    }

    private final Source source;
    private final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(BATCHES + 1);
    private final BlockingQueue<Batch> free = new ArrayBlockingQueue<>(BATCHES);
    private final Semaphore budget = new Semaphore(BUDGET_CHARS);
    private final Thread thread;
    private Batch current;
    private int index;
    private boolean ended;

    /**
     * @param source reads one record; called on the pipeline's thread only
     * @param limits a record with the limits (columns, field and line length) every pooled record gets
     * @param name the source name, for the thread's name
     */
    RecordPipeline(Source source, RecordView limits, String name) {
        this.source = source;
        for (int b = 0; b < BATCHES; b++) {
            RecordView[] recs = new RecordView[BATCH_RECORDS];
            for (int i = 0; i < recs.length; i++) {
                recs[i] = new RecordView(limits.maxColumns, limits.maxFieldLength, limits.maxLineLength);
            }
            free.add(new Batch(recs));
        }
        this.thread = new Thread(this::produce, "civicdata-read " + name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void produce() {
        try {
            while (true) {
                Batch b = free.take();
                b.size = 0;
                b.oversized = false;
                long chars = 0;
                boolean eof = false;
                while (b.size < BATCH_RECORDS && chars < BATCH_CHARS) {
                    RecordView r = b.records[b.size];
                    if (!source.next(r)) {
                        eof = true;
                        break;
                    }
                    b.size++;
                    chars += r.weight();
                    if (r.oversized(KEEP_CHARS)) {
                        b.oversized = true; // tested here, so that the checking thread loops over a batch only then
                    }
                }
                if (b.size > 0) {
                    b.permits = (int) Math.min(chars, BUDGET_CHARS);
                    budget.acquire(b.permits);
                    full.put(b);
                } else {
                    free.add(b);
                }
                if (eof) {
                    Batch end = new Batch(new RecordView[0]);
                    end.end = true;
                    full.put(end);
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closed by the consumer
        } catch (IOException | RuntimeException | Error e) {
            // handed to the checking thread, which would otherwise wait for the next batch for ever
            Batch fail = new Batch(new RecordView[0]);
            fail.failure = e;
            try {
                full.put(fail);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The next record, in input order; valid until the next call.
     *
     * @return the record, or null at the end of input
     * @throws IOException if reading failed
     */
    RecordView next() throws IOException {
        Batch b = current;
        if (b != null && index < b.size) {
            return b.records[index++];
        }
        return nextBatch();
    }

    /**
     * The first record of the next batch (the hand-over between the threads, in a method of its own
     * so that the JIT compiles the per-record way above small, into the checking loop).
     */
    private RecordView nextBatch() throws IOException {
        while (current == null || index >= current.size) {
            if (ended) {
                return null;
            }
            if (current != null) {
                recycle(current);
            }
            try {
                current = full.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while reading");
            }
            index = 0;
            if (current.failure != null) {
                ended = true;
                Throwable f = current.failure;
                current = null;
                if (f instanceof IOException io) {
                    throw io;
                }
                if (f instanceof Error err) {
                    throw err;
                }
                throw (RuntimeException) f;
            }
            if (current.end) {
                ended = true;
                current = null;
                return null;
            }
        }
        return current.records[index++];
    }

    /** Gives a checked batch back to the reading thread, with oversized records made small again. */
    private void recycle(Batch b) {
        if (b.oversized) {
            for (int i = 0; i < b.size; i++) {
                b.records[i].shrink(KEEP_CHARS);
            }
        }
        budget.release(b.permits);
        b.size = 0;
        free.add(b);
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
