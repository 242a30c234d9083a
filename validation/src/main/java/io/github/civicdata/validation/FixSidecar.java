package io.github.civicdata.validation;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sidecar of one fix (JSON), streamed: everything moved out of the table, so that it becomes
 * metadata text instead of being dropped. {@code entries} lists, in input order, the rows and
 * cells that left the table ({@code kind}: {@code title}, {@code metadata}, {@code legend},
 * {@code note}, {@code total}, {@code repeated-header}, {@code other-table},
 * {@code between-tables}, {@code extra-cells}, {@code merge}, {@code object}) with their line and
 * values; {@code table} describes the table written: its header lines, and per output column its
 * name, source column, unit, secrecy marks and what its cells were.
 *
 * <p>A null stream writes nothing. Not thread-safe.
 */
final class FixSidecar implements AutoCloseable {

    /** One output column as the sidecar describes it. */
    record Column(String name, int source, String sourceHeader, String part, String unit, String item,
            Map<String, Long> marks) {
    }

    private final JsonGenerator json;
    private boolean entriesOpen;

    FixSidecar(OutputStream out, String source) {
        try {
            if (out == null) {
                json = null;
                return;
            }
            json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("source", source);
            json.writeArrayFieldStart("entries");
            entriesOpen = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A row (or the cells of a row from {@code firstColumn} on) moved out of the table.
     *
     * @param firstColumn 1-based column of {@code values[0]}
     */
    void entry(String kind, long line, long row, int firstColumn, List<String> values, String note) {
        if (json == null) {
            return;
        }
        try {
            json.writeStartObject();
            json.writeStringField("kind", kind);
            if (line > 0) {
                json.writeNumberField("line", line);
            }
            if (row > 0) {
                json.writeNumberField("row", row);
            }
            if (firstColumn > 1) {
                json.writeNumberField("column", firstColumn);
            }
            if (values != null) {
                json.writeArrayFieldStart("values");
                for (String v : values) {
                    json.writeString(v);
                }
                json.writeEndArray();
            }
            if (note != null) {
                json.writeStringField("note", note);
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the entries and writes what describes the table. */
    void table(String sheet, String encoding, String delimiter, int rowsAbove, List<Long> headerLines,
            List<Column> columns, List<String> notes) {
        if (json == null || !entriesOpen) {
            return;
        }
        try {
            json.writeEndArray();
            entriesOpen = false;
            json.writeObjectFieldStart("table");
            if (sheet != null) {
                json.writeStringField("sheet", sheet);
            }
            json.writeStringField("encoding", encoding);
            if (delimiter != null) {
                json.writeStringField("delimiter", delimiter);
            }
            if (rowsAbove > 0) {
                json.writeNumberField("rowsAboveHeader", rowsAbove);
            }
            json.writeArrayFieldStart("headerLines");
            for (long l : headerLines) {
                json.writeNumber(l);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("columns");
            for (Column c : columns) {
                json.writeStartObject();
                json.writeStringField("name", c.name());
                if (c.source() > 0) {
                    json.writeNumberField("source", c.source());
                    json.writeStringField("sourceHeader", c.sourceHeader());
                } else {
                    json.writeBooleanField("added", true);
                }
                if (c.part() != null) {
                    json.writeStringField("part", c.part());
                }
                if (c.unit() != null) {
                    json.writeStringField("unit", c.unit());
                }
                if (c.item() != null) {
                    json.writeStringField("item", c.item());
                }
                if (c.marks() != null && !c.marks().isEmpty()) {
                    json.writeObjectFieldStart("marks");
                    for (Map.Entry<String, Long> m : c.marks().entrySet()) {
                        json.writeNumberField(m.getKey(), m.getValue());
                    }
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("notes");
            for (String n : notes) {
                json.writeString(n);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (json == null) {
            return;
        }
        try {
            if (entriesOpen) {
                json.writeEndArray();
                entriesOpen = false;
            }
            json.writeEndObject();
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> trimmedValues(RecordView rec, int from) {
        int last = Math.min(rec.size, Integer.MAX_VALUE) - 1;
        while (last >= from && rec.isEmpty(last)) {
            last--;
        }
        List<String> out = new ArrayList<>(Math.max(0, last - from + 1));
        for (int i = from; i <= last; i++) {
            out.add(rec.text(i));
        }
        return out;
    }
}
