package io.github.civicdata.validation;

import io.github.civicdata.core.encoding.DetectedEncoding;
import io.github.civicdata.core.encoding.EncodingDetector;
import io.github.civicdata.vocab.DatasetTemplate;
import io.github.civicdata.vocab.HeaderMapping;
import io.github.civicdata.vocab.Vocabulary;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file read again for its key columns after it was validated (two-file datasets, and later
 * CSVW foreign keys): its encoding and delimiter as the validator detected or was told, its header
 * row (the row stated with {@code headerRow}, or else the first of its first records that names the
 * key column, matched as template conformance maps headers: {@link Vocabulary#mapHeader}), and for
 * each data row the key's value with the row's line and number. Reading is streaming; only the
 * caller keeps values.
 *
 * <p>Not thread-safe; one use per file.
 */
final class KeyTable {

    /** Records looked at for the header row. */
    static final int HEADER_SEARCH = 50;

    /** One key value of a data row. */
    interface KeyHandler {
        /**
         * @param value the key value, trimmed (never empty)
         * @param line the 1-based line where the record starts
         * @param row the 1-based data row (the header row is row 0)
         * @param column the 0-based column of the key
         * @return false to stop reading
         */
        boolean key(String value, long line, long row, int column);
    }

    private final Path file;
    private final Validator v;

    KeyTable(Path file, Validator v) {
        this.file = file;
        this.v = v;
    }

    /** The first records of the file (for the header and the file's role). */
    List<List<String>> head() throws IOException {
        List<List<String>> out = new ArrayList<>();
        read((rec, line) -> {
            List<String> r = new ArrayList<>(rec.size);
            for (int i = 0; i < rec.size; i++) {
                r.add(Cells.trim(rec.text(i)));
            }
            out.add(r);
            return out.size() < HEADER_SEARCH;
        });
        return out;
    }

    /**
     * Reads the values of the column that the header mapping of {@code template} maps to the
     * template column {@code header} (the same spellings template conformance accepts: exact,
     * alias, normalised, English, similar).
     *
     * @return the header's column index, or -1 if no header row names it (nothing was read then)
     */
    int keys(DatasetTemplate template, String header, KeyHandler handler) throws IOException {
        int[] state = {-1}; // the key's column
        long[] headerRecord = {0};
        long[] records = {0};
        read((rec, line) -> {
            records[0]++;
            if (state[0] < 0) {
                boolean stated = v.headerRow > 0;
                if (!stated || (rec.line <= v.headerRow && v.headerRow <= rec.endLine)) {
                    state[0] = column(template, header, rec);
                    if (state[0] >= 0) {
                        headerRecord[0] = records[0];
                        return true;
                    }
                }
                return stated ? rec.line <= v.headerRow : records[0] < HEADER_SEARCH;
            }
            if (rec.nonEmpty() == 0) {
                return true;
            }
            String value = state[0] < rec.size ? Cells.trim(rec.text(state[0])) : "";
            return value.isEmpty() || handler.key(value, line, records[0] - headerRecord[0], state[0]);
        });
        return state[0];
    }

    /** The column of a record that the header mapping maps to the template column {@code header}, or -1. */
    private int column(DatasetTemplate template, String header, RecordView rec) {
        List<String> names = new ArrayList<>(rec.size);
        for (int i = 0; i < rec.size; i++) {
            names.add(Cells.trim(rec.text(i)));
        }
        for (HeaderMapping.Column c : v.vocabulary().mapHeader(template, names).matched()) {
            if (c.target().orElseThrow().header().equals(header)) {
                return c.index();
            }
        }
        return -1;
    }

    private interface RecordHandler {
        boolean record(RecordView rec, long line) throws IOException;
    }

    private void read(RecordHandler handler) throws IOException {
        try (InputStream raw = Files.newInputStream(file)) {
            BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
            in.mark(EncodingDetector.DEFAULT_SAMPLE_LIMIT + 8);
            DetectedEncoding enc = v.encoding != null ? DetectedEncoding.declared(v.encoding, 0)
                    : EncodingDetector.detect(in, EncodingDetector.DEFAULT_SAMPLE_LIMIT);
            in.reset();
            char expected = file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".tsv") ? '\t' : ',';
            char delimiter = v.delimiter != 0 ? v.delimiter : CsvValidation.detectDelimiter(in, enc, expected);
            if (enc.bomLength() > 0) {
                in.skipNBytes(enc.bomLength());
            }
            ByteDecoder decoder = new ByteDecoder(in, enc.charset(), enc.bomLength(), ProgressTracker.NONE);
            CsvTokenizer tok = new CsvTokenizer(decoder::read, delimiter);
            RecordView rec = new RecordView(v.maxColumns, v.maxFieldLength, v.maxLineLength);
            while (tok.next(rec)) {
                if (!handler.record(rec, rec.line)) {
                    return;
                }
            }
        }
    }
}
