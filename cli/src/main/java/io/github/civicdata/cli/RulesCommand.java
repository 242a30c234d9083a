package io.github.civicdata.cli;

import io.github.civicdata.core.LocalizedText;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.RuleInfo;
import io.github.civicdata.validation.ValidationRules;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code civicdata rules [--format text|json]}: lists every validation rule with its id,
 * severity, Japanese and English title, whether it is checked automatically or by hand, its
 * aliases (2020 checklist numbers, frictionless codes) and what the check covers.
 */
@Command(name = "rules", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"List the validation rules: id, severity, title (ja/en), automatic or manual.",
            "検証ルールの一覧（ID、重大度、名称（日本語・英語）、自動・目視の別）を表示します。"})
final class RulesCommand implements Callable<Integer> {

    /** Output formats of this command. */
    enum Format { TEXT, JSON }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format = Format.TEXT;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the 'checks' column in text output: ja or en (default: system language).")
    private ReportOptions.Lang lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Messages m = Messages.get();
        if (format == Format.JSON) {
            out.println("[");
            int n = 0;
            for (RuleInfo r : ValidationRules.all()) {
                LocalizedText title = m.title(r);
                LocalizedText checks = m.localize(ValidationRules.checksKey(r));
                StringBuilder sb = new StringBuilder("  {");
                sb.append("\"id\": ").append(json(r.id()));
                sb.append(", \"severity\": ").append(json(r.severity().id()));
                sb.append(", \"mode\": ").append(json(r.mode().id()));
                sb.append(", \"aliases\": [");
                for (int i = 0; i < r.aliases().size(); i++) {
                    sb.append(i > 0 ? ", " : "").append(json(r.aliases().get(i)));
                }
                sb.append("], \"official\": ").append(r.id().matches("L[123]-\\d\\d"));
                sb.append(", \"title\": {\"ja\": ").append(json(title.ja())).append(", \"en\": ").append(json(title.en()));
                sb.append("}, \"checks\": {\"ja\": ").append(json(checks.ja())).append(", \"en\": ")
                        .append(json(checks.en())).append("}}");
                if (++n < ValidationRules.all().size()) {
                    sb.append(',');
                }
                out.println(sb);
            }
            out.println("]");
            out.flush();
            return ExitCode.OK;
        }
        Locale locale = UiLocale.of(lang);
        for (RuleInfo r : ValidationRules.all()) {
            LocalizedText title = m.title(r);
            String aliases = r.aliases().isEmpty() ? "" : " [" + String.join(", ", r.aliases()) + "]";
            out.printf(Locale.ROOT, "%-26s %-8s %-10s%s%n", r.id(), r.severity().id(), r.mode().id(), aliases);
            out.println("    " + title.ja());
            out.println("    " + title.en());
            out.println("    " + m.format(locale, ValidationRules.checksKey(r)));
        }
        out.flush();
        return ExitCode.OK;
    }

    static String json(String s) {
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
                    if (c < 0x20) {
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
