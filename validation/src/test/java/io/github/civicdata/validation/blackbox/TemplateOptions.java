package io.github.civicdata.validation.blackbox;

import io.github.civicdata.validation.Validator;
import java.nio.file.Path;

/** Template and schema options of golden cases. */
final class TemplateOptions {

    private TemplateOptions() {
    }

    static void template(Validator.Builder b, String id) {
        b.template(id);
    }

    static void schema(Validator.Builder b, Path file) {
        b.schema(file);
    }
}
