package io.github.civicdata.cli;

import io.github.civicdata.core.Finding;
import io.github.civicdata.metadata.DatasetRecord;
import io.github.civicdata.metadata.OpenDataList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/**
 * {@code catalog export DIR --format opendata-list}: the records as one オープンデータ一覧 (06) file
 * (UTF-8, the current 45 columns, one row per distribution), written through {@link Outputs} (a
 * temporary file moved into place; a write failure is exit 3). What the layout cannot hold is
 * counted on standard error, with the first fields named.
 */
final class OpenDataListExport {

    private static final int NAMED = 5;

    private OpenDataListExport() {
    }

    static void write(List<DatasetRecord> records, Path output, CommandLine cl, Locale locale) {
        List<Finding> notWritten = new ArrayList<>();
        Outputs.write(output, cl.getOut(), out -> notWritten.addAll(OpenDataList.write(records, out)));
        if (!notWritten.isEmpty()) {
            List<String> named = notWritten.stream().limit(NAMED)
                    .map(f -> f.arguments().get(0) + " " + f.arguments().get(1)).toList();
            cl.getErr().println(MetadataCli.text(locale, "catalog.cmd.opendata-list-not-written", notWritten.size(),
                    String.join(", ", named) + (notWritten.size() > NAMED ? ", …" : "")));
        }
    }
}
