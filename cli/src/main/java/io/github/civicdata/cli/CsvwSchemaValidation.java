package io.github.civicdata.cli;

import io.github.civicdata.core.Report;
import io.github.civicdata.validation.Validator;
import io.github.civicdata.validation.csvw.CsvwInput;
import io.github.civicdata.validation.csvw.CsvwProcessor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code validate --schema METADATA} with CSVW metadata: each file is checked with CSVW semantics
 * (the metadata is user-supplied; a one-table metadata whose url names another file is applied to
 * the file, with a {@code csvw.metadata.location} warning) and, unless {@code --rules none}, with
 * the machine-readability rules; one combined report.
 */
final class CsvwSchemaValidation {

    private CsvwSchemaValidation() {
    }

    /**
     * @param files the CSV files
     * @param metadata the CSVW metadata
     * @param rules the validator of the machine-readability rules, or null for {@code --rules none}
     * @param csvw the CSVW processor
     * @param maxFindings the report's cap
     */
    static Report validate(List<Path> files, Path metadata, Validator rules, CsvwProcessor csvw, int maxFindings) {
        Report.Builder b = Report.builder().maxFindings(maxFindings).rules(csvw.rules());
        if (rules != null) {
            b.merge(rules.validate(files));
        }
        for (Path f : files) {
            if (rules != null && (!Files.isRegularFile(f) || !Files.isReadable(f))) {
                continue; // reported by the machine-readability run (file.unreadable)
            }
            b.merge(csvw.validate(CsvwInput.tabular(f, metadata).applyingToTabular()).report());
        }
        return b.build();
    }
}
