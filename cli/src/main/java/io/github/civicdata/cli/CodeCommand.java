package io.github.civicdata.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.civicdata.core.LocalizedText;
import io.github.civicdata.vocab.code.CodeExplanation;
import io.github.civicdata.vocab.code.CodeLists;
import io.github.civicdata.vocab.code.LocalGovernmentCodes;
import io.github.civicdata.vocab.code.Municipality;
import io.github.civicdata.vocab.code.Prefecture;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code civicdata code <value>}: explains a 全国地方公共団体コード. */
@Command(name = "code",
        description = {"Explain a local government code (全国地方公共団体コード): normalised form, check digit, prefecture and municipality.",
            "全国地方公共団体コードを説明します（正規化した形、検査数字、都道府県名、市区町村名）。"},
        footer = {"", "Exit codes:",
            "  0  valid as given: 6 digits, the 5-digit form, or a 2-digit",
            "     prefecture code (01, 13)",
            "  1  invalid: wrong check digit, unknown prefecture, ambiguous,",
            "     malformed, or a code that lost its leading zero (92011, 1100,",
            "     and 1 for prefecture 01)",
            "  2  usage error"})
final class CodeCommand implements Callable<Integer> {

    enum Format { TEXT, JSON }

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Parameters(index = "0", paramLabel = "VALUE", description = "The code, e.g. 011002, 01100, 92011 or 13.")
    String value;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.TEXT;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of text output: ${COMPLETION-CANDIDATES} (default: the system language).")
    ReportOptions.Lang lang;

    @Override
    public Integer call() {
        CodeExplanation e = CodeLists.standard().explain(value);
        PrintWriter out = spec.commandLine().getOut();
        String digits = digits(value);
        if (format == Format.JSON) {
            out.println(VocabCli.json(json(e, digits)));
        } else {
            Locale loc = UiLocale.of(lang);
            line(out, VocabCli.text(loc, "code.label.input"), value);
            e.normalized().ifPresent(n -> line(out, VocabCli.text(loc, "code.label.normalized"), n));
            line(out, VocabCli.text(loc, "code.label.verdict"), e.verdict().name() + " ("
                    + VocabCli.text(loc, e.isValid() ? "code.valid" : "code.invalid") + ")");
            if (digits.length() == 6) {
                int expected = LocalGovernmentCodes.checkDigit(digits.substring(0, 5));
                int found = digits.charAt(5) - '0';
                line(out, VocabCli.text(loc, "code.label.check-digit"), VocabCli.text(loc,
                        expected == found ? "code.check-digit.ok" : "code.check-digit.wrong", expected, found));
            } else if (e.normalized().isPresent()) {
                String n = e.normalized().get();
                line(out, VocabCli.text(loc, "code.label.check-digit"),
                        VocabCli.text(loc, "code.check-digit.of", n.substring(5), n));
            }
            e.prefecture().ifPresent(p -> line(out, VocabCli.text(loc, "code.label.prefecture"),
                    p.code() + " " + p.name() + " (" + p.nameKana() + ", " + p.nameEn() + ")"));
            e.municipality().ifPresent(m -> line(out, VocabCli.text(loc, "code.label.municipality"),
                    m.code() + " " + m.name() + m.nameKana().map(k -> " (" + k + ")").orElse("")
                            + " " + m.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
            for (String c : e.candidates()) {
                line(out, VocabCli.text(loc, "code.label.candidate"), c + " "
                        + CodeLists.standard().fullName(c).orElse(""));
            }
            out.println(e.text().in(loc));
        }
        out.flush();
        return e.isValid() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    private static void line(PrintWriter out, String label, String text) {
        out.println(label + ": " + text);
    }

    private static String digits(String v) {
        StringBuilder sb = new StringBuilder();
        for (char c : v.strip().toCharArray()) {
            sb.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        }
        String s = sb.toString();
        return s.chars().allMatch(c -> c >= '0' && c <= '9') ? s : "";
    }

    private static ObjectNode json(CodeExplanation e, String digits) {
        ObjectNode o = VocabCli.mapper().createObjectNode();
        o.put("input", e.input());
        e.normalized().ifPresent(n -> o.put("normalized", n));
        o.put("verdict", e.verdict().name());
        o.put("valid", e.isValid());
        if (digits.length() == 6) {
            int expected = LocalGovernmentCodes.checkDigit(digits.substring(0, 5));
            int found = digits.charAt(5) - '0';
            o.putObject("checkDigit").put("expected", expected).put("found", found).put("correct", expected == found);
        }
        e.prefecture().ifPresent(p -> prefecture(o.putObject("prefecture"), p));
        e.municipality().ifPresent(m -> municipality(o.putObject("municipality"), m));
        e.normalized().flatMap(n -> CodeLists.standard().fullName(n)).ifPresent(n -> o.put("fullName", n));
        if (!e.candidates().isEmpty()) {
            e.candidates().forEach(o.putArray("candidates")::add);
        }
        LocalizedText t = e.text();
        o.putObject("message").put("ja", t.ja()).put("en", t.en());
        return o;
    }

    private static void prefecture(ObjectNode o, Prefecture p) {
        o.put("code", p.code());
        o.put("localGovernmentCode", p.localGovernmentCode());
        o.put("name", p.name());
        o.put("nameKana", p.nameKana());
        o.put("nameEn", p.nameEn());
    }

    private static void municipality(ObjectNode o, Municipality m) {
        o.put("code", m.code());
        o.put("name", m.name());
        m.nameKana().ifPresent(k -> o.put("nameKana", k));
        o.put("kind", m.kind().name());
        m.cityCode().ifPresent(c -> o.put("cityCode", c));
    }
}
