package io.github.civicdata.cli;

import io.github.civicdata.core.Severity;
import io.github.civicdata.core.report.ReportFormat;
import io.github.civicdata.core.report.ReportWriter;
import io.github.civicdata.validation.UnreadableInputException;
import io.github.civicdata.validation.ValidationRules;
import io.github.civicdata.validation.Validator;
import io.github.civicdata.validation.certify.Attestation;
import io.github.civicdata.validation.certify.Certification;
import io.github.civicdata.validation.certify.CertificationException;
import io.github.civicdata.validation.certify.Certifier;
import io.github.civicdata.validation.certify.Keys;
import io.github.civicdata.validation.certify.SigningKey;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code civicdata certify FILE|DIR... -o cert.json}: validates the files, decides the level each
 * reaches (with the attested manual checks) and writes one conformance certificate for all of them,
 * optionally signed and with an HTML report; {@code certify verify} checks a certificate.
 */
@Command(name = "certify", sortOptions = false, mixinStandardHelpOptions = true,
        subcommands = {CertifyVerifyCommand.class},
        description = {"Certify exports: one conformance certificate (JSON, optionally signed) bound to the files' bytes, "
                + "the template, the rule set and the tool version; 'certify verify' checks one.",
            "エクスポートを証明します。ファイルのバイト列・テンプレート・ルールセット・ツールのバージョンに結び付いた適合証明書"
                + "（JSON、署名可）を作成します。確認は 'certify verify' で行います。"},
        footer = {"", "A file reaches level N when no automatic rule of levels 1..N has an error and every manual or partial "
                + "rule of those levels is attested (--attest). Files in a folder are named by their path inside it.",
            "Exit codes: 0 certificate written and every file reached --require-level (and the template, the metadata "
                + "record agree), 1 certificate written but not all of that, 2 usage error, 3 unreadable input or "
                + "output that cannot be written."})
