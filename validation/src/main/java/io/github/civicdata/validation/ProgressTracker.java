package io.github.civicdata.validation;

/** Forwards byte counts to a {@link ProgressListener} at most every few megabytes. */
final class ProgressTracker {

    static final ProgressTracker NONE = new ProgressTracker(null, "", -1);

    private static final long STEP = 8L << 20;

    private final ProgressListener listener;
    private final String source;
    private final long total;
    private long done;
    private long nextReport = STEP;

    ProgressTracker(ProgressListener listener, String source, long total) {
        this.listener = listener;
        this.source = source;
        this.total = total;
    }

    void advance(long n) {
        if (listener == null) {
            return;
        }
        done += n;
        if (done >= nextReport) {
            nextReport = done + STEP;
            listener.progress(source, done, total);
        }
    }

    void finish() {
        if (listener != null) {
            listener.progress(source, done, total);
        }
    }
}
