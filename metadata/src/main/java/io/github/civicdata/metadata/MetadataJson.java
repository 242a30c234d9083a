package io.github.civicdata.metadata;

import io.github.civicdata.core.internal.StrictJson;
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
 * line and column ({@code metadata.json-syntax}), and so do bytes that are not UTF-8 (with their
 * offset), a member name used twice in one object (with both lines), nesting deeper than {@link
 * ReaderBuilder#maxNestingDepth(int)} and numbers longer than {@link
 * ReaderBuilder#maxNumberLength(int)}; numbers of any magnitude ({@code 1e400}) are kept exactly,
 * never turned into infinity; every JSON Schema violation gives a finding with
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
    /**
     * The default limit on nesting, 64: arrays and objects inside each other in a JSON file (a
     * record nests 4 deep), and blank nodes, collections and elements inside each other in an RDF
     * file. Deeper files are refused before a recursive parser sees them.
     */
    public static final int DEFAULT_MAX_NESTING_DEPTH = StrictJson.DEFAULT_MAX_NESTING_DEPTH;
    /**
     * The default limit on the characters of one number, 1,000 (a JSON number; in RDF, the lexical
     * form of a numeric, date, time or duration literal). Converting a longer one costs time that
     * grows with the square of its length.
     */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = StrictJson.DEFAULT_MAX_NUMBER_LENGTH;

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
        RecordReadResult r = new JsonRecordReader(Optional.empty(), Long.MAX_VALUE, StrictJson.Limits.DEFAULT)
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
        private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
        private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;

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
         * Refuses files with arrays and objects nested deeper than this (finding {@code
         * metadata.json-syntax}, naming the depth found, the limit and this setting); default {@link
         * #DEFAULT_MAX_NESTING_DEPTH}.
         *
         * @param maxNestingDepth the limit, at least 1
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public ReaderBuilder maxNestingDepth(int maxNestingDepth) {
            this.maxNestingDepth = checkNestingDepth(maxNestingDepth);
            return this;
        }

        /**
         * Refuses files with a number longer than this many characters (finding {@code
         * metadata.json-syntax}); default {@link #DEFAULT_MAX_NUMBER_LENGTH}.
         *
         * @param maxNumberLength the limit, at least 1
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public ReaderBuilder maxNumberLength(int maxNumberLength) {
            this.maxNumberLength = checkNumberLength(maxNumberLength);
            return this;
        }

        /**
         * @return the reader
         */
        public RecordReader build() {
            return new JsonRecordReader(checks, maxBytes, new StrictJson.Limits(maxNestingDepth, maxNumberLength));
        }
    }

    static int checkNestingDepth(int maxNestingDepth) {
        if (maxNestingDepth < 1 || maxNestingDepth == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxNestingDepth must be >= 1 and < Integer.MAX_VALUE: "
                    + maxNestingDepth);
        }
        return maxNestingDepth;
    }

    static int checkNumberLength(int maxNumberLength) {
        if (maxNumberLength < 1) {
            throw new IllegalArgumentException("maxNumberLength must be >= 1: " + maxNumberLength);
        }
        return maxNumberLength;
    }
}
