package io.github.civicdata.core.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.civicdata.core.Finding;
import io.github.civicdata.core.LocalizedText;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.RuleInfo;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.SourceInfo;
import io.github.civicdata.core.ToolInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The civicdata JSON report, described by {@code report.schema.json} in this package. Streams
 * findings, so a large report is not built in memory twice.
 */
final class JsonReportWriter implements ReportWriter {

    static final Set<String> STANDARD_KEYS = Set.of("tool", "conforms", "failOn", "truncated", "counts",
            "summary", "countsByRule", "sources", "rules", "findings");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Severity threshold;
    private final boolean failing;
    private final Map<String, Object> extra;

    JsonReportWriter(Severity threshold, boolean failing, Map<String, Object> extra) {
        this.threshold = threshold;
        this.failing = failing;
        this.extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra)); // in the order given, run after run
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        JsonFactory factory = MAPPER.getFactory();
        try (JsonGenerator g = factory.createGenerator(new NonClosingOutputStream(out), JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", ToolInfo.NAME);
            g.writeStringField("version", ToolInfo.version());
            g.writeStringField("informationUri", ToolInfo.INFORMATION_URI);
            g.writeEndObject();
            g.writeBooleanField("conforms", report.conforms(threshold));
            g.writeStringField("failOn", failing ? threshold.id() : "never");
            g.writeBooleanField("truncated", report.truncated());
            g.writeObjectFieldStart("counts");
            for (Severity s : Severity.values()) {
                g.writeNumberField(s.id(), report.count(s));
            }
            g.writeEndObject();
            writeSummary(g, report);
            g.writeObjectFieldStart("countsByRule");
            for (Map.Entry<String, Long> e : report.countsByRule().entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("sources");
            for (SourceInfo s : report.sources()) {
                writeSource(g, s);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rules");
            for (RuleInfo r : report.rules()) {
                writeRule(g, r);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            for (Finding f : report.findings()) {
                writeFinding(g, f);
            }
            g.writeEndArray();
            for (Map.Entry<String, Object> e : extra.entrySet()) {
                g.writeFieldName(e.getKey());
                MAPPER.writeValue(g, e.getValue());
            }
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    /**
     * {@code "summary"}: per severity and for all findings, the number of findings and of the
     * distinct cells and rows they point at (shared with the SARIF writer's run properties).
     */
    static void writeSummary(JsonGenerator g, Report report) throws IOException {
        g.writeObjectFieldStart("summary");
        for (Severity s : Severity.values()) {
            g.writeObjectFieldStart(s.id());
            g.writeNumberField("findings", report.count(s));
            g.writeNumberField("cells", report.cells(s));
            g.writeNumberField("rows", report.rows(s));
            g.writeEndObject();
        }
        g.writeObjectFieldStart("all");
        g.writeNumberField("findings", report.total());
        g.writeNumberField("cells", report.cells());
        g.writeNumberField("rows", report.rows());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeSource(JsonGenerator g, SourceInfo s) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", s.name());
        if (s.encoding().isPresent()) {
            g.writeStringField("encoding", s.encoding().get());
        }
        if (s.bom().isPresent()) {
            g.writeBooleanField("bom", s.bom().get());
        }
        if (s.delimiter().isPresent()) {
            g.writeStringField("delimiter", s.delimiter().get());
        }
        if (s.rows().isPresent()) {
            g.writeNumberField("rows", s.rows().getAsLong());
        }
        if (s.template().isPresent()) {
            g.writeStringField("template", s.template().get());
        }
        if (s.templateProvenance().isPresent()) {
            g.writeStringField("templateProvenance", s.templateProvenance().get());
        }
        g.writeEndObject();
    }

    private static void writeRule(JsonGenerator g, RuleInfo r) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("severity", r.severity().id());
        g.writeStringField("mode", r.mode().id());
        if (!r.aliases().isEmpty()) {
            g.writeArrayFieldStart("aliases");
            for (String a : r.aliases()) {
                g.writeString(a);
            }
            g.writeEndArray();
        }
        writeText(g, "title", Messages.get().title(r));
        if (r.helpUri().isPresent()) {
            g.writeStringField("helpUri", r.helpUri().get());
        }
        g.writeEndObject();
    }

    private static void writeFinding(JsonGenerator g, Finding f) throws IOException {
        Location l = f.location();
        g.writeStartObject();
        g.writeStringField("rule", f.ruleId());
        if (f.code().isPresent()) {
            g.writeStringField("code", f.code().get());
        }
        g.writeStringField("severity", f.severity().id());
        g.writeStringField("source", l.source());
        if (l.sheet().isPresent()) {
            g.writeStringField("sheet", l.sheet().get());
        }
        if (l.line().isPresent()) {
            g.writeNumberField("line", l.line().getAsLong());
        }
        if (l.row().isPresent()) {
            g.writeNumberField("row", l.row().getAsLong());
        }
        if (l.column().isPresent()) {
            g.writeNumberField("column", l.column().getAsInt());
        }
        if (l.header().isPresent()) {
            g.writeStringField("header", l.header().get());
        }
        if (l.pointer().isPresent()) {
            g.writeStringField("pointer", l.pointer().get());
        }
        if (l.byteOffset().isPresent()) {
            g.writeNumberField("byteOffset", l.byteOffset().getAsLong());
        }
        if (f.value().isPresent()) {
            g.writeStringField("value", f.value().get());
        }
        if (f.suggestion().isPresent()) {
            g.writeStringField("suggestion", f.suggestion().get());
        }
        writeText(g, "message", Messages.get().localize(f));
        g.writeEndObject();
    }

    private static void writeText(JsonGenerator g, String name, LocalizedText t) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("ja", t.ja());
        g.writeStringField("en", t.en());
        g.writeEndObject();
    }
}
