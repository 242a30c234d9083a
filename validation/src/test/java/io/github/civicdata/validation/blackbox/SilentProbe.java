package io.github.civicdata.validation.blackbox;

import io.github.civicdata.core.Report;
import io.github.civicdata.validation.Validator;
import io.github.civicdata.validation.ValidationOutOfMemoryError;
import java.nio.file.Path;

/**
 * Validates the files named on its command line and prints nothing unless something failed; run
 * in a JVM of its own by {@link LibrarySilenceTest} (a class path without any logging
 * configuration) and {@link WideFileTest} (a small heap). Exit status: 0 fine, 2 an internal error
 * finding, 3 an exception, 4 out of memory.
 */
public final class SilentProbe {

    private SilentProbe() {
    }

    public static void main(String[] args) {
        Validator v = Validator.builder().build();
        int status = 0;
        for (String a : args) {
            try {
                Report r = v.validate(Path.of(a));
                if (r.countsByRule().containsKey(Validator.INTERNAL_ERROR)) {
                    status = Math.max(status, 2);
                }
            } catch (ValidationOutOfMemoryError e) {
                status = Math.max(status, 4);
                System.err.println("probe: " + e.text().en());
            } catch (RuntimeException | Error e) {
                status = Math.max(status, 3);
                System.err.println("probe: " + a + ": " + e);
            }
        }
        System.exit(status);
    }
}
