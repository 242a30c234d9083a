package io.github.civicdata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 3: {@code civicdata validate} on a CSV file loads no class of Apache Jena, Everit
 * JSON Schema, Titanium JSON-LD or Apache POI, though the CLI's class path holds them for its other
 * commands. The CLI runs in a JVM of its own that logs every class it loads
 * ({@code -Xlog:class+load}); rules only, with a standard template and with a Table Schema, in every
 * report format. With the text or JUnit report and no Table Schema it loads no Jackson class either
 * (the JSON and SARIF report writers and the Table Schema reader use it); rules only with the text
 * report, it builds no picocli {@code help} command, starts no SLF4J binding (nothing is logged) and
 * reads no code list (the file has no region code or name). None of these runs loads a picocli class:
 * their command lines are parsed by {@link ValidateArgs}.
 */
class ValidateClassLoadingTest {

    static final List<String> FORBIDDEN = List.of("org.apache.jena.", "org.everit.", "com.apicatalog.",
            "org.apache.poi.", "org.apache.commons.compress.", "org.json.");

    @TempDir
    Path dir;

    @Test
    void validatingACsvLoadsNoJenaEveritOrPoiClass() throws Exception {
        Path csv = dir.resolve("facilities.csv");
        Files.writeString(csv, "ID,名称,電話番号,緯度\r\n1,市民会館,03-3430-1111,35.6\r\n2,図書館,0334301112,３５.６\r\n",
                StandardCharsets.UTF_8);
        Path schema = dir.resolve("schema.json");
        Files.writeString(schema, """
                {"fields": [{"name": "ID", "type": "integer", "constraints": {"unique": true}},
                  {"name": "名称", "type": "string"}, {"name": "電話番号", "type": "string"},
                  {"name": "緯度", "type": "number"}]}
                """);
        List<List<String>> runs = List.of(
                List.of("validate", "--fail-on", "never", csv.toString()),
                List.of("validate", "--fail-on", "never", "--template", "aed", csv.toString()),
                List.of("validate", "--fail-on", "never", "--template", "aed", "--format", "json", csv.toString()),
                List.of("validate", "--fail-on", "never", "--schema", schema.toString(), "--format", "sarif",
                        csv.toString()),
                List.of("validate", "--fail-on", "never", "--format", "junit", "--output",
                        dir.resolve("report.xml").toString(), csv.toString()));
        int i = 0;
        for (List<String> args : runs) {
            ChildJvm.Loading l = ChildJvm.withClassLog(dir, "classes" + i++ + ".log", args);
            assertThat(l.result().code()).as(l.result().err()).isZero();
            List<String> loaded = l.classes();
            assertThat(loaded).as("the log lists the validator").contains("io.github.civicdata.validation.Validator");
            assertThat(loaded).as("classes loaded by %s", args)
                    .filteredOn(c -> FORBIDDEN.stream().anyMatch(c::startsWith)).isEmpty();
            // the text and JUnit reports need no Jackson at all (the vocabulary comes from its snapshot, the
            // rule levels from the rule ids); the JSON and SARIF writers and a Table Schema use it
            if (!args.contains("json") && !args.contains("sarif") && !args.contains("--schema")) {
                assertThat(loaded).as("Jackson classes loaded by %s", args)
                        .filteredOn(c -> c.startsWith("com.fasterxml.jackson.")).isEmpty();
            }
            // every one of these command lines is of a shape ValidateArgs parses: picocli is not loaded at all
            // (its model of the command line cost about 0.1 s of every start: docs/startup.md)
            assertThat(loaded).as("picocli classes loaded by %s", args)
                    .filteredOn(c -> c.startsWith("picocli.")).isEmpty();
            if (i == 1) { // rules only, text report: what issue 16's start-up work took off the way to the first row
                assertThat(loaded).as("picocli's help command is built only where every command is")
                        .doesNotContain("picocli.CommandLine$HelpCommand");
                assertThat(loaded).as("nothing is logged: the SLF4J binding is not started")
                        .filteredOn(c -> c.startsWith("org.slf4j.")).isEmpty();
                assertThat(loaded).as("no region value, no ward name: the code lists are not read")
                        .doesNotContain("io.github.civicdata.vocab.code.CodeTables",
                                "io.github.civicdata.vocab.code.Municipality");
            }
        }
    }
}
