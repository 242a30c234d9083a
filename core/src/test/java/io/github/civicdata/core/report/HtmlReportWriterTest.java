package io.github.civicdata.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.ColumnSummary;
import io.github.civicdata.core.Finding;
import io.github.civicdata.core.testing.Golden;
import io.github.civicdata.core.testing.NuHtmlCheck;
import io.github.civicdata.core.LocalizedText;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.RuleInfo;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.SourceInfo;
import io.github.civicdata.core.TableSummary;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {

    static final String HOSTILE_SCRIPT = "<script>alert(1)</script>";
    static final String HOSTILE_ATTR = "\" onmouseover=\"alert(2)";

    /** The writers' fixture with a column profile, hostile values, and a rule with a level. */
    static Report fixture() {
        Report base = ReportWritersTest.fixture();
        Report.Builder b = Report.builder().merge(base)
                .rule(new RuleInfo("L2-01", Severity.ERROR, RuleInfo.Mode.AUTOMATIC, List.of(), Optional.of(
                        "https://github.com/civicdata/civicdata/blob/main/docs/rules.md#l2-01"), OptionalInt.of(2)))
                .add(Finding.builder("L2-01", Severity.ERROR).location(Location.cell("aed.csv", 30, 29, 5, "<b>台数</b>"))
                        .args(HOSTILE_SCRIPT).value(HOSTILE_SCRIPT).suggestion(HOSTILE_ATTR).build())
                .add(Finding.builder("L2-01", Severity.ERROR).location(Location.cell("aed.csv", 31, 30, 5, "<b>台数</b>"))
                        .args("x").value("a\u0001b\u007f\uFFFEc\uD800").build())
                .table(new TableSummary("aed.csv", Optional.empty(), 120, List.of(
                        new ColumnSummary(1, "名称", 120, 0, 118, false, "text", Optional.of("名称"), Optional.empty(),
                                Optional.empty(), List.of(new ColumnSummary.ValueCount(HOSTILE_SCRIPT, 2))),
                        new ColumnSummary(2, HOSTILE_ATTR, 100, 20, 64, true, "number", Optional.empty(),
                                Optional.of("1"), Optional.of("99"), List.of()))));
        return b.build();
    }

    static CertificationSummary certification() {
        return new CertificationSummary(1, Instant.parse("2026-12-01T09:00:00Z"), Optional.of("株式会社<テスト>"),
                "VERSION", "machine-readability-rules@2026-03-31", "ab".repeat(32), Optional.of("aed@2021-suisho"),
                Optional.of("cd".repeat(32)), Optional.of("sha256:" + "ef".repeat(32)),
                List.of(new CertificationSummary.Subject("aed.csv", "aed.csv", 7003, "01".repeat(32), 1, "fails")),
                List.of(new CertificationSummary.RuleRow("L1-08", OptionalInt.of(1), "automatic", List.of("fail")),
                        new CertificationSummary.RuleRow("L3-02", OptionalInt.of(3), "manual", List.of("attested"))),
                List.of(new CertificationSummary.Attested("L3-02", "山田 <太郎>", "コード表を別添", Optional.of(HOSTILE_SCRIPT),
                        List.of())),
                List.of(new LocalizedText("L1-08 を無効にしたため", "L1-08 was disabled")));
    }

    static String html(Report r, Locale locale, CertificationSummary c) throws IOException {
        ReportWriter.Builder b = ReportWriter.builder(ReportFormat.HTML).locale(locale);
        if (c != null) {
            b.certification(c);
        }
        return ReportWritersTest.write(b.build(), r);
    }

    @Test
    void goldenReport() throws IOException {
        Golden.assertMatches("report/fixture.html", html(fixture(), Locale.JAPANESE, null));
        Golden.assertMatches("report/certificate.html", html(fixture(), Locale.ENGLISH, certification()));
    }

    @Test
    void sourceDetailsNameTheTemplatesProvenanceAsTheTextReportDoes() throws Exception {
        Report r = Report.builder().source(SourceInfo.builder("polling.csv").rows(3)
                .template("polling-place@2024-observed").templateProvenance("observed: derived-gif 12, observed 4")
                .build()).build();
        String s = html(r, Locale.ENGLISH, null);
        assertThat(s).contains("template polling-place@2024-observed (observed: derived-gif 12, observed 4)")
                .contains("テンプレート polling-place@2024-observed（observed: derived-gif 12, observed 4）");
        assertThat(NuHtmlCheck.errors(s)).isEmpty();
    }

    @Test
    void passesTheNuHtmlChecker() throws Exception {
        for (Locale l : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            assertThat(NuHtmlCheck.errors(html(fixture(), l, null))).isEmpty();
            assertThat(NuHtmlCheck.errors(html(fixture(), l, certification()))).isEmpty();
        }
        assertThat(NuHtmlCheck.errors(html(Report.empty(), Locale.ENGLISH, null))).isEmpty();
        assertThat(NuHtmlCheck.errors(html(ReportWritersTest.fixture(), Locale.ENGLISH, null))).isEmpty();
    }

    @Test
    void theCheckerFindsErrors() throws Exception {
        // the test above could not pass by a checker that accepts everything
        assertThat(NuHtmlCheck.errors("<!DOCTYPE html><html lang=en><title>x</title><p><div></p></span>")).isNotEmpty();
    }

    @Test
    void everyCellValueIsEscaped() throws IOException {
        for (CertificationSummary c : java.util.Arrays.asList(null, certification())) {
            String s = html(fixture(), Locale.ENGLISH, c);
            assertThat(s).doesNotContain(HOSTILE_SCRIPT).doesNotContain("<b>").doesNotContain("onmouseover=\"")
                    .doesNotContain("<テスト>").doesNotContain("<太郎>");
            assertThat(s).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&quot; onmouseover=&quot;alert(2)");
            assertThat(s).contains("a\\u0001b\\u007F\\uFFFEc\\uD800");
            // the only script is the page's own print helper
            assertThat(Pattern.compile("<script").matcher(s).results().count()).isEqualTo(1);
        }
        assertThat(Html.escape("<a href='x'>&</a>")).isEqualTo("&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;");
        assertThat(Html.escape("\uD83D\uDE00 \uDBFF\uDFFF")).isEqualTo("\uD83D\uDE00 \\u{10FFFF}");
    }

    @Test
    void selfContainedWithoutNetworkRequests() throws IOException {
        String s = html(fixture(), Locale.ENGLISH, certification());
        // nothing is loaded: no src, no link, no style import, no url() in CSS; a CSP forbids it anyway
        assertThat(s).doesNotContain(" src=").doesNotContain("<link").doesNotContain("@import").doesNotContain("url(");
        assertThat(s).contains("Content-Security-Policy").contains("default-src &#39;none&#39;");
        Matcher href = Pattern.compile("<(\\w+)[^>]* href=\"").matcher(s);
        while (href.find()) {
            assertThat(href.group(1)).as("only links may have an href").isEqualTo("a");
        }
        assertThat(s).contains("<svg").contains("@page { size: A4");
    }

    @Test
    void bothLanguagesAreInThePageAndTheChosenOneIsChecked() throws IOException {
        String ja = html(fixture(), Locale.JAPANESE, null);
        assertThat(ja).contains("<html lang=\"ja\">").contains("id=\"lang-ja\" class=\"lang-switch\" checked>")
                .contains("<span lang=\"en\">Validation report</span>").contains("<span lang=\"ja\">検証レポート</span>");
        String en = html(fixture(), Locale.ENGLISH, null);
        assertThat(en).contains("<html lang=\"en\">").contains("id=\"lang-en\" class=\"lang-switch\" checked>");
    }

    @Test
    void findingsAreGroupedByRuleWithCountsOfFindingsAndCells() throws IOException {
        String s = html(fixture(), Locale.ENGLISH, null);
        assertThat(s).contains("id=\"rule-L2-01\"").contains("2 finding(s) in 2 cell(s)");
        assertThat(s).contains("<meter min=\"0\" max=\"100\" value=\"83\">");
        // long lists start collapsed, with the count in the summary
        Report.Builder many = Report.builder().rule(RuleInfo.of("L1-08", Severity.ERROR));
        for (int i = 1; i <= HtmlReportWriter.COLLAPSE_AFTER + 1; i++) {
            many.add(Finding.builder("L1-08", Severity.ERROR).location(Location.cell("a.csv", i + 1, i, 1, "x")).build());
        }
        String m = html(many.build(), Locale.ENGLISH, null);
        assertThat(m).contains("<details class=\"rule sev-error\" id=\"rule-L1-08\">")
                .contains("21 finding(s) in 21 cell(s)");
    }
}
