package io.github.civicdata.metadata;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.SourceInfo;
import io.github.civicdata.metadata.internal.CsvCells;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A data catalogue: the records of a directory of record files, searchable, and exportable as a
 * data-item list (データ項目一覧) for spreadsheet users. The DCAT export is in {@code
 * civicdata-vocab} ({@code DcatWriter}).
 *
 * <p>{@link Builder#load(Path)} reads every file under the directory (recursively, in path order,
 * skipping hidden files and documentation such as {@code README.md}) with the first {@link
 * RecordReader} that accepts it. A broken file never stops loading: its findings go into {@link
 * #report()} and the other files are read; even a reader that throws (a bug) costs only its file,
 * reported as {@code metadata.internal-error}. Files no reader accepts are reported as {@code
 * catalog.skipped-file} (info); two records with the same identifier as {@code
 * catalog.duplicate-identifier} (both are kept).
 *
 * <p>Immutable and thread-safe once built.
 *
 * <pre>{@code
 * Catalog catalog = Catalog.builder()
 *         .reader(MetadataJson.reader().checks(RecordChecks.standard()).build())
 *         .load(Path.of("examples/data/catalog"));
 * List<CatalogEntry> phones = catalog.search(CatalogQuery.builder().dataItem("telephone").build());
 * catalog.writeDataItemList(out, DataItemNames.none(), Locale.JAPANESE);
 * }</pre>
 */
public final class Catalog {

    private static final Logger LOG = LoggerFactory.getLogger(Catalog.class);

    /** The default limit on the number of files loaded from a directory. */
    public static final int DEFAULT_MAX_FILES = 100_000;

    private final List<CatalogEntry> entries;
    private final Report report;

    private Catalog(List<CatalogEntry> entries, Report report) {
        this.entries = List.copyOf(entries);
        this.report = report;
    }

    /**
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return every entry, in load order
     */
    public List<CatalogEntry> entries() {
        return entries;
    }

    /**
     * @return every record, in load order
     */
    public List<DatasetRecord> records() {
        return entries.stream().map(CatalogEntry::record).toList();
    }

    /**
     * What loading found: the sources read, the rules applied and every finding.
     *
     * @return the report
     */
    public Report report() {
        return report;
    }

    /**
     * The entries matching a query, in load order.
     *
     * @param query the query
     * @return the matching entries
     */
    public List<CatalogEntry> search(CatalogQuery query) {
        Objects.requireNonNull(query, "query");
        return entries.stream().filter(e -> query.matches(e.record())).toList();
    }

    /**
     * The catalogue of the entries matching a query (with this catalogue's report), e.g. the open
     * records only for a publication.
     *
     * @param query the query
     * @return the smaller catalogue
     */
    public Catalog filter(CatalogQuery query) {
        return new Catalog(search(query), report);
    }

    /**
     * The first entry with this identifier.
     *
     * @param identifier the identifier
     * @return the entry, or empty
     */
    public Optional<CatalogEntry> find(String identifier) {
        return entries.stream().filter(e -> e.record().identifier().equals(identifier)).findFirst();
    }

    /**
     * Writes the data-item list (データ項目一覧) as CSV for spreadsheet users: UTF-8 with a BOM (so
     * that Excel detects the encoding), CRLF line ends, a header row in {@code locale}'s language,
     * then one row per dataset and data item (a dataset without inventory data items gets one row
     * with empty item columns). Cells that a spreadsheet would read as a formula are prefixed with
     * {@code '}. The stream is flushed, not closed.
     *
     * <p>Columns: dataset id, title, publisher code, publisher name, department, category, data
     * item id, data item name, personal data, disclosure level, open-data candidacy, licence,
     * templates, update frequency, last modified, file.
     *
     * @param out the stream
     * @param names the names of data item ids
     * @param locale {@link Locale#JAPANESE} for Japanese headers and labels, any other for English
     * @throws IOException if writing fails
     */
    public void writeDataItemList(OutputStream out, DataItemNames names, Locale locale) throws IOException {
        Objects.requireNonNull(names, "names");
        boolean ja = "ja".equals(locale.getLanguage());
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        List<String> header = new ArrayList<>();
        for (String col : List.of("dataset-id", "title", "publisher-code", "publisher-name", "department", "category",
                "item-id", "item-name", "personal-data", "disclosure", "candidacy", "license", "templates",
                "frequency", "modified", "file")) {
            header.add(Messages.get().format(locale, "catalog.csv." + col));
        }
        writeRow(w, header);
        for (CatalogEntry e : entries) {
            DatasetRecord r = e.record();
            List<String> items = r.inventory().map(InventoryEntry::dataItems).orElse(List.of());
            for (String item : items.isEmpty() ? java.util.Collections.<String>singletonList(null) : items) {
                Optional<InventoryEntry> inv = r.inventory();
                List<String> row = new ArrayList<>();
                row.add(r.identifier());
                row.add(ja ? r.title().ja() : r.title().en().orElse(r.title().ja()));
                row.add(r.publisher().code().value());
                row.add(r.publisher().name().orElse(""));
                row.add(inv.map(InventoryEntry::department).orElse(""));
                row.add(inv.map(i -> ja ? i.category().labelJa() : i.category().labelEn()).orElse(""));
                row.add(item == null ? "" : item);
                row.add(item == null ? "" : names.name(item).orElse(""));
                row.add(inv.map(i -> Messages.get().format(locale,
                        i.containsPersonalData() ? "catalog.csv.yes" : "catalog.csv.no")).orElse(""));
                DisclosureLevel level = inv.map(InventoryEntry::disclosure).orElse(DisclosureLevel.OPEN);
                row.add(ja ? level.labelJa() : level.labelEn());
                row.add(inv.map(i -> ja ? i.candidacy().labelJa() : i.candidacy().labelEn()).orElse(""));
                row.add(r.license().map(l -> l instanceof KnownLicense k ? k.title(locale) : l.id()).orElse(""));
                row.add(r.conformsTo().stream().map(TemplateRef::toString).collect(Collectors.joining("; ")));
                row.add(r.accrualPeriodicity().map(f -> ja ? f.labelJa() : f.code()).orElse(""));
                row.add(r.modified().map(Object::toString).orElse(""));
                row.add(e.source());
                writeRow(w, row);
            }
        }
        w.flush();
    }

    private static void writeRow(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(CsvCells.cell(cells.get(i)));
        }
        w.write("\r\n");
    }

    /** Builds a {@link Catalog}; not thread-safe. */
    public static final class Builder {
        private final List<RecordReader> readers = new ArrayList<>();
        private final List<CatalogEntry> added = new ArrayList<>();
        private int maxFindings = Report.DEFAULT_MAX_FINDINGS;
        private int maxFiles = DEFAULT_MAX_FILES;

        private Builder() {
        }

        /**
         * Adds a reader; for each file the first reader that accepts it is used. Without any, a
         * JSON reader with {@link RecordChecks#standard()} is used.
         *
         * @param reader the reader
         * @return this builder
         */
        public Builder reader(RecordReader reader) {
            readers.add(Objects.requireNonNull(reader, "reader"));
            return this;
        }

        /**
         * Adds a record built in code.
         *
         * @param record the record
         * @param source a name for it (used in search results and the data-item list)
         * @return this builder
         */
        public Builder add(DatasetRecord record, String source) {
            added.add(new CatalogEntry(source, record));
            return this;
        }

        /**
         * @param maxFindings the most findings kept in the report (counts stay exact)
         * @return this builder
         */
        public Builder maxFindings(int maxFindings) {
            if (maxFindings < 0) {
                throw new IllegalArgumentException("maxFindings must be >= 0: " + maxFindings);
            }
            this.maxFindings = maxFindings;
            return this;
        }

        /**
         * @param maxFiles the most files read from a directory; more is an error
         * @return this builder
         */
        public Builder maxFiles(int maxFiles) {
            if (maxFiles < 1) {
                throw new IllegalArgumentException("maxFiles must be >= 1: " + maxFiles);
            }
            this.maxFiles = maxFiles;
            return this;
        }

        /**
         * A catalogue of the records added in code only.
         *
         * @return the catalogue
         */
        public Catalog build() {
            Report.Builder report = Report.builder().maxFindings(maxFindings);
            List<CatalogEntry> entries = new ArrayList<>(added);
            report.rules(MetadataRules.of(MetadataRules.DUPLICATE_IDENTIFIER));
            duplicates(entries, report);
            return new Catalog(entries, report.build());
        }

        /**
         * Loads the records of a directory (and its subdirectories) together with those added in
         * code.
         *
         * @param dir the directory
         * @return the catalogue
         * @throws IOException if {@code dir} is not a readable directory, or holds more than the
         *     file limit
         */
        public Catalog load(Path dir) throws IOException {
            if (!Files.isDirectory(dir)) {
                throw new NotDirectoryException(dir.toString());
            }
            List<RecordReader> use = readers.isEmpty()
                    ? List.of(MetadataJson.reader().checks(RecordChecks.standard()).build()) : List.copyOf(readers);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir, FileVisitOption.values())) {
                files = walk.filter(Files::isRegularFile)
                        .filter(p -> !hidden(dir.relativize(p)))
                        .sorted((a, b) -> dir.relativize(a).toString().replace('\\', '/')
                                .compareTo(dir.relativize(b).toString().replace('\\', '/')))
                        .limit((long) maxFiles + 1)
                        .toList();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            if (files.size() > maxFiles) {
                throw new IOException(dir + " holds more than " + maxFiles + " files (limit maxFiles)");
            }
            Report.Builder report = Report.builder().maxFindings(maxFindings);
            report.rules(MetadataRules.of(MetadataRules.DUPLICATE_IDENTIFIER, MetadataRules.SKIPPED_FILE));
            List<CatalogEntry> entries = new ArrayList<>(added);
            for (Path file : files) {
                Optional<RecordReader> reader = use.stream().filter(r -> r.accepts(file)).findFirst();
                String source = file.toString();
                if (reader.isEmpty()) {
                    if (!documentation(file)) {
                        report.source(SourceInfo.of(source));
                        report.add(MetadataRules.finding(MetadataRules.SKIPPED_FILE)
                                .location(Location.of(source)).build());
                    }
                    continue;
                }
                RecordReadResult r = readSafely(reader.get(), file, source);
                LOG.debug("{}: {} record(s), {} finding(s)", source, r.records().size(), r.findings().size());
                report.source(SourceInfo.of(source)).rules(r.rules()).addAll(r.findings());
                r.records().forEach(rec -> entries.add(new CatalogEntry(source, rec)));
            }
            duplicates(entries, report);
            return new Catalog(entries, report.build());
        }

        /**
         * Reads one file; a reader that throws (a bug in it or in a library) or runs out of stack
         * costs that file only: it becomes a {@code metadata.internal-error} finding and loading
         * goes on.
         */
        private static RecordReadResult readSafely(RecordReader reader, Path file, String source) {
            try {
                return reader.read(file);
            } catch (RuntimeException | StackOverflowError e) {
                LOG.debug("reader failed on {}", source, e);
                return new RecordReadResult(source, List.of(), List.of(MetadataRules.finding(MetadataRules.INTERNAL_ERROR)
                        .location(Location.of(source)).args(e.getClass().getName()).build()),
                        MetadataRules.of(MetadataRules.INTERNAL_ERROR));
            }
        }

        private static boolean hidden(Path rel) {
            for (Path part : rel) {
                if (part.toString().startsWith(".")) {
                    return true;
                }
            }
            return false;
        }

        private static boolean documentation(Path file) {
            String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return n.endsWith(".md") || n.startsWith("readme") || n.startsWith("sources") || n.startsWith("license");
        }

        private static void duplicates(List<CatalogEntry> entries, Report.Builder report) {
            Map<String, String> first = new HashMap<>();
            for (CatalogEntry e : entries) {
                String prev = first.putIfAbsent(e.record().identifier(), e.source());
                if (prev != null) {
                    Finding f = MetadataRules.finding(MetadataRules.DUPLICATE_IDENTIFIER)
                            .location(Location.pointer(e.source(), Fields.pointer(Fields.IDENTIFIER)))
                            .args(e.record().identifier(), prev)
                            .value(e.record().identifier())
                            .build();
                    report.add(f);
                }
            }
        }
    }
}
