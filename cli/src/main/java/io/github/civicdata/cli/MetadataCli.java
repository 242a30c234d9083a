package io.github.civicdata.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.civicdata.core.Report;
import io.github.civicdata.metadata.Catalog;
import io.github.civicdata.metadata.CkanImport;
import io.github.civicdata.metadata.DataItemNames;
import io.github.civicdata.metadata.DisclosureLevel;
import io.github.civicdata.metadata.KnownDataItems;
import io.github.civicdata.metadata.KnownTemplates;
import io.github.civicdata.metadata.LocalGovernmentCode;
import io.github.civicdata.metadata.MetadataJson;
import io.github.civicdata.metadata.OpenDataList;
import io.github.civicdata.metadata.OpenDataListReader;
import io.github.civicdata.metadata.Publisher;
import io.github.civicdata.metadata.RecordChecks;
import io.github.civicdata.metadata.RecordReader;
import io.github.civicdata.metadata.TemplateRef;
import io.github.civicdata.core.report.ReportFormat;
import io.github.civicdata.core.report.ReportWriter;
import io.github.civicdata.vocab.DataItem;
import io.github.civicdata.vocab.Vocabulary;
import io.github.civicdata.rdf.DcatFormat;
import io.github.civicdata.rdf.DcatReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Shared wiring of the metadata and catalogue commands: the vocabulary's templates, item ids and
 * item names for the core checks, the reader for each input format, and format detection.
 */
final class MetadataCli {

    /** The input formats of {@code --from}. */
    enum Input {
        /** civicdata's JSON record form. */
        JSON,
        /** A CKAN package_show response or package. */
        CKAN,
        /** DCAT in Turtle. */
        TURTLE,
        /** DCAT in JSON-LD. */
        JSONLD,
        /** DCAT in RDF/XML. */
        RDFXML,
        /** The オープンデータ一覧 (06), current 45-column layout. */
        OPENDATA_LIST
    }

    /** How much of a {@code .json} file is read to tell a CKAN package from a record: 1 MiB. */
    static final int SNIFF_BYTES = 1 << 20;
    private static final JsonFactory SNIFF = new JsonFactory();

    private MetadataCli() {
    }

    /** The record checks, with the vocabulary's templates and data items as those that exist. */
    static RecordChecks checks(Vocabulary v) {
        return RecordChecks.builder().knownTemplates(knownTemplates(v)).knownDataItems(knownDataItems(v)).build();
    }

    static KnownDataItems knownDataItems(Vocabulary v) {
        return KnownDataItems.of(v.items().stream().map(DataItem::id).toList());
    }

    static KnownTemplates knownTemplates(Vocabulary v) {
        return KnownTemplates.of(v.templates().stream().map(t -> TemplateRef.of(t.id(), t.version())).toList());
    }

    static DataItemNames itemNames(Vocabulary v) {
        return id -> v.item(id).map(DataItem::name);
    }

    /** Every reader a catalogue directory may need: JSON records and DCAT files. */
    static Catalog.Builder catalog(RecordChecks checks, int maxFindings, ReaderLimitsOption limits) {
        return Catalog.builder()
                .maxFindings(maxFindings)
                .reader(MetadataJson.reader().checks(checks).maxBytes(limits.value())
                        .maxNestingDepth(limits.nestingDepth()).maxNumberLength(limits.numberLength()).build())
                .reader(DcatReader.builder().checks(checks).maxBytes(limits.value())
                        .maxNestingDepth(limits.nestingDepth()).maxNumberLength(limits.numberLength()).build());
    }

    static Catalog loadCatalog(Path dir, RecordChecks checks, int maxFindings, ReaderLimitsOption limits) {
        requireExists(dir);
        try {
            return catalog(checks, maxFindings, limits).load(dir);
        } catch (NotDirectoryException e) {
            throw UserException.usage("catalog.cmd.not-directory", dir);
        } catch (IOException e) {
            throw UserException.unreadable("cli.file-unreadable", dir, String.valueOf(e.getMessage()));
        }
    }

    static void requireExists(Path p) {
        if (!Files.exists(p)) {
            throw UserException.unreadable("cli.file-not-found", p);
        }
        if (!Files.isReadable(p)) {
            throw UserException.unreadable("cli.file-unreadable", p, "permission denied");
        }
    }

