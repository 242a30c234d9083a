package io.github.civicdata.cli;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.report.ReportFormat;
import io.github.civicdata.core.report.ReportWriter;
import io.github.civicdata.validation.FixOutputs;
import io.github.civicdata.validation.FixResult;
import io.github.civicdata.validation.FixTransformation;
import io.github.civicdata.validation.Fixer;
import io.github.civicdata.validation.UnreadableInputException;
import io.github.civicdata.validation.ValidationOutOfMemoryError;
import io.github.civicdata.validation.Validator;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code civicdata fix IN -o OUT.csv}: turns a CSV/TSV file or an Excel sheet into a
 * machine-readable UTF-8 CSV ({@link Fixer}), writes the change log and the sidecar when asked,
 * validates the output and lists what is left for a person. Every file goes through
 * {@link Outputs} (temporary file and move; the fixer may write an output twice when it reads the
 * input a second time). Exit codes: 0 fixed and the output has no finding at or above
 * {@code --fail-on}, 1 findings remain or the fixer refused, 2 usage (also no such sheet or
 * table), 3 unreadable input, an output that cannot be written, out of memory.
 */
@Command(name = "fix", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Fix a CSV/TSV/XLSX file into machine-readable UTF-8 CSV, with every change logged and nothing "
                + "lost (データ整形).",
            "CSV/TSV/XLSX ファイルを機械判読に適した UTF-8 の CSV に整形します。変更はすべて記録し、値は失いません。"},
        footer = {"", "Transformations (--only/--skip take these names or rule ids; * off by default):",
            "  title-rows notes total-rows blank-rows blank-columns header-rows repeated-headers unique-headers*",
            "  ragged-rows layout join-lines* fullwidth halfwidth-kana machine-dependent dates numbers ditto",
            "  coordinates codes template-columns template-formats merged-cells formulas",
            "Exit codes: 0 fixed and conforms, 1 findings remain (at or above --fail-on) or the fixer refused, "
                + "2 usage error, 3 unreadable input, output not writable or internal error."})
