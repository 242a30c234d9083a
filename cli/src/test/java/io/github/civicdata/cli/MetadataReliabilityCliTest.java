package io.github.civicdata.cli;

import static io.github.civicdata.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.cli.CliRun.Result;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9 reproducers of the metadata and catalog commands, by case name. */
class MetadataReliabilityCliTest {

    @TempDir
    Path dir;

    private Path copy(String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/reliability/" + name)) {
            assertThat(in).as(name).isNotNull();
            Files.copy(in, p);
        }
        return p;
    }

    private static void noTrace(Result r) {
        assertThat(r.err()).doesNotContain("Exception", "\tat ", "Internal error", "内部エラー");
        assertThat(r.out()).doesNotContain("Exception", "\tat ");
    }

    /** c2-catalog-one-bad-file-stops-everything.sh: search and export go on without the bad file. */
    @Test
    void c2_catalog_one_bad_file_stops_everything() throws IOException {
        Path catalog = dir.resolve("catalog");
        Files.createDirectories(catalog);
        try (Stream<Path> files = Files.list(Path.of("..", "examples", "data", "catalog"))) {
            for (Path p : files.toList()) {
                Files.copy(p, catalog.resolve(p.getFileName()));
            }
        }
        Result before = run("catalog", "search", catalog.toString(), "--lang", "en");
        assertThat(before.code()).isZero();
        for (String bad : new String[] {"c2-stackoverflow-turtle-bnode-2000.ttl", "c2-internal-error-number-1e400.json",
                "c2-stackoverflow-jsonld-array-4000.jsonld"}) {
            Path zz = Files.move(copy(bad), catalog.resolve("zz-" + bad));
            Result search = run("catalog", "search", catalog.toString(), "--lang", "en");
            noTrace(search);
            assertThat(search.code()).as(bad).isZero();
            assertThat(search.out()).as(bad).isEqualTo(before.out());
            Result export = run("catalog", "export", catalog.toString(), "--format", "csv", "-o",
                    dir.resolve("x.csv").toString());
            noTrace(export);
            assertThat(export.code()).as(bad).isZero();
            assertThat(Files.readString(dir.resolve("x.csv"), StandardCharsets.UTF_8)).contains("aobadai-public-toilet");
            Result validate = run("metadata", "validate", catalog.toString(), "--lang", "en");
            noTrace(validate);
            assertThat(validate.code()).isEqualTo(1);
            assertThat(validate.out()).contains("zz-" + bad);
            Files.delete(zz);
        }
    }

    @Test
    void c2_stackoverflow_turtle_bnode_2000() throws IOException {
        Result r = run("metadata", "validate", copy("c2-stackoverflow-turtle-bnode-2000.ttl").toString(), "--lang", "en");
        noTrace(r);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("metadata.rdf-syntax", "2,000 levels", "limit of 64", "--max-nesting-depth");
        Result raised = run("metadata", "validate", dir.resolve("c2-stackoverflow-turtle-bnode-2000.ttl").toString(),
                "--max-nesting-depth", "3000", "--lang", "en");
        noTrace(raised);
        assertThat(raised.code()).isEqualTo(1);
        assertThat(run("metadata", "validate", dir.toString(), "--max-nesting-depth", "0").code()).isEqualTo(2);
    }

    @Test
    void c2_stackoverflow_jsonld_array_4000() throws IOException {
        Result r = run("metadata", "validate", copy("c2-stackoverflow-jsonld-array-4000.jsonld").toString(), "--lang", "en");
        noTrace(r);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("4,001 levels");
    }

    @Test
    void c2_internal_error_number_1e400() throws IOException {
        Result r = run("metadata", "validate", copy("c2-internal-error-number-1e400.json").toString(), "--lang", "en");
        noTrace(r);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("metadata.schema", "/issued");
    }

    @Test
    void c2_turtle_invalid_utf8_accepted() throws IOException {
        Path in = copy("c2-turtle-invalid-utf8-accepted.ttl");
        Result v = run("metadata", "validate", in.toString(), "--lang", "en");
        assertThat(v.code()).isEqualTo(1);
        assertThat(v.out()).contains("metadata.rdf-syntax", "offset 1,052");
        Result c = run("metadata", "convert", in.toString(), "--to", "json");
        assertThat(c.code()).isEqualTo(1);
        assertThat(c.out()).doesNotContain("\uFFFD");
    }

    /**
     * c2-oom-ckan-sniff-17MB-array.sh: telling CKAN from a record reads a bounded head of the file,
     * streamed, and a file over the size limit is not opened at all; so the 17 MB array is
     * metadata.file-too-large at any heap.
     */
    @Test
    void c2_oom_ckan_sniff_17MB_array() throws IOException {
        Path big = dir.resolve("array-17M.json");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write('[');
            byte[] chunk = "1,".repeat(50_000).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 170; i++) {
                out.write(chunk);
            }
            out.write("1]".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(Files.size(big)).isGreaterThan(16L << 20);
        assertThat(MetadataCli.detect(big, 16L << 20)).isEqualTo(MetadataCli.Input.JSON);
        Result r = run("metadata", "validate", big.toString(), "--lang", "en");
        noTrace(r);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("metadata.file-too-large");

        // within the size limit, only the head is read, whatever the file's length
        CountingEndless endless = new CountingEndless("{\"help\": \"x\", \"success\": true, \"result\": {\"resources\": [");
        assertThat(MetadataCli.looksLikeCkan(endless)).isTrue();
        assertThat(endless.read).isLessThanOrEqualTo(MetadataCli.SNIFF_BYTES);
        CountingEndless array = new CountingEndless("[");
        assertThat(MetadataCli.looksLikeCkan(array)).isFalse();
        assertThat(array.read).isLessThanOrEqualTo(MetadataCli.SNIFF_BYTES);
        CountingEndless record = new CountingEndless("{\"identifier\": \"x\", \"resources\": [], \"notes\": [");
        assertThat(MetadataCli.looksLikeCkan(record)).isFalse();
    }

    @Test
    void ckanIsStillRecognisedWhateverTheOrderOfItsMembers() throws IOException {
        Path pkg = dir.resolve("pkg.json");
        Files.writeString(pkg, "{\"notes\": \"" + "x".repeat(100_000) + "\", \"extras\": [[[[[]]]]], \"resources\": []}");
        assertThat(MetadataCli.detect(pkg, 16L << 20)).isEqualTo(MetadataCli.Input.CKAN);
        Path rec = dir.resolve("rec.json");
        Files.writeString(rec, "{\"resources\": [], \"notes\": \"n\", \"identifier\": \"x\"}");
        assertThat(MetadataCli.detect(rec, 16L << 20)).isEqualTo(MetadataCli.Input.JSON);
    }

    /** A stream with a given start and then digits and commas forever, counting what is read. */
    private static final class CountingEndless extends InputStream {
        private final byte[] head;
        private long read;

        CountingEndless(String head) {
            this.head = head.getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public int read() {
            long i = read++;
            return i < head.length ? head[(int) i] : (i % 2 == 0 ? '1' : ',');
        }

        @Override
        public int read(byte[] b, int off, int len) {
            for (int k = 0; k < len; k++) {
                b[off + k] = (byte) read();
            }
            return len;
        }
    }
}
