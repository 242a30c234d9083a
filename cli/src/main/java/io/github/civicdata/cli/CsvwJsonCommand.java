package io.github.civicdata.cli;

import io.github.civicdata.validation.csvw.CsvwInput;
import io.github.civicdata.validation.csvw.CsvwProcessor;
import io.github.civicdata.validation.csvw.CsvwResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;

/**
 * {@code civicdata csvw json FILE|METADATA}: converts tables to JSON ("Generating JSON from Tabular
 * Data on the Web"), streamed row by row.
 */
@Command(name = "json", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Convert a CSV file (with its located metadata) or a CSVW metadata file to JSON.",
            "CSV ファイル（見つかったメタデータとともに）または CSVW メタデータを JSON に変換します。"},
        footer = {"", "Data problems are warnings and the conversion goes on; an error in the metadata stops it (no output).",
            "Exit codes: 0 done, 1 findings at or above --fail-on, 2 usage error, 3 unreadable input or output."})
final class CsvwJsonCommand extends CsvwConvertCommand {

    @Override
    CsvwResult convert(CsvwProcessor processor, CsvwInput input, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvwResult r = processor.toJson(input, w);
        if (r.completed()) {
            w.write('\n');
        }
        w.flush();
        return r;
    }
}
