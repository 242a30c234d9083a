package io.github.civicdata.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.testing.Mutations;
import io.github.civicdata.core.testing.ReaderTries;
import io.github.civicdata.core.testing.StderrCapture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * The JSON record reader and the CKAN reader turn any damage to a real file into findings: files of
 * {@code examples/} with one to three {@link Mutations} (byte flips, truncation, deep nesting,
 * invalid UTF-8, huge numbers, tokens, splices, deletions) never make a reader throw, never give a
 * {@code metadata.internal-error} finding, and never make a library print on standard error or
 * standard output. Tries: {@link ReaderTries} (1,000; 10,000 with {@code -Plong-properties}).
 */
@AddLifecycleHook(ReaderTries.class)
class JsonRecordReaderProperties {

    /** A file of examples/ and its bytes. */
    record Seed(String name, byte[] bytes) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** One mutation with its seed. */
    record Damage(Mutations kind, long seed) {
    }

    private static final RecordReader JSON = MetadataJson.reader().checks(RecordChecks.standard()).build();
    private static final RecordReader CKAN = CkanImport.reader().checks(RecordChecks.standard()).build();

    static List<Seed> seeds(String dir, String suffix) {
        Path d = Path.of("..", "examples", "data", dir);
        try (Stream<Path> files = Files.list(d)) {
            List<Seed> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList()) {
                out.add(new Seed(p.getFileName().toString(), Files.readAllBytes(p)));
            }
            assertThat(out).as("seed files in " + d.toAbsolutePath()).isNotEmpty();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<Seed> records() {
        return Arbitraries.of(seeds("catalog", ".json"));
    }

    @Provide
    Arbitrary<Seed> ckan() {
        return Arbitraries.of(seeds("ckan", ".json"));
    }

    @Provide
    Arbitrary<List<Damage>> damage() {
        return Arbitraries.of(Mutations.class).flatMap(k -> Arbitraries.longs().map(s -> new Damage(k, s)))
                .list().ofMinSize(1).ofMaxSize(3);
    }

    @Property
    void jsonRecordReaderTurnsDamageIntoFindings(@ForAll("records") Seed seed,
            @ForAll("damage") List<Damage> damage) {
        check(JSON, seed, damage);
    }

    @Property
    void ckanReaderTurnsDamageIntoFindings(@ForAll("ckan") Seed seed,
            @ForAll("damage") List<Damage> damage) {
        check(CKAN, seed, damage);
    }

    static void check(RecordReader reader, Seed seed, List<Damage> damage) {
        byte[] bytes = seed.bytes();
        for (Damage d : damage) {
            bytes = d.kind().apply(bytes, d.seed(), "[", "]", ":[,");
        }
        byte[] input = bytes;
        StderrCapture.Captured<RecordReadResult> c = StderrCapture.run(() -> reader.read(input, seed.name()));
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
        Statistics.label("outcome").collect(outcome(r));
        // the damage must not all be stopped at the first gate: some files still give a record, and
        // the nesting limit is reached
        Statistics.label("outcome").coverage(cov -> {
            cov.check("record read").percentage(p -> p >= 1.0);
            cov.check("metadata.json-syntax.too-deep").percentage(p -> p >= 0.5);
        });
    }

    /** Where the damaged file was stopped: by a syntax rule (which message), or later. */
    static String outcome(RecordReadResult r) {
        return r.findings().stream().filter(f -> f.ruleId().endsWith("-syntax")).findFirst()
                .map(Finding::messageKey)
                .orElse(r.records().isEmpty() ? "refused after parsing" : "record read");
    }
}