    /**
     * The format of a file: by extension; a {@code .json} file is CKAN when it looks like a CKAN
     * package. A file over the size limit is not opened (the reader reports its size).
     */
    static Input detect(Path file, long maxBytes) {
        Optional<DcatFormat> rdf = DcatFormat.fromFile(file);
        if (rdf.isPresent()) {
            return switch (rdf.get()) {
                case TURTLE -> Input.TURTLE;
                case JSON_LD -> Input.JSONLD;
                case RDF_XML -> Input.RDFXML;
            };
        }
        if (OpenDataList.reader().build().accepts(file)) {
            return Input.OPENDATA_LIST;
        }
        try {
            if (Files.size(file) > maxBytes) {
                return Input.JSON;
            }
            try (InputStream in = Files.newInputStream(file)) {
                return looksLikeCkan(in) ? Input.CKAN : Input.JSON;
            }
        } catch (IOException | RuntimeException e) {
            return Input.JSON; // the JSON reader will report it
        }
    }

    /**
     * Whether a JSON text looks like a CKAN package_show response or package, judged by the member
     * names of its top-level object within the first {@link #SNIFF_BYTES} bytes, streamed (nested
     * values are skipped, not built).
     *
     * @param in the text; at most {@link #SNIFF_BYTES} bytes are read
     * @return whether it looks like CKAN
     * @throws IOException if reading fails
     */
    static boolean looksLikeCkan(InputStream in) throws IOException {
        Set<String> keys = topLevelKeys(in.readNBytes(SNIFF_BYTES));
        if (keys.contains("publisher") || keys.contains("identifier")) {
            return false;
        }
        if (keys.contains("success") && keys.contains("result")) {
            return true;
        }
        return keys.contains("resources")
                && (keys.contains("notes") || keys.contains("license_id") || keys.contains("num_resources"));
    }

    private static Set<String> topLevelKeys(byte[] head) {
        Set<String> keys = new HashSet<>();
        try (JsonParser p = SNIFF.createParser(head)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return keys;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                keys.add(p.currentName());
                p.nextToken();
                p.skipChildren();
            }
        } catch (IOException | RuntimeException e) {
            // the head ends or breaks here: judge by the names seen so far
        }
        return keys;
    }

    static RecordReader reader(Input input, Optional<RecordChecks> checks, Optional<Publisher> ckanPublisher,
            ReaderLimitsOption limits) {
        return switch (input) {
            case JSON -> {
                MetadataJson.ReaderBuilder b = MetadataJson.reader().maxBytes(limits.value())
                        .maxNestingDepth(limits.nestingDepth()).maxNumberLength(limits.numberLength());
                checks.ifPresent(b::checks);
                yield b.build();
            }
            case CKAN -> {
                CkanImport.ReaderBuilder b = CkanImport.reader().maxBytes(limits.value())
                        .maxNestingDepth(limits.nestingDepth()).maxNumberLength(limits.numberLength());
                checks.ifPresent(b::checks);
                ckanPublisher.ifPresent(b::defaultPublisher);
                yield b.build();
            }
            case OPENDATA_LIST -> {
                OpenDataListReader.Builder b = OpenDataList.reader().maxBytes(limits.value());
                checks.ifPresent(b::checks);
                yield b.build();
            }
            case TURTLE, JSONLD, RDFXML -> {
                DcatReader.Builder b = DcatReader.builder().format(dcat(input)).maxBytes(limits.value())
                        .maxNestingDepth(limits.nestingDepth()).maxNumberLength(limits.numberLength());
                checks.ifPresent(b::checks);
                yield b.build();
            }
        };
    }

    static DcatFormat dcat(Input input) {
        return switch (input) {
            case TURTLE -> DcatFormat.TURTLE;
            case JSONLD -> DcatFormat.JSON_LD;
            case RDFXML -> DcatFormat.RDF_XML;
            default -> throw new IllegalArgumentException("not RDF: " + input);
        };
    }

    /** The disclosure level of {@code --disclosure} (any case), or a usage error. */
    static DisclosureLevel disclosure(String level) {
        return DisclosureLevel.byId(level.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> UserException.usage("catalog.cmd.bad-disclosure", level));
    }

    static Optional<Publisher> publisher(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            LocalGovernmentCode c = LocalGovernmentCode.parse(code);
            if (!c.hasValidCheckDigit()) {
                throw UserException.usage("metadata.cmd.publisher-check-digit", code, c.withCorrectCheckDigit().value());
            }
            return Optional.of(Publisher.of(c));
        } catch (IllegalArgumentException e) {
            throw UserException.usage("metadata.cmd.publisher-invalid", code);
        }
    }

    /** Writes a text report of findings (problems only, no banner) to standard error. */
    static void printFindings(Report report, PrintWriter err, Locale locale) {
        if (report.total() == 0) {
            return;
        }
        try {
            OutputStream o = new PrintWriterStream(err);
            ReportWriter.builder(ReportFormat.TEXT).locale(locale).build().write(report, o);
            o.flush();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(Locale locale, String key, Object... args) {
        return VocabCli.text(locale, key, args);
    }
}
