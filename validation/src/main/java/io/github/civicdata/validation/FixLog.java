package io.github.civicdata.validation;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.csv.CsvFormulas;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The change log of one fix, streamed: one entry per change (file, line, row, column, header,
 * rule, transformation, action, before, after, reason), then a summary per transformation and
 * action. CSV (UTF-8 with a BOM so that Excel opens it, cells defused by the project's one policy,
 * {@link CsvFormulas#defuseExceptNumbers}, and quoted where RFC 4180 needs it; the {@code count} column is 1 for a change; a summary row has no line and
 * counts the changes of one transformation and action) or
 * JSON ({@code {"source": …, "changes": […], "summary": […]}}, values exactly as they were).
 *
 * <p>A null stream writes nothing but still counts. Not thread-safe.
 */
final class FixLog implements AutoCloseable {

    /** What happened to a value, a row or a column. */
    enum Action {
        CHANGED("changed"), RENAMED("renamed"), REMOVED("removed"), MOVED("moved"), ADDED("added"),
        REORDERED("reordered"), SPLIT("split"), FILLED("filled"), FORMULA("formula"), PADDED("padded"),
        DEFUSED("defused"), KEPT("kept"), UNFIXABLE("unfixable");

        final String id;

        Action(String id) {
            this.id = id;
        }
    }

    static final List<String> CSV_HEADER = List.of("file", "line", "row", "column", "header", "rule",
            "transformation", "action", "before", "after", "reason", "count");

    private final String source;
    private final Locale locale;
    private final Writer csv;
    private final JsonGenerator json;
    private final Map<String, long[]> summary = new LinkedHashMap<>();
    private final Map<FixTransformation, Long> changes = new java.util.EnumMap<>(FixTransformation.class);
    private long unfixable;

    FixLog(OutputStream out, FixOutputs.LogFormat format, String source, Locale locale) {
        this.source = source;
        this.locale = locale;
        try {
            if (out == null) {
                csv = null;
                json = null;
            } else if (format == FixOutputs.LogFormat.JSON) {
                csv = null;
                json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
                json.useDefaultPrettyPrinter();
                json.writeStartObject();
                json.writeStringField("source", source);
                json.writeArrayFieldStart("changes");
            } else {
                json = null;
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                csvRow(CSV_HEADER.toArray(new String[0]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One entry.
     *
     * @param line the input line or sheet row (0: the whole table)
     * @param row the data row (0: none)
     * @param column the 1-based input column (0: the whole row)
     * @param rule the rule id the change answers ("" for none)
     * @param reasonKey a message key for the reason, or null
     */
    void add(long line, long row, int column, String header, String rule, FixTransformation t, Action action,
            String before, String after, String reasonKey, Object... args) {
        String tid = t == null ? "" : t.id();
        long[] n = summary.computeIfAbsent(tid + "\u0000" + action.id, k -> new long[1]);
        n[0]++;
        if (action == Action.UNFIXABLE) {
            unfixable++;
        } else if (t != null) {
            changes.merge(t, 1L, Long::sum);
        }
        if (csv == null && json == null) {
            return;
        }
        String reason = reasonKey == null ? "" : Messages.get().format(locale, reasonKey, args);
        try {
            if (json != null) {
                json.writeStartObject();
                if (line > 0) {
                    json.writeNumberField("line", line);
                }
                if (row > 0) {
                    json.writeNumberField("row", row);
                }
                if (column > 0) {
                    json.writeNumberField("column", column);
                }
                if (header != null) {
                    json.writeStringField("header", header);
                }
                json.writeStringField("rule", rule);
                json.writeStringField("transformation", tid);
                json.writeStringField("action", action.id);
                if (before != null) {
                    json.writeStringField("before", before);
                }
                if (after != null) {
                    json.writeStringField("after", after);
                }
                json.writeStringField("reason", reason);
                json.writeEndObject();
            } else {
                csvRow(source, line > 0 ? Long.toString(line) : "", row > 0 ? Long.toString(row) : "",
                        column > 0 ? Integer.toString(column) : "", header == null ? "" : header, rule, tid, action.id,
                        before == null ? "" : before, after == null ? "" : after, reason, "1");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void csvRow(String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.write(',');
            }
            csv.write(cell(cells[i]));
        }
        csv.write("\r\n");
    }

    /** One cell of the CSV log: defused (plain numbers stay) and quoted as needed. */
    static String cell(String value) {
        String v = CsvFormulas.defuseExceptNumbers(value);
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
                || v.indexOf('\r') >= 0 || (!v.isEmpty() && (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' '));
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    /** Changes per transformation (not counting what was left for a person). */
    Map<FixTransformation, Long> changes() {
        return changes;
    }

    long unfixable() {
        return unfixable;
    }

    @Override
    public void close() {
        try {
            if (json != null) {
                json.writeEndArray();
                json.writeArrayFieldStart("summary");
                for (Map.Entry<String, long[]> e : summary.entrySet()) {
                    String[] k = e.getKey().split("\u0000", 2);
                    json.writeStartObject();
                    json.writeStringField("transformation", k[0]);
                    json.writeStringField("action", k[1]);
                    json.writeNumberField("count", e.getValue()[0]);
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
                json.close();
            } else if (csv != null) {
                for (Map.Entry<String, long[]> e : summary.entrySet()) {
                    String[] k = e.getKey().split("\u0000", 2);
                    csvRow(source, "", "", "", "", "", k[0], k[1], "", "",
                            Messages.get().format(locale, "fix.summary"), Long.toString(e.getValue()[0]));
                }
                csv.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
