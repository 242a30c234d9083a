package io.github.civicdata.core.report;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.LocalizedText;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.RuleInfo;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.SourceInfo;
import io.github.civicdata.core.ToolInfo;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JUnit XML for CI test dashboards: one test suite per source, one test case per rule. A rule
 * with findings at or above the fail-on threshold is a failure whose text lists its findings; a
 * rule with findings below the threshold passes and lists them in {@code system-out}; a manual
 * rule is skipped. Characters that XML 1.0 cannot carry are replaced by U+FFFD. The output is
 * valid against the Jenkins xUnit plugin's {@code junit-10.xsd} (the most widely read JUnit
 * schema): skipped counts are given per {@code <testsuite>}, not on {@code <testsuites>}.
 */
final class JunitReportWriter implements ReportWriter {

    private static final String ALL_SOURCES = ToolInfo.NAME;

    private final Severity threshold;
    private final boolean failing;

    JunitReportWriter(Severity threshold, boolean failing) {
        this.threshold = threshold;
        this.failing = failing;
    }

    private record Case(RuleInfo rule, List<Finding> findings) {
        boolean failed(Severity threshold, boolean failing) {
            return failing && findings.stream().anyMatch(f -> f.severity().isAtLeast(threshold));
        }
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        Messages m = Messages.get();
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        report.rules().forEach(r -> rules.put(r.id(), r));
        report.findings().forEach(f -> rules.putIfAbsent(f.ruleId(), RuleInfo.of(f.ruleId(), f.severity())));

        Set<String> sourceNames = new LinkedHashSet<>();
        Map<String, SourceInfo> infos = new LinkedHashMap<>();
        report.sources().forEach(s -> {
            sourceNames.add(s.name());
            infos.put(s.name(), s);
        });
        report.findings().forEach(f -> sourceNames.add(f.location().source()));
        if (sourceNames.isEmpty()) {
            sourceNames.add(ALL_SOURCES);
        }

        Map<String, Map<String, Case>> suites = new LinkedHashMap<>();
        for (String s : sourceNames) {
            Map<String, Case> cases = new LinkedHashMap<>();
            for (RuleInfo r : rules.values()) {
                cases.put(r.id(), new Case(r, new ArrayList<>()));
            }
            suites.put(s, cases);
        }
        for (Finding f : report.findings()) {
            suites.get(f.location().source()).get(f.ruleId()).findings().add(f);
        }

        long tests = 0;
        long failures = 0;
        for (Map<String, Case> cases : suites.values()) {
            tests += Math.max(1, cases.size());
            for (Case c : cases.values()) {
                if (c.rule().mode() != RuleInfo.Mode.MANUAL && c.failed(threshold, failing)) {
                    failures++;
                }
            }
        }

        Writer w = new BufferedWriter(new OutputStreamWriter(new NonClosingOutputStream(out), StandardCharsets.UTF_8));
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        // junit-10.xsd (Jenkins xUnit) allows no skipped count on <testsuites>; each <testsuite> has its own
        w.write("<testsuites name=\"" + ToolInfo.NAME + "\" tests=\"" + tests + "\" failures=\"" + failures
                + "\" errors=\"0\">\n");
        for (Map.Entry<String, Map<String, Case>> suite : suites.entrySet()) {
            writeSuite(w, m, suite.getKey(), infos.get(suite.getKey()), suite.getValue(), report.truncated());
        }
        w.write("</testsuites>\n");
        w.flush();
    }

