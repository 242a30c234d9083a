package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Golden;
import io.github.civicdata.core.Report;
import io.github.civicdata.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every golden case under {@code src/test/resources/golden/<rule>/}: each input file
 * ({@code *.csv}, {@code *.tsv}, {@code *.pdf}, {@code *.xls}, {@code *.json}) is validated and
 * the report rendered by {@link ReportJson} must equal {@code <case>.expected.json} next to it.
 * An optional {@code <case>.options} (properties) configures the validator. See the README in
 * that directory; regenerate deliberately with {@code -Dgolden.update=true}.
 */
class GoldenRulesTest {

    static final Path ROOT = Path.of("src", "test", "resources", "golden");

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(ROOT)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.sorted().toList()) {
                        String n = f.getFileName().toString();
                        boolean schemaFile = n.endsWith(".json") && !dir.getFileName().toString().equals("file.not-validated");
                        if (n.endsWith(".expected.json") || n.endsWith(".options") || n.endsWith(".md") || schemaFile) {
                            continue;
                        }
                        String rel = dir.getFileName() + "/" + n;
                        tests.add(DynamicTest.dynamicTest(rel, () -> check(f, rel)));
                    }
                }
            }
        }
        assertThat(tests).hasSizeGreaterThan(40);
        return tests.stream();
    }

    private static void check(Path input, String rel) {
        Validator v = validator(input);
        Report r = v.validate(input);
        Golden.assertMatches(rel + ".expected.json", ReportJson.of(r));
    }

    static Validator validator(Path input) {
        Path opts = input.resolveSibling(input.getFileName() + ".options");
        Validator.Builder b = Validator.builder();
        if (Files.exists(opts)) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(opts)) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String k : p.stringPropertyNames()) {
                String val = p.getProperty(k).trim();
                switch (k) {
                    case "encoding" -> b.encoding(Charset.forName(val));
                    case "maxFieldLength" -> b.maxFieldLength(Integer.parseInt(val));
                    case "maxLineLength" -> b.maxLineLength(Integer.parseInt(val));
                    case "maxColumns" -> b.maxColumns(Integer.parseInt(val));
                    case "maxUniqueValues" -> b.maxUniqueValues(Integer.parseInt(val));
                    case "maxFindingsPerColumn" -> b.maxFindingsPerColumn(Integer.parseInt(val));
                    case "maxFindings" -> b.maxFindings(Integer.parseInt(val));
                    case "detectTemplate" -> b.detectTemplate(Boolean.parseBoolean(val));
                    case "template" -> TemplateOptions.template(b, val);
                    case "schema" -> TemplateOptions.schema(b, input.resolveSibling(val));
                    default -> throw new IllegalArgumentException("unknown option " + k + " in " + opts);
                }
            }
        }
        return b.build();
    }
}
