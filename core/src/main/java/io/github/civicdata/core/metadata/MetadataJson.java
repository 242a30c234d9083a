package io.github.civicdata.core.metadata;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * The JSON form of {@link DatasetRecord}s: writing, and reading with validation.
 *
 * <p>Field names are stable and documented (docs/metadata.md, and the JSON Schemas of {@link
 * MetadataSchema}); dates are ISO 8601 ({@code 2024-04-01}); absent optional fields and empty
 * lists are left out. Output is UTF-8, indented by two spaces, with LF line ends and a final line
 * end, so that record files diff well in version control.
 *
 * <p>Reading ({@link #reader()}) never throws for bad content: broken JSON gives a finding with
 * line and column ({@code metadata.json-syntax}); every JSON Schema violation gives a finding with
 * a JSON pointer ({@code metadata.schema}); values the schema cannot judge give {@code
 * metadata.invalid-value}; then the {@link RecordChecks} run, when configured. Findings carry the
 * line and column of their pointer.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * String json = MetadataJson.write(record);
 * RecordReader reader = MetadataJson.reader().checks(RecordChecks.standard()).build();
 * RecordReadResult result = reader.read(Path.of("catalog/toilet.json"));
 * }</pre>
 */
public final class MetadataJson {

    /** The default limit on the size of a record file, 16 MiB. */
    public static final long DEFAULT_MAX_BYTES = 16L << 20;

    private MetadataJson() {
    }

    /**
     * The JSON text of a record.
     *
     * @param record the record
     * @return the JSON text, ending with a line feed
     */
    public static String write(DatasetRecord record) {
        return JsonRecordCodec.writeString(Objects.requireNonNull(record, "record"));
    }

    /**
     * Writes the JSON text of a record in UTF-8 (without BOM). The stream is not closed.
     *
     * @param record the record
     * @param out the stream
     * @throws IOException if writing fails
     */
    public static void write(DatasetRecord record, OutputStream out) throws IOException {
        out.write(write(record).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads one record from JSON text, checking syntax, schema and values (not the {@link
     * RecordChecks}).
     *
     * @param json the JSON text
     * @return the record
     * @throws InvalidRecordException if the text does not give a valid record
     */
    public static DatasetRecord parse(String json) {
        RecordReadResult r = new JsonRecordReader(Optional.empty(), Long.MAX_VALUE)
                .read(json.getBytes(StandardCharsets.UTF_8), "<string>");
        if (r.record().isEmpty()) {
            throw new InvalidRecordException(r.findings());
        }
        return r.record().get();
    }

    /**
     * Starts a reader of JSON record files (files ending in {@code .json}).
     *
     * @return a new builder
     */
    public static ReaderBuilder reader() {
        return new ReaderBuilder();
    }

    /** Builds a JSON {@link RecordReader}; not thread-safe. */
    public static final class ReaderBuilder {
        private Optional<RecordChecks> checks = Optional.empty();
        private long maxBytes = DEFAULT_MAX_BYTES;

        private ReaderBuilder() {
        }

        /**
         * Runs these checks on every record read (none by default).
         *
         * @param checks the checks
         * @return this builder
         */
        public ReaderBuilder checks(RecordChecks checks) {
            this.checks = Optional.of(checks);
            return this;
        }

        /**
         * Refuses files larger than this (finding {@code metadata.file-too-large}); default
         * {@link #DEFAULT_MAX_BYTES}.
         *
         * @param maxBytes the limit, at least 1
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public ReaderBuilder maxBytes(long maxBytes) {
            if (maxBytes < 1) {
                throw new IllegalArgumentException("maxBytes must be >= 1: " + maxBytes);
            }
            this.maxBytes = maxBytes;
            return this;
        }

        /**
         * @return the reader
         */
        public RecordReader build() {
            return new JsonRecordReader(checks, maxBytes);
        }
    }
}
