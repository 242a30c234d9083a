package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which structure the message of an out-of-memory error names, by what the footprint says grew. */
class ValidationOutOfMemoryErrorTest {

    private static final long HEAP = 64L << 20;
    private static final Validator V = Validator.builder().build();

    private static Footprint footprint(long rows, long columns) {
        Footprint f = new Footprint();
        f.rows = rows;
        f.columns = columns;
        f.bytes = 1234;
        return f;
    }

    @Test
    void uniqueValuesAreNamedOnlyWhenTheyFilledTheHeap() {
        Footprint f = footprint(900_000, 3);
        f.unique(900_000, 40L << 20);
        String en = ValidationOutOfMemoryError.of("a.csv", f, V, HEAP, new OutOfMemoryError()).text().en();
        assertThat(en).contains("900000 value(s) in 40 MB", "--max-unique-values (now 1000000)", "-Xmx");

        Footprint small = footprint(900_000, 3);
        small.unique(2_000, 1L << 20);
        assertThat(ValidationOutOfMemoryError.of("a.csv", small, V, HEAP, new OutOfMemoryError()).text().en())
                .doesNotContain("--max-unique-values").contains("900000 row(s)", "-Xmx");
    }

    @Test
    void wideFilesNameTheColumnLimit() {
        String en = ValidationOutOfMemoryError.of("w.csv", footprint(20, 16_385), V, HEAP, new OutOfMemoryError())
                .text().en();
        assertThat(en).contains("up to 16385 column(s)", "--max-columns (now 16384)", "-Xmx")
                .doesNotContain("--max-unique-values");
    }

    @Test
    void sharedStringsAreNamedWhenTheyFilledTheHeap() {
        Footprint f = footprint(10, 5);
        f.sharedStrings(1_000_000, 20 << 20);
        String ja = ValidationOutOfMemoryError.of("w.xlsx", f, V, HEAP, new OutOfMemoryError()).text().ja();
        assertThat(ja).contains("共有文字列（1000000 個", "-Xmx");
    }

    @Test
    void theSuggestedHeapIsLargerThanTheHeapThatRanOut() {
        String en = ValidationOutOfMemoryError.of("a.csv", footprint(1, 1), V, 1L << 30, new OutOfMemoryError())
                .text().en();
        assertThat(en).contains("(1024 MB)", "-Xmx4096m");
    }
}
