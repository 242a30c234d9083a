package io.github.civicdata.validation;

import io.github.civicdata.core.Location;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.Severity;
import io.github.civicdata.vocab.DatasetTemplate;
import io.github.civicdata.vocab.HeaderMapping;
import io.github.civicdata.vocab.Vocabulary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A two-file dataset (施設・設備分離型): files of a template that declares a companion (a dataset file
 * and the shared 施設 file joined on {@code 施設_ID}). Each input is given the role its header fits
 * best, validated against its own template, and then every key of the dataset files must be a key
 * of the companion files: a missing one is a {@code foreign-key} error (frictionless
 * {@code foreign-key}; the same check will serve CSVW {@code foreignKeys}). Without a companion file
 * the report says so once (info); keys that cannot be checked (a workbook, no key column, more
 * keys than {@code maxUniqueValues}) are a warning, never silently passed.
 *
 * <p>Memory: the companion's keys are kept, up to {@code maxUniqueValues}; the dataset files are
 * streamed. One instance per run; not thread-safe.
 */
final class CompanionFiles {

    private final Validator main;
    private final Validator companion;
    private final DatasetTemplate template;
    private final DatasetTemplate companionTemplate;
    private final String key;

    CompanionFiles(Validator main, Validator companion) {
        this.main = main;
        this.companion = companion;
        this.template = main.template().orElseThrow();
        this.companionTemplate = companion.template().orElseThrow();
        this.key = template.companion().orElseThrow().key();
    }

    void validate(Collection<Path> files, Report.Builder rb, boolean throwUnreadable) {
        List<Path> dataset = new ArrayList<>();
        List<Path> shared = new ArrayList<>();
        for (Path f : files) {
            (isCompanion(f) ? shared : dataset).add(f);
        }
        for (Path f : files) {
            (shared.contains(f) ? companion : main).validateOne(f, rb, throwUnreadable);
        }
        Emitter out = new Emitter(rb, main.severities, main.disabled, main.maxFindingsPerColumn, main.hideValues);
        if (shared.isEmpty()) {
            for (Path f : dataset) {
                out.startSource(f.toString(), null);
                out.emit(RuleIds.FOREIGN_KEY, "foreign-key.no-companion", Severity.INFO, Location.of(f.toString()),
                        null, null, template.key(), companionTemplate.key(), key);
            }
            return;
        }
        Set<String> keys = new HashSet<>();
        List<String> names = new ArrayList<>();
        String unchecked = null;
        Object[] uncheckedArgs = null;
        for (Path f : shared) {
            names.add(f.toString());
            if (!csv(f)) {
                unchecked = "foreign-key.unchecked-format";
                uncheckedArgs = new Object[] {f.toString()};
                continue;
            }
            try {
                int col = new KeyTable(f, main).keys(companionTemplate, key, (value, line, row, column) -> {
                    keys.add(value);
                    return keys.size() <= main.maxUniqueValues;
                });
                if (col < 0) {
                    unchecked = "foreign-key.unchecked-column";
                    uncheckedArgs = new Object[] {f.toString(), key};
                }
            } catch (IOException | RuntimeException e) {
                unchecked = "foreign-key.unchecked-format"; // the file itself was reported unreadable
                uncheckedArgs = new Object[] {f.toString()};
            }
        }
        if (keys.size() > main.maxUniqueValues) {
            unchecked = "foreign-key.unchecked-limit";
            uncheckedArgs = new Object[] {String.join(", ", names), main.maxUniqueValues,
                "maxUniqueValues / --max-unique-values"};
        }
        String companions = String.join(", ", names);
        for (Path f : dataset) {
            String name = f.toString();
            out.startSource(name, null);
            if (unchecked != null) {
                out.emit(RuleIds.FOREIGN_KEY, unchecked, Severity.WARNING, Location.of(name), null, null, uncheckedArgs);
                continue;
            }
            if (!csv(f)) {
                out.emit(RuleIds.FOREIGN_KEY, "foreign-key.unchecked-format", Severity.WARNING, Location.of(name), null,
                        null, name);
                continue;
            }
            try {
                new KeyTable(f, main).keys(template, key, (value, line, row, column) -> {
                    if (!keys.contains(value)) {
                        out.emit(out.cell(RuleIds.FOREIGN_KEY, RuleIds.FOREIGN_KEY, null, line, row, column + 1, key,
                                value, null, key, companions, companionTemplate.key()));
                    }
                    return true;
                });
            } catch (IOException | RuntimeException e) {
                // the file was already reported as unreadable by its validation
            }
            out.endSource();
        }
    }

    /**
     * Whether a file's header fits the companion's template better than the dataset's: among its
     * first records, the most columns that the header mapping maps to columns of one template only.
     */
    private boolean isCompanion(Path f) {
        if (!csv(f)) {
            return false;
        }
        try {
            Vocabulary vocabulary = main.vocabulary();
            Set<String> mainHeaders = new HashSet<>(template.headers());
            Set<String> companionHeaders = new HashSet<>(companionTemplate.headers());
            int mainScore = 0;
            int companionScore = 0;
            for (List<String> record : new KeyTable(f, main).head()) {
                mainScore = Math.max(mainScore, only(vocabulary.mapHeader(template, record), companionHeaders));
                companionScore = Math.max(companionScore,
                        only(vocabulary.mapHeader(companionTemplate, record), mainHeaders));
            }
            return companionScore > mainScore;
        } catch (IOException | RuntimeException e) {
            return false; // validated as a dataset file, which reports why it cannot be read
        }
    }

    /** The matched columns whose template column is not also a column of the other template. */
    private static int only(HeaderMapping m, Set<String> otherHeaders) {
        int n = 0;
        for (HeaderMapping.Column c : m.matched()) {
            if (!otherHeaders.contains(c.target().orElseThrow().header())) {
                n++;
            }
        }
        return n;
    }

    private static boolean csv(Path f) {
        String n = f.getFileName() == null ? "" : f.getFileName().toString().toLowerCase(Locale.ROOT);
        return !(n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls") || n.endsWith(".ods"));
    }
}
