package io.github.civicdata.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.civicdata.vocab.code.CodeChange;
import io.github.civicdata.vocab.code.CodeLists;
import io.github.civicdata.vocab.code.CodeRecord;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The parts of {@code civicdata code} about names and the history of codes. */
final class CodeNames {

    private CodeNames() {
    }

    /** {@code civicdata code 浜松市中区}: every code of that name; exit 0 if any, 1 if none. */
    static int lookup(String query, boolean json, Locale loc, PrintWriter out) {
        List<CodeRecord> found = CodeLists.standard().lookup(query);
        if (json) {
            ObjectNode o = VocabCli.mapper().createObjectNode();
            o.put("query", query);
            ArrayNode arr = o.putArray("matches");
            found.forEach(r -> record(arr.addObject(), r));
            out.println(VocabCli.json(o));
        } else if (found.isEmpty()) {
            out.println(VocabCli.text(loc, "code.lookup.none", query));
        } else {
            out.println(VocabCli.text(loc, "code.lookup.found", found.size(), query));
            for (CodeRecord r : found) {
                out.println();
                CodeCommand.line(out, VocabCli.text(loc, "code.label.code"), r.code() + " "
                        + CodeLists.standard().fullName(r.code()).orElse(r.name())
                        + r.nameKana().map(k -> " (" + k + r.nameRoman().map(x -> ", " + x).orElse("") + ")").orElse("")
                        + " " + r.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
                if (!r.otherNames().isEmpty()) {
                    CodeCommand.line(out, VocabCli.text(loc, "code.label.other-names"), String.join(", ", r.otherNames()));
                }
                history(r, loc, out);
                if (!r.isCurrent()) {
                    for (String c : CodeLists.standard().currentSuccessors(r.code())) {
                        CodeCommand.line(out, VocabCli.text(loc, "code.label.now"), c + " "
                                + CodeLists.standard().fullName(c).orElse(""));
                    }
                }
            }
        }
        out.flush();
        return found.isEmpty() ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** The validity and the changes that ended (or began) a code, for the text output. */
    static void history(CodeRecord r, Locale loc, PrintWriter out) {
        String from = r.validFrom().map(Object::toString).orElse("?");
        CodeCommand.line(out, VocabCli.text(loc, "code.label.valid"), r.isCurrent()
                ? VocabCli.text(loc, "code.valid-since", from)
                : VocabCli.text(loc, "code.valid-between", from, r.validUntil().orElseThrow()));
        for (CodeChange c : r.changes()) {
            boolean ending = r.validUntil().map(u -> u.plusDays(1).equals(c.date())).orElse(false);
            boolean starting = r.validFrom().map(f -> f.equals(c.date())).orElse(false);
            if (ending || starting) {
                CodeCommand.line(out, VocabCli.text(loc, ending ? "code.label.ended" : "code.label.began"),
                        c.date() + " " + c.kind().label() + ": " + c.text());
            }
        }
    }

    static void record(ObjectNode o, CodeRecord r) {
        o.put("code", r.code());
        o.put("name", r.name());
        CodeLists.standard().fullName(r.code()).ifPresent(n -> o.put("fullName", n));
        if (!r.otherNames().isEmpty()) {
            r.otherNames().forEach(o.putArray("otherNames")::add);
        }
        r.nameKana().ifPresent(k -> o.put("nameKana", k));
        r.nameRoman().ifPresent(k -> o.put("nameRoman", k));
        r.county().ifPresent(k -> o.put("county", k));
        o.put("kind", r.kind().name());
        o.put("current", r.isCurrent());
        r.validFrom().ifPresent(d -> o.put("validFrom", d.toString()));
        r.validUntil().ifPresent(d -> o.put("validUntil", d.toString()));
        if (!r.successors().isEmpty()) {
            r.successors().forEach(o.putArray("successors")::add);
        }
        if (!r.isCurrent()) {
            CodeLists.standard().currentSuccessors(r.code()).forEach(o.putArray("currentCodes")::add);
        }
        ArrayNode changes = o.putArray("changes");
        for (CodeChange c : r.changes()) {
            ObjectNode x = changes.addObject();
            x.put("date", c.date().toString());
            x.put("kind", c.kind().name());
            c.from().forEach(x.putArray("from")::add);
            c.to().forEach(x.putArray("to")::add);
            x.put("text", c.text());
        }
    }
}
