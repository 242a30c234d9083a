package io.github.civicdata.maven;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.civicdata.metadata.Catalog;
import io.github.civicdata.metadata.CkanImport;
import io.github.civicdata.metadata.DataItemNames;
import io.github.civicdata.metadata.KnownDataItems;
import io.github.civicdata.metadata.KnownTemplates;
import io.github.civicdata.metadata.MetadataJson;
import io.github.civicdata.metadata.Publisher;
import io.github.civicdata.metadata.RecordChecks;
import io.github.civicdata.metadata.RecordReader;
import io.github.civicdata.metadata.TemplateRef;
import io.github.civicdata.vocab.DataItem;
import io.github.civicdata.vocab.Vocabulary;
import io.github.civicdata.rdf.DcatFormat;
import io.github.civicdata.rdf.DcatReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The wiring of the metadata goals, as the CLI's metadata commands do it: the vocabulary's
 * templates and data items for the record checks, the reader for each input format, format
 * detection (by extension; a {@code .json} file that looks like a CKAN package is read as CKAN).
 */
final class MetadataWiring {

    /** The record formats ({@code from}). */
    enum Input { JSON, CKAN, TURTLE, JSONLD, RDFXML }

    /** Reader limits (CLI: {@code --max-bytes}, {@code --max-nesting-depth}, {@code --max-number-length}). */
    record Limits(long maxBytes, int maxNestingDepth, int maxNumberLength) {
    }

    /** How much of a {@code .json} file is read to tell a CKAN package from a record: 1 MiB. */
    static final int SNIFF_BYTES = 1 << 20;
    private static final JsonFactory SNIFF = new JsonFactory();

    private MetadataWiring() {
    }

    static RecordChecks checks(Vocabulary v) {
        return RecordChecks.builder()
                .knownTemplates(KnownTemplates.of(v.templates().stream().map(t -> TemplateRef.of(t.id(), t.version())).toList()))
                .knownDataItems(KnownDataItems.of(v.items().stream().map(DataItem::id).toList()))
                .build();
    }

    static DataItemNames itemNames(Vocabulary v) {
        return id -> v.item(id).map(DataItem::name);
    }

    static Catalog.Builder catalog(RecordChecks checks, Limits limits) {
        return Catalog.builder()
                .maxFindings(Integer.MAX_VALUE)
                .reader(MetadataJson.reader().checks(checks).maxBytes(limits.maxBytes())
                        .maxNestingDepth(limits.maxNestingDepth()).maxNumberLength(limits.maxNumberLength()).build())
                .reader(DcatReader.builder().checks(checks).maxBytes(limits.maxBytes())
                        .maxNestingDepth(limits.maxNestingDepth()).maxNumberLength(limits.maxNumberLength()).build());
    }

    static RecordReader reader(Input input, RecordChecks checks, Optional<Publisher> ckanPublisher, Limits limits) {
        return switch (input) {
            case JSON -> MetadataJson.reader().checks(checks).maxBytes(limits.maxBytes())
                    .maxNestingDepth(limits.maxNestingDepth()).maxNumberLength(limits.maxNumberLength()).build();
            case CKAN -> {
                CkanImport.ReaderBuilder b = CkanImport.reader().checks(checks).maxBytes(limits.maxBytes())
                        .maxNestingDepth(limits.maxNestingDepth()).maxNumberLength(limits.maxNumberLength());
                ckanPublisher.ifPresent(b::defaultPublisher);
                yield b.build();
            }
            case TURTLE, JSONLD, RDFXML -> DcatReader.builder()
                    .format(input == Input.TURTLE ? DcatFormat.TURTLE : input == Input.JSONLD ? DcatFormat.JSON_LD : DcatFormat.RDF_XML)
                    .checks(checks).maxBytes(limits.maxBytes())
                    .maxNestingDepth(limits.maxNestingDepth()).maxNumberLength(limits.maxNumberLength()).build();
        };
    }

    static Optional<Input> input(String from) {
        if (from == null || from.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Input.valueOf(from.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The format of a file: by extension; a {@code .json} file is CKAN when it looks like a CKAN package. */
    static Input detect(Path file, long maxBytes) {
        Optional<DcatFormat> rdf = DcatFormat.fromFile(file);
        if (rdf.isPresent()) {
            return switch (rdf.get()) {
                case TURTLE -> Input.TURTLE;
                case JSON_LD -> Input.JSONLD;
                case RDF_XML -> Input.RDFXML;
            };
        }
        try {
            if (Files.size(file) > maxBytes) {
                return Input.JSON; // the reader reports the size
            }
            try (InputStream in = Files.newInputStream(file)) {
                return looksLikeCkan(in.readNBytes(SNIFF_BYTES)) ? Input.CKAN : Input.JSON;
            }
        } catch (IOException | RuntimeException e) {
            return Input.JSON; // the JSON reader will report it
        }
    }

    private static boolean looksLikeCkan(byte[] head) {
        Set<String> keys = new HashSet<>();
        try (JsonParser p = SNIFF.createParser(head)) {
            if (p.nextToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    keys.add(p.currentName());
                    p.nextToken();
                    p.skipChildren();
                }
            }
        } catch (IOException | RuntimeException e) {
            // judged by the names seen so far
        }
        if (keys.contains("publisher") || keys.contains("identifier")) {
            return false;
        }
        if (keys.contains("success") && keys.contains("result")) {
            return true;
        }
        return keys.contains("resources")
                && (keys.contains("notes") || keys.contains("license_id") || keys.contains("num_resources"));
    }
}
