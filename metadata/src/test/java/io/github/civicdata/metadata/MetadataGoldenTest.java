package io.github.civicdata.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.Severity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Golden files: see src/test/resources/golden/README.md. */
class MetadataGoldenTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final RecordReader READER = MetadataJson.reader()
            .checks(RecordChecks.builder()
                    .knownTemplates(KnownTemplates.of(List.of(TemplateRef.of("public-toilet", "3.09"))))
                    .knownDataItems(KnownDataItems.of(List.of("name", "address", "full-address", "latitude",
                            "longitude", "telephone", "phone-number", "birth-date")))
                    .build())
            .build();

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException, URISyntaxException {
        Path root = Path.of(getClass().getResource("/golden").toURI());
        List<Path> cases;
        try (Stream<Path> s = Files.walk(root)) {
            cases = s.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
                    .filter(p -> {
                        String dir = root.relativize(p).getName(0).toString();
                        return dir.startsWith("metadata.") || dir.equals("valid");
                    })
                    .sorted().toList();
        }
        assertThat(cases).hasSizeGreaterThan(10);
        return cases.stream().map(c -> DynamicTest.dynamicTest(root.relativize(c).toString(), () -> check(root, c)));
    }

    private static void check(Path root, Path input) throws IOException {
        String rule = input.getParent().getFileName().toString();
        String name = input.getFileName().toString().replaceFirst("\\.json$", "");
        RecordReadResult result = READER.read(Files.readAllBytes(input), rule + "/" + name + ".json");
        String actual = render(result);
        Path expectedFile = input.resolveSibling(name + ".expected.json");
        if (Boolean.getBoolean("golden.update")) {
            Path src = Path.of("src/test/resources/golden").resolve(root.relativize(expectedFile));
            Files.writeString(src, actual, StandardCharsets.UTF_8);
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        }
        assertThat(expectedFile).exists();
        assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
        if (rule.equals("valid")) {
            assertThat(result.conforms(Severity.WARNING)).isTrue();
            assertThat(result.record()).isPresent();
        } else {
            assertThat(result.findings()).extracting(Finding::ruleId).contains(rule);
        }
        for (Finding f : result.findings()) {
            assertThat(Messages.get().contains(f.messageKey())).as(f.messageKey()).isTrue();
        }
    }

    static String render(RecordReadResult result) throws IOException {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (Finding f : result.findings()) {
            ObjectNode o = a.addObject();
            o.put("rule", f.ruleId());
            o.put("severity", f.severity().id());
            o.put("key", f.messageKey());
            f.location().pointer().ifPresent(p -> o.put("pointer", p));
            f.location().line().ifPresent(l -> o.put("line", l));
            f.location().column().ifPresent(c -> o.put("column", c));
            ArrayNode args = o.putArray("args");
            f.arguments().forEach(x -> args.add(String.valueOf(x)));
            f.value().ifPresent(v -> o.put("value", v));
            f.suggestion().ifPresent(v -> o.put("suggestion", v));
            o.put("en", Messages.get().format(Locale.ENGLISH, f.messageKey(), f.arguments()));
            o.put("ja", Messages.get().format(Locale.JAPANESE, f.messageKey(), f.arguments()));
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("records", result.records().size());
        root.set("findings", a);
        return JSON.writer().withDefaultPrettyPrinter().writeValueAsString(root).replace("\r\n", "\n") + "\n";
    }
}
