package io.github.civicdata.cli;

import io.github.civicdata.core.internal.EditDistance;
import io.github.civicdata.rdf.SkosExport;
import io.github.civicdata.vocab.DatasetTemplate;
import io.github.civicdata.vocab.TemplateColumn;
import io.github.civicdata.vocab.Vocabulary;
import io.github.civicdata.vocab.export.ExportFormat;
import io.github.civicdata.vocab.export.TemplateExports;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code civicdata template <id>[@<version>]}: shows or exports one dataset template. */
@Command(name = "template", description = {"Show a dataset template, or export it as JSON Schema, Table Schema, CSVW or Turtle.",
            "データセットのテンプレートを表示し、又は JSON Schema・Table Schema・CSVW・Turtle で出力します。"},
        footer = {"", "Exit codes: 0 written, 2 unknown template or version, 3 unreadable template files or unwritable output."})
final class TemplateCommand implements Callable<Integer> {

    enum Format {
        TEXT(null), JSON_SCHEMA(ExportFormat.JSON_SCHEMA), TABLE_SCHEMA(ExportFormat.TABLE_SCHEMA),
        CSVW(ExportFormat.CSVW), TURTLE(null); // TURTLE: SKOS from civicdata-rdf

        final ExportFormat export;

        Format(ExportFormat export) {
            this.export = export;
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Parameters(index = "0", paramLabel = "ID[@VERSION]",
            description = "Template id, e.g. public-toilet, or id@version as validate --template takes it, "
                    + "e.g. aed@2021-suisho (see 'civicdata templates').")
    String id;

    @Option(names = "--version", paramLabel = "V", description = "Template version, e.g. 2021-suisho (default: the latest).")
    String version;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = FormatConverter.class,
            description = "text, json-schema, table-schema, csvw or turtle (default: ${DEFAULT-VALUE}).")
    Format format = Format.TEXT;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Also read a city's own template files (*.json) from DIR (or one file).")
    Path templates;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of text output: ${COMPLETION-CANDIDATES} (default: the system language).")
    ReportOptions.Lang lang;

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format f : Format.values()) {
                if (f.toString().equalsIgnoreCase(value.strip()) || f.name().equalsIgnoreCase(value.strip())) {
                    return f;
                }
            }
            throw new picocli.CommandLine.TypeConversionException(CliMessages.bilingual("template.unknown-format",
                    value, "text, json-schema, table-schema, csvw, turtle"));
        }
    }

    @Override
    public Integer call() {
        int at = id.indexOf('@');
        if (at >= 0) { // id@version, as validate --template takes it
            String v = id.substring(at + 1);
            if (version != null && !version.equals(v)) {
                throw UserException.usage("template.version-twice", id, version);
            }
            version = v;
            id = id.substring(0, at);
        }
        Vocabulary v = VocabCli.vocabulary(templates);
        List<DatasetTemplate> versions = v.versions(id);
        if (versions.isEmpty()) {
            List<String> ids = v.templates().stream().map(DatasetTemplate::id).distinct().toList();
            String near = closest(id, ids);
            throw near == null ? UserException.usage("template.unknown-id", id)
                    : UserException.usage("template.unknown-id-suggest", id, near);
        }
        DatasetTemplate t = version == null ? v.template(id).orElseThrow() : v.template(id, version)
                .orElseThrow(() -> UserException.usage("template.unknown-version", id, version,
                        String.join(", ", versions.stream().map(DatasetTemplate::version).toList())));
        String text = switch (format) {
            case TEXT -> describe(t, VocabCli.locale(lang));
            case TURTLE -> SkosExport.templateTurtle(t);
            default -> TemplateExports.export(format.export, t);
        };
        Outputs.write(output, spec.commandLine().getOut(), out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        return ExitCode.OK;
    }

    private static String describe(DatasetTemplate t, Locale loc) {
        StringBuilder sb = new StringBuilder();
        sb.append(t.id()).append('@').append(t.version()).append("  ").append(t.name()).append(" / ").append(t.nameEn())
                .append('\n');
        line(sb, VocabCli.text(loc, "template.edition"), t.edition());
        line(sb, VocabCli.text(loc, "template.confidence"), t.confidence().name().toLowerCase(Locale.ROOT)
                + (t.complete() ? "" : " (" + VocabCli.text(loc, "template.partial") + ")"));
        line(sb, VocabCli.text(loc, "template.provenance"), t.provenance());
        t.companion().ifPresent(c -> line(sb, VocabCli.text(loc, "template.companion"), c.template() + " ("
                + VocabCli.text(loc, "template.companion-key", c.key()) + ")"));
        line(sb, VocabCli.text(loc, "template.source"), t.source());
        line(sb, VocabCli.text(loc, "template.licence"), t.licence());
        sb.append('\n');
        boolean sourced = t.columns().stream().allMatch(c -> c.provenance() == io.github.civicdata.vocab.Provenance.SOURCE);
        sb.append(String.format("%3s  %-2s %-6s %-34s %-22s %s%s%n", "No", "", "", "ITEM", "TYPE",
                sourced ? "" : String.format("%-12s ", "FROM"), "HEADER"));
        int n = 1;
        for (TemplateColumn c : t.columns()) {
            String type = c.item().constraints().format().map(Enum::name)
                    .orElse(c.item().datatype().name());
            sb.append(String.format("%3d  %-2s %-6s %-34s %-22s %s%s%n", n++, c.obligation().mark(),
                    c.unique() ? "unique" : "", c.item().id(), type,
                    sourced ? "" : String.format("%-12s ", c.provenance().label()), c.header()));
        }
        sb.append('\n').append(VocabCli.text(loc, "template.legend")).append('\n');
        return sb.toString().replace(System.lineSeparator(), "\n");
    }

    /** The id most like {@code wanted} (containment or edit distance up to 3), or null. */
    static String closest(String wanted, List<String> ids) {
        String w = wanted.toLowerCase(Locale.ROOT);
        String best = null;
        int bestD = 4;
        for (String id : ids) {
            int d = id.contains(w) || w.contains(id) ? 1 : EditDistance.between(w, id);
            if (d < bestD) {
                bestD = d;
                best = id;
            }
        }
        return best;
    }

    private static void line(StringBuilder sb, String label, String value) {
        if (!value.isEmpty()) {
            sb.append(label).append(": ").append(value).append('\n');
        }
    }
}