final class FixCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "The CSV/TSV file (any detected encoding) or .xlsx workbook.")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.csv", description = "The fixed table (UTF-8 CSV).")
    Path output;

    @Option(names = "--template", paramLabel = "ID[@VERSION]",
            description = "Map the columns onto a standard template (renamed, ordered, missing optional columns added).")
    String template;

    @Option(names = "--changes", paramLabel = "FILE", description = "Write the change log: CSV, or JSON for a .json name.")
    Path changes;

    @Option(names = "--sidecar", paramLabel = "FILE",
            description = "Write the sidecar (JSON): titles, notes, totals, units, merged ranges moved out of the table.")
    Path sidecar;

    @Option(names = "--only", split = ",", paramLabel = "NAME",
            description = "Apply only these transformations (names or rule ids); formulas and ragged-rows always run.")
    List<String> only = new ArrayList<>();

    @Option(names = "--skip", split = ",", paramLabel = "NAME", description = "Leave out these transformations (names or rule ids).")
    List<String> skip = new ArrayList<>();

    @Option(names = "--join-lines", description = "Turn line breaks inside cells into spaces (off by default).")
    boolean joinLines;

    @Option(names = "--unique-headers", description = "Number duplicate column names (備考_2; off by default).")
    boolean uniqueHeaders;

    @Option(names = "--bom", description = "Write a UTF-8 byte-order mark first.")
    boolean bom;

    @Option(names = "--crlf", description = "End records with CRLF instead of LF.")
    boolean crlf;

    @Option(names = "--dry-run",
            description = "Write only the change log (to --changes, or to standard output) and the sidecar; not the table.")
    boolean dryRun;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The sheet of a workbook (default: the first visible sheet).")
    String sheet;

    @Option(names = "--table", paramLabel = "N",
            description = "Which table to write when the input holds several (the others go to the sidecar).")
    Integer table;

    @Option(names = "--header-row", paramLabel = "N",
            description = "The line (CSV) or row (sheet) holding the column names (default: chosen as validate does).")
    Integer headerRow;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Encoding of CSV input (default: detected).")
    String encoding;

    @Option(names = "--delimiter", paramLabel = "CHAR", description = "Delimiter of CSV input: a character or 'tab' (default: detected).")
    String delimiter;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Format of the report of what remains: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReportFormat format = ReportFormat.TEXT;

    @Option(names = "--report", paramLabel = "FILE", description = "Write that report to FILE instead of standard output.")
    Path report;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit with 1 when the output still has a finding at or above LEVEL: ${COMPLETION-CANDIDATES}.")
    ReportOptions.FailOn failOn = ReportOptions.FailOn.ERROR;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of the summary, the log's reasons and the report.")
    ReportOptions.Lang lang;

    @Override
    public Integer call() {
        if (output == null && !dryRun) {
            throw UserException.usage("fix.no-output");
        }
        if (!Files.isRegularFile(input) || !Files.isReadable(input)) {
            throw Files.exists(input) ? UserException.unreadable("cli.file-unreadable", input, Files.isDirectory(input)
                    ? "directory" : "permission") : UserException.unreadable("cli.file-not-found", input);
        }
        for (Path p : new Path[] {output, changes, sidecar, report}) {
            if (p != null && AnonymizeCommand.sameFile(p, input)) {
                throw UserException.usage("fix.same-file", p);
            }
        }
        Fixer fixer = fixer();
        Locale locale = locale();
        PrintWriter out = spec.commandLine().getOut();
        FixResult r;
        try (Outputs.Batch batch = new Outputs.Batch()) {
            FixOutputs.Builder ob = FixOutputs.builder().locale(locale);
            List<Outputs.Batch.Restartable> staged = new ArrayList<>();
            if (!dryRun) {
                Outputs.Batch.Restartable t = batch.restartable(output, out);
                staged.add(t);
                ob.table(t::open);
            }
            if (changes != null || dryRun) {
                Outputs.Batch.Restartable t = batch.restartable(changes, out);
                staged.add(t);
                ob.changes(t::open, changes == null ? FixOutputs.LogFormat.CSV
                        : FixOutputs.LogFormat.of(changes.getFileName().toString()));
            }
            if (sidecar != null) {
                Outputs.Batch.Restartable t = batch.restartable(sidecar, out);
                staged.add(t);
                ob.sidecar(t::open);
            }
            r = run(fixer, ob.build(), staged);
            if (r.refused()) {
                return refused(r.refusal().get(), locale);
            }
            batch.commit();
        }
        summary(r, locale);
        if (dryRun) {
            return ExitCode.OK;
        }
        return remaining(locale);
    }

    private FixResult run(Fixer fixer, FixOutputs outputs, List<Outputs.Batch.Restartable> staged) {
        try {
            return fixer.fix(input, outputs);
        } catch (UnreadableInputException e) {
            throw UserException.unreadable("cli.file-unreadable", input,
                    e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        } catch (UncheckedIOException e) {
            for (Outputs.Batch.Restartable t : staged) {
                if (t.failure() != null) {
                    throw Outputs.unwritable(t.file() == null ? Path.of("-") : t.file(), t.failure());
                }
            }
            throw Outputs.unwritable(output == null ? Path.of("-") : output, e.getCause());
        } catch (ValidationOutOfMemoryError e) {
            throw new UserException(ExitCode.ERROR, e.text());
        }
    }

    private int refused(Finding f, Locale locale) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(input + ": " + Messages.get().localize(f).ja());
        err.println(input + ": " + Messages.get().localize(f).en());
        String key = f.messageKey();
        if (key.equals("fix.refused.no-sheet") || key.equals("fix.refused.no-table")) {
            return ExitCode.USAGE;
        }
        return key.equals("fix.refused.unreadable") ? ExitCode.ERROR : ExitCode.FINDINGS;
    }

    private void summary(FixResult r, Locale locale) {
        PrintWriter out = spec.commandLine().getErr(); // standard output carries the report (or the log)
        Messages m = Messages.get();
        StringBuilder moved = new StringBuilder();
        r.rowsNotWritten().forEach((k, v) -> moved.append(moved.length() > 0 ? ", " : "").append(k).append(' ').append(v));
        StringBuilder ch = new StringBuilder();
        for (Map.Entry<FixTransformation, Long> e : r.changes().entrySet()) {
            ch.append(ch.length() > 0 ? ", " : "").append(e.getKey().id()).append(' ').append(e.getValue());
        }
        // the lists are printed as they are (message arguments are cut at 80 characters)
        out.println(m.format(locale, "fix.summary.rows", input, r.encoding(), r.rowsWritten(), r.columns().size(),
                r.passes()) + " " + (moved.length() == 0 ? "-" : moved));
        out.println(m.format(locale, "fix.summary.changes", r.unfixable()) + " " + (ch.length() == 0 ? "-" : ch));
        for (Finding f : r.findings()) {
            out.println(input + ": " + m.localize(f).in(locale));
        }
        out.flush();
    }

    /** Validates the written output and reports what remains; the exit code follows --fail-on. */
    private int remaining(Locale locale) {
        Validator.Builder vb = Validator.builder();
        if (template != null) {
            vb.template(template);
        }
        Report rep;
        try {
            rep = vb.build().validate(output);
        } catch (UnreadableInputException e) {
            throw UserException.unreadable("cli.file-unreadable", output, String.valueOf(e.getMessage()));
        }
        ReportWriter writer = ReportWriter.builder(format).locale(locale).failOn(failOn.severity()).build();
        PrintWriter err = spec.commandLine().getErr();
        if (report == null) {
            if (format == ReportFormat.TEXT) {
                err.println(Messages.get().format(locale, "fix.remaining", output, rep.total()));
                err.flush();
            }
            Outputs.writeStdout(spec.commandLine().getOut(), o -> writer.write(rep, o));
        } else {
            Outputs.writeFile(report, o -> writer.write(rep, o));
            err.println(Messages.get().format(locale, "fix.remaining", output, rep.total()));
        }
        return failOn.severity().isPresent() && !rep.conforms(failOn.severity().get()) ? ExitCode.FINDINGS
                : ExitCode.OK;
    }

    private Fixer fixer() {
        Fixer.Builder b = Fixer.builder().bom(bom).crlf(crlf);
        if (template != null) {
            b.template(template);
        }
        if (!only.isEmpty()) {
            b.only(only.toArray(new String[0]));
        }
        if (!skip.isEmpty()) {
            b.skip(skip.toArray(new String[0]));
        }
        if (joinLines) {
            b.enable(FixTransformation.JOIN_LINES.id());
        }
        if (uniqueHeaders) {
            b.enable(FixTransformation.UNIQUE_HEADERS.id());
        }
        if (sheet != null) {
            b.sheet(sheet);
        }
        if (table != null) {
            if (table < 1) {
                throw UserException.usage("validate.not-positive", "--table", table);
            }
            b.table(table);
        }
        if (headerRow != null) {
            if (headerRow < 1) {
                throw UserException.usage("validate.not-positive", "--header-row", headerRow);
            }
            b.headerRow(headerRow);
        }
        if (encoding != null) {
            try {
                b.encoding(Charset.forName(encoding));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw UserException.usage("validate.unknown-encoding", encoding);
            }
        }
        if (delimiter != null) {
            String d = delimiter.equals("\\t") || delimiter.equalsIgnoreCase("tab") ? "\t" : delimiter;
            if (d.length() != 1 || d.charAt(0) == '"' || d.charAt(0) == '\n' || d.charAt(0) == '\r') {
                throw UserException.usage("validate.bad-delimiter", delimiter);
            }
            b.delimiter(d.charAt(0));
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            String msg = String.valueOf(e.getMessage());
            if (template != null && msg.startsWith("unknown template")) {
                throw UserException.usage("validate.unknown-template", template);
            }
            if (msg.startsWith("unknown transformation")) {
                throw UserException.usage("fix.unknown-transformation", msg.substring(msg.lastIndexOf(' ') + 1));
            }
            if (msg.startsWith("cannot skip")) {
                throw UserException.usage("fix.cannot-skip", msg.substring("cannot skip ".length(), msg.indexOf(':')));
            }
            throw UserException.usage("validate.bad-option", msg);
        }
    }

    private Locale locale() {
        if (lang != null) {
            return lang == ReportOptions.Lang.JA ? Locale.JAPANESE : Locale.ENGLISH;
        }
        return "ja".equals(Locale.getDefault().getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
    }
}
