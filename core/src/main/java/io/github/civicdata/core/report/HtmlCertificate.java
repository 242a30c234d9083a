package io.github.civicdata.core.report;

import io.github.civicdata.core.LocalizedText;
import io.github.civicdata.core.Messages;
import java.io.IOException;
import java.time.format.DateTimeFormatter;

/** The certificate section of the HTML report. Not thread-safe. */
final class HtmlCertificate {

    private final Html h;
    private final Messages m;

    HtmlCertificate(Html h, Messages m) {
        this.h = h;
        this.m = m;
    }

    private LocalizedText t(String key, Object... args) {
        return m.localize(key, args);
    }

    void write(CertificationSummary c) throws IOException {
        h.raw("<section id=\"certificate\">\n<h2>").bi("span", t("html.certificate")).raw("</h2>\n<p>");
        h.raw("<span class=\"badge level level-big level-" + c.level() + "\">")
                .bi("span", c.level() == 0 ? t("html.level-none") : t("html.level", c.level())).raw("</span> ")
                .bi("span", t("html.cert.level-means")).raw("</p>\n<dl class=\"cert\">\n");
        item("html.cert.issued", DateTimeFormatter.ISO_INSTANT.format(c.issued()));
        if (c.issuer().isPresent()) {
            item("html.cert.issuer", c.issuer().get());
        }
        item("html.cert.tool", "civicdata " + c.toolVersion());
        item("html.cert.rule-set", c.ruleSet() + " (SHA-256 " + c.ruleSetSha256() + ")");
        if (c.template().isPresent()) {
            item("html.cert.template", c.template().get() + c.templateSha256().map(x -> " (SHA-256 " + x + ")").orElse(""));
        }
        h.raw("<dt>").bi("span", t("html.cert.signature")).raw("</dt><dd>");
        if (c.signer().isPresent()) {
            h.raw("Ed25519 <code>").text(c.signer().get()).raw("</code>");
        } else {
            h.bi("span", t("html.cert.unsigned"));
        }
        h.raw("</dd>\n</dl>\n");
        subjects(c);
        ruleStatus(c);
        attestations(c);
        if (!c.notes().isEmpty()) {
            h.raw("<h3>").bi("span", t("html.cert.notes")).raw("</h3>\n<ul class=\"notes\">\n");
            for (LocalizedText n : c.notes()) {
                h.raw("<li>").bi("span", n).raw("</li>\n");
            }
            h.raw("</ul>\n");
        }
        h.raw("</section>\n");
    }

    private void item(String key, String value) throws IOException {
        h.raw("<dt>").bi("span", t(key)).raw("</dt><dd>").text(value).raw("</dd>\n");
    }

    private void subjects(CertificationSummary c) throws IOException {
        h.raw("<h3>").bi("span", t("html.cert.subjects")).raw("</h3>\n<table class=\"subjects\">\n<thead><tr><th>")
                .bi("span", t("html.col.file")).raw("</th><th class=\"n\">").bi("span", t("html.cert.size"))
                .raw("</th><th>SHA-256</th><th>").bi("span", t("html.level-column")).raw("</th><th>")
                .bi("span", t("html.cert.template-verdict")).raw("</th></tr></thead>\n<tbody>\n");
        for (CertificationSummary.Subject s : c.subjects()) {
            h.raw("<tr><td class=\"name\">").text(s.name()).raw("</td><td class=\"n\">").num(s.size())
                    .raw("</td><td class=\"hash\"><code>").text(s.sha256()).raw("</code></td><td>");
            HtmlReportWriter.levelBadge(h, m, s.level());
            h.raw("</td><td>").bi("span", t("html.cert.template." + s.template())).raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
    }

    private void ruleStatus(CertificationSummary c) throws IOException {
        if (c.rules().isEmpty()) {
            return;
        }
        h.raw("<details>\n<summary><h3>").bi("span", t("html.cert.rules")).raw("</h3></summary>\n")
                .raw("<table class=\"status\">\n<thead><tr><th>").bi("span", t("html.rule.id")).raw("</th><th>")
                .bi("span", t("html.level-column")).raw("</th><th>").bi("span", t("html.rule.mode")).raw("</th>");
        for (CertificationSummary.Subject s : c.subjects()) {
            h.raw("<th>").text(s.name()).raw("</th>");
        }
        h.raw("</tr></thead>\n<tbody>\n");
        for (CertificationSummary.RuleRow r : c.rules()) {
            h.raw("<tr><td><code>").text(r.id()).raw("</code></td><td>")
                    .text(r.level().isPresent() ? Integer.toString(r.level().getAsInt()) : "").raw("</td><td>")
                    .bi("span", t("html.mode." + r.mode())).raw("</td>");
            for (String status : r.statuses()) {
                h.raw("<td class=\"status-" + status + "\">").bi("span", t("html.status." + status)).raw("</td>");
            }
            h.raw("</tr>\n");
        }
        h.raw("</tbody>\n</table>\n</details>\n");
    }

    private void attestations(CertificationSummary c) throws IOException {
        if (c.attestations().isEmpty()) {
            return;
        }
        h.raw("<h3>").bi("span", t("html.cert.attestations")).raw("</h3>\n<p class=\"note\">")
                .bi("span", t("html.cert.attested-not-verified")).raw("</p>\n<table class=\"attestations\">\n<thead><tr><th>")
                .bi("span", t("html.rule.id")).raw("</th><th>").bi("span", t("html.cert.by")).raw("</th><th>")
                .bi("span", t("html.cert.checked")).raw("</th><th>").bi("span", t("html.cert.note")).raw("</th><th>")
                .bi("span", t("html.cert.files")).raw("</th></tr></thead>\n<tbody>\n");
        for (CertificationSummary.Attested a : c.attestations()) {
            h.raw("<tr><td><code>").text(a.rule()).raw("</code></td><td>").text(a.by()).raw("</td><td>")
                    .text(a.checked()).raw("</td><td>").text(a.note().orElse("")).raw("</td><td>");
            if (a.files().isEmpty()) {
                h.bi("span", t("html.cert.all-files"));
            } else {
                h.text(String.join(", ", a.files()));
            }
            h.raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
    }
}
