package io.github.civicdata.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.Severity;
import io.github.civicdata.metadata.DatasetRecord;
import io.github.civicdata.metadata.MetadataJson;
import io.github.civicdata.metadata.MetadataRules;
import io.github.civicdata.metadata.RecordChecks;
import io.github.civicdata.metadata.RecordReadResult;
import io.github.civicdata.metadata.RecordReader;
import io.github.civicdata.core.testing.Mutations;
import io.github.civicdata.core.testing.ReaderTries;
import io.github.civicdata.core.testing.StderrCapture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * The DCAT reader turns any damage to a real file into findings, in each of its three formats: the
 * RDF files of {@code examples/data/catalog} and every readable JSON record there converted to the
 * format (one file per record, and the whole catalogue in one file), with one to three {@link
 * Mutations} (byte flips, truncation, deep nesting, invalid UTF-8, huge numbers, tokens such as
 * DOCTYPE fragments, splices, deletions). Reading never throws, never gives {@code
 * metadata.internal-error}, and nothing (a stack trace, a log line) is printed on standard error or
 * output. Tries: {@link ReaderTries} (1,000 per format; 10,000 with {@code -Plong-properties}).
 */
@AddLifecycleHook(ReaderTries.class)
class DcatReaderProperties {

    /** A valid file and its bytes. */
    record Seed(String name, byte[] bytes) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** One mutation with its seed. */
    record Damage(Mutations kind, long seed) {
    }

    private static final RecordReader READER = DcatReader.builder().checks(RecordChecks.standard()).build();
    private static final Map<DcatFormat, List<Seed>> SEEDS = seeds();

    private static Map<DcatFormat, List<Seed>> seeds() {
        Map<DcatFormat, List<Seed>> out = new EnumMap<>(DcatFormat.class);
        List<DatasetRecord> records = new ArrayList<>();
        Path dir = Path.of("..", "examples", "data", "catalog");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".json")) {
                    MetadataJson.reader().build().read(p).record().ifPresent(records::add);
                }
                DcatFormat.fromFileName(name).ifPresent(f -> out.computeIfAbsent(f, k -> new ArrayList<>())
                        .add(new Seed(name, read(p))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(records).as("readable JSON records in " + dir.toAbsolutePath()).hasSizeGreaterThan(5);
        for (DcatFormat f : DcatFormat.values()) {
            DcatWriter w = DcatWriter.builder().format(f).build();
            List<Seed> seeds = out.computeIfAbsent(f, k -> new ArrayList<>());
            for (DatasetRecord r : records) {
                ByteArrayOutputStream o = new ByteArrayOutputStream();
                w.write(r, o);
                seeds.add(new Seed(r.identifier() + "." + f.extension(), o.toByteArray()));
            }
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            w.write(records, all);
            seeds.add(new Seed("catalog." + f.extension(), all.toByteArray()));
        }
        return out;
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<List<Damage>> damage() {
        return Arbitraries.of(Mutations.class).flatMap(k -> Arbitraries.longs().map(s -> new Damage(k, s)))
                .list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<Seed> turtle() {
        return Arbitraries.of(SEEDS.get(DcatFormat.TURTLE));
    }

    @Provide
    Arbitrary<Seed> jsonLd() {
        return Arbitraries.of(SEEDS.get(DcatFormat.JSON_LD));
    }

    @Provide
    Arbitrary<Seed> rdfXml() {
        return Arbitraries.of(SEEDS.get(DcatFormat.RDF_XML));
    }

    @Property
    void turtleReaderTurnsDamageIntoFindings(@ForAll("turtle") Seed seed, @ForAll("damage") List<Damage> damage,
            @ForAll boolean collections) {
        check(DcatFormat.TURTLE, seed, damage, collections ? "( " : "[ <https://example.org/p> ", collections ? " )" : " ]",
                " \n");
    }

    @Property
    void jsonLdReaderTurnsDamageIntoFindings(@ForAll("jsonLd") Seed seed, @ForAll("damage") List<Damage> damage,
            @ForAll boolean objects) {
        check(DcatFormat.JSON_LD, seed, damage, objects ? "{\"https://example.org/p\":" : "[", objects ? "}" : "]",
                ":[,");
    }

    @Property
    void rdfXmlReaderTurnsDamageIntoFindings(@ForAll("rdfXml") Seed seed, @ForAll("damage") List<Damage> damage) {
        check(DcatFormat.RDF_XML, seed, damage, "<a>", "</a>", ">");
    }

    private static void check(DcatFormat format, Seed seed, List<Damage> damage, String open, String close,
            String slots) {
        byte[] bytes = seed.bytes();
        for (Damage d : damage) {
            bytes = d.kind().apply(bytes, d.seed(), open, close, slots);
        }
        byte[] input = bytes;
        String name = "damaged-" + seed.name();
        StderrCapture.Captured<RecordReadResult> c = StderrCapture.run(() -> READER.read(input, name));
        RecordReadResult r = c.value();
        assertThat(c.printed()).as("printed while reading").isEmpty();
        assertThat(r.findings()).as(() -> "findings: " + r.findings())
                .noneMatch(f -> f.ruleId().equals(MetadataRules.INTERNAL_ERROR));
        if (r.records().isEmpty()) {
            assertThat(r.findings()).anyMatch(f -> f.severity() == Severity.ERROR);
        }
        for (Finding f : r.findings()) {
            assertThat(Messages.get().contains(f.messageKey())).as(f.messageKey()).isTrue();
        }
        Statistics.label("mutation").collect(damage.get(0).kind());
        Statistics.label("outcome").collect(r.findings().stream()
                .filter(f -> f.ruleId().equals(MetadataRules.RDF_SYNTAX) || f.ruleId().equals(MetadataRules.RDF_UNSAFE))
                .filter(f -> f.severity() == Severity.ERROR)
                .findFirst().map(Finding::messageKey)
                .orElse(r.records().isEmpty() ? "parsed, no record" : "parsed, record read"));
        // the damage must not all be stopped at the first gate: some files still give a record, and
        // the nesting limit is reached
        Statistics.label("outcome").coverage(cov -> {
            cov.check("parsed, record read").percentage(p -> p >= 1.0);
            cov.check("metadata.rdf-syntax.too-deep").percentage(p -> p >= 0.5);
        });
    }
}
