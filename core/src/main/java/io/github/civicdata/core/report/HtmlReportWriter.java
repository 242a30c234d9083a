package io.github.civicdata.core.report;

import io.github.civicdata.core.ColumnSummary;
import io.github.civicdata.core.Finding;
import io.github.civicdata.core.LocalizedText;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.RuleInfo;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.SourceInfo;
import io.github.civicdata.core.TableSummary;
import io.github.civicdata.core.ToolInfo;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One self-contained HTML page: inline CSS and SVG, a Content-Security-Policy that forbids every
 * network request, Japanese and English in the page with a switch that needs no script (two radio
 * buttons and CSS), print CSS for A4. A small optional script only opens collapsed sections before
 * printing. Every value from the data is escaped by {@link Html}.
 */
final class HtmlReportWriter implements ReportWriter {

    /** Findings of one rule beyond this number start collapsed. */
    static final int COLLAPSE_AFTER = 20;
    /** Bars per chart. */
    static final int CHART_BARS = 15;

    static final String SCRIPT = "addEventListener('beforeprint',function(){document.querySelectorAll('details:not([open])')"
            + ".forEach(function(d){d.open=true;d.setAttribute('data-print','');});});"
            + "addEventListener('afterprint',function(){document.querySelectorAll('details[data-print]')"
            + ".forEach(function(d){d.open=false;d.removeAttribute('data-print');});});";

    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-" + sha256(SCRIPT)
            + "'; base-uri 'none'; form-action 'none'";

    private final Locale locale;
    private final Severity threshold;
    private final boolean failing;
    private final Optional<CertificationSummary> cert;
    private final Messages m = Messages.get();

