package io.github.civicdata.examples.metadata;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.LocalizedText;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.Severity;
import io.github.civicdata.metadata.Catalog;
import io.github.civicdata.vocab.Vocabulary;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Validates the example catalogue of 青葉台市 ({@code examples/data/catalog}): every record file
 * (JSON, Turtle, JSON-LD, RDF/XML) is read and checked; broken files are reported and the others
 * are still loaded. Prints each finding in Japanese and English with its file, line and JSON
 * pointer.
 *
 * <p>Run from the repository root after {@code mvn -B -q package -DskipTests} (the shaded
 * command-line jar carries every library module and an SLF4J binding; see README "Quick start"):
 * <pre>
 * java -cp cli/target/civicdata.jar:examples/target/classes \
 *     io.github.civicdata.examples.metadata.ValidateCatalogExample
 * </pre>
 */
public final class ValidateCatalogExample {

    private ValidateCatalogExample() {
    }

    /**
     * Loads and checks a catalogue directory.
     *
     * @param dir the directory
     * @return the catalogue (its report holds the findings)
     * @throws IOException if the directory cannot be read
     */
    public static Catalog validate(Path dir) throws IOException {
        return MetadataWiring.catalog(MetadataWiring.checks(Vocabulary.standard())).load(dir);
    }

    /**
     * Runs the example.
     *
     * @param args the catalogue directory (default {@code examples/data/catalog})
     * @throws IOException if the directory cannot be read
     */
    public static void main(String[] args) throws IOException {
        Catalog catalog = validate(Path.of(args.length > 0 ? args[0] : "examples/data/catalog"));
        Report report = catalog.report();
        System.out.printf("%d records loaded; %d errors, %d warnings%n", catalog.entries().size(),
                report.count(Severity.ERROR), report.count(Severity.WARNING));
        for (Finding f : report.findings()) {
            LocalizedText text = Messages.get().localize(f);
            System.out.printf("%s:%s %s %s%n  %s%n  %s%n", f.location().source(),
                    f.location().line().isPresent() ? f.location().line().getAsLong() : "-",
                    f.ruleId(), f.location().pointer().orElse(""), text.ja(), text.en());
        }
    }
}