    private void writeSuite(Writer w, Messages m, String source, SourceInfo info, Map<String, Case> cases,
            boolean truncated) throws IOException {
        long failures = cases.values().stream()
                .filter(c -> c.rule().mode() != RuleInfo.Mode.MANUAL && c.failed(threshold, failing)).count();
        long skipped = cases.values().stream().filter(c -> c.rule().mode() == RuleInfo.Mode.MANUAL).count();
        w.write("  <testsuite name=\"" + attr(source) + "\" tests=\"" + Math.max(1, cases.size()) + "\" failures=\""
                + failures + "\" errors=\"0\" skipped=\"" + skipped + "\">\n");
        w.write("    <properties>\n");
        property(w, "tool.version", ToolInfo.version());
        property(w, "failOn", failing ? threshold.id() : "never");
        property(w, "truncated", String.valueOf(truncated));
        if (info != null) {
            info.encoding().ifPresent(e -> property(w, "encoding", e));
            info.bom().ifPresent(b -> property(w, "bom", String.valueOf(b)));
            info.delimiter().ifPresent(d -> property(w, "delimiter", d));
            info.rows().ifPresent(r -> property(w, "rows", String.valueOf(r)));
            info.template().ifPresent(t -> property(w, "template", t));
            info.templateProvenance().ifPresent(t -> property(w, "templateProvenance", t));
        }
        w.write("    </properties>\n");
        if (cases.isEmpty()) {
            w.write("    <testcase classname=\"" + attr(ToolInfo.NAME + "." + source) + "\" name=\"conformance\"/>\n");
        }
        for (Case c : cases.values()) {
            LocalizedText title = m.title(c.rule());
            String name = c.rule().id() + " " + title.ja() + " / " + title.en();
            w.write("    <testcase classname=\"" + attr(ToolInfo.NAME + "." + source) + "\" name=\"" + attr(name) + "\">\n");
            if (c.rule().mode() == RuleInfo.Mode.MANUAL) {
                LocalizedText manual = m.localize("report.rule-manual");
                w.write("      <skipped message=\"" + attr(manual.ja() + " / " + manual.en()) + "\"/>\n");
            } else if (c.failed(threshold, failing)) {
                LocalizedText count = m.localize("report.findings-in-rule", c.findings().size());
                w.write("      <failure type=\"" + attr(c.rule().id()) + "\" message=\""
                        + attr(count.ja() + " / " + count.en()) + "\">");
                w.write(text(describe(m, c.findings())));
                w.write("</failure>\n");
            } else if (!c.findings().isEmpty()) {
                w.write("      <system-out>");
                w.write(text(describe(m, c.findings())));
                w.write("</system-out>\n");
            }
            w.write("    </testcase>\n");
        }
        w.write("  </testsuite>\n");
    }

    private static String describe(Messages m, List<Finding> findings) {
        StringBuilder sb = new StringBuilder("\n");
        for (Finding f : findings) {
            Location l = f.location();
            LocalizedText t = m.localize(f);
            sb.append(l.source());
            l.sheet().ifPresent(s -> sb.append('[').append(s).append(']'));
            l.line().ifPresent(n -> sb.append(':').append(n));
            sb.append(": ").append(f.severity().id()).append(' ').append(f.ruleId());
            List<String> where = new ArrayList<>();
            l.row().ifPresent(r -> where.add("row " + r));
            l.column().ifPresent(c -> where.add("column " + c));
            l.header().ifPresent(h -> where.add("(" + h + ")"));
            l.pointer().ifPresent(p -> where.add(p));
            l.byteOffset().ifPresent(b -> where.add("byte " + b));
            if (!where.isEmpty()) {
                sb.append(" [").append(String.join(" ", where)).append(']');
            }
            sb.append('\n');
            sb.append("  ja: ").append(t.ja()).append('\n');
            sb.append("  en: ").append(t.en()).append('\n');
            f.value().ifPresent(v -> sb.append("  value: ").append(v).append('\n'));
            f.suggestion().ifPresent(v -> sb.append("  suggestion: ").append(v).append('\n'));
        }
        return sb.toString();
    }

    private static void property(Writer w, String name, String value) {
        try {
            w.write("      <property name=\"" + attr(name) + "\" value=\"" + attr(value) + "\"/>\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String attr(String s) {
        return escape(s, true);
    }

    static String text(String s) {
        return escape(s, false);
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                case '\r' -> sb.append("&#13;");
                case '\t' -> sb.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
