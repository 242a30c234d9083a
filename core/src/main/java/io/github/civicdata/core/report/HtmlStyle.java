package io.github.civicdata.core.report;

/** The style sheet of the HTML report (screen and A4 print); constants only. */
final class HtmlStyle {

    private HtmlStyle() {
    }

    static final String CSS = """
            :root { --error: #b3261e; --warning: #8a5a00; --info: #1f5f99; --ok: #1b6e2f; --line: #d0d4d9; }
            * { box-sizing: border-box; }
            body { margin: 0; font-family: "Hiragino Sans", "Noto Sans CJK JP", "Yu Gothic", Meiryo, sans-serif;
              color: #1d1f21; background: #fff; line-height: 1.5; font-size: 15px; }
            .lang-switch { position: absolute; left: -9999px; }
            #lang-ja:checked ~ .page [lang="en"] { display: none; }
            #lang-en:checked ~ .page [lang="ja"] { display: none; }
            #lang-ja:checked ~ .page label[for="lang-ja"], #lang-en:checked ~ .page label[for="lang-en"] {
              background: #1d1f21; color: #fff; }
            .page { max-width: 1200px; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
            header { border-bottom: 2px solid #1d1f21; margin-bottom: 1rem; }
            h1 { font-size: 1.6rem; margin: 0.3rem 0; }
            h2 { font-size: 1.25rem; margin: 1.6rem 0 0.6rem; border-left: 6px solid #1d1f21; padding-left: 0.5rem; }
            h3 { font-size: 1.05rem; margin: 1.2rem 0 0.4rem; }
            summary h2, summary h3 { display: inline-block; margin: 0.8rem 0 0.4rem; }
            .langs { float: right; margin: 0.3rem 0; }
            .langs label { border: 1px solid #1d1f21; border-radius: 4px; padding: 0.1rem 0.6rem; cursor: pointer; }
            .tool { color: #555; margin: 0 0 0.5rem; font-size: 0.85rem; }
            table { border-collapse: collapse; width: 100%; margin: 0.4rem 0 1rem; font-size: 0.9rem; }
            th, td { border: 1px solid var(--line); padding: 0.25rem 0.45rem; text-align: left; vertical-align: top; }
            th { background: #f1f3f5; }
            td.n, th.n { text-align: right; white-space: nowrap; }
            td.name { word-break: break-all; }
            td.value code, td.hash code { white-space: pre-wrap; word-break: break-all; }
            code { font-family: "SFMono-Regular", Consolas, "Noto Sans Mono CJK JP", monospace; font-size: 0.88em;
              background: #f4f5f7; padding: 0 0.2em; border-radius: 3px; }
            .badge { display: inline-block; border-radius: 999px; padding: 0 0.6rem; font-size: 0.8rem;
              font-weight: bold; border: 1px solid currentColor; white-space: nowrap; }
            .badge.conforms, .status-pass, .status-attested { color: var(--ok); }
            .badge.not-conforms, .status-fail, .status-not-attested { color: var(--error); }
            .badge.verdict-unknown, .status-disabled { color: var(--warning); }
            .status-not-applicable { color: #666; }
            .badge.level { color: #4a2c8f; }
            .badge.level-0 { color: var(--error); }
            .badge.level-big { font-size: 1.2rem; padding: 0.2rem 1rem; }
            .badge.sev-error { color: var(--error); }
            .badge.sev-warning { color: var(--warning); }
            .badge.sev-info { color: var(--info); }
            tr.sev-error td:first-child { border-left: 4px solid var(--error); }
            tr.sev-warning td:first-child { border-left: 4px solid var(--warning); }
            tr.sev-info td:first-child { border-left: 4px solid var(--info); }
            details.rule { border: 1px solid var(--line); border-left: 6px solid var(--error); border-radius: 4px;
              margin: 0.5rem 0; padding: 0.2rem 0.6rem; }
            details.rule.sev-warning { border-left-color: var(--warning); }
            details.rule.sev-info { border-left-color: var(--info); }
            details > summary { cursor: pointer; padding: 0.2rem 0; }
            .count { color: #555; font-size: 0.85rem; }
            .doc { margin: 0.2rem 0; font-size: 0.85rem; }
            .charts { display: flex; flex-wrap: wrap; gap: 1rem; }
            figure { margin: 0; flex: 1 1 480px; }
            figcaption { font-size: 0.85rem; color: #555; }
            svg.chart { max-width: 100%; height: auto; font-size: 12px; }
            svg.chart rect.sev-error { fill: var(--error); }
            svg.chart rect.sev-warning { fill: var(--warning); }
            svg.chart rect.sev-info { fill: var(--info); }
            svg.chart rect.sev-column { fill: #5b6b7b; }
            svg.chart text { fill: #1d1f21; }
            meter { width: 4rem; }
            td.fill { white-space: nowrap; }
            dl.cert { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
            dl.cert dt { font-weight: bold; }
            dl.cert dd { margin: 0; word-break: break-all; }
            .note { color: var(--warning); }
            .verdict { font-weight: bold; }
            footer { margin-top: 2rem; border-top: 1px solid var(--line); color: #555; font-size: 0.85rem; }
            @page { size: A4; margin: 14mm 12mm; }
            @media print {
              body { font-size: 10pt; }
              .page { max-width: none; padding: 0; }
              .langs { display: none; }
              details.rule, table, figure { break-inside: auto; }
              tr, svg.chart { break-inside: avoid; }
              h2, h3 { break-after: avoid; }
              a { color: inherit; text-decoration: none; }
            }
            """;
}
