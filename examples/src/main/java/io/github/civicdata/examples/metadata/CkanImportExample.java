package io.github.civicdata.examples.metadata;

import io.github.civicdata.core.Messages;
import io.github.civicdata.metadata.CkanImport;
import io.github.civicdata.metadata.MetadataJson;
import io.github.civicdata.metadata.RecordReadResult;
import io.github.civicdata.metadata.RecordReader;
import io.github.civicdata.vocab.Vocabulary;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Imports a CKAN {@code package_show} response (as municipal portals serve it) into a dataset
 * record and prints it as JSON: mapped fields become record fields, everything else is kept as
 * {@code ckan:} extras.
 *
 * <p>Run from the repository root after {@code mvn -B -q package -DskipTests} (the shaded
 * command-line jar carries every library module and an SLF4J binding; see README "Quick start"):
 * <pre>
 * java -cp cli/target/civicdata.jar:examples/target/classes \
 *     io.github.civicdata.examples.metadata.CkanImportExample
 * </pre>
 */
public final class CkanImportExample {

    private CkanImportExample() {
    }

    /**
     * Imports a package file.
     *
     * @param file the package_show JSON
     * @return the record and findings
     */
    public static RecordReadResult importPackage(Path file) {
        RecordReader ckan = CkanImport.reader().checks(MetadataWiring.checks(Vocabulary.standard())).build();
        return ckan.read(file);
    }

    /**
     * Runs the example.
     *
     * @param args the package file (default {@code examples/data/ckan/package_show_toilet.json})
     */
    public static void main(String[] args) {
        RecordReadResult r = importPackage(Path.of(args.length > 0 ? args[0]
                : "examples/data/ckan/package_show_toilet.json"));
        r.findings().forEach(f -> System.out.println(Messages.get().localize(f).in(Locale.JAPANESE)));
        r.record().ifPresent(rec -> System.out.println(MetadataJson.write(rec)));
    }
}
