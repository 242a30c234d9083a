package io.github.civicdata.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9 reproducers of the JSON readers and the catalogue, by case name, and the class of each. */
class MetadataReliabilityTest {

    private static final RecordReader JSON = MetadataJson.reader().checks(RecordChecks.standard()).build();
    private static final RecordReader CKAN = CkanImport.reader().build();
    private static final String VALID = "{\"identifier\": \"x\", \"title\": {\"ja\": \"t\"}, \"publisher\": {\"code\": \"132993\"}";

    static byte[] resource(String name) throws IOException {
        try (InputStream in = MetadataReliabilityTest.class.getResourceAsStream("/reliability/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static RecordReadResult read(RecordReader reader, String json) {
        return reader.read(json.getBytes(StandardCharsets.UTF_8), "t.json");
    }

    private static String english(Finding f) {
        return Messages.get().format(Locale.ENGLISH, f.messageKey(), f.arguments());
    }

    @Test
    void c2_internal_error_number_1e400() throws IOException {
        RecordReadResult r = JSON.read(resource("c2-internal-error-number-1e400.json"), "c2.json");
        assertThat(r.records()).isEmpty();
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(MetadataRules.SCHEMA);
            assertThat(f.messageKey()).isEqualTo("metadata.schema.type");
            assertThat(f.location().pointer()).contains("/issued");
            assertThat(f.location().line()).hasValue(1);
        });
    }

    @Test
    void hugeNumbersAnywhereAreFindingsNeverErrors() {
        for (String n : List.of("1e400", "-1e400", "1e-400", "123456789012345678901234567890", "1E+2147483647")) {
            RecordReadResult unknown = read(JSON, VALID + ", \"extra\": " + n + "}");
            assertThat(unknown.findings()).extracting(Finding::messageKey).as(n)
                    .containsExactly("metadata.schema.unknown-member");
            RecordReadResult size = read(JSON, VALID + ", \"distributions\": [{\"format\": \"CSV\","
                    + " \"downloadURL\": \"https://example.org/a.csv\", \"byteSize\": " + n + "}]}");
            assertThat(size.findings()).as(n).isNotEmpty()
                    .allMatch(f -> f.ruleId().equals(MetadataRules.SCHEMA) || f.ruleId().equals(MetadataRules.INVALID_VALUE));
            RecordReadResult ckan = read(CKAN, "{\"name\": \"a\", \"title\": \"t\", \"size\": " + n + ","
                    + " \"resources\": [{\"url\": \"https://example.org/a.csv\", \"size\": " + n + "}]}");
            assertThat(ckan.findings()).extracting(Finding::ruleId).as(n).doesNotContain(MetadataRules.INTERNAL_ERROR);
        }
    }

    @Test
    void aByteSizeBeyondLongIsAFindingNotDropped() {
        RecordReadResult r = read(JSON, VALID + ", \"distributions\": [{\"format\": \"CSV\","
                + " \"downloadURL\": \"https://example.org/a.csv\", \"byteSize\": 99999999999999999999}]}");
        assertThat(r.findings()).extracting(Finding::messageKey).containsExactly("metadata.value.out-of-range");
        assertThat(english(r.findings().get(0))).contains("byteSize", "99999999999999999999");
    }

    @Test
    void deepNestingIsRefusedNamingDepthLimitAndSetting() {
        String deep = VALID + ", \"extra\": " + "[".repeat(4000) + "]".repeat(4000) + "}";
        for (RecordReader reader : List.of(JSON, CKAN)) {
            RecordReadResult r = read(reader, deep);
            assertThat(r.findings()).singleElement().satisfies(f -> {
                assertThat(f.messageKey()).isEqualTo("metadata.json-syntax.too-deep");
                assertThat(english(f)).contains("4,001", "64", "--max-nesting-depth", "maxNestingDepth");
                assertThat(f.location().line()).hasValue(1);
            });
        }
        RecordReader shallow = MetadataJson.reader().maxNestingDepth(1).build();
        assertThat(read(shallow, VALID + "}").findings()).extracting(Finding::messageKey)
                .containsExactly("metadata.json-syntax.too-deep");
    }

