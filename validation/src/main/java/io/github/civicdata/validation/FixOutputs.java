package io.github.civicdata.validation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a {@link Fixer} writes: the fixed table (CSV, UTF-8), the change log (CSV or JSON) and the
 * sidecar (JSON: everything moved out of the table). Leave out the table for a dry run (only the
 * log is written).
 *
 * <p>Each output is a {@link Target} that the fixer opens when it starts writing and closes at
 * the end. A target may be opened a second time: when a column decision made from the first rows
 * of a large table turns out wrong further down (a unit, a blank column), the fixer reads the
 * input again and the target must then start over from an empty output. Targets made from a
 * {@link Path} truncate the file on each opening; they write the file in place (use a temporary
 * file and a move, as the CLI does, for an atomic replacement).
 *
 * <p>Immutable and thread-safe when its targets are.
 *
 * <pre>{@code
 * FixOutputs outputs = FixOutputs.builder()
 *         .table(Path.of("aed_fixed.csv"))
 *         .changes(Path.of("changes.csv"))          // .json for JSON
 *         .sidecar(Path.of("aed_notes.json"))
 *         .build();
 * }</pre>
 */
public final class FixOutputs {

    /**
     * Opens an output, from its start, each time it is called. The fixer opens and closes the
     * stream on the calling thread; the fixed table of a CSV input of 4 MB or more is written to it
     * from a thread of the fixer's own (one thread at a time, never at once with the calling thread).
     */
    @FunctionalInterface
    public interface Target {
        /**
         * @return a stream positioned at the start of an empty output; the fixer closes it
         * @throws IOException if it cannot be opened
         */
        OutputStream open() throws IOException;

        /**
         * A target that writes a file in place, truncating it on each opening.
         *
         * @param file the file (its folder must exist)
         * @return the target
         */
        static Target of(Path file) {
            Objects.requireNonNull(file, "file");
            return () -> Files.newOutputStream(file);
        }
    }

    /** The format of the change log. */
    public enum LogFormat {
        /** One row per change, then one summary row per transformation (UTF-8, comma-separated). */
        CSV,
        /** {@code {"changes": [...], "summary": [...]}}. */
        JSON;

        /**
         * The format a file name asks for: JSON for {@code .json}, else CSV.
         *
         * @param fileName the file name
         * @return the format
         */
        public static LogFormat of(String fileName) {
            return fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : CSV;
        }
    }

    private final Target table;
    private final Target changes;
    private final LogFormat logFormat;
    private final Target sidecar;
    private final Locale locale;

    private FixOutputs(Builder b) {
        this.table = b.table;
        this.changes = b.changes;
        this.logFormat = b.logFormat;
        this.sidecar = b.sidecar;
        this.locale = b.locale;
    }

    /**
     * Starts a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the fixed table, empty for a dry run */
    public Optional<Target> table() {
        return Optional.ofNullable(table);
    }

    /** @return the change log */
    public Optional<Target> changes() {
        return Optional.ofNullable(changes);
    }

    /** @return the change log's format */
    public LogFormat logFormat() {
        return logFormat;
    }

    /** @return the sidecar */
    public Optional<Target> sidecar() {
        return Optional.ofNullable(sidecar);
    }

    /** @return the language of the reasons in the change log */
    public Locale locale() {
        return locale;
    }

    /** Configures {@link FixOutputs}; not thread-safe. */
    public static final class Builder {
        private Target table;
        private Target changes;
        private LogFormat logFormat = LogFormat.CSV;
        private Target sidecar;
        private Locale locale = Locale.ENGLISH;

        private Builder() {
        }

        /**
         * The fixed table.
         *
         * @param target the target
         * @return this builder
         */
        public Builder table(Target target) {
            this.table = Objects.requireNonNull(target, "target");
            return this;
        }

        /**
         * The fixed table, written to a file in place.
         *
         * @param file the file
         * @return this builder
         */
        public Builder table(Path file) {
            return table(Target.of(file));
        }

        /**
         * The change log.
         *
         * @param target the target
         * @param format its format
         * @return this builder
         */
        public Builder changes(Target target, LogFormat format) {
            this.changes = Objects.requireNonNull(target, "target");
            this.logFormat = Objects.requireNonNull(format, "format");
            return this;
        }

        /**
         * The change log, written to a file in place; JSON when the name ends in {@code .json}.
         *
         * @param file the file
         * @return this builder
         */
        public Builder changes(Path file) {
            return changes(Target.of(file), LogFormat.of(file.getFileName().toString()));
        }

        /**
         * The sidecar (JSON).
         *
         * @param target the target
         * @return this builder
         */
        public Builder sidecar(Target target) {
            this.sidecar = Objects.requireNonNull(target, "target");
            return this;
        }

        /**
         * The sidecar, written to a file in place.
         *
         * @param file the file
         * @return this builder
         */
        public Builder sidecar(Path file) {
            return sidecar(Target.of(file));
        }

        /**
         * The language of the reasons in the change log: {@link Locale#JAPANESE}, or English
         * (the default) for any other.
         *
         * @param locale the locale
         * @return this builder
         */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * @return the outputs
         * @throws IllegalArgumentException when neither a table nor a change log is given
         */
        public FixOutputs build() {
            if (table == null && changes == null) {
                throw new IllegalArgumentException("give the table, the change log or both");
            }
            return new FixOutputs(this);
        }
    }
}
