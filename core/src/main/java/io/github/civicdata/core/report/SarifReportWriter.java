package io.github.civicdata.core.report;

import com.fasterxml.jackson.core.JsonEncoding;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0 (OASIS), for code-scanning dashboards. One run; the driver lists every rule applied
 * (and any rule that produced a finding without being declared); each finding is a result whose
 * physical location is the file and the line where the record starts (SARIF columns count
 * characters in a line, so the table column, row and header are given as result properties).
 * Messages are in the writer's language with both languages in the result's properties.
 */
final class SarifReportWriter implements ReportWriter {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Locale locale;

    SarifReportWriter(Locale locale) {
        this.locale = locale;
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        Messages m = Messages.get();
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        for (RuleInfo r : report.rules()) {
            rules.put(r.id(), r);
        }
        for (Finding f : report.findings()) {
            rules.putIfAbsent(f.ruleId(), RuleInfo.of(f.ruleId(), f.severity()));
        }
        List<String> ruleIds = new ArrayList<>(rules.keySet());
        Map<String, Integer> artifactIndex = new LinkedHashMap<>();
        for (SourceInfo s : report.sources()) {
            artifactIndex.putIfAbsent(s.name(), artifactIndex.size());
        }
        for (Finding f : report.findings()) {
            artifactIndex.putIfAbsent(f.location().source(), artifactIndex.size());
        }
        Map<String, SourceInfo> sources = new LinkedHashMap<>();
        report.sources().forEach(s -> sources.put(s.name(), s));

        try (JsonGenerator g = MAPPER.getFactory().createGenerator(new NonClosingOutputStream(out), JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();

            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", ToolInfo.NAME);
            g.writeStringField("version", ToolInfo.version());
            g.writeStringField("semanticVersion", ToolInfo.version());
            g.writeStringField("informationUri", ToolInfo.INFORMATION_URI);
            g.writeArrayFieldStart("rules");
            for (RuleInfo r : rules.values()) {
                LocalizedText title = m.title(r);
                g.writeStartObject();
                g.writeStringField("id", r.id());
                g.writeObjectFieldStart("shortDescription");
                g.writeStringField("text", title.in(locale));
                g.writeEndObject();
                g.writeObjectFieldStart("fullDescription");
                g.writeStringField("text", title.ja() + " / " + title.en());
                g.writeEndObject();
                if (r.helpUri().isPresent()) {
                    g.writeStringField("helpUri", r.helpUri().get());
                }
                g.writeObjectFieldStart("defaultConfiguration");
                g.writeStringField("level", level(r.severity()));
                g.writeBooleanField("enabled", r.mode() != RuleInfo.Mode.MANUAL);
                g.writeEndObject();
                g.writeObjectFieldStart("properties");
                g.writeStringField("mode", r.mode().id());
                g.writeStringField("titleJa", title.ja());
                g.writeStringField("titleEn", title.en());
                if (!r.aliases().isEmpty()) {
                    g.writeArrayFieldStart("aliases");
                    for (String a : r.aliases()) {
                        g.writeString(a);
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();

            g.writeArrayFieldStart("invocations");
            g.writeStartObject();
            g.writeBooleanField("executionSuccessful", true);
            g.writeObjectFieldStart("properties");
            g.writeBooleanField("truncated", report.truncated());
            g.writeObjectFieldStart("counts");
            for (Severity s : Severity.values()) {
                g.writeNumberField(s.id(), report.count(s));
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();

            g.writeArrayFieldStart("artifacts");
            for (String name : artifactIndex.keySet()) {
                g.writeStartObject();
                g.writeObjectFieldStart("location");
                g.writeStringField("uri", uri(name));
                g.writeEndObject();
                SourceInfo s = sources.get(name);
                if (s != null && s.encoding().isPresent()) {
                    g.writeStringField("encoding", s.encoding().get());
                }
                if (s != null && (s.bom().isPresent() || s.rows().isPresent() || s.template().isPresent())) {
                    g.writeObjectFieldStart("properties");
                    if (s.bom().isPresent()) {
                        g.writeBooleanField("bom", s.bom().get());
                    }
                    if (s.rows().isPresent()) {
                        g.writeNumberField("rows", s.rows().getAsLong());
                    }
                    if (s.template().isPresent()) {
                        g.writeStringField("template", s.template().get());
                    }
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndArray();

            g.writeArrayFieldStart("results");
            for (Finding f : report.findings()) {
                writeResult(g, f, m, ruleIds.indexOf(f.ruleId()), artifactIndex.get(f.location().source()));
            }
            g.writeEndArray();
            g.writeStringField("columnKind", "unicodeCodePoints");
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private void writeResult(JsonGenerator g, Finding f, Messages m, int ruleIndex, int artifact) throws IOException {
        Location l = f.location();
        LocalizedText text = m.localize(f);
        g.writeStartObject();
        g.writeStringField("ruleId", f.ruleId());
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", level(f.severity()));
        g.writeObjectFieldStart("message");
        g.writeStringField("text", text.in(locale));
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri(l.source()));
        g.writeNumberField("index", artifact);
        g.writeEndObject();
        if (l.line().isPresent() || l.byteOffset().isPresent()) {
            g.writeObjectFieldStart("region");
            if (l.line().isPresent()) {
                g.writeNumberField("startLine", l.line().getAsLong());
            }
            if (l.byteOffset().isPresent()) {
                g.writeNumberField("byteOffset", l.byteOffset().getAsLong());
                g.writeNumberField("byteLength", 1);
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        if (l.pointer().isPresent() || l.sheet().isPresent() || l.header().isPresent()) {
            g.writeArrayFieldStart("logicalLocations");
            g.writeStartObject();
            String name = l.pointer().orElseGet(() -> l.header().orElse(l.sheet().orElse("")));
            g.writeStringField("name", name);
            String fq = l.sheet().map(s -> s + "!").orElse("") + name;
            g.writeStringField("fullyQualifiedName", fq);
            g.writeStringField("kind", l.pointer().isPresent() ? "member" : "element");
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("properties");
        if (f.code().isPresent()) {
            g.writeStringField("code", f.code().get());
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
        if (l.sheet().isPresent()) {
            g.writeStringField("sheet", l.sheet().get());
        }
        if (l.pointer().isPresent()) {
            g.writeStringField("pointer", l.pointer().get());
        }
        if (f.value().isPresent()) {
            g.writeStringField("value", f.value().get());
        }
        if (f.suggestion().isPresent()) {
            g.writeStringField("suggestion", f.suggestion().get());
        }
        g.writeStringField("messageJa", text.ja());
        g.writeStringField("messageEn", text.en());
        g.writeEndObject();
        g.writeEndObject();
    }

    /** A relative URI reference for a source name (spaces and non-ASCII percent-encoded). */
    static String uri(String name) {
        StringBuilder sb = new StringBuilder();
        String n = name.replace('\\', '/');
        byte[] bytes = n.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~/:".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }
}