    HtmlReportWriter(Locale locale, Severity threshold, boolean failing, Optional<CertificationSummary> cert) {
        this.locale = "ja".equals(locale.getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
        this.threshold = threshold;
        this.failing = failing;
        this.cert = cert;
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        BufferedWriter bw = new BufferedWriter(new OutputStreamWriter(new NonClosingOutputStream(out), StandardCharsets.UTF_8));
        Html h = new Html(bw);
        boolean ja = locale == Locale.JAPANESE;
        LocalizedText title = t(cert.isPresent() ? "html.title.certificate" : "html.title.report");
        h.raw("<!DOCTYPE html>\n<html lang=\"" + (ja ? "ja" : "en") + "\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"").text(CSP).raw("\">\n");
        h.raw("<meta name=\"generator\" content=\"").text(ToolInfo.NAME + " " + ToolInfo.version()).raw("\">\n");
        h.raw("<title>").text(title.in(locale));
        if (!report.sources().isEmpty()) {
            h.raw(": ").text(report.sources().get(0).name() + (report.sources().size() > 1 ? " …" : ""));
        }
        h.raw("</title>\n<style>\n").raw(HtmlStyle.CSS).raw("</style>\n</head>\n<body>\n");
        h.raw("<input type=\"radio\" name=\"lang\" id=\"lang-ja\" class=\"lang-switch\"" + (ja ? " checked" : "") + ">\n");
        h.raw("<input type=\"radio\" name=\"lang\" id=\"lang-en\" class=\"lang-switch\"" + (ja ? "" : " checked") + ">\n");
        h.raw("<div class=\"page\">\n<header>\n<p class=\"langs\"><label for=\"lang-ja\">日本語</label> ")
                .raw("<label for=\"lang-en\">English</label></p>\n<h1>").bi("span", title).raw("</h1>\n");
        h.raw("<p class=\"tool\">").text(ToolInfo.NAME + " " + ToolInfo.version()).raw("</p>\n</header>\n<main>\n");
        if (cert.isPresent()) {
            new HtmlCertificate(h, m).write(cert.get());
        }
        summary(h, report);
        charts(h, report);
        findings(h, report);
        profiles(h, report);
        rules(h, report);
        h.raw("</main>\n<footer>\n<p>").bi("span", t("html.footer", ToolInfo.NAME + " " + ToolInfo.version()))
                .raw("</p>\n</footer>\n</div>\n<script>").raw(SCRIPT).raw("</script>\n</body>\n</html>\n");
        bw.flush();
    }

    private LocalizedText t(String key, Object... args) {
        return m.localize(key, args);
    }

    // ------------------------------------------------------------------ summary

    private void summary(Html h, Report report) throws IOException {
        h.raw("<section id=\"summary\">\n<h2>").bi("span", t("html.summary")).raw("</h2>\n");
        boolean levels = cert.isPresent();
        h.raw("<table class=\"summary\">\n<thead><tr><th>").bi("span", t("html.col.file")).raw("</th><th>")
                .bi("span", t("html.verdict")).raw("</th>");
        if (levels) {
            h.raw("<th>").bi("span", t("html.level-column")).raw("</th>");
        }
        h.raw("<th class=\"n\">").bi("span", t("html.errors")).raw("</th><th class=\"n\">").bi("span", t("html.warnings"))
                .raw("</th><th class=\"n\">").bi("span", t("html.infos")).raw("</th><th>")
                .bi("span", t("html.details")).raw("</th></tr></thead>\n<tbody>\n");
        boolean exact = report.sources().size() <= 1;
        Map<String, EnumMap<Severity, Long>> perSource = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            perSource.computeIfAbsent(f.location().source(), k -> new EnumMap<>(Severity.class))
                    .merge(f.severity(), 1L, Long::sum);
        }
        for (SourceInfo s : report.sources()) {
            EnumMap<Severity, Long> c = new EnumMap<>(Severity.class);
            for (Severity sev : Severity.values()) {
                c.put(sev, exact ? report.count(sev) : perSource.getOrDefault(s.name(), new EnumMap<>(Severity.class))
                        .getOrDefault(sev, 0L));
            }
            boolean fails = c.entrySet().stream().anyMatch(e -> e.getKey().isAtLeast(threshold) && e.getValue() > 0);
            String verdict = fails ? "not-conforms" : !exact && report.truncated() && !report.conforms(threshold)
                    ? "verdict-unknown" : "conforms";
            h.raw("<tr><td class=\"name\">").text(s.name()).raw("</td><td><span class=\"badge ")
                    .raw(verdict).raw("\">").bi("span", t("html." + verdict)).raw("</span></td>");
            if (levels) {
                h.raw("<td>");
                for (CertificationSummary.Subject sub : cert.get().subjects()) {
                    if (sub.source().equals(s.name())) {
                        levelBadge(h, m, sub.level());
                    }
                }
                h.raw("</td>");
            }
            String ge = exact || !report.truncated() ? "" : "≥";
            for (Severity sev : Severity.values()) {
                h.raw("<td class=\"n\">").text(ge).num(c.get(sev)).raw("</td>");
            }
            h.raw("<td>");
            sourceDetails(h, s);
            h.raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n<p>").bi("span", t("report.summary", report.count(Severity.ERROR),
                report.count(Severity.WARNING), report.count(Severity.INFO))).raw(" ");
        if (TextReportWriter.aboutTables(report)) {
            h.bi("span", new LocalizedText(TextReportWriter.affected(m, Locale.JAPANESE, report),
                    TextReportWriter.affected(m, Locale.ENGLISH, report)));
        }
        h.raw("</p>\n<p class=\"verdict\">").bi("span", t(report.conforms(threshold) ? "report.conforms"
                : "report.not-conforms", threshold.id()));
        if (!failing) {
            h.raw(" ").bi("span", t("html.fail-on-never"));
        }
        h.raw("</p>\n");
        if (report.truncated()) {
            h.raw("<p class=\"note\">").bi("span", t("report.truncated", report.findings().size(), report.total()))
                    .raw("</p>\n");
        }
        h.raw("</section>\n");
    }

    private void sourceDetails(Html h, SourceInfo s) throws IOException {
        List<LocalizedText> parts = new ArrayList<>();
        s.encoding().ifPresent(e -> parts.add(t("report.source.encoding", e)));
        s.bom().ifPresent(b -> parts.add(t(b ? "report.source.bom" : "report.source.no-bom")));
        s.delimiter().ifPresent(d -> parts.add(t("report.source.delimiter", TextReportWriter.delimiterName(d))));
        s.rows().ifPresent(r -> parts.add(t("report.source.rows", r)));
        s.template().ifPresent(x -> parts.add(s.templateProvenance().isPresent()
                ? t("report.source.template-provenance", x, s.templateProvenance().get())
                : t("report.source.template", x)));
        h.bi("span", new LocalizedText(parts.stream().map(LocalizedText::ja).collect(Collectors.joining("、")),
                parts.stream().map(LocalizedText::en).collect(Collectors.joining(", "))));
    }

    static void levelBadge(Html h, Messages m, int level) throws IOException {
        h.raw("<span class=\"badge level level-" + level + "\">")
                .bi("span", level == 0 ? m.localize("html.level-none") : m.localize("html.level", level))
                .raw("</span>");
    }

    // ------------------------------------------------------------------ charts

    private void charts(Html h, Report report) throws IOException {
        if (report.total() == 0) {
            return;
        }
        h.raw("<section id=\"charts\">\n<h2>").bi("span", t("html.charts")).raw("</h2>\n<div class=\"charts\">\n");
        List<SvgBarChart.Bar> byRule = new ArrayList<>();
        Map<String, RuleInfo> rules = rulesById(report);
        report.countsByRule().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(CHART_BARS)
                .forEach(e -> byRule.add(new SvgBarChart.Bar(e.getKey(), e.getValue(),
                        "sev-" + severityOf(rules, e.getKey(), report).id())));
        h.raw("<figure>\n");
        SvgBarChart.write(h, "chart-rules", t("html.chart.by-rule").in(locale), byRule);
        h.raw("\n<figcaption>").bi("span", t("html.chart.by-rule")).raw("</figcaption>\n</figure>\n");
        Map<String, Long> byColumn = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            Location l = f.location();
            if (l.column().isPresent()) {
                String label = l.header().filter(x -> !x.isBlank()).orElse("#" + l.column().getAsInt());
                byColumn.merge(label, 1L, Long::sum);
            }
        }
        if (!byColumn.isEmpty()) {
            List<SvgBarChart.Bar> bars = byColumn.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(CHART_BARS).map(e -> new SvgBarChart.Bar(e.getKey(), e.getValue(), "sev-column")).toList();
            h.raw("<figure>\n");
            SvgBarChart.write(h, "chart-columns", t("html.chart.by-column").in(locale), bars);
            h.raw("\n<figcaption>").bi("span", t("html.chart.by-column")).raw("</figcaption>\n</figure>\n");
        }
        h.raw("</div>\n</section>\n");
    }

    private static Map<String, RuleInfo> rulesById(Report report) {
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        for (RuleInfo r : report.rules()) {
            byId.put(r.id(), r);
        }
        return byId;
    }

    /** The most serious severity of a rule's findings (its declared one when no finding is kept). */
    private static Severity severityOf(Map<String, RuleInfo> rules, String id, Report report) {
        for (Severity s : Severity.values()) {
            if (report.count(id, s) > 0) {
                return s;
            }
        }
        RuleInfo r = rules.get(id);
        return r == null ? Severity.ERROR : r.severity();
    }

    // ------------------------------------------------------------------ findings by rule

    private void findings(Html h, Report report) throws IOException {
        h.raw("<section id=\"findings\">\n<h2>").bi("span", t("html.findings-by-rule")).raw("</h2>\n");
        if (report.total() == 0) {
            h.raw("<p>").bi("span", t("report.no-findings")).raw("</p>\n</section>\n");
            return;
        }
        Map<String, RuleInfo> rules = rulesById(report);
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        for (String id : rules.keySet()) {
            if (report.countsByRule().getOrDefault(id, 0L) > 0) {
                byRule.put(id, new ArrayList<>());
            }
        }
        for (String id : report.countsByRule().keySet()) {
            byRule.putIfAbsent(id, new ArrayList<>());
        }
        for (Finding f : TextReportWriter.byPlace(report)) {
            byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
        }
        boolean manySources = report.sources().size() > 1;
        for (Map.Entry<String, List<Finding>> e : byRule.entrySet()) {
            String id = e.getKey();
            List<Finding> list = e.getValue();
            RuleInfo rule = rules.get(id);
            long total = report.countsByRule().getOrDefault(id, (long) list.size());
            Severity sev = severityOf(rules, id, report);
            h.raw("<details class=\"rule sev-" + sev.id() + "\" id=\"rule-").text(id).raw("\"")
                    .raw(list.size() > COLLAPSE_AFTER ? "" : " open").raw(">\n<summary><code>").text(id).raw("</code> ");
            h.bi("span", rule == null ? new LocalizedText(id, id) : m.title(rule), "title").raw(" ");
            if (rule != null && rule.level().isPresent()) {
                h.raw("<span class=\"badge level\">").bi("span", t("html.level", rule.level().getAsInt())).raw("</span> ");
            }
            h.raw("<span class=\"badge sev-" + sev.id() + "\">").text(sev.id()).raw("</span> <span class=\"count\">")
                    .bi("span", t("html.rule.counts", total, report.cellsByRule().getOrDefault(id, 0L)));
            if (list.size() < total) {
                h.raw(" ").bi("span", t("html.rule.listed", list.size()));
            }
            h.raw("</span></summary>\n");
            if (rule != null && rule.helpUri().isPresent()) {
                h.raw("<p class=\"doc\"><a href=\"").text(rule.helpUri().get()).raw("\">")
                        .bi("span", t("html.rule.docs")).raw("</a></p>\n");
            }
            if (!list.isEmpty()) {
                findingTable(h, list, manySources);
            }
            h.raw("</details>\n");
        }
        h.raw("</section>\n");
    }

    private void findingTable(Html h, List<Finding> list, boolean manySources) throws IOException {
        h.raw("<table class=\"findings\">\n<thead><tr>");
        if (manySources) {
            h.raw("<th>").bi("span", t("html.col.file")).raw("</th>");
        }
        h.raw("<th>").bi("span", t("html.col.where")).raw("</th><th>").bi("span", t("html.col.value"))
                .raw("</th><th>").bi("span", t("html.col.suggestion")).raw("</th><th>")
                .bi("span", t("html.col.message")).raw("</th></tr></thead>\n<tbody>\n");
        for (Finding f : list) {
            Location l = f.location();
            h.raw("<tr class=\"sev-" + f.severity().id() + "\">");
            if (manySources) {
                h.raw("<td class=\"name\">").text(l.source()).raw("</td>");
            }
            h.raw("<td class=\"where\">").bi("span", where(l)).raw("</td><td class=\"value\">");
            if (f.value().isPresent()) {
                h.raw("<code>").text(f.value().get()).raw("</code>");
            }
            h.raw("</td><td class=\"value\">");
            if (f.suggestion().isPresent()) {
                h.raw("<code>").text(f.suggestion().get()).raw("</code>");
            }
            h.raw("</td><td>").bi("span", m.localize(f)).raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
    }

    private LocalizedText where(Location l) {
        return new LocalizedText(where(l, Locale.JAPANESE), where(l, Locale.ENGLISH));
    }

    private String where(Location l, Locale lang) {
        List<String> parts = new ArrayList<>();
        l.sheet().ifPresent(s -> parts.add(m.format(lang, "location.sheet", s)));
        if (l.line().isPresent()) {
            parts.add(m.format(lang, "location.line", l.line().getAsLong()));
        }
        l.row().ifPresent(r -> parts.add(m.format(lang, "location.row", r)));
        if (l.column().isPresent()) {
            parts.add(l.header().isPresent()
                    ? m.format(lang, "location.column-header", l.column().getAsInt(), l.header().get())
                    : m.format(lang, "location.column", l.column().getAsInt()));
        } else {
            l.header().ifPresent(x -> parts.add(m.format(lang, "location.header", x)));
        }
        l.pointer().ifPresent(p -> parts.add(p.isEmpty() ? m.format(lang, "location.pointer-root")
                : m.format(lang, "location.pointer", p)));
        l.byteOffset().ifPresent(b -> parts.add(m.format(lang, "location.byte", b)));
        return String.join(lang == Locale.JAPANESE ? "、" : ", ", parts);
    }

    // ------------------------------------------------------------------ column profiles

    private void profiles(Html h, Report report) throws IOException {
        if (report.tables().isEmpty()) {
            return;
        }
        h.raw("<section id=\"profile\">\n<h2>").bi("span", t("html.profile")).raw("</h2>\n");
        for (TableSummary table : report.tables()) {
            h.raw("<h3>").text(table.source() + table.sheet().map(s -> " [" + s + "]").orElse("")).raw(" <small>")
                    .bi("span", t("report.source.rows", table.rows())).raw("</small></h3>\n");
            h.raw("<table class=\"profile\">\n<thead><tr><th class=\"n\">#</th><th>").bi("span", t("html.profile.header"))
                    .raw("</th><th>").bi("span", t("html.profile.template")).raw("</th><th>")
                    .bi("span", t("html.profile.type")).raw("</th><th>").bi("span", t("html.profile.filled"))
                    .raw("</th><th class=\"n\">").bi("span", t("html.profile.distinct")).raw("</th><th>")
                    .bi("span", t("html.profile.values")).raw("</th></tr></thead>\n<tbody>\n");
            for (ColumnSummary c : table.columns()) {
                long pct = Math.round(c.filledShare() * 100);
                h.raw("<tr><td class=\"n\">").num(c.index()).raw("</td><td class=\"name\">").text(c.header())
                        .raw("</td><td>").text(c.templateColumn().orElse("")).raw("</td><td>").text(c.type())
                        .raw("</td><td class=\"fill\"><meter min=\"0\" max=\"100\" value=\"" + pct + "\">" + pct + "%</meter> ")
                        .num(pct).raw("%</td><td class=\"n\">").text(c.distinctCapped() ? "≥" : "").num(c.distinct())
                        .raw("</td><td class=\"value\">");
                if (c.min().isPresent() && c.max().isPresent()) {
                    h.raw("<code>").text(c.min().get()).raw("</code> – <code>").text(c.max().get()).raw("</code>");
                } else {
                    boolean first = true;
                    for (ColumnSummary.ValueCount v : c.topValues()) {
                        h.raw(first ? "" : " ").raw("<code>").text(v.value()).raw("</code>&nbsp;(").num(v.count())
                                .raw(")");
                        first = false;
                    }
                }
                h.raw("</td></tr>\n");
            }
            h.raw("</tbody>\n</table>\n");
        }
        h.raw("</section>\n");
    }

    // ------------------------------------------------------------------ rules applied

    private void rules(Html h, Report report) throws IOException {
        if (report.rules().isEmpty()) {
            return;
        }
        h.raw("<section id=\"rules\">\n<details>\n<summary><h2>").bi("span", t("html.rules-applied"))
                .raw("</h2></summary>\n<table class=\"rules\">\n<thead><tr><th>").bi("span", t("html.rule.id"))
                .raw("</th><th>").bi("span", t("html.rule.title")).raw("</th><th>").bi("span", t("html.level-column"))
                .raw("</th><th>").bi("span", t("html.rule.mode")).raw("</th><th>").bi("span", t("html.rule.severity"))
                .raw("</th><th class=\"n\">").bi("span", t("html.rule.findings")).raw("</th></tr></thead>\n<tbody>\n");
        for (RuleInfo r : report.rules()) {
            h.raw("<tr><td><code>");
            if (r.helpUri().isPresent()) {
                h.raw("<a href=\"").text(r.helpUri().get()).raw("\">").text(r.id()).raw("</a>");
            } else {
                h.text(r.id());
            }
            h.raw("</code></td><td>").bi("span", m.title(r)).raw("</td><td>")
                    .text(r.level().isPresent() ? Integer.toString(r.level().getAsInt()) : "").raw("</td><td>")
                    .bi("span", t("html.mode." + r.mode().id())).raw("</td><td>").text(r.severity().id())
                    .raw("</td><td class=\"n\">").num(report.countsByRule().getOrDefault(r.id(), 0L)).raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n</details>\n</section>\n");
    }

    static String sha256(String s) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            return Base64.getEncoder().encodeToString(d.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
