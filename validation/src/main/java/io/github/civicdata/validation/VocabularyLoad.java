package io.github.civicdata.validation;

import io.github.civicdata.vocab.Vocabulary;
import io.github.civicdata.vocab.format.FormatChecks;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The vocabulary a validator matches headers with, and the value semantics built on it: given, or
 * the standard vocabulary loaded on a thread of its own. A validator of the standard vocabulary
 * without a template starts the load when it is built and waits for it where an input first needs
 * it (the table's set-up), so that opening the first file, detecting its encoding and delimiter and
 * starting its reading thread run while the vocabulary loads (issue 16; docs/startup.md § Overlapping
 * the vocabulary with opening the file).
 *
 * <p>Thread-safe. A failure of the load (a broken jar) is thrown where the vocabulary is first
 * needed, as it would have been thrown by {@link Vocabulary#standard()}.
 */
final class VocabularyLoad {

    private record Loaded(Vocabulary vocabulary, ValueSemantics semantics) {
    }

    /** Whether a background load of the standard vocabulary has completed in this JVM (then loading is cheap). */
    private static volatile boolean standardLoaded;

    private final FutureTask<Loaded> task;

    private VocabularyLoad(FutureTask<Loaded> task) {
        this.task = task;
    }

    /** The given vocabulary, with its semantics built now. */
    static VocabularyLoad of(Vocabulary vocabulary, FormatChecks checks, boolean detect) {
        FutureTask<Loaded> t = new FutureTask<>(() -> new Loaded(vocabulary, new VocabSemantics(vocabulary, checks, detect)));
        t.run();
        return new VocabularyLoad(t);
    }

    /** The standard vocabulary, loaded on a daemon thread started now (or at once if it was loaded before). */
    static VocabularyLoad standard(FormatChecks checks, boolean detect) {
        FutureTask<Loaded> t = new FutureTask<>(() -> {
            Vocabulary v = Vocabulary.standard();
            Loaded l = new Loaded(v, new VocabSemantics(v, checks, detect));
            standardLoaded = true;
            return l;
        });
        if (standardLoaded) {
            t.run();
        } else {
            Thread th = new Thread(t, "civicdata-vocabulary");
            th.setDaemon(true);
            th.start();
        }
        return new VocabularyLoad(t);
    }

    Vocabulary vocabulary() {
        return get().vocabulary();
    }

    ValueSemantics semantics() {
        return get().semantics();
    }

    private Loaded get() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the load is short: finish waiting, keep the interrupt
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof RuntimeException r) {
                        throw r;
                    }
                    if (c instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(c);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
