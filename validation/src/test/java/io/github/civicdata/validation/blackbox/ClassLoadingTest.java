package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 3: validating a CSV loads no class of Apache POI, Apache Jena or Everit (a CSV run
 * must not pay for what only workbooks or metadata need). {@link ClassLoadProbe} validates CSV files
 * in a JVM of its own, with the main classes and every dependency of the module's tests on the class
 * path (POI included), while the JVM logs each class it loads ({@code -Xlog:class+load}); the log is
 * then searched for those packages.
 */
class ClassLoadingTest {

    /** Packages a CSV validation must not touch. */
    static final List<String> FORBIDDEN = List.of("org.apache.poi.", "org.apache.jena.", "org.everit.",
            "org.apache.xmlbeans.", "org.apache.commons.compress.", "com.apicatalog.");

    private static final Pattern LOADED = Pattern.compile("\\[class,load\\s*\\] (\\S+) source:");

    @TempDir
    Path dir;

    @Test
    void aCsvRunLoadsNoPoiJenaOrEveritClass() throws Exception {
        List<String> csvs = csvFiles();
        for (String mode : List.of("rules", "template=aed", "schema=" + schema())) {
            List<String> loaded = run(mode, csvs);
            assertThat(loaded).as("the log lists the validator's classes (%s)", mode)
                    .contains("io.github.civicdata.validation.Validator");
            assertThat(loaded).as("classes loaded validating CSV (%s)", mode)
                    .filteredOn(c -> FORBIDDEN.stream().anyMatch(c::startsWith)).isEmpty();
        }
    }

    private List<String> run(String mode, List<String> csvs) throws IOException, InterruptedException {
        Path log = dir.resolve("classes-" + mode.replaceAll("[^a-z]", "") + ".log");
        List<String> args = new ArrayList<>();
        args.add(mode);
        args.addAll(csvs);
        ProbeProcess.Result r = ProbeProcess.run(dir, List.of("-Xmx256m", "-Xshare:off",
                "-Xlog:class+load=info:file=" + log), ClassLoadProbe.class, args);
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).as(r.out()).isZero();
        List<String> classes = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            Matcher m = LOADED.matcher(line);
            if (m.find()) {
                classes.add(m.group(1));
            }
        }
        return classes;
    }

    /** Real-world files (Shift_JIS and UTF-8, defects included) and a file large enough to be pipelined. */
    private List<String> csvFiles() throws IOException, URISyntaxException {
        Path real = Path.of(getClass().getResource("/realworld").toURI());
        List<String> files = new ArrayList<>();
        try (var s = Files.list(real)) {
            s.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().limit(4)
                    .forEach(p -> files.add(p.toString()));
        }
        Path big = dir.resolve("big.csv");
        StringBuilder sb = new StringBuilder("ID,名称,電話番号,緯度\r\n");
        for (int i = 1; i <= 130_000; i++) {
            sb.append(i).append(",施設").append(i).append(",03-3430-").append(1000 + i % 9000).append(",35.6")
                    .append(i % 10).append("\r\n");
        }
        Files.writeString(big, sb, StandardCharsets.UTF_8);
        files.add(big.toString());
        return files;
    }

    private Path schema() throws IOException {
        Path s = dir.resolve("schema.json");
        Files.writeString(s, """
                {"fields": [{"name": "ID", "type": "integer", "constraints": {"required": true, "unique": true}},
                  {"name": "名称", "type": "string"}, {"name": "電話番号", "type": "string",
                  "constraints": {"pattern": "[0-9-]+"}}, {"name": "緯度", "type": "number"}]}
                """);
        return s;
    }
}
