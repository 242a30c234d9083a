package io.github.civicdata.benchmarks.validation;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The baseline of {@code benchmarks/scripts/validate-vs-parse.sh}: a plain FastCSV parse of a UTF-8
 * CSV file in a process of its own, reading every field and nothing else (the sum of the field
 * lengths is printed so that no field can be skipped).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.civicdata.benchmarks.validation.PlainParse /tmp/facilities.csv}
 */
public final class PlainParse {

    private PlainParse() {
    }

    /**
     * Parses the file named by the first argument.
     *
     * @param args the CSV file
     * @throws IOException if reading fails
     */
    public static void main(String[] args) throws IOException {
        long records = 0;
        long chars = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (CsvRecord rec : reader) {
                records++;
                for (int i = 0; i < rec.getFieldCount(); i++) {
                    chars += rec.getField(i).length();
                }
            }
        }
        System.out.printf(Locale.ROOT, "%,d records, %,d characters in fields%n", records, chars);
    }
}
