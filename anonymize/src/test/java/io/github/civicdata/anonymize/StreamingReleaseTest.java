package io.github.civicdata.anonymize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading only the columns the search needs and streaming the file again for the output gives the
 * same CSV as anonymising the whole table in memory; a file that changed in between is an error.
 */
class StreamingReleaseTest {

    @TempDir
    Path dir;

    private Path write(int rows, long seed) throws IOException {
        Random rnd = new Random(seed);
        StringBuilder sb = new StringBuilder("id,name,age,sex,zip,note,diagnosis\r\n");
        for (int r = 0; r < rows; r++) {
            sb.append("P").append(r).append(",name").append(rnd.nextInt(1000)).append(',')
                    .append(20 + rnd.nextInt(60)).append(',').append(rnd.nextBoolean() ? "F" : "M").append(',')
                    .append(8600000 + rnd.nextInt(40)).append(",=note").append(rnd.nextInt(5)).append(",d")
                    .append(rnd.nextInt(4)).append("\r\n");
        }
        Path f = dir.resolve("in.csv");
        Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
        return f;
    }

    private static Anonymizer anonymizer(Table t) {
        return Anonymizer.builder()
                .quasiIdentifier("age", Hierarchy.intervals().width(10).width(20).build(t.distinctValues(t.columnIndex("age").getAsInt())))
                .quasiIdentifier("sex", Hierarchy.of(List.of(List.of("F", "*"), List.of("M", "*"))))
                .quasiIdentifier("zip", Hierarchy.masking().maskRight(1, 2).build(t.distinctValues(t.columnIndex("zip").getAsInt())))
                .identifying("id").identifying("name").sensitive("diagnosis")
                .privacyModel(PrivacyModel.kAnonymity(4)).privacyModel(PrivacyModel.distinctLDiversity("diagnosis", 2))
                .suppressionLimit(0.05).build();
    }

    @Test
    void streamedOutputEqualsTheInMemoryOutput() throws IOException {
        Path in = write(800, 5);
        Table full = Table.read(in, CsvOptions.defaults());
        AnonymizationResult all = anonymizer(full).anonymize(full);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        all.output().write(expected, CsvOptions.defaults());

        Table projected = Table.read(in, CsvOptions.defaults(), List.of("age", "sex", "zip", "diagnosis"));
        assertThat(projected.header()).containsExactly("age", "sex", "zip", "diagnosis");
        AnonymizationResult part = anonymizer(projected).anonymize(projected);
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        long written = part.writeOutput(in, CsvOptions.defaults(), streamed, CsvOptions.defaults());

        assertThat(streamed.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString(StandardCharsets.UTF_8));
        assertThat(written).isEqualTo(part.outputRows()).isEqualTo(all.outputRows());
        assertThat(part.levels()).isEqualTo(all.levels());
        assertThat(part.suppressedRows()).isEqualTo(all.suppressedRows());
        assertThat(streamed.toString(StandardCharsets.UTF_8)).contains("'=note").doesNotContain(",P1,");
    }

    @Test
    void aFileThatChangedInBetweenIsAnError() throws IOException {
        Path in = write(300, 6);
        Table projected = Table.read(in, CsvOptions.defaults(), List.of("age", "sex", "zip", "diagnosis"));
        AnonymizationResult r = anonymizer(projected).anonymize(projected);
        // one value of a quasi-identifier changes
        List<String> lines = Files.readAllLines(in);
        String original = lines.get(7);
        String[] f = lines.get(7).split(",");
        f[2] = f[2].equals("30") ? "31" : "30";
        lines.set(7, String.join(",", f));
        Files.write(in, lines);
        assertThatThrownBy(() -> r.writeOutput(in, CsvOptions.defaults(), new ByteArrayOutputStream(), CsvOptions.defaults()))
                .isInstanceOfSatisfying(AnonymizationException.class, e -> {
                    assertThat(e.key()).isEqualTo("anon.input.changed");
                    assertThat(e.text().en()).contains("row 7").contains("age");
                });
        // a row less
        lines.set(7, original);
        lines.remove(lines.size() - 1);
        Files.write(in, lines);
        assertThatThrownBy(() -> r.writeOutput(in, CsvOptions.defaults(), new ByteArrayOutputStream(), CsvOptions.defaults()))
                .isInstanceOfSatisfying(AnonymizationException.class, e -> {
                    assertThat(e.key()).isEqualTo("anon.input.changed");
                    assertThat(e.text().en()).contains("row 300");
                });
    }

    @Test
    void aProjectionNamesAMissingColumn() throws IOException {
        Path in = write(10, 7);
        assertThatThrownBy(() -> Table.read(in, CsvOptions.defaults(), List.of("age", "nope")))
                .isInstanceOfSatisfying(AnonymizationException.class,
                        e -> assertThat(e.key()).isEqualTo("anon.config.unknown-column"));
    }
}
