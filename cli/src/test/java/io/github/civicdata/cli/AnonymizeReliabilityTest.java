package io.github.civicdata.cli;

import static io.github.civicdata.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.cli.CliRun.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The anonymisation reproducers of issue 9 through the command line, each named after its case
 * (files in {@code src/test/resources/reliability/<case>/}, copied into a temporary folder).
 */
class AnonymizeReliabilityTest {

    @TempDir
    Path tmp;

    /** Copies a case folder into the temporary folder and returns the copy. */
    Path copyCase(String name) {
        try {
            Path src = Path.of(AnonymizeReliabilityTest.class.getResource("/reliability/" + name).toURI());
            Path dst = tmp.resolve(name);
            Files.createDirectories(dst);
            try (Stream<Path> files = Files.list(src)) {
                files.forEach(f -> {
                    try {
                        Files.copy(f, dst.resolve(f.getFileName().toString()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            return dst;
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Result anonymize(Path dir, String config, Path out) {
        return run("anonymize", dir.resolve("in.csv").toString(), "--config", dir.resolve(config).toString(),
                "--output", out.toString(), "--lang", "en");
    }

    static void assertNoInternalError(Result r) {
        assertThat(r.err()).doesNotContain("Internal error").doesNotContain("内部エラー")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void c3ConfigDuplicateKeyReleasesNames() {
        Path dir = copyCase("c3-config-duplicate-key-releases-names");
        Path out = tmp.resolve("out.csv");
        Result r = anonymize(dir, "config.json", out);
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertNoInternalError(r);
        assertThat(r.err()).contains("config.json").contains("\"氏名\"").contains("line 4").contains("line 12")
                .contains("/attributes").contains("2 回");
        assertThat(out).doesNotExist();
    }

    @Test
    void c3CyclicHierarchySwapsValues() {
        Path dir = copyCase("c3-cyclic-hierarchy-swaps-values");
        Path out = tmp.resolve("out.csv");
        Result r = anonymize(dir, "config.json", out);
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertNoInternalError(r);
        assertThat(r.err()).contains("hierarchy_sex.csv").contains("line 1, level 1").contains("line 2")
                .doesNotContain("'男'").doesNotContain("'女'");
        assertThat(out).doesNotExist();
    }

    @Test
    void c3InternalErrorNulInHierarchyPath() {
        Path dir = copyCase("c3-internal-error-nul-in-hierarchy-path");
        Result r = anonymize(dir, "c3-internal-error-nul-in-hierarchy-path.json", tmp.resolve("out.csv"));
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertNoInternalError(r);
        assertThat(r.err()).contains("/attributes/性別/hierarchy").contains("not a usable file name")
                .doesNotContain("\u0000");
    }

    @Test
    void everyPathInTheConfigIsCheckedAtItsPointer() throws IOException {
        Path dir = copyCase("c3-cyclic-hierarchy-swaps-values");
        Files.writeString(dir.resolve("hierarchy_sex.csv"), "男;*\n女;*\n");
        String base = Files.readString(dir.resolve("config.json"), StandardCharsets.UTF_8);
        String towns = base.replace("\"towns\": \"towns.csv\"", "\"towns\": \"to\\u0000wns.csv\"");
        Files.writeString(dir.resolve("towns-nul.json"), towns);
        Result t = anonymize(dir, "towns-nul.json", tmp.resolve("o1.csv"));
        assertThat(t.code()).isEqualTo(ExitCode.USAGE);
        assertNoInternalError(t);
        assertThat(t.err()).contains("/attributes/町字/hierarchy/towns");

        String munis = base.replace("\"municipalities\": \"standard\"", "\"municipalities\": \"m\\u0000.csv\"");
        Files.writeString(dir.resolve("munis-nul.json"), munis);
        Result m = anonymize(dir, "munis-nul.json", tmp.resolve("o2.csv"));
        assertThat(m.code()).isEqualTo(ExitCode.USAGE);
        assertNoInternalError(m);
        assertThat(m.err()).contains("/attributes/町字/hierarchy/municipalities");

        // a column name with '/' and '~' is escaped in the pointer (RFC 6901)
        String slash = base.replace("\"性別\": {\"role\": \"quasi-identifying\", \"hierarchy\": \"hierarchy_sex.csv\"}",
                "\"性別\": {\"role\": \"quasi-identifying\", \"hierarchy\": \"hierarchy_sex.csv\"},"
                        + " \"a/b~c\": {\"role\": \"quasi-identifying\", \"hierarchy\": \"x\\u0000\"}");
        Files.writeString(dir.resolve("slash.json"), slash);
        Result s = anonymize(dir, "slash.json", tmp.resolve("o3.csv"));
        assertThat(s.code()).isEqualTo(ExitCode.USAGE);
        assertThat(s.err()).contains("/attributes/a~1b~0c/hierarchy");
    }

    @Test
    void c3TownsPathEchoesFirstLine() throws IOException {
        Path dir = copyCase("c3-towns-path-echoes-first-line");
        Path secret = tmp.resolve("secret.txt");
        Path out = tmp.resolve("out.csv");
        // one line, as in the reproducer: read as a header without the expected columns
        Files.writeString(secret, "TOP-SECRET first line\n");
        Result r = anonymize(dir, "config.json", out);
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertNoInternalError(r);
        assertThat(r.err()).contains("secret.txt").contains("町字 / town").doesNotContain("TOP-SECRET");
        assertThat(r.out()).doesNotContain("TOP-SECRET");
        // a header repeating a name: not echoed either
        Files.writeString(secret, "TOP-SECRET,TOP-SECRET\n");
        Result dup = anonymize(dir, "config.json", out);
        assertThat(dup.code()).isEqualTo(ExitCode.USAGE);
        assertThat(dup.err()).contains("secret.txt").doesNotContain("TOP-SECRET");
        // lines of different lengths: unreadable as CSV (exit 3), named by row and line only
        Files.writeString(secret, "TOP-SECRET first line, with, commas\nsecond line\n");
        Result ragged = anonymize(dir, "config.json", out);
        assertThat(ragged.code()).isEqualTo(ExitCode.ERROR);
        assertNoInternalError(ragged);
        assertThat(ragged.err()).contains("secret.txt").contains("line 2").doesNotContain("TOP-SECRET")
                .doesNotContain("second line");
        assertThat(out).doesNotExist();
    }

    @Test
    void c3Utf84ByteCharReadAsSjis() throws IOException {
        Path dir = copyCase("c3-utf8-4byte-char-read-as-sjis");
        Path out = tmp.resolve("out.csv");
        Result r = run("anonymize", dir.resolve("in2.csv").toString(), "--config", dir.resolve("config2.json").toString(),
                "--output", out.toString(), "--lang", "en");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        String written = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(written).contains("𠮷").doesNotContain("\uE05F").doesNotContain("ｮｷ");

        Path kana = tmp.resolve("kana.csv");
        Result k = run("anonymize", dir.resolve("in-kana.csv").toString(), "--config",
                dir.resolve("config2.json").toString(), "--output", kana.toString(), "--lang", "en");
        assertThat(k.code()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(kana, StandardCharsets.UTF_8)).contains("𠮷").contains("ｱｲｳ");

        Result v = run("validate", "--format", "json", dir.resolve("in2.csv").toString());
        assertThat(v.out()).contains("\"encoding\" : \"UTF-8\"").doesNotContain("\\uE05F").doesNotContain("ｮｷ");
    }
}
