package io.github.civicdata.rdf;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.RuleInfo;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.internal.StrictJson;
import io.github.civicdata.metadata.DatasetRecord;
import io.github.civicdata.metadata.MetadataJson;
import io.github.civicdata.metadata.MetadataRules;
import io.github.civicdata.metadata.RecordChecks;
import io.github.civicdata.metadata.RecordReadResult;
import io.github.civicdata.metadata.RecordReader;
import io.github.civicdata.metadata.internal.FileContent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;

/**
 * Reads dataset records from DCAT in Turtle ({@code .ttl}), JSON-LD ({@code .jsonld}) or RDF/XML
 * ({@code .rdf}, {@code .owl}, {@code .xml}), safely, and checks them.
 *
 * <p>For each file: the RDF is parsed safely (no external XML entities, no remote JSON-LD
 * contexts: {@code metadata.rdf-unsafe}; syntax errors with line and column, bytes that are not
 * valid in the file's encoding with their offset, nesting deeper than {@link
 * Builder#maxNestingDepth(int)}, numbers longer than {@link Builder#maxNumberLength(int)} and, in
 * JSON-LD, member names used twice in one object: {@code metadata.rdf-syntax}); the graph is checked against the {@link ShaclCheck SHACL shapes} ({@code
 * metadata.shacl}, unless turned off); every {@code dcat:Dataset} becomes a record ({@code
 * metadata.rdf-mapping} when it cannot, {@code metadata.rdf-unmapped} for properties with no record
 * field); then the {@link RecordChecks} run, when configured. A file with several datasets gives
 * several records, sorted by identifier; their findings' pointers start with {@code
 * /datasets/<index>}.
 *
 * <p>Never throws for a file's content. Immutable and thread-safe.
 *
 * <pre>{@code
 * RecordReader rdf = DcatReader.builder().checks(RecordChecks.standard()).build();
 * RecordReadResult r = rdf.read(Path.of("toilet.ttl"));
 * }</pre>
 */
public final class DcatReader implements RecordReader {

    private final Optional<RecordChecks> checks;
    private final boolean shacl;
    private final long maxBytes;
    private final Optional<DcatFormat> format;
    private final StrictJson json;
    private final List<RuleInfo> rules;

    private DcatReader(Builder b) {
        this.checks = b.checks;
        this.shacl = b.shacl;
        this.maxBytes = b.maxBytes;
        this.format = b.format;
        this.json = StrictJson.of(new StrictJson.Limits(b.maxNestingDepth, b.maxNumberLength));
        List<RuleInfo> r = new ArrayList<>(MetadataRules.of(MetadataRules.FILE_UNREADABLE, MetadataRules.FILE_TOO_LARGE,
                MetadataRules.RDF_SYNTAX, MetadataRules.RDF_UNSAFE, MetadataRules.RDF_NO_DATASET,
                MetadataRules.RDF_MAPPING, MetadataRules.RDF_UNMAPPED, MetadataRules.INTERNAL_ERROR));
        if (shacl) {
            r.addAll(ShaclCheck.standard().rules());
        }
        checks.ifPresent(c -> r.addAll(c.rules()));
        this.rules = List.copyOf(r);
    }

    /**
     * @return a builder (SHACL on, no record checks, format from the file name)
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return {@code true} for {@code .ttl}, {@code .jsonld}, {@code .rdf}, {@code .owl} and
     *     {@code .xml} files, or for any file when a format was forced
     */
    @Override
    public boolean accepts(Path file) {
        return format.isPresent() || DcatFormat.fromFile(file).isPresent();
    }

    @Override
    public RecordReadResult read(Path file) {
        String source = file.toString();
        FileContent c = FileContent.read(file, source, maxBytes);
        if (c.failure().isPresent()) {
            return new RecordReadResult(source, List.of(), List.of(c.failure().get()), rules);
        }
        return read(c.bytes(), source, file.toAbsolutePath().toUri().toString());
    }

    /**
     * Reads content in memory; the format is the forced one, else taken from {@code source}'s
     * extension.
     */
    @Override
    public RecordReadResult read(byte[] content, String source) {
        String base;
        try {
            base = Path.of(source).toAbsolutePath().toUri().toString();
        } catch (RuntimeException e) {
            base = "https://civicdata.invalid/";
        }
        return read(content, source, base);
    }

