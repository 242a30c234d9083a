package io.github.civicdata.examples.csvw;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Messages;
import io.github.civicdata.validation.csvw.CsvwInput;
import io.github.civicdata.validation.csvw.CsvwProcessor;
import io.github.civicdata.validation.csvw.CsvwResult;
import io.github.civicdata.rdf.csvw.CsvwRdfWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Validates a LinkData-style CSV (evacuation shelters of a fictional city) with the CSVW metadata
 * found next to it, then converts it to RDF in minimal mode and writes Turtle with the IMI core
 * vocabulary's IRIs ({@code ic:施設型}, {@code ic:名称}, {@code ic:住所} …).
 *
 * <p>The validation module makes the triples without any RDF library; the vocab module's
 * {@link CsvwRdfWriter} (Jena) writes them as Turtle. This class joins the two, as the CLI's
 * {@code civicdata csvw rdf --minimal FILE} does.
 *
 * <p>Run after building ({@code mvn -B -q package -DskipTests}), from the repository root:
 * {@code java -cp cli/target/civicdata.jar:examples/target/classes
 * io.github.civicdata.examples.csvw.CsvwToTurtle [file.csv]} (default
 * {@code examples/data/csvw/shelters.csv}).
 */
public final class CsvwToTurtle {

    /** The example's input when no file is given. */
    static final Path DEFAULT = Path.of("examples", "data", "csvw", "shelters.csv");

    private CsvwToTurtle() {
    }

    /**
     * Runs the example.
     *
     * @param args an optional CSV file
     */
    public static void main(String[] args) {
        Path csv = args.length > 0 ? Path.of(args[0]) : DEFAULT;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        run(csv, out, out);
    }

    /**
     * Validates {@code csv} and writes its Turtle to {@code turtle}.
     *
     * @return the result of the conversion
     */
    static CsvwResult run(Path csv, OutputStream turtle, PrintStream log) {
        CsvwProcessor csvw = CsvwProcessor.builder().build();

        // 1. validate: the metadata (shelters.csv-metadata.json) is located next to the file
        CsvwResult check = csvw.validate(CsvwInput.tabular(csv));
        log.printf("# %s: %d row(s), %d finding(s)%n", csv, check.rows(), check.report().total());
        for (Finding f : check.report().findings()) {
            log.println("#   " + f.ruleId() + ": " + Messages.get().localize(f).ja());
        }

        // 2. convert in minimal mode (only what the cells say) to N-Triples, the plain form ...
        ByteArrayOutputStream ntriples = new ByteArrayOutputStream();
        PrintStream nt = new PrintStream(ntriples, true, StandardCharsets.UTF_8);
        CsvwResult r = CsvwProcessor.builder().minimal(true).build()
                .toRdf(CsvwInput.tabular(csv), t -> nt.println(t.toNTriples()));

        // 3. ... that Jena writes as Turtle ("ic" is among the writer's prefixes when used)
        if (r.completed()) {
            CsvwRdfWriter.write(new ByteArrayInputStream(ntriples.toByteArray()), CsvwRdfWriter.Format.TURTLE,
                    Map.of(), turtle);
        }
        return r;
    }
}
