package io.github.civicdata.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.vocab.DatasetTemplate;
import io.github.civicdata.vocab.TemplateColumn;
import io.github.civicdata.vocab.VocabIris;
import io.github.civicdata.vocab.Vocabulary;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden files of the template Turtle export (src/test/resources/golden/export, see the README
 * there), compared by graph isomorphism; moved here with the export from the vocab module's
 * {@code TemplateExportsTest}.
 */
class SkosTemplateGoldenTest {

    private final Vocabulary v = Vocabulary.standard();

    @ParameterizedTest
    @CsvSource({
        "public-toilet, 2026-08", "public-toilet, 2021-suisho", "aed, 2021-suisho",
        "designated-emergency-evacuation-site, 2026-08"})
    void golden(String id, String version) throws IOException {
        DatasetTemplate t = v.template(id, version).orElseThrow();
        String out = SkosExport.templateTurtle(t);
        assertThat(out).endsWith("\n").doesNotContain("\r");
        Model m = parse(out);
        Resource r = m.getResource(VocabIris.template(t));
        assertThat(m.listObjectsOfProperty(r, m.createProperty(VocabIris.VOCAB, "column")).toList())
                .hasSize(t.columns().size());
        for (TemplateColumn c : t.columns()) {
            assertThat(m.containsResource(m.getResource(VocabIris.item(c.item())))).isTrue();
        }
        Path file = Path.of("src", "test", "resources", "golden", "export", id + "@" + version + ".ttl");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out, StandardCharsets.UTF_8);
            return;
        }
        assertThat(file).as("golden file %s is missing; run with -Dgolden.update=true", file).exists();
        Model expected = parse(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(m.isIsomorphicWith(expected)).as("graph differs from golden file %s", file).isTrue();
    }

    private static Model parse(String text) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(text)).lang(Lang.TURTLE).parse(m);
        return m;
    }
}