    /** The last line of defence: a limit raised so high that checking the tree exhausts a small stack. */
    @Test
    void aStackOverflowWhileCheckingIsAFinding() throws Exception {
        RecordReader careless = MetadataJson.reader().maxNestingDepth(1_000_000).build();
        byte[] deep = (VALID + ", \"e\": " + "[".repeat(200_000) + "]".repeat(200_000) + "}").getBytes(StandardCharsets.UTF_8);
        java.util.concurrent.atomic.AtomicReference<RecordReadResult> result = new java.util.concurrent.atomic.AtomicReference<>();
        Thread t = new Thread(null, () -> result.set(careless.read(deep, "deep.json")), "small-stack", 256 * 1024);
        t.start();
        t.join();
        assertThat(result.get()).isNotNull();
        assertThat(result.get().findings()).extracting(Finding::messageKey).containsExactly("metadata.json-syntax.stack");
    }

    @Test
    void longNumbersAreRefusedNamingLengthLimitAndSetting() {
        RecordReadResult r = read(JSON, VALID + ", \"extra\": " + "7".repeat(5000) + "}");
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.messageKey()).isEqualTo("metadata.json-syntax.number-too-long");
            assertThat(english(f)).contains("5,000", "1,000", "--max-number-length", "maxNumberLength");
        });
        RecordReader strict = CkanImport.reader().maxNumberLength(3).build();
        assertThat(read(strict, "{\"name\": \"a\", \"num_resources\": 1234}").findings())
                .extracting(Finding::messageKey).containsExactly("metadata.json-syntax.number-too-long");
    }

    @Test
    void duplicateKeysAreRefusedByBothReadersWithBothLines() {
        String dup = "{\n\"name\": \"a\",\n\"title\": \"t\",\n\"name\": \"b\"\n}";
        for (RecordReader reader : List.of(JSON, CKAN)) {
            assertThat(read(reader, dup).findings()).singleElement().satisfies(f -> {
                assertThat(f.messageKey()).isEqualTo("metadata.json-syntax.duplicate");
                assertThat(f.arguments()).containsExactly("name", 2L, 4L);
                assertThat(f.location().line()).hasValue(4);
            });
        }
    }

    @Test
    void invalidUtf8InAStringIsRefusedWithOffsetAndLine() {
        byte[] b = (VALID + ", \"description\": {\"ja\": \"青葉台市の公衆トイレの一覧です。abc\"}}").getBytes(StandardCharsets.UTF_8);
        b[b.length - 4] = (byte) 0xC3;
        RecordReadResult r = JSON.read(b, "t.json");
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.messageKey()).isEqualTo("metadata.json-syntax.invalid-bytes");
            assertThat(f.location().byteOffset()).hasValue(b.length - 4);
            assertThat(f.location().line()).hasValue(1);
        });
    }

    @Test
    void limitSettersRefuseNonsense() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MetadataJson.reader().maxNestingDepth(0))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CkanImport.reader().maxNumberLength(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The core of c2-catalog-one-bad-file-stops-everything.sh: one bad file, or a reader that throws, costs that file only. */
    @Test
    void c2_catalog_one_bad_file_stops_everything(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.json"), VALID + "}");
        Files.write(dir.resolve("b.json"), resource("c2-internal-error-number-1e400.json"));
        Files.writeString(dir.resolve("c.json"), VALID.replace("\"x\"", "\"deep\"") + ", \"e\": "
                + "[".repeat(5000) + "]".repeat(5000) + "}");
        Files.writeString(dir.resolve("d.bad"), "anything");
        Files.writeString(dir.resolve("e.json"), VALID.replace("\"x\"", "\"y\"") + "}");
        RecordReader json = MetadataJson.reader().build();
        RecordReader throwing = new RecordReader() {
            @Override
            public boolean accepts(Path file) {
                return file.toString().endsWith(".bad");
            }

            @Override
            public RecordReadResult read(Path file) {
                throw new StackOverflowError();
            }

            @Override
            public RecordReadResult read(byte[] content, String source) {
                throw new IllegalStateException("bug");
            }
        };
        Catalog c = Catalog.builder().reader(json).reader(throwing).load(dir);
        assertThat(c.records()).extracting(DatasetRecord::identifier).containsExactly("x", "y");
        assertThat(c.report().findings()).extracting(Finding::ruleId)
                .contains(MetadataRules.SCHEMA, MetadataRules.JSON_SYNTAX, MetadataRules.INTERNAL_ERROR);
        assertThat(c.report().findings()).filteredOn(f -> f.ruleId().equals(MetadataRules.INTERNAL_ERROR))
                .singleElement().satisfies(f -> assertThat(f.location().source()).endsWith("d.bad"));
    }
}
