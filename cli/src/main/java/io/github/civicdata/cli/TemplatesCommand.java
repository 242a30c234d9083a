package io.github.civicdata.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.civicdata.vocab.DatasetTemplate;
import io.github.civicdata.vocab.Vocabulary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code civicdata templates}: lists the dataset templates. */
@Command(name = "templates", description = {"List the dataset templates (every version).", "データセットのテンプレート（全版）を一覧表示します。"},
        footer = {"", "Exit codes: 0 listed, 2 usage error, 3 unreadable template files."})
final class TemplatesCommand implements Callable<Integer> {

    enum Format { TEXT, JSON }

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.TEXT;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Also read a city's own template files (*.json) from DIR (or one file).")
    Path templates;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of text output: ${COMPLETION-CANDIDATES} (default: the system language).")
    ReportOptions.Lang lang;

    @Override
    public Integer call() {
        Vocabulary v = VocabCli.vocabulary(templates);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            ArrayNode arr = VocabCli.mapper().createArrayNode();
            for (DatasetTemplate t : v.templates()) {
                ObjectNode o = arr.addObject();
                o.put("id", t.id());
                o.put("version", t.version());
                o.put("name", t.name());
                o.put("nameEn", t.nameEn());
                o.put("columns", t.columns().size());
                t.number().ifPresent(n -> o.put("number", n));
                o.put("edition", t.edition());
                o.put("confidence", t.confidence().name().toLowerCase(Locale.ROOT));
                o.put("complete", t.complete());
                o.put("latest", v.template(t.id()).map(l -> l.version().equals(t.version())).orElse(false));
            }
            out.println(VocabCli.json(arr));
        } else {
            Locale loc = UiLocale.of(lang);
            out.println(String.format("%-38s %-12s %5s  %-11s %s", "ID", "VERSION",
                    VocabCli.text(loc, "templates.columns"), VocabCli.text(loc, "templates.confidence"),
                    VocabCli.text(loc, "templates.name")));
            boolean partial = false;
            for (DatasetTemplate t : v.templates()) {
                String conf = t.confidence().name().toLowerCase(Locale.ROOT) + (t.complete() ? "" : "*");
                partial |= !t.complete();
                out.println(String.format("%-38s %-12s %5d  %-11s %s / %s", t.id(), t.version(), t.columns().size(),
                        conf, t.name(), t.nameEn()));
            }
            if (partial) {
                out.println(VocabCli.text(loc, "templates.partial-note"));
            }
        }
        out.flush();
        return ExitCode.OK;
    }
}