    private RecordReadResult read(byte[] content, String source, String base) {
        Objects.requireNonNull(source, "source");
        if (content.length > maxBytes) {
            return new RecordReadResult(source, List.of(), List.of(Finding.builder(MetadataRules.FILE_TOO_LARGE,
                    Severity.ERROR).location(Location.of(source)).args((long) content.length, maxBytes).build()), rules);
        }
        Optional<DcatFormat> f = format.or(() -> DcatFormat.fromFileName(source));
        if (f.isEmpty()) {
            return new RecordReadResult(source, List.of(), List.of(Finding.builder(MetadataRules.RDF_SYNTAX,
                    Severity.ERROR).location(Location.of(source))
                    .args("unknown RDF format (use .ttl, .jsonld or .rdf)").build()), rules);
        }
        DcatSafeParser.Parsed parsed = DcatSafeParser.parse(content, f.get(), source, base, json);
        List<Finding> findings = new ArrayList<>(parsed.findings());
        if (parsed.model().isEmpty()) {
            return new RecordReadResult(source, List.of(), findings, rules);
        }
        Model m = parsed.model().get();
        DcatGraphReader.Result mapped = DcatGraphReader.read(m, source);
        if (shacl) {
            findings.addAll(ShaclCheck.standard().check(m, source, mapped.pointers()));
        }
        findings.addAll(mapped.findings());
        if (checks.isPresent()) {
            for (int i = 0; i < mapped.records().size(); i++) {
                String prefix = mapped.prefixes().get(i);
                for (Finding x : checks.get().check(mapped.records().get(i), source)) {
                    findings.add(prefix.isEmpty() ? x : new Finding(x.ruleId(), x.severity(),
                            x.location().toBuilder().pointer(prefix + x.location().pointer().orElse("")).build(),
                            x.messageKey(), x.arguments(), x.value(), x.suggestion()));
                }
            }
        }
        return new RecordReadResult(source, mapped.records(), findings, rules);
    }

    /**
     * Reads content in memory in a given format.
     *
     * @param content the bytes
     * @param source the source name for findings
     * @param format the format
     * @return the records and findings
     */
    public RecordReadResult read(byte[] content, String source, DcatFormat format) {
        return new Builder().copy(this).format(format).build().read(content, source);
    }

    /** Builds a {@link DcatReader}; not thread-safe. */
    public static final class Builder {
        private Optional<RecordChecks> checks = Optional.empty();
        private boolean shacl = true;
        private long maxBytes = MetadataJson.DEFAULT_MAX_BYTES;
        private Optional<DcatFormat> format = Optional.empty();
        private int maxNestingDepth = MetadataJson.DEFAULT_MAX_NESTING_DEPTH;
        private int maxNumberLength = MetadataJson.DEFAULT_MAX_NUMBER_LENGTH;

        private Builder() {
        }

        private Builder copy(DcatReader r) {
            this.checks = r.checks;
            this.shacl = r.shacl;
            this.maxBytes = r.maxBytes;
            this.format = r.format;
            this.maxNestingDepth = r.json.limits().maxNestingDepth();
            this.maxNumberLength = r.json.limits().maxNumberLength();
            return this;
        }

        /**
         * Runs these checks on every record read (none by default).
         *
         * @param checks the checks
         * @return this builder
         */
        public Builder checks(RecordChecks checks) {
            this.checks = Optional.of(checks);
            return this;
        }

        /**
         * @param shacl whether to check the graph against the SHACL shapes (default true)
         * @return this builder
         */
        public Builder shacl(boolean shacl) {
            this.shacl = shacl;
            return this;
        }

        /**
         * @param maxBytes the largest file accepted; default {@link MetadataJson#DEFAULT_MAX_BYTES}
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxBytes(long maxBytes) {
            if (maxBytes < 1) {
                throw new IllegalArgumentException("maxBytes must be >= 1: " + maxBytes);
            }
            this.maxBytes = maxBytes;
            return this;
        }

        /**
         * Refuses files nested deeper than this (finding {@code metadata.rdf-syntax} naming the depth
         * found, the limit and this setting), before a parser sees them: Turtle blank nodes {@code
         * [ ]}, collections {@code ( )} and quoted triples; JSON-LD arrays and objects; RDF/XML
         * elements. Default {@link MetadataJson#DEFAULT_MAX_NESTING_DEPTH}; the parsers recurse, so
         * a much higher limit may exhaust the thread's stack (which is then a finding too).
         *
         * @param maxNestingDepth the limit, at least 1
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxNestingDepth(int maxNestingDepth) {
            if (maxNestingDepth < 1 || maxNestingDepth == Integer.MAX_VALUE) {
                throw new IllegalArgumentException("maxNestingDepth must be >= 1 and < Integer.MAX_VALUE: "
                        + maxNestingDepth);
            }
            this.maxNestingDepth = maxNestingDepth;
            return this;
        }

        /**
         * Refuses files with a longer number (finding {@code metadata.rdf-syntax}): a JSON-LD number,
         * or the lexical form of a literal typed as an XSD number, date, time or duration (Jena
         * computes their values in time that grows with the square of the length). Default {@link
         * MetadataJson#DEFAULT_MAX_NUMBER_LENGTH}.
         *
         * @param maxNumberLength the limit in characters, at least 1
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxNumberLength(int maxNumberLength) {
            if (maxNumberLength < 1) {
                throw new IllegalArgumentException("maxNumberLength must be >= 1: " + maxNumberLength);
            }
            this.maxNumberLength = maxNumberLength;
            return this;
        }

        /**
         * Reads every file in this format, whatever its name (and accepts every file).
         *
         * @param format the format
         * @return this builder
         */
        public Builder format(DcatFormat format) {
            this.format = Optional.of(format);
            return this;
        }

        /**
         * @return the reader
         */
        public DcatReader build() {
            return new DcatReader(this);
        }
    }
}
