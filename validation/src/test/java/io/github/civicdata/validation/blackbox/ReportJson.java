package io.github.civicdata.validation.blackbox;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.SourceInfo;
import java.util.List;
import java.util.Locale;

/**
 * A stable, reviewable JSON rendering of a report for golden files: sources, then one finding
 * per line with rule, severity, message key, location, value, suggestion, arguments and the
 * English message.
 */
final class ReportJson {

    private ReportJson() {
    }

    static String of(Report r) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\n  \"sources\": [\n");
        List<SourceInfo> sources = r.sources();
        for (int i = 0; i < sources.size(); i++) {
            SourceInfo s = sources.get(i);
            sb.append("    {\"name\": ").append(q(fileName(s.name())));
            s.encoding().ifPresent(e -> sb.append(", \"encoding\": ").append(q(e)));
            s.bom().ifPresent(b -> sb.append(", \"bom\": ").append(b));
            // the delimiter only when it is not a comma, so that the comma files' lines stay short
            s.delimiter().filter(d -> !d.equals(",")).ifPresent(d -> sb.append(", \"delimiter\": ").append(q(d)));
            s.rows().ifPresent(n -> sb.append(", \"rows\": ").append(n));
            s.template().ifPresent(t -> sb.append(", \"template\": ").append(q(t)));
            sb.append('}').append(i + 1 < sources.size() ? "," : "").append('\n');
        }
        sb.append("  ],\n  \"total\": ").append(r.total()).append(",\n  \"findings\": [\n");
        List<Finding> fs = r.findings();
        for (int i = 0; i < fs.size(); i++) {
            Finding f = fs.get(i);
            Location l = f.location();
            sb.append("    {\"rule\": ").append(q(f.ruleId()));
            sb.append(", \"severity\": ").append(q(f.severity().id()));
            if (!f.messageKey().equals(f.ruleId())) {
                sb.append(", \"key\": ").append(q(f.messageKey()));
            }
            l.sheet().ifPresent(s -> sb.append(", \"sheet\": ").append(q(s)));
            l.line().ifPresent(n -> sb.append(", \"line\": ").append(n));
            l.row().ifPresent(n -> sb.append(", \"row\": ").append(n));
            l.column().ifPresent(n -> sb.append(", \"column\": ").append(n));
            l.header().ifPresent(h -> sb.append(", \"header\": ").append(q(h)));
            l.byteOffset().ifPresent(n -> sb.append(", \"byteOffset\": ").append(n));
            f.value().ifPresent(v -> sb.append(", \"value\": ").append(q(v)));
            f.suggestion().ifPresent(v -> sb.append(", \"suggestion\": ").append(q(v)));
            sb.append(", \"en\": ").append(q(Messages.get().localize(f).in(Locale.ENGLISH)));
            sb.append('}').append(i + 1 < fs.size() ? "," : "").append('\n');
        }
        sb.append("  ]\n}\n");
        return sb.toString();
    }

    private static String fileName(String path) {
        String p = path.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }

    static String q(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0xE000 && c <= 0xF8FF) || c == 0xFEFF
                            || (c >= 0x200B && c <= 0x200F) || c == 0xFFFD) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
