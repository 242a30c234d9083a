package io.github.civicdata.metadata;

import static io.github.civicdata.metadata.OpenDataList.*;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.RuleInfo;
import io.github.civicdata.core.Severity;
import io.github.civicdata.metadata.internal.CsvRows;
import io.github.civicdata.metadata.internal.FileContent;
import io.github.civicdata.metadata.internal.ValueException;
import java.net.URI;
import io.github.civicdata.core.encoding.DetectedEncoding;
import io.github.civicdata.core.encoding.EncodingDetector;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads an オープンデータ一覧 (06) file of the current layout ({@link OpenDataList}) into records,
 * in UTF-8 (with or without BOM) or Shift_JIS (CP932), as core's {@link EncodingDetector} judges the
 * bytes (a byte sequence the judged encoding cannot decode is a finding naming the line):
 * the rows of one データセット_ID make one record, each row with file columns one distribution.
 * Every row is accounted for: a cell that cannot be read is a finding at its line and column (the
 * value is left out), a row with the wrong number of cells or without an ID is a finding and gives
 * nothing, dataset columns that differ between the rows of one dataset are a warning (the first row
 * wins), columns outside the layout a warning (not read).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * RecordReadResult r = OpenDataList.reader().checks(RecordChecks.standard()).build().read(Path.of("06.csv"));
 * }</pre>
 */
public final class OpenDataListReader implements RecordReader {

