package io.github.civicdata.cli;

import io.github.civicdata.validation.csvw.CsvwInput;
import io.github.civicdata.validation.csvw.CsvwProcessor;
import io.github.civicdata.validation.csvw.CsvwResult;
import io.github.civicdata.rdf.csvw.CsvwRdfWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code civicdata csvw rdf FILE|METADATA [--format turtle|jsonld|ntriples]}: converts tables to RDF
 * ("Generating RDF from Tabular Data on the Web"). N-Triples is streamed; Turtle and JSON-LD are
 * written from the whole graph (staged in a temporary N-Triples file).
 */
@Command(name = "rdf", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Convert a CSV file (with its located metadata) or a CSVW metadata file to RDF.",
            "CSV ファイル（見つかったメタデータとともに）または CSVW メタデータを RDF に変換します。"},
        footer = {"", "Data problems are warnings and the conversion goes on; an error in the metadata stops it (no output).",
            "Exit codes: 0 done, 1 findings at or above --fail-on, 2 usage error, 3 unreadable input or output."})
final class CsvwRdfCommand extends CsvwConvertCommand {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "turtle",
            description = "RDF syntax: turtle, jsonld or ntriples (default: ${DEFAULT-VALUE}).")
    String format = "turtle";

    @Option(names = "--prefix", paramLabel = "NAME=IRI",
            description = "A prefix for Turtle and JSON-LD, e.g. --prefix ic=http://imi.go.jp/ns/core/rdf#; repeatable "
                    + "(csvw, rdf, rdfs, xsd, dc, schema, foaf, ic … are added when used).")
    List<String> prefixes = new ArrayList<>();

    @Override
    public Integer call() {
        if (CsvwRdfWriter.Format.parse(format).isEmpty()) {
            throw UserException.usage("csvw.cmd.bad-format", format);
        }
        for (String p : prefixes) {
            if (p.indexOf('=') <= 0) {
                throw UserException.usage("csvw.cmd.bad-prefix", p);
            }
        }
        return super.call();
    }

    @Override
    CsvwResult convert(CsvwProcessor processor, CsvwInput input, OutputStream out) throws IOException {
        CsvwRdfWriter.Format f = CsvwRdfWriter.Format.parse(format).orElseThrow();
        if (f == CsvwRdfWriter.Format.NTRIPLES) {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            CsvwResult r = processor.toRdf(input, t -> line(w, t.toNTriples()));
            w.flush();
            return r;
        }
        Path staged = Files.createTempFile("civicdata-csvw-", ".nt");
        try {
            CsvwResult r;
            try (Writer w = Files.newBufferedWriter(staged, StandardCharsets.UTF_8)) {
                r = processor.toRdf(input, t -> line(w, t.toNTriples()));
            }
            if (r.completed()) {
                Map<String, String> extra = new LinkedHashMap<>();
                for (String p : prefixes) {
                    extra.put(p.substring(0, p.indexOf('=')).trim(), p.substring(p.indexOf('=') + 1).trim());
                }
                try (InputStream in = Files.newInputStream(staged)) {
                    CsvwRdfWriter.write(in, f, extra, out);
                }
            }
            return r;
        } finally {
            Files.deleteIfExists(staged);
        }
    }

    private static void line(Writer w, String s) {
        try {
            w.write(s);
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
