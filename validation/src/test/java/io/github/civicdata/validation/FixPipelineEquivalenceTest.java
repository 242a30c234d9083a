package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 (speed): the fixer reads a large CSV file on the validator's record pipeline (decoding and
 * splitting on a second thread, the checks and the fixing on the calling thread). Every output (the
 * fixed table, the change log, the sidecar) and the result must be byte for byte what the fixer
 * writes reading on one thread: on every CSV input of the golden suite and on generated files with
 * defects, large enough to cycle the pipeline's pooled batches. The pipeline is forced on small
 * inputs by a threshold of 0.
 */
class FixPipelineEquivalenceTest {

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyGoldenInputIsFixedTheSamePipelined() throws IOException {
        return PipelineEquivalenceTest.goldenInputs().stream().map(f -> DynamicTest.dynamicTest(
                PipelineEquivalenceTest.GOLDEN.relativize(f).toString(),
                () -> assertSameOutputs(f, b -> b)));
    }

    @Test
    void generatedFilesWithDefectsAreFixedTheSamePipelined() throws IOException {
        for (long seed = 1; seed <= 3; seed++) {
            for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("windows-31j"))) {
                Path f = dir.resolve("generated-" + seed + "-" + cs.name() + ".csv");
                Files.write(f, PipelineEquivalenceTest.generated(new Random(seed), 6_000, cs));
                assertSameOutputs(f, b -> b);
                assertSameOutputs(f, b -> b.template("aed"));
                assertSameOutputs(f, b -> b.enable("join-lines", "unique-headers").maxFieldLength(40));
            }
        }
    }

    /** The outputs with 1 thread, then with the pipeline forced at 2 and 3 threads, must be the same bytes. */
    private void assertSameOutputs(Path f, UnaryOperator<Fixer.Builder> config) throws IOException {
        List<String> one = run(f, config.apply(Fixer.builder()).threads(1), "one");
        assertThat(one.get(0)).as(f.toString()).doesNotContain(Validator.INTERNAL_ERROR);
        for (int threads : new int[] {2, 3}) {
            List<String> many = run(f, config.apply(Fixer.builder()).threads(threads).pipelineThreshold(0),
                    "t" + threads);
            assertThat(many).as("%s with %d threads", f.getFileName(), threads).isEqualTo(one);
        }
    }

    /** The result and each output of one fix, as text (bytes read as ISO-8859-1: compared byte for byte). */
    private List<String> run(Path f, Fixer.Builder b, String name) throws IOException {
        Path out = Files.createDirectories(dir.resolve(name));
        Path table = out.resolve("table.csv");
        Path log = out.resolve("changes.csv");
        Path side = out.resolve("sidecar.json");
        for (Path p : List.of(table, log, side)) {
            Files.deleteIfExists(p);
        }
        List<String> parts = new ArrayList<>();
        try {
            FixResult r = b.build().fix(f, FixOutputs.builder().table(table).changes(log).sidecar(side)
                    .locale(Locale.ENGLISH).build());
            parts.add(r.rowsWritten() + " rows, " + r.passes() + " passes, refused " + r.refused() + ", "
                    + r.changes());
        } catch (RuntimeException e) {
            parts.add(e.getClass().getName() + ": " + e.getMessage());
        }
        for (Path p : List.of(table, log, side)) {
            parts.add(Files.exists(p) ? new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1)
                    .replace(out.toString(), "OUT") : "-");
        }
        return parts;
    }
}
