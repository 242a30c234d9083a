package io.github.civicdata.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.civicdata.core.Report;
import io.github.civicdata.metadata.Catalog;
import io.github.civicdata.metadata.CatalogEntry;
import io.github.civicdata.metadata.CatalogQuery;
import io.github.civicdata.metadata.DatasetRecord;
import io.github.civicdata.metadata.DisclosureLevel;
import io.github.civicdata.metadata.InventoryEntry;
import io.github.civicdata.metadata.License;
import io.github.civicdata.metadata.MetadataJson;
import io.github.civicdata.vocab.DataItem;
import io.github.civicdata.vocab.Vocabulary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code civicdata catalog search <dir> [--keyword K] [--item ID] [--department D] ...}: lists the
 * records of a catalogue directory that match every criterion given. {@code --item} takes a data
 * item id or its Japanese name ({@code 電話番号}); when it is neither, a notice on standard error
 * says so (with the closest id) and records are matched on the literal text. Problems in the directory are summarised on
 * standard error; they do not change the exit code.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search a catalogue directory by keyword (Japanese text normalised), data item, department, licence, template or disclosure level.",
            "カタログのディレクトリを、キーワード（全角・半角、カタカナ・ひらがなを区別しない）、データ項目、部署、ライセンス、テンプレート、公開レベルで検索します。"},
        footer = {"", "Exit codes: 0 searched (even without a match), 2 usage error, 3 unreadable directory."})
final class CatalogSearchCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format { TEXT, JSON }

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ReaderLimitsOption limits;

    @Parameters(index = "0", paramLabel = "DIR", description = "The catalogue directory (JSON and DCAT record files).")
    Path dir;

    @Option(names = {"-k", "--keyword"}, paramLabel = "K", description = "Words that must all occur (title, description, keywords ...).")
    String keyword;

    @Option(names = {"-i", "--item"}, paramLabel = "ID", description = "A data item id (telephone) or its name (電話番号) the dataset must hold.")
    String item;

    @Option(names = {"-d", "--department"}, paramLabel = "D", description = "The holding department, or part of its name.")
    String department;

    @Option(names = "--license", paramLabel = "L", description = "A licence id (CC-BY-4.0, CC0-1.0, PDL-1.0, JP-GOV-STANDARD-TERMS-2.0) or URL.")
    String license;

    @Option(names = {"-t", "--template"}, paramLabel = "T", description = "A template id, or id@version.")
    String template;

    @Option(names = "--disclosure", paramLabel = "LEVEL", description = "Disclosure level: open, internal, confidential.")
    String disclosure;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.TEXT;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of text output: ${COMPLETION-CANDIDATES} (default: the system language).")
    ReportOptions.Lang lang;

    @Option(names = "--templates", paramLabel = "DIR", description = "Also know the city's own templates (*.json) in DIR.")
    Path templates;

    @Override
    public Integer call() {
        Locale locale = MetadataCli.locale(lang);
        Vocabulary v = VocabCli.vocabulary(templates);
        CatalogQuery.Builder q = CatalogQuery.builder();
        String itemId = null;
        boolean itemKnown = true;
        if (keyword != null) {
            q.keyword(keyword);
        }
        if (item != null) {
            Optional<String> resolved = v.item(item).map(DataItem::id).or(() -> v.itemByName(item).map(DataItem::id));
            itemKnown = resolved.isPresent();
            itemId = resolved.orElse(item);
            q.dataItem(itemId);
        }
        if (department != null) {
            q.department(department);
        }
        if (license != null) {
            try {
                q.license(License.parse(license));
            } catch (IllegalArgumentException e) {
                throw UserException.usage("catalog.cmd.bad-license", license);
            }
        }
        if (template != null) {
            q.template(template);
        }
        if (disclosure != null) {
            q.disclosure(MetadataCli.disclosure(disclosure));
        }
        Catalog catalog = MetadataCli.loadCatalog(dir, MetadataCli.checks(v), Integer.MAX_VALUE, limits);
        List<CatalogEntry> hits = catalog.search(q.build());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.println(VocabCli.json(json(catalog, hits, itemId)));
        } else {
            if (itemId != null && !itemId.equals(item)) {
                out.println(MetadataCli.text(locale, "catalog.cmd.item-resolved", item, itemId));
            }
            out.println(MetadataCli.text(locale, "catalog.cmd.found", hits.size(), catalog.entries().size()));
            for (CatalogEntry e : hits) {
                out.println(line(e, locale));
            }
        }
        out.flush();
        if (!itemKnown) {
            warnUnknownItem(v, hits.size(), locale);
        }
        summarizeProblems(catalog.report(), locale);
        return ExitCode.OK;
    }

    private static String line(CatalogEntry e, Locale locale) {
        DatasetRecord r = e.record();
        boolean ja = "ja".equals(locale.getLanguage());
        StringBuilder sb = new StringBuilder();
        sb.append(r.identifier()).append("  ").append(r.title().ja());
        r.title().en().ifPresent(en -> sb.append(" / ").append(en));
        r.inventory().map(InventoryEntry::department).ifPresent(d -> sb.append("  [").append(d).append(']'));
        DisclosureLevel level = r.inventory().map(InventoryEntry::disclosure).orElse(DisclosureLevel.OPEN);
        sb.append("  ").append(ja ? level.labelJa() : level.labelEn());
        r.license().ifPresent(l -> sb.append("  ").append(l.id()));
        sb.append("  (").append(e.source()).append(')');
        return sb.toString();
    }

    /** Says on standard error that {@code --item} names no item of the vocabulary, with the closest id. */
    private void warnUnknownItem(Vocabulary v, int hits, Locale locale) {
        Optional<String> closest = MetadataCli.knownDataItems(v).closest(item.toLowerCase(Locale.ROOT));
        PrintWriter err = spec.commandLine().getErr();
        err.println(closest.isPresent()
                ? MetadataCli.text(locale, "catalog.cmd.item-unknown-suggest", item, hits, closest.get())
                : MetadataCli.text(locale, "catalog.cmd.item-unknown", item, hits));
        err.flush();
    }

    private void summarizeProblems(Report report, Locale locale) {
        long n = report.count(io.github.civicdata.core.Severity.ERROR) + report.count(io.github.civicdata.core.Severity.WARNING);
        if (n > 0) {
            spec.commandLine().getErr().println(MetadataCli.text(locale, "catalog.cmd.load-problems", n, dir));
            spec.commandLine().getErr().flush();
        }
    }

    private JsonNode json(Catalog catalog, List<CatalogEntry> hits, String itemId) {
        ObjectNode root = VocabCli.mapper().createObjectNode();
        ObjectNode query = root.putObject("query");
        putIf(query, "keyword", keyword);
        putIf(query, "item", itemId);
        putIf(query, "department", department);
        putIf(query, "license", license);
        putIf(query, "template", template);
        putIf(query, "disclosure", disclosure);
        root.put("records", catalog.entries().size());
        root.put("count", hits.size());
        root.put("loadFindings", catalog.report().total());
        ArrayNode results = root.putArray("results");
        List<String> failed = new ArrayList<>();
        for (CatalogEntry e : hits) {
            ObjectNode o = results.addObject();
            o.put("source", e.source());
            try {
                o.set("record", VocabCli.mapper().readTree(MetadataJson.write(e.record())));
            } catch (IOException ex) {
                failed.add(e.source());
            }
        }
        if (!failed.isEmpty()) {
            throw new IllegalStateException("cannot re-read the JSON of " + failed);
        }
        return root;
    }

    private static void putIf(ObjectNode o, String name, String value) {
        if (value != null) {
            o.put(name, value);
        }
    }
}
