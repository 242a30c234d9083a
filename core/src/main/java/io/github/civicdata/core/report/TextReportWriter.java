package io.github.civicdata.core.report;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.RuleInfo;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.SourceInfo;
import io.github.civicdata.core.Values;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plain text for people, one finding per line in the style of compiler diagnostics
 * ({@code file:line: severity rule: message}), followed by its location, offending value and
 * suggestion, then a summary.
 */
final class TextReportWriter implements ReportWriter {

    private final Locale locale;
    private final Severity threshold;

    TextReportWriter(Locale locale, Severity threshold) {
        this.locale = locale;
        this.threshold = threshold;
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        Messages m = Messages.get();
        Writer w = new BufferedWriter(new OutputStreamWriter(new NonClosingOutputStream(out), StandardCharsets.UTF_8));
        for (SourceInfo s : report.sources()) {
            List<String> parts = new ArrayList<>();
            s.encoding().ifPresent(e -> parts.add(m.format(locale, "report.source.encoding", e)));
            s.bom().ifPresent(b -> parts.add(m.format(locale, b ? "report.source.bom" : "report.source.no-bom")));
            s.delimiter().ifPresent(d -> parts.add(m.format(locale, "report.source.delimiter", delimiterName(d))));
            s.rows().ifPresent(r -> parts.add(m.format(locale, "report.source.rows", r)));
            s.template().ifPresent(t -> parts.add(s.templateProvenance().isPresent()
                    ? m.format(locale, "report.source.template-provenance", t, s.templateProvenance().get())
                    : m.format(locale, "report.source.template", t)));
            w.write(s.name());
            if (!parts.isEmpty()) {
                w.write(": ");
                w.write(String.join(separator(), parts));
            }
            w.write('\n');
        }
        if (!report.sources().isEmpty()) {
            w.write('\n');
        }
        for (Finding f : byPlace(report)) {
            Location l = f.location();
            w.write(l.source());
            if (l.line().isPresent()) {
                w.write(":" + l.line().getAsLong());
            }
            w.write(": ");
            w.write(f.severity().id());
            w.write(' ');
            w.write(f.ruleId());
            w.write(": ");
            w.write(oneLine(m.localize(f).in(locale)));
            w.write('\n');
            String where = where(m, l);
            if (!where.isEmpty()) {
                w.write("    ");
                w.write(where);
                w.write('\n');
            }
            if (f.value().isPresent()) {
                w.write("    ");
                w.write(oneLine(m.format(locale, "report.value", Values.visible(f.value().get()))));
                w.write('\n');
            }
            if (f.suggestion().isPresent()) {
                w.write("    ");
                w.write(oneLine(m.format(locale, "report.suggestion", Values.visible(f.suggestion().get()))));
                w.write('\n');
            }
        }
        if (report.findings().isEmpty() && report.total() == 0) {
            w.write(m.format(locale, "report.no-findings"));
            w.write('\n');
        }
        w.write('\n');
        if (report.truncated()) {
            w.write(m.format(locale, "report.truncated", report.findings().size(), report.total()));
            w.write('\n');
        }
        List<String> manual = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        for (RuleInfo r : report.rules()) {
            if (r.mode() == RuleInfo.Mode.MANUAL) {
                manual.add(r.id());
            } else if (r.mode() == RuleInfo.Mode.PARTIAL) {
                partial.add(r.id());
            }
        }
        if (!manual.isEmpty()) {
            w.write(m.format(locale, "report.manual-rules", String.join(", ", manual)));
            w.write('\n');
        }
        if (!partial.isEmpty()) {
            w.write(m.format(locale, "report.partial-rules", String.join(", ", partial)));
            w.write('\n');
        }
        w.write(m.format(locale, "report.summary", report.count(Severity.ERROR), report.count(Severity.WARNING),
                report.count(Severity.INFO)));
        w.write('\n');
        if (aboutTables(report)) {
            w.write(affected(m, locale, report));
            w.write('\n');
        }
        w.write(m.format(locale, report.conforms(threshold) ? "report.conforms" : "report.not-conforms",
                threshold.id()));
        w.write('\n');
        w.flush();
    }

