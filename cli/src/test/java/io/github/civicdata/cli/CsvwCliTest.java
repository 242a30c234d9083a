package io.github.civicdata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CsvwCli#isCsvwMetadata} reads the schema with Jackson's streaming parser (no ObjectMapper
 * at start-up): its answer must be the one of the tree it replaced, on hand-picked documents and on
 * cut, spliced and garbled variants of them.
 */
class CsvwCliTest {

    @TempDir
    Path dir;

    /** The implementation before the streaming one. */
    private static boolean byTree(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode n = new ObjectMapper().readTree(in);
            if (n == null || !n.isObject() || n.has("fields")) {
                return false;
            }
            return n.has("@context") || n.has("tables") || n.has("tableSchema") || n.has("url");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static final List<String> DOCS = List.of("", " ", "{}", "[]", "null", "1", "\"url\"",
            "{\"fields\": [{\"name\": \"a\"}]}", "{\"@context\": \"http://www.w3.org/ns/csvw\", \"url\": \"a.csv\"}",
            "{\"tables\": [{\"url\": \"a.csv\", \"tableSchema\": {\"columns\": []}}]}", "{\"tableSchema\": {}}",
            "{\"url\": \"a.csv\", \"fields\": []}", "{\"a\": {\"url\": 1}}", "{\"url\": 1} trailing",
            "{\"url\": 1}{", "{\"url\": ", "{\"url\": 1, \"url\": 2}", "\ufeff{\"url\": \"x\"}",
            "{\"url\": 1e999999, \"n\": 123456789012345678901234567890, \"d\": -0.5e-3}", "{/* c */ \"url\": 1}",
            "{\"url\": tru}", "{'url': 1}", "{\"x\": [[[{\"fields\": 1}]]], \"url\": null}", "{\"url\": \"\\ud842\"}");

    @Test
    void sameAnswerAsTheTreeOnHandPickedAndGarbledDocuments() throws IOException {
        List<byte[]> docs = new ArrayList<>();
        for (String d : DOCS) {
            docs.add(d.getBytes(StandardCharsets.UTF_8));
            docs.add(d.getBytes(StandardCharsets.UTF_16BE));
        }
        Random rnd = new Random(16);
        for (int k = 0; k < 400; k++) {
            String a = DOCS.get(rnd.nextInt(DOCS.size()));
            String b = DOCS.get(rnd.nextInt(DOCS.size()));
            int cut = a.isEmpty() ? 0 : rnd.nextInt(a.length() + 1);
            String mixed = switch (rnd.nextInt(3)) {
                case 0 -> a.substring(0, cut);
                case 1 -> a.substring(0, cut) + b;
                default -> a.substring(0, cut) + "\"url\": 1, " + a.substring(cut);
            };
            docs.add(mixed.getBytes(StandardCharsets.UTF_8));
        }
        int csvw = 0;
        for (int k = 0; k < docs.size(); k++) {
            Path f = dir.resolve("d" + k + ".json");
            Files.write(f, docs.get(k));
            boolean expected = byTree(f);
            csvw += expected ? 1 : 0;
            assertThat(CsvwCli.isCsvwMetadata(f)).as(new String(docs.get(k), StandardCharsets.UTF_8))
                    .isEqualTo(expected);
        }
        assertThat(csvw).as("documents taken for CSVW metadata").isGreaterThan(20);
        assertThat(docs.size() - csvw).as("documents not taken").isGreaterThan(20);
    }
}
