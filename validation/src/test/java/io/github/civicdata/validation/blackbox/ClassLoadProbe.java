package io.github.civicdata.validation.blackbox;

import io.github.civicdata.core.Report;
import io.github.civicdata.validation.Validator;
import java.nio.file.Path;

/**
 * Validates the files named after its first argument ({@code rules}, {@code template=ID} or
 * {@code schema=FILE}) and prints the number of findings; run in a JVM of its own with class
 * loading logged by {@link ClassLoadingTest}. Exit status: 0 fine, 2 an internal-error finding.
 */
public final class ClassLoadProbe {

    private ClassLoadProbe() {
    }

    public static void main(String[] args) {
        Validator.Builder b = Validator.builder();
        if (args[0].startsWith("template=")) {
            b.template(args[0].substring("template=".length()));
        } else if (args[0].startsWith("schema=")) {
            b.schema(Path.of(args[0].substring("schema=".length())));
        }
        Validator v = b.build();
        int status = 0;
        for (int i = 1; i < args.length; i++) {
            Report r = v.validate(Path.of(args[i]));
            if (r.countsByRule().containsKey(Validator.INTERNAL_ERROR)) {
                status = 2;
            }
            System.out.println(args[i] + " " + r.total());
        }
        System.exit(status);
    }
}
