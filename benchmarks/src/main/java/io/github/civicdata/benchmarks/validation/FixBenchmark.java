package io.github.civicdata.benchmarks.validation;

import io.github.civicdata.core.Report;
import io.github.civicdata.validation.FixOutputs;
import io.github.civicdata.validation.FixResult;
import io.github.civicdata.validation.Fixer;
import io.github.civicdata.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The fixer against the validator on the validator's benchmark file: 1,000,000 rows × 10 columns
 * (about 120 MB, UTF-8, {@link ConformingCsv}), each operation reading the whole file from the page
 * cache. {@code fixRulesOnly} fixes it into a CSV file beside it (every value goes through the
 * transformations; the file is clean, so nothing changes, but every value is read, looked at and
 * written), {@code fixWithTemplate} also maps it onto the 10-column template and checks every value
 * against the template's formats; {@code validateRulesOnly} and {@code validateWithTemplate} are
 * the validator on the same file in the same run. The score is milliseconds per file (lower is
 * better); the fixer's throughput relative to the validator's is {@code validate / fix}. Target:
 * ≥ 0.5.
 *
 * <p>Run: {@code mvn -B -q -Pbench package -DskipTests -pl benchmarks -am && java -jar
 * benchmarks/target/benchmarks.jar FixBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class FixBenchmark {

    private Path file;
    private Path out;
    private Fixer rulesOnly;
    private Fixer withTemplate;
    private Validator validator;
    private Validator templateValidator;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        file = Files.createTempFile("civicdata-fix-bench-", ".csv");
        out = Files.createTempFile("civicdata-fix-bench-out-", ".csv");
        long bytes = ConformingCsv.write(file, ValidationBenchmark.ROWS);
        System.out.printf("%n%s: %,d rows, %,d bytes%n", file, ValidationBenchmark.ROWS, bytes);
        rulesOnly = Fixer.builder().build();
        withTemplate = Fixer.builder().template(ConformingCsv.template()).build();
        validator = Validator.builder().build();
        templateValidator = Validator.builder().template(ConformingCsv.template()).build();
        FixResult r = withTemplate.fix(file, FixOutputs.builder().table(out).build());
        if (r.rowsWritten() != ValidationBenchmark.ROWS || r.refused()) {
            throw new IllegalStateException("the fix did not write every row: " + r);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(out);
        Files.deleteIfExists(file.resolveSibling(file.getFileName().toString().replace(".csv", ".schema.json")));
    }

    @Benchmark
    public long fixRulesOnly() {
        return rulesOnly.fix(file, FixOutputs.builder().table(out).build()).rowsWritten();
    }

    @Benchmark
    public long fixWithTemplate() {
        return withTemplate.fix(file, FixOutputs.builder().table(out).build()).rowsWritten();
    }

    @Benchmark
    public long validateRulesOnly() {
        Report r = validator.validate(file);
        return r.sources().get(0).rows().orElseThrow() + r.total();
    }

    @Benchmark
    public long validateWithTemplate() {
        Report r = templateValidator.validate(file);
        return r.sources().get(0).rows().orElseThrow() + r.total();
    }
}