    /** Whether the report is about tables (a source with rows, or a finding in a row). */
    static boolean aboutTables(Report report) {
        return report.rows() > 0 || report.sources().stream().anyMatch(s -> s.rows().isPresent());
    }

    /**
     * The line under the counts that says how many cells and rows the findings point at, per
     * severity ("errors 290,260 cell(s) in 29,026 row(s)"): a few findings that summarise whole
     * columns are not mistaken for a few bad cells.
     *
     * @param m the messages
     * @param locale the language
     * @param report the report
     * @return the line, without line break
     */
    static String affected(Messages m, Locale locale, Report report) {
        return m.format(locale, "report.affected", report.cells(Severity.ERROR), report.rows(Severity.ERROR),
                report.cells(Severity.WARNING), report.rows(Severity.WARNING), report.cells(Severity.INFO),
                report.rows(Severity.INFO));
    }

    /**
     * The findings in reading order: by source (in the order of the report's sources), sheet (in
     * the order they first appear) and line, findings about a whole source or sheet first; the
     * report's order otherwise (the sort is stable).
     */
    static List<Finding> byPlace(Report report) {
        Map<String, Integer> sourceOrder = new HashMap<>();
        for (SourceInfo s : report.sources()) {
            sourceOrder.putIfAbsent(s.name(), sourceOrder.size());
        }
        Map<String, Integer> sheetOrder = new HashMap<>();
        for (Finding f : report.findings()) {
            sourceOrder.putIfAbsent(f.location().source(), sourceOrder.size());
            f.location().sheet().ifPresent(sh -> sheetOrder.putIfAbsent(sh, sheetOrder.size()));
        }
        List<Finding> sorted = new ArrayList<>(report.findings());
        sorted.sort(Comparator.<Finding>comparingInt(f -> sourceOrder.get(f.location().source()))
                .thenComparingInt(f -> f.location().sheet().map(sheetOrder::get).orElse(-1))
                .thenComparingLong(f -> f.location().line().orElse(0)));
        return sorted;
    }

    private String where(Messages m, Location l) {
        List<String> parts = new ArrayList<>();
        l.sheet().ifPresent(s -> parts.add(m.format(locale, "location.sheet", s)));
        l.row().ifPresent(r -> parts.add(m.format(locale, "location.row", r)));
        if (l.column().isPresent() && l.header().isPresent()) {
            parts.add(m.format(locale, "location.column-header", l.column().getAsInt(), l.header().get()));
        } else if (l.column().isPresent()) {
            parts.add(m.format(locale, "location.column", l.column().getAsInt()));
        } else {
            l.header().ifPresent(h -> parts.add(m.format(locale, "location.header", h)));
        }
        l.pointer().ifPresent(p -> parts.add(p.isEmpty()
                ? m.format(locale, "location.pointer-root")
                : m.format(locale, "location.pointer", p)));
        l.byteOffset().ifPresent(b -> parts.add(m.format(locale, "location.byte", b)));
        return String.join(separator(), parts);
    }

    /** A delimiter as people read it: {@code tab}, {@code ","}, {@code ";"}. */
    static String delimiterName(String d) {
        return switch (d) {
            case "\t" -> "tab";
            case " " -> "space";
            default -> "\"" + d + "\"";
        };
    }

    private String separator() {
        return "ja".equals(locale.getLanguage()) ? "、" : ", ";
    }

    /** Keeps user text from breaking the one-finding-per-line layout. */
    private static String oneLine(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || (c < 0x20) || c == 0x7F) {
                if (sb == null) {
                    sb = new StringBuilder(s.length());
                    sb.append(s, 0, i);
                }
                sb.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : String.format("\\u%04x", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
