package io.github.civicdata.validation;

/**
 * Told how far the validation of a large input has got, every few megabytes read.
 *
 * <p>Called on the thread that reads the input (the validating thread, or for large CSV files the
 * thread that decodes them); implementations must be quick and must not throw. The
 * command-line tool uses one that prints to standard error when it is a terminal.
 *
 * <pre>{@code
 * Validator v = Validator.builder()
 *         .progress((source, bytes, total) -> System.err.printf("%s %d/%d%n", source, bytes, total))
 *         .build();
 * }</pre>
 */
@FunctionalInterface
public interface ProgressListener {

    /**
     * Reports progress.
     *
     * @param source the logical source name
     * @param bytesRead bytes read so far
     * @param totalBytes the input's size in bytes, or -1 when unknown (a stream)
     */
    void progress(String source, long bytesRead, long totalBytes);
}