    private static final String RULE = MetadataRules.OPENDATA_LIST;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OpenDataListReader.class);

    private final Optional<RecordChecks> checks;
    private final long maxBytes;
    private final List<RuleInfo> rules;

    private OpenDataListReader(Builder b) {
        this.checks = b.checks;
        this.maxBytes = b.maxBytes;
        List<RuleInfo> r = new ArrayList<>(MetadataRules.of(MetadataRules.FILE_UNREADABLE,
                MetadataRules.FILE_TOO_LARGE, RULE));
        checks.ifPresent(c -> r.addAll(c.rules()));
        this.rules = List.copyOf(r);
    }

    static Builder builder() {
        return new Builder();
    }

    /** @return {@code true} for {@code .csv} files */
    @Override
    public boolean accepts(Path file) {
        Path n = file.getFileName();
        return n != null && n.toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    @Override
    public RecordReadResult read(Path file) {
        String source = file.toString();
        FileContent c = FileContent.read(file, source, maxBytes);
        if (c.failure().isPresent()) {
            return new RecordReadResult(source, List.of(), List.of(c.failure().get()), rules);
        }
        return read(c.bytes(), source);
    }

    @Override
    public RecordReadResult read(byte[] content, String source) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(source, "source");
        if (content.length > maxBytes) {
            return result(source, List.of(), List.of(Finding.builder(MetadataRules.FILE_TOO_LARGE, Severity.ERROR)
                    .location(Location.of(source)).args((long) content.length, maxBytes).build()));
        }
        // published lists are UTF-8 (with or without BOM) or Shift_JIS (CP932): the project's detector decides
        DetectedEncoding enc = EncodingDetector.detect(content);
        CharsetDecoder decoder = enc.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L,
                (long) Math.ceil(content.length * (double) decoder.maxCharsPerByte()) + 1));
        ByteBuffer in = ByteBuffer.wrap(content, enc.bomLength(), content.length - enc.bomLength());
        CoderResult cr = decoder.decode(in, out, true);
        if (!cr.isError()) {
            cr = decoder.flush(out);
        }
        if (cr.isOverflow()) {
            throw new IllegalStateException("decoding buffer too small for " + source); // sized by maxCharsPerByte
        }
        if (cr.isError()) {
            long line = 1;
            for (int i = 0; i < out.position(); i++) {
                if (out.get(i) == '\n') {
                    line++;
                }
            }
            LOG.debug("{}: not readable as {} at line {}", source, enc.label(), line);
            return result(source, List.of(), List.of(Finding.builder(RULE, Severity.ERROR)
                    .messageKey(RULE + ".encoding").location(Location.builder(source).line(line).build())
                    .args(enc.label(), line, (long) in.position()).build()));
        }
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!enc.isUtf8()) {
            LOG.debug("{}: read as {}", source, enc.label());
        }
        return new Parse(source).run(CsvRows.parse(text));
    }

    private RecordReadResult result(String source, List<DatasetRecord> records, List<Finding> findings) {
        return new RecordReadResult(source, records, findings, rules);
    }

    /** One file being read. */
    private final class Parse {
        private final String source;
        private final List<Finding> findings = new ArrayList<>();
        private int[] column = new int[HEADER.size()];
        private List<String> header = List.of();

        Parse(String source) {
            this.source = source;
        }

        RecordReadResult run(List<CsvRows.Row> rows) {
            if (rows.isEmpty()) {
                findings.add(Finding.builder(RULE, Severity.ERROR).messageKey(RULE + ".empty")
                        .location(Location.of(source)).build());
                return result(source, List.of(), findings);
            }
            header = rows.get(0).cells().stream().map(String::strip).toList();
            java.util.Arrays.fill(column, -1);
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                int at = HEADER.indexOf(header.get(i));
                if (at < 0) {
                    unknown.add(header.get(i));
                } else if (column[at] < 0) {
                    column[at] = i;
                } else {
                    unknown.add(header.get(i) + " (2)");
                }
            }
            for (int required : List.of(ID, CODE, TITLE)) {
                if (column[required] < 0) {
                    findings.add(Finding.builder(RULE, Severity.ERROR).messageKey(RULE + ".missing-column")
                            .location(Location.row(source, 1, 1)).args(HEADER.get(required)).build());
                }
            }
            if (!unknown.isEmpty()) {
                findings.add(Finding.builder(RULE, Severity.WARNING).messageKey(RULE + ".unknown-column")
                        .location(Location.row(source, 1, 1)).args(String.join(", ", unknown)).build());
            }
            if (column[ID] < 0 || column[CODE] < 0 || column[TITLE] < 0) {
                return result(source, List.of(), findings);
            }
            Map<String, List<CsvRows.Row>> byId = new LinkedHashMap<>();
            for (int n = 1; n < rows.size(); n++) {
                CsvRows.Row row = rows.get(n);
                if (row.cells().size() != header.size()) {
                    boolean blank = row.cells().stream().allMatch(String::isBlank);
                    findings.add(Finding.builder(RULE, blank ? Severity.INFO : Severity.ERROR)
                            .messageKey(RULE + (blank ? ".blank-row" : ".ragged"))
                            .location(Location.row(source, row.line(), n + 1))
                            .args(row.cells().size(), header.size()).build());
                    continue;
                }
                String id = cell(row, ID);
                if (id.isEmpty()) {
                    boolean blank = row.cells().stream().allMatch(String::isBlank);
                    findings.add(Finding.builder(RULE, blank ? Severity.INFO : Severity.ERROR)
                            .messageKey(RULE + (blank ? ".blank-row" : ".no-id"))
                            .location(Location.row(source, row.line(), n + 1))
                            .args(row.cells().size(), header.size()).build());
                    continue;
                }
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(row);
            }
            List<DatasetRecord> records = new ArrayList<>();
            for (List<CsvRows.Row> group : byId.values()) {
                dataset(group, rows).ifPresent(records::add);
            }
            findings.sort(java.util.Comparator.comparingLong(f -> f.location().line().orElse(0)));
            if (checks.isPresent()) {
                for (DatasetRecord r : records) {
                    findings.addAll(checks.get().check(r, source + "#" + r.identifier()));
                }
            }
            return result(source, records, findings);
        }

        private String cell(CsvRows.Row row, int col) {
            return column[col] < 0 ? "" : row.cells().get(column[col]);
        }

        private Location at(CsvRows.Row row, List<CsvRows.Row> all, int col) {
            return Location.cell(source, row.line(), all.indexOf(row) + 1, column[col] + 1, HEADER.get(col));
        }

        /** A cell read with a parser; empty when blank or when the parser refuses it (a finding). */
        private <T> Optional<T> value(CsvRows.Row row, List<CsvRows.Row> all, int col, Function<String, T> parser) {
            String v = cell(row, col);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(parser.apply(v));
            } catch (RuntimeException e) {
                ValueException x = ValueException.of(e);
                findings.add(Finding.builder(RULE, Severity.ERROR).messageKey(x.key()).args(x.arguments().toArray())
                        .location(at(row, all, col)).value(v).build());
                return Optional.empty();
            }
        }

        private <T> List<T> values(CsvRows.Row row, List<CsvRows.Row> all, int col, Function<String, T> parser) {
            List<T> out = new ArrayList<>();
            String v = cell(row, col);
            if (v.isEmpty()) {
                return out;
            }
            for (String p : v.split(SEPARATOR, -1)) {
                if (p.isEmpty()) {
                    continue;
                }
                try {
                    out.add(parser.apply(p));
                } catch (RuntimeException e) {
                    ValueException x = ValueException.of(e);
                    findings.add(Finding.builder(RULE, Severity.ERROR).messageKey(x.key())
                            .args(x.arguments().toArray()).location(at(row, all, col)).value(p).build());
                }
            }
            return out;
        }

        private Optional<DatasetRecord> dataset(List<CsvRows.Row> group, List<CsvRows.Row> all) {
            CsvRows.Row first = group.get(0);
            for (CsvRows.Row other : group.subList(1, group.size())) {
                for (int col = 0; col < FIRST_FILE; col++) {
                    if (!cell(other, col).equals(cell(first, col))) {
                        findings.add(Finding.builder(RULE, Severity.WARNING).messageKey(RULE + ".conflict")
                                .location(at(other, all, col)).args(cell(first, ID), HEADER.get(col), first.line())
                                .value(cell(other, col)).build());
                    }
                }
            }
            Optional<LocalGovernmentCode> code = value(first, all, CODE, LocalGovernmentCode::parse);
            String title = cell(first, TITLE);
            if (code.isEmpty() || title.isEmpty()) {
                findings.add(Finding.builder(RULE, Severity.ERROR).messageKey(RULE + ".no-record")
                        .location(Location.row(source, first.line(), all.indexOf(first) + 1))
                        .args(cell(first, ID)).build());
                return Optional.empty();
            }
            Optional<String> name = OpenDataList.optional(cell(first, NAME));
            DatasetRecord.Builder b = DatasetRecord.builder(cell(first, ID), BilingualText.of(title),
                    new Publisher(code.get(), name));
            OpenDataList.optional(cell(first, DESCRIPTION)).ifPresent(d -> b.description(BilingualText.of(d)));
            b.keywords(values(first, all, KEYWORDS, k -> k));
            b.themes(values(first, all, THEMES, t -> StatisticalField.byLabel(t)
                    .orElseThrow(() -> ValueException.of("metadata.value.unknown", t, HEADER.get(THEMES)))));
            value(first, all, ISSUED, LocalDate::parse).ifPresent(b::issued);
            value(first, all, MODIFIED, LocalDate::parse).ifPresent(b::modified);
            value(first, all, LANDING, s -> WebUrls.parse(s, "landingPage")).ifPresent(b::landingPage);
            value(first, all, FREQUENCY, f -> Frequency.parse(f)
                    .orElseThrow(() -> ValueException.of("metadata.value.unknown", f, HEADER.get(FREQUENCY))))
                    .ifPresent(b::accrualPeriodicity);
            b.conformsTo(values(first, all, CONFORMS, TemplateRef::parse));
            b.spatial(values(first, all, SPATIAL, LocalGovernmentCode::parse));
            value(first, all, TEMPORAL, OpenDataListReader::temporal).ifPresent(b::temporal);
            contact(first, all).ifPresent(b::contactPoint);
            Map<String, String> extras = new TreeMap<>();
            for (int col = 0; col < FIRST_FILE; col++) {
                if (!MAPPED.contains(col) && !cell(first, col).isEmpty()) {
                    extras.put(EXTRA_PREFIX + HEADER.get(col), cell(first, col));
                }
            }
            Optional<License> license = Optional.empty();
            CsvRows.Row licenseRow = null;
            List<Distribution> distributions = new ArrayList<>();
            for (CsvRows.Row row : group) {
                Optional<License> l = value(row, all, LICENSE, License::parse);
                if (l.isPresent() && license.isEmpty()) {
                    license = l;
                    licenseRow = row;
                } else if (l.isPresent() && !l.equals(license)) {
                    findings.add(Finding.builder(RULE, Severity.WARNING).messageKey(RULE + ".conflict")
                            .location(at(row, all, LICENSE)).args(cell(first, ID), HEADER.get(LICENSE),
                                    licenseRow.line()).value(cell(row, LICENSE)).build());
                }
                distribution(row, all, distributions.size() + 1, extras).ifPresent(distributions::add);
            }
            license.ifPresent(b::license);
            b.distributions(distributions).extras(extras);
            try {
                return Optional.of(b.build());
            } catch (RuntimeException e) {
                ValueException x = ValueException.of(e);
                findings.add(Finding.builder(RULE, Severity.ERROR).messageKey(x.key()).args(x.arguments().toArray())
                        .location(Location.row(source, first.line(), all.indexOf(first) + 1)).build());
                return Optional.empty();
            }
        }

        private Optional<ContactPoint> contact(CsvRows.Row row, List<CsvRows.Row> all) {
            String name = cell(row, CONTACT_NAME);
            if (name.isEmpty()) {
                for (int col : List.of(CONTACT_EMAIL, CONTACT_PHONE, CONTACT_URL)) {
                    if (!cell(row, col).isEmpty()) {
                        findings.add(Finding.builder(RULE, Severity.ERROR).messageKey(RULE + ".contact-name")
                                .location(at(row, all, col)).args(HEADER.get(col)).value(cell(row, col)).build());
                    }
                }
                return Optional.empty();
            }
            ContactPoint.Builder k = ContactPoint.builder(name);
            value(row, all, CONTACT_EMAIL, e -> new ContactPoint(name, Optional.of(e), Optional.empty(),
                    Optional.empty()).email().orElseThrow()).ifPresent(k::email);
            value(row, all, CONTACT_PHONE, t -> new ContactPoint(name, Optional.empty(), Optional.of(t),
                    Optional.empty()).telephone().orElseThrow()).ifPresent(k::telephone);
            value(row, all, CONTACT_URL, u -> WebUrls.parse(u, "url")).ifPresent(k::url);
            return value(row, all, CONTACT_NAME, n -> k.build());
        }

        private Optional<Distribution> distribution(CsvRows.Row row, List<CsvRows.Row> all, int n,
                Map<String, String> extras) {
            boolean any = false;
            for (int col = FIRST_FILE; col < HEADER.size(); col++) {
                if (col != LICENSE && !cell(row, col).isEmpty()) {
                    any = true;
                }
            }
            if (!any) {
                return Optional.empty();
            }
            String format = cell(row, FORMAT);
            if (format.isEmpty()) {
                findings.add(Finding.builder(RULE, Severity.ERROR).messageKey(RULE + ".no-format")
                        .location(at(row, all, FORMAT)).args(cell(row, ID)).build());
                return Optional.empty();
            }
            Optional<URI> access = value(row, all, ACCESS, s -> WebUrls.parse(s, "accessUrl"));
            Optional<URI> download = value(row, all, DOWNLOAD, s -> WebUrls.parse(s, "downloadUrl"));
            Optional<Long> size = value(row, all, SIZE, s -> {
                long v = Long.parseLong(s);
                if (v < 0) {
                    throw ValueException.of("metadata.schema.minimum", v);
                }
                return v;
            });
            Optional<Distribution> d = value(row, all, FORMAT, f -> new Distribution(
                    OpenDataList.optional(cell(row, FILE_TITLE)), OpenDataList.optional(cell(row, FILE_DESCRIPTION)),
                    f, Optional.empty(), download, access,
                    size.map(OptionalLong::of).orElse(OptionalLong.empty()), Optional.empty(), Optional.empty(),
                    Optional.empty()));
            if (d.isPresent()) {
                for (int col = FIRST_FILE; col < HEADER.size(); col++) {
                    if (!MAPPED.contains(col) && !cell(row, col).isEmpty()) {
                        extras.put(EXTRA_PREFIX + HEADER.get(col) + "#" + n, cell(row, col));
                    }
                }
            }
            return d;
        }
    }

    /** {@code start/end} with {@code ..} (or nothing) for an open end; a single date is a one-day period. */
    static TemporalCoverage temporal(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            LocalDate d = LocalDate.parse(text.strip());
            return TemporalCoverage.of(d, d);
        }
        String s = text.substring(0, slash).strip();
        String e = text.substring(slash + 1).strip();
        Optional<LocalDate> start = s.isEmpty() || s.equals("..") ? Optional.empty() : Optional.of(LocalDate.parse(s));
        Optional<LocalDate> end = e.isEmpty() || e.equals("..") ? Optional.empty() : Optional.of(LocalDate.parse(e));
        return new TemporalCoverage(start, end);
    }

    /** Builds an {@link OpenDataListReader}; not thread-safe. */
    public static final class Builder {
        private Optional<RecordChecks> checks = Optional.empty();
        private long maxBytes = MetadataJson.DEFAULT_MAX_BYTES;

        private Builder() {
        }

        /**
         * @param checks record checks to run on every record read
         * @return this builder
         */
        public Builder checks(RecordChecks checks) {
            this.checks = Optional.of(checks);
            return this;
        }

        /**
         * @param maxBytes the largest file read (default {@link MetadataJson#DEFAULT_MAX_BYTES})
         * @return this builder
         */
        public Builder maxBytes(long maxBytes) {
            if (maxBytes < 1) {
                throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
            }
            this.maxBytes = maxBytes;
            return this;
        }

        /**
         * @return the reader
         */
        public OpenDataListReader build() {
            return new OpenDataListReader(this);
        }
    }
}
