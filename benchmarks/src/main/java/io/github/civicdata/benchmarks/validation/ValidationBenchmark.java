package io.github.civicdata.benchmarks.validation;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.civicdata.core.Report;
import io.github.civicdata.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * Full validation of a generated 1,000,000-row × 10-column CSV (about 120 MB, UTF-8, conforming to
 * the 10-column template of {@link ConformingCsv}) against a plain FastCSV parse of the same file
 * in the same run: {@code validateWithTemplate} (every machine-readability rule, plus template
 * conformance: formats through vocab, required values, a unique ID column with a million values),
 * {@code validateWithSchema} (the rules plus the 10-field Table Schema ConformingCsv writes: patterns,
 * required, unique, number bounds, time; what {@code validate --schema} runs),
 * {@code validateRulesOnly} (no template), and {@code fastCsvParse} (FastCSV's
 * {@code CsvReader.ofCsvRecord}, touching every field). Each operation reads the whole file from
 * the page cache; the score is seconds per file (lower is better), so the throughput ratio is
 * {@code fastCsvParse / validateWithTemplate}. Target: ≥ 0.5.
 *
 * <p>Run: {@code mvn -B -q -Pbench package -DskipTests -pl benchmarks -am && java -jar
 * benchmarks/target/benchmarks.jar ValidationBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class ValidationBenchmark {

    /** Data rows of the generated file. */
    static final int ROWS = 1_000_000;

    private Path file;
    private Validator withTemplate;
    private Validator rulesOnly;
    private Validator withSchema;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        file = Files.createTempFile("civicdata-bench-", ".csv");
        long bytes = ConformingCsv.write(file, ROWS);
        System.out.printf("%n%s: %,d rows, %,d bytes%n", file, ROWS, bytes);
        withTemplate = Validator.builder().template(ConformingCsv.template()).build();
        rulesOnly = Validator.builder().build();
        withSchema = Validator.builder()
                .schema(file.resolveSibling(file.getFileName().toString().replace(".csv", ".schema.json"))).build();
        Report check = withTemplate.validate(file);
        if (check.total() != 0) {
            throw new IllegalStateException("the generated file does not conform: " + check.findings());
        }
        Report schemaCheck = withSchema.validate(file);
        if (schemaCheck.total() != 0) {
            throw new IllegalStateException("the generated file does not conform to its schema: "
                    + schemaCheck.findings());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName().toString().replace(".csv", ".schema.json")));
    }

    @Benchmark
    public long validateWithTemplate() {
        Report r = withTemplate.validate(file);
        return r.sources().get(0).rows().orElseThrow() + r.total();
    }

    @Benchmark
    public long validateWithSchema() {
        Report r = withSchema.validate(file);
        return r.sources().get(0).rows().orElseThrow() + r.total();
    }

    @Benchmark
    public long validateRulesOnly() {
        Report r = rulesOnly.validate(file);
        return r.sources().get(0).rows().orElseThrow() + r.total();
    }

    @Benchmark
    public long fastCsvParse() throws IOException {
        long chars = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
            for (CsvRecord rec : reader) {
                for (int i = 0; i < rec.getFieldCount(); i++) {
                    chars += rec.getField(i).length();
                }
            }
        }
        return chars;
    }
}