final class CertifyCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "Files or folders (searched recursively for .csv, .tsv, .txt and .xlsx files) to certify.")
    private List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "CERT.json", description = "Where to write the certificate (required).")
    private Path output;

    @Option(names = "--template", paramLabel = "ID[@VERSION]", description = "Certify conformance to a dataset template.")
    private String template;

    @Option(names = "--schema", paramLabel = "FILE", description = "Certify conformance to a Table Schema or CSVW file.")
    private Path schema;

    @Option(names = "--attest", paramLabel = "ATTEST.json",
            description = "Attestations of the manual checks (L3-02, L3-07 and the manual parts of L3-04, L3-08).")
    private Path attest;

    @Option(names = "--metadata", paramLabel = "RECORD.json",
            description = "The dataset's metadata record: its conformsTo and distributions must agree with the files.")
    private Path metadata;

    @Option(names = "--sign", paramLabel = "KEY.pem", description = "Sign with an Ed25519 private key (PKCS#8 PEM).")
    private Path sign;

    @Option(names = "--issuer", paramLabel = "NAME", description = "Who issues the certificate (default: the key's subject).")
    private String issuer;

    @Option(names = "--html", paramLabel = "REPORT.html", description = "Also write a self-contained HTML report.")
    private Path html;

    @Option(names = "--require-level", paramLabel = "N", defaultValue = "1",
            description = "Exit with 1 unless every file reaches level N, 0 to 3 (default: ${DEFAULT-VALUE}).")
    private int requireLevel = 1;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of messages and of the HTML report: ja, en.")
    private ReportOptions.Lang lang;

    @Option(names = "--severity", paramLabel = "RULE=LEVEL",
            description = "Change a rule's severity (recorded; lowering one keeps its level out of reach).")
    private List<String> severities = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "RULE", description = "Do not check a rule (recorded; keeps its level out of reach).")
    private List<String> disabled = new ArrayList<>();

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Encoding of CSV input (default: detected).")
    private String encoding;

    @Option(names = "--delimiter", paramLabel = "CHAR", description = "Field delimiter of CSV input (default: detected).")
    private String delimiter;

    @Option(names = "--max-per-column", paramLabel = "N", description = "Findings of one rule listed per column.")
    private int maxPerColumn = Validator.DEFAULT_MAX_FINDINGS_PER_COLUMN;

    @Option(names = "--max-field-length", paramLabel = "CHARS", description = "Longest field checked.")
    private int maxFieldLength = Validator.DEFAULT_MAX_FIELD_LENGTH;

    @Option(names = "--max-line-length", paramLabel = "CHARS", description = "Longest record checked.")
    private int maxLineLength = Validator.DEFAULT_MAX_LINE_LENGTH;

    @Option(names = "--max-columns", paramLabel = "N", description = "Most columns checked per record.")
    private int maxColumns = Validator.DEFAULT_MAX_COLUMNS;

    @Option(names = "--max-unique-values", paramLabel = "N", description = "Most values remembered per unique column.")
    private int maxUniqueValues = Validator.DEFAULT_MAX_UNIQUE_VALUES;

    @Option(names = "--max-findings", paramLabel = "N", description = "Findings listed in the HTML report (the certificate counts all).")
    private int maxFindings = Validator.DEFAULT_MAX_FINDINGS;

    @Option(names = "--hide-values", description = "Leave cell values out of the HTML report (personal data).")
    private boolean hideValues;

    @Override
    public Integer call() {
        if (inputs.isEmpty()) {
            throw UserException.usage("certify.cmd.no-files");
        }
        if (output == null) {
            throw UserException.usage("certify.cmd.no-output");
        }
        if (requireLevel < 0 || requireLevel > 3) {
            throw UserException.usage("certify.cmd.bad-level", requireLevel);
        }
        Locale locale = UiLocale.of(lang);
        Map<String, Path> files = CertifyCli.subjects(inputs);
        Certifier certifier = certifier();
        List<Certifier.Subject> subjects = new ArrayList<>();
        files.forEach((name, path) -> subjects.add(new Certifier.Subject(name, path)));
        Certification done;
        try {
            done = certifier.certify(subjects);
        } catch (CertificationException e) {
            throw CertifyCli.usage(e);
        } catch (UnreadableInputException e) {
            throw UserException.unreadable("cli.file-unreadable", e.source(),
                    e.getCause() == null ? e.getMessage() : Outputs.reason(e.getCause()));
        } catch (OutOfMemoryError e) {
            long heapMb = Runtime.getRuntime().maxMemory() >> 20;
            throw new UserException(ExitCode.ERROR, CliMessages.localize("validate.out-of-memory", heapMb,
                    maxUniqueValues, Validator.DEFAULT_MAX_UNIQUE_VALUES));
        }
        try (Outputs.Batch b = new Outputs.Batch()) {
            b.add(output, o -> o.write(done.certificate().toJson()));
            if (html != null) {
                ReportWriter w = ReportWriter.builder(ReportFormat.HTML).locale(locale).certification(done.summary())
                        .build();
                b.add(html, o -> w.write(done.report(), o));
            }
            b.commit();
        }
        PrintWriter err = spec.commandLine().getErr();
        int level = done.certificate().level();
        err.println(MetadataCli.text(locale, "certify.cmd.written", output, level, done.certificate().subjects().size(),
                done.certificate().templateVerdict(), done.certificate().keyId().orElse("-")));
        for (io.github.civicdata.core.LocalizedText note : done.summary().notes()) {
            err.println(note.in(locale)); // restrictions from the options, metadata disagreements
        }
        if (level < requireLevel) {
            err.println(MetadataCli.text(locale, "certify.cmd.below-level", requireLevel, level));
        }
        if (done.certificate().metadataAgrees().isPresent() && !done.certificate().metadataAgrees().get()) {
            err.println(MetadataCli.text(locale, "certify.cmd.metadata-disagrees", metadata));
        }
        boolean ok = done.certificate().meets(requireLevel);
        return ok ? ExitCode.OK : ExitCode.FINDINGS;
    }

    private Certifier certifier() {
        if (template != null && schema != null) {
            throw UserException.usage("validate.template-and-schema");
        }
        Certifier.Builder b = Certifier.builder()
                .maxFindingsPerColumn(nonNegative("--max-per-column", maxPerColumn))
                .maxFieldLength(positive("--max-field-length", maxFieldLength))
                .maxLineLength(positive("--max-line-length", maxLineLength))
                .maxColumns(positive("--max-columns", maxColumns))
                .maxUniqueValues(positive("--max-unique-values", maxUniqueValues))
                .maxFindings(nonNegative("--max-findings", maxFindings))
                .hideValues(hideValues)
                .profileColumns(html != null);
        if (template != null) {
            b.template(template);
        }
        if (schema != null) {
            CertifyCli.readSmall(schema);
            b.schema(schema);
        }
        try {
            if (attest != null) {
                b.attestations(Attestation.read(CertifyCli.readSmall(attest), attest.toString()));
            }
            if (sign != null) {
                SigningKey key = Keys.readPrivateKey(new String(CertifyCli.readSmall(sign), StandardCharsets.UTF_8));
                b.sign(key);
            }
        } catch (CertificationException e) {
            throw CertifyCli.usage(e);
        }
        if (metadata != null) {
            b.record(CertifyCli.claims(metadata));
        }
        if (issuer != null) {
            b.issuer(issuer);
        }
        if (encoding != null) {
            try {
                b.encoding(Charset.forName(encoding));
            } catch (IllegalArgumentException e) {
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
        for (String s : severities) {
            int eq = s.indexOf('=');
            Severity sev = eq <= 0 ? null : Severity.parse(s.substring(eq + 1)).orElse(null);
            if (sev == null) {
                throw UserException.usage("validate.bad-severity", s);
            }
            String rule = s.substring(0, eq).trim();
            if (ValidationRules.find(rule).isEmpty()) {
                throw UserException.usage("validate.unknown-rule", rule);
            }
            b.severity(rule, sev);
        }
        for (String d : disabled) {
            if (ValidationRules.find(d).isEmpty()) {
                throw UserException.usage("validate.unknown-rule", d);
            }
            b.disable(d);
        }
        try {
            return b.build();
        } catch (CertificationException e) {
            throw CertifyCli.usage(e);
        } catch (UnreadableInputException e) {
            throw UserException.unreadable("cli.file-unreadable", e.source(), String.valueOf(e.getMessage()));
        } catch (IllegalArgumentException e) {
            if (schema != null) {
                throw UserException.usage("validate.bad-schema", schema, e.getMessage());
            }
            throw UserException.usage("validate.bad-option", e.getMessage());
        }
    }

    private static int positive(String option, int v) {
        if (v < 1) {
            throw UserException.usage("validate.not-positive", option, v);
        }
        return v;
    }

    private static int nonNegative(String option, int v) {
        if (v < 0) {
            throw UserException.usage("validate.negative", option, v);
        }
        return v;
    }
}
