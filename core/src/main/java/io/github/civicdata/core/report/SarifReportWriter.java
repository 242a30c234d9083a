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

    /** The key of civicdata's fingerprint in {@code partialFingerprints}, versioned. */
    static final String FINGERPRINT = "civicdataFinding/v1";

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
                g.writeStringField("name", ruleName(r.id(), title.en()));
                g.writeObjectFieldStart("shortDescription");
                g.writeStringField("text", title.in(locale));
                g.writeEndObject();
                g.writeObjectFieldStart("fullDescription");
                g.writeStringField("text", title.ja() + " / " + title.en());
                g.writeEndObject();
                // every rule has a help page; a rule declared without one points at the tool's home page
                g.writeStringField("helpUri", r.helpUri().orElse(ToolInfo.INFORMATION_URI));
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
                if (s != null && (s.bom().isPresent() || s.rows().isPresent() || s.template().isPresent()
                        || s.delimiter().isPresent())) {
                    g.writeObjectFieldStart("properties");
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
                g.writeEndObject();
            }
            g.writeEndArray();

            g.writeArrayFieldStart("results");
            List<String> fingerprints = fingerprints(report.findings());
            for (int i = 0; i < report.findings().size(); i++) {
                Finding f = report.findings().get(i);
                writeResult(g, f, m, ruleIds.indexOf(f.ruleId()), artifactIndex.get(f.location().source()),
                        fingerprints.get(i));
            }
            g.writeEndArray();
            g.writeStringField("columnKind", "unicodeCodePoints");
            g.writeObjectFieldStart("properties");
            JsonReportWriter.writeSummary(g, report);
            g.writeBooleanField("truncated", report.truncated());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private void writeResult(JsonGenerator g, Finding f, Messages m, int ruleIndex, int artifact, String fingerprint)
            throws IOException {
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
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(FINGERPRINT, fingerprint);
        g.writeEndObject();
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

    /**
     * The SARIF rule name: the English title in PascalCase ({@code L1-08} "No platform-dependent
     * characters" gives {@code NoPlatformDependentCharacters}), or the id's words when the title is
     * missing (then the message bundle returns the key).
     */
    static String ruleName(String id, String englishTitle) {
        String source = englishTitle == null || englishTitle.isBlank() || englishTitle.endsWith(".title") ? id
                : englishTitle;
        StringBuilder sb = new StringBuilder();
        boolean upper = true;
        for (int i = 0; i < source.length(); ) {
            int c = source.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80 && Character.isLetterOrDigit(c)) {
                sb.appendCodePoint(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        if (sb.length() == 0 || Character.isDigit(sb.charAt(0))) {
            sb.insert(0, "Rule");
        }
        return sb.toString();
    }

    /**
     * One fingerprint per finding, a hash of what identifies it in the input (rule, message key and
     * arguments, source, sheet, line, row, column, header, pointer, byte offset, value), so that it
     * is the same in every run over the same input whatever the order of findings or the time; the
     * n-th finding identical in all of these gets {@code n} appended before hashing.
     */
    static List<String> fingerprints(List<Finding> findings) {
        List<String> out = new ArrayList<>(findings.size());
        Map<String, Integer> seen = new java.util.HashMap<>();
        java.security.MessageDigest sha;
        try {
            sha = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        for (Finding f : findings) {
            Location l = f.location();
            StringBuilder k = new StringBuilder();
            k.append(f.ruleId()).append('\u0000').append(f.messageKey());
            for (Object a : f.arguments()) {
                k.append('\u0000').append(a);
            }
            k.append('\u0001').append(uri(l.source()))
                    .append('\u0001').append(l.sheet().orElse(""))
                    .append('\u0001').append(l.line().isPresent() ? l.line().getAsLong() : -1)
                    .append('\u0001').append(l.row().isPresent() ? l.row().getAsLong() : -1)
                    .append('\u0001').append(l.column().isPresent() ? l.column().getAsInt() : -1)
                    .append('\u0001').append(l.header().orElse(""))
                    .append('\u0001').append(l.pointer().orElse("\u0002"))
                    .append('\u0001').append(l.byteOffset().isPresent() ? l.byteOffset().getAsLong() : -1)
                    .append('\u0001').append(f.value().orElse("\u0002"));
            String key = k.toString();
            int n = seen.merge(key, 1, Integer::sum);
            byte[] h = sha.digest((key + '\u0003' + n).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.add(java.util.HexFormat.of().formatHex(h, 0, 16));
        }
        return out;
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
