package io.github.civicdata.validation;

import io.github.civicdata.core.LocalizedText;
import io.github.civicdata.core.Messages;
import java.util.Objects;

/**
 * Thrown instead of a bare {@link OutOfMemoryError} when the Java heap ran out while one input was
 * being validated: the validation has been unwound (its memory is free again), and
 * {@link #text()} says, in Japanese and English, how much of the input had been read (rows, the
 * widest row's columns, bytes), which structure grew, and what to change: more heap
 * ({@code -Xmx}), and {@code maxUniqueValues} / {@code --max-unique-values} only when the
 * uniqueness check is what filled the heap.
 *
 * <p>It is an {@code OutOfMemoryError}, so code that already handles those keeps working.
 * Immutable (apart from the inherited stack trace).
 *
 * <pre>{@code
 * try {
 *     report = validator.validate(path);
 * } catch (ValidationOutOfMemoryError e) {
 *     System.err.println(e.text().in(Locale.getDefault()));
 * }
 * }</pre>
 */
public final class ValidationOutOfMemoryError extends OutOfMemoryError {

    private static final long serialVersionUID = 1L;

    /** Share of the heap a structure must hold to be named as the one that grew. */
    static final int DOMINANT_SHARE_PERCENT = 25;
    /** Columns from which the message mentions {@code maxColumns}. */
    static final int MANY_COLUMNS = 1_000;

    private final String source;
    private final transient LocalizedText text;

    private ValidationOutOfMemoryError(String source, LocalizedText text) {
        super(text.en());
        this.source = source;
        this.text = text;
    }

    /**
     * The error for an input whose validation ran out of heap.
     *
     * @param source the input's name
     * @param f what had been read and held
     * @param v the validator (its limits are named in the message)
     * @param heapBytes the largest heap ({@link Runtime#maxMemory()})
     * @param cause the original error
     */
    static ValidationOutOfMemoryError of(String source, Footprint f, Validator v, long heapBytes,
            OutOfMemoryError cause) {
        long heapMb = heapBytes >> 20;
        long share = heapBytes / 100 * DOMINANT_SHARE_PERCENT;
        long suggest = Math.max(256, Long.highestOneBit(Math.max(1, heapMb)) * 4);
        Object[] common = {source, heapMb, f.rows, f.columns, f.bytes, suggest};
        String key;
        Object[] args;
        if (f.uniqueBytes >= share) {
            key = "validation.out-of-memory.unique";
            args = append(common, f.uniqueValues, f.uniqueBytes >> 20, v.maxUniqueValues);
        } else if (f.sharedChars * 2 + f.sharedStrings * 4 >= share) {
            key = "validation.out-of-memory.shared-strings";
            args = append(common, f.sharedStrings, f.sharedChars);
        } else if (f.columns >= MANY_COLUMNS) {
            key = "validation.out-of-memory.columns";
            args = append(common, v.maxColumns);
        } else {
            key = "validation.out-of-memory";
            args = common;
        }
        ValidationOutOfMemoryError e = new ValidationOutOfMemoryError(source, Messages.get().localize(key, args));
        e.initCause(cause);
        return e;
    }

    private static Object[] append(Object[] a, Object... more) {
        Object[] r = new Object[a.length + more.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(more, 0, r, a.length, more.length);
        return r;
    }

    /**
     * @return the name of the input whose validation ran out of memory
     */
    public String source() {
        return source;
    }

    /**
     * @return what happened and what to change, in Japanese and English
     */
    public LocalizedText text() {
        return Objects.requireNonNullElse(text, new LocalizedText(getMessage(), getMessage()));
    }
}
