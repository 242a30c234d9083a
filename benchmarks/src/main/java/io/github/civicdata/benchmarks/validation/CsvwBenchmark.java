package io.github.civicdata.benchmarks.validation;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.civicdata.validation.csvw.CsvwInput;
import io.github.civicdata.validation.csvw.CsvwProcessor;
import io.github.civicdata.validation.csvw.CsvwResult;
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
 * CSVW processing of the generated 10-column facility list of {@link ConformingCsv} (200,000 rows,
 * about 24 MB) with CSVW metadata beside it ({@code FILE-metadata.json}: titles, a required ID as
 * primary key, decimal latitude and longitude with bounds, an {@code aboutUrl} per facility):
 * {@code validate} (every cell parsed and checked, primary key), {@code toRdf} (standard mode, each
 * triple rendered as an N-Triples line and counted) and {@code fastCsvParse} (FastCSV over the
 * same file, touching every field) for scale. The score is milliseconds per file.
 *
 * <p>Run: {@code mvn -B -q -Pbench package -DskipTests -pl benchmarks -am && java -jar
 * benchmarks/target/benchmarks.jar CsvwBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class CsvwBenchmark {

    /** Data rows of the generated file. */
    static final int ROWS = 200_000;

    private Path dir;
    private Path file;
    private CsvwProcessor csvw;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        dir = Files.createTempDirectory("civicdata-csvw-bench-");
        file = dir.resolve("facilities.csv");
        ConformingCsv.write(file, ROWS);
        StringBuilder cols = new StringBuilder();
        String[] names = {"code", "id", "name", "kana", "address", "lat", "lon", "phone", "start", "remarks"};
        for (int i = 0; i < names.length; i++) {
            cols.append(i == 0 ? "" : ",").append("{\"name\": \"").append(names[i]).append("\", \"titles\": \"")
                    .append(ConformingCsv.HEADERS[i]).append('"');
            if (names[i].equals("id")) {
                cols.append(", \"required\": true");
            } else if (names[i].equals("lat") || names[i].equals("lon")) {
                cols.append(", \"datatype\": {\"base\": \"decimal\", \"minimum\": -180, \"maximum\": 180}");
            }
            cols.append('}');
        }
        Files.writeString(dir.resolve("facilities.csv-metadata.json"), "{\"@context\": \"http://www.w3.org/ns/csvw\", "
                + "\"url\": \"facilities.csv\", \"tableSchema\": {\"aboutUrl\": \"http://example.org/facility/{id}\", "
                + "\"primaryKey\": \"id\", \"columns\": [" + cols + "]}}", StandardCharsets.UTF_8);
        csvw = CsvwProcessor.builder().build();
        CsvwResult check = csvw.validate(CsvwInput.tabular(file));
        if (check.report().total() != 0 || check.rows() != ROWS) {
            throw new IllegalStateException("the generated file does not conform: " + check.report().findings());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Benchmark
    public long validate() {
        return csvw.validate(CsvwInput.tabular(file)).rows();
    }

    @Benchmark
    public long toRdf() {
        long[] chars = {0};
        csvw.toRdf(CsvwInput.tabular(file), t -> chars[0] += t.toNTriples().length());
        return chars[0];
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
