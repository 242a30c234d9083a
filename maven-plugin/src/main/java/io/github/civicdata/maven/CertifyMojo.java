package io.github.civicdata.maven;

import io.github.civicdata.core.LocalizedText;
import io.github.civicdata.core.report.ReportFormat;
import io.github.civicdata.core.report.ReportWriter;
import io.github.civicdata.validation.InputFiles;
import io.github.civicdata.validation.UnreadableInputException;
import io.github.civicdata.validation.ValidationOutOfMemoryError;
import io.github.civicdata.validation.Validator;
import io.github.civicdata.validation.certify.Attestation;
import io.github.civicdata.validation.certify.Certificate;
import io.github.civicdata.validation.certify.Certification;
import io.github.civicdata.validation.certify.CertificationException;
import io.github.civicdata.validation.certify.Certifier;
import io.github.civicdata.validation.certify.Keys;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code civicdata:certify}: writes a conformance certificate for the configured files, as
 * {@code civicdata certify} does, through the same library API ({@link Certifier}): the files are
 * named as the CLI names them ({@link Certifier#subjects}), so that {@code civicdata certify verify}
 * and {@code civicdata:certify-verify} check the certificate on the delivered folder. Signed with
 * {@code privateKey} when given. The build fails (after the certificate is written) unless every
 * file reaches {@code requireLevel}, the template conforms (when one is given) and nothing else
 * falls short, as the CLI exits with 1. Bound to the {@code verify} phase by default.
 *
 * <p>Not done: the CLI's {@code --metadata RECORD.json} (the claims of a dataset record checked
 * against the files) has no parameter here yet.
 */
@Mojo(name = "certify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CertifyMojo extends AbstractMojo {

    /** The project's directory: relative paths in the configuration are resolved against it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /**
     * Files and folders to certify (folders searched recursively for .csv, .tsv, .txt and .xlsx
     * files, each named by its path inside the folder), or glob patterns (each match named by its
     * file name), relative to the project directory (CLI: the arguments).
     */
    @Parameter(property = "civicdata.files", required = true)
    List<String> files = new ArrayList<>();

    /** Where the certificate is written (CLI: {@code -o}). */
    @Parameter(property = "civicdata.certificate", defaultValue = "${project.build.directory}/civicdata/certificate.json")
    File certificate;

    /** A dataset template, {@code id} or {@code id@version} (CLI: {@code --template}). */
    @Parameter(property = "civicdata.template")
    String template;

    /** A Frictionless Table Schema or CSVW metadata file (CLI: {@code --schema}). */
    @Parameter(property = "civicdata.schema")
    File schema;

    /** Attestations of the manual checks, JSON (CLI: {@code --attest}). */
    @Parameter(property = "civicdata.attest")
    File attest;

    /** An unencrypted Ed25519 private key, PKCS#8 PEM, as {@code civicdata keygen} writes it (CLI: {@code --sign}). */
    @Parameter(property = "civicdata.privateKey")
    File privateKey;

    /** Who issues the certificate (default: the key's subject; CLI: {@code --issuer}). */
    @Parameter(property = "civicdata.issuer")
    String issuer;

    /** Also write a self-contained HTML report here (CLI: {@code --html}). */
    @Parameter(property = "civicdata.html")
    File html;

    /** Fail the build unless every file reaches this level, 0 to 3 (CLI: {@code --require-level}). */
    @Parameter(property = "civicdata.requireLevel", defaultValue = "1")
    int requireLevel = 1;

    /** Rule severities as {@code RULE=LEVEL} (recorded; lowering one keeps its level out of reach; CLI: {@code --severity}). */
    @Parameter(property = "civicdata.severities")
    List<String> severities = new ArrayList<>();

    /** Rules not checked (recorded; keeps their level out of reach; CLI: {@code --disable}). */
    @Parameter(property = "civicdata.disable")
    List<String> disable = new ArrayList<>();

    /** Character encoding of CSV input (default: detected; CLI: {@code --encoding}). */
    @Parameter(property = "civicdata.encoding")
    String encoding;

    /** Field delimiter: one character or {@code tab} (default: detected; CLI: {@code --delimiter}). */
    @Parameter(property = "civicdata.delimiter")
    String delimiter;

    /** Findings of one rule listed per column (CLI: {@code --max-per-column}). */
    @Parameter(property = "civicdata.maxPerColumn", defaultValue = "" + Validator.DEFAULT_MAX_FINDINGS_PER_COLUMN)
    int maxPerColumn = Validator.DEFAULT_MAX_FINDINGS_PER_COLUMN;

    /** Longest field checked (CLI: {@code --max-field-length}). */
    @Parameter(property = "civicdata.maxFieldLength", defaultValue = "" + Validator.DEFAULT_MAX_FIELD_LENGTH)
    int maxFieldLength = Validator.DEFAULT_MAX_FIELD_LENGTH;

    /** Longest record checked (CLI: {@code --max-line-length}). */
    @Parameter(property = "civicdata.maxLineLength", defaultValue = "" + Validator.DEFAULT_MAX_LINE_LENGTH)
    int maxLineLength = Validator.DEFAULT_MAX_LINE_LENGTH;

    /** Most columns checked per record (CLI: {@code --max-columns}). */
    @Parameter(property = "civicdata.maxColumns", defaultValue = "" + Validator.DEFAULT_MAX_COLUMNS)
    int maxColumns = Validator.DEFAULT_MAX_COLUMNS;

    /** Most values remembered per unique column (CLI: {@code --max-unique-values}). */
    @Parameter(property = "civicdata.maxUniqueValues", defaultValue = "" + Validator.DEFAULT_MAX_UNIQUE_VALUES)
    int maxUniqueValues = Validator.DEFAULT_MAX_UNIQUE_VALUES;

    /** Findings listed in the HTML report; the certificate counts all (CLI: {@code --max-findings}). */
    @Parameter(property = "civicdata.maxFindings", defaultValue = "" + Validator.DEFAULT_MAX_FINDINGS)
    int maxFindings = Validator.DEFAULT_MAX_FINDINGS;

    /** Leave cell values out of the HTML report (CLI: {@code --hide-values}). */
    @Parameter(property = "civicdata.hideValues", defaultValue = "false")
    boolean hideValues;

    /** Language of the build log and the HTML report: {@code ja} or {@code en} (CLI: {@code --lang}). */
    @Parameter(property = "civicdata.lang")
    String lang;

    /** Skip the goal. */
    @Parameter(property = "civicdata.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Locale locale = RuleOptions.locale(lang);
        if (skip) {
            getLog().info(PluginMessages.text(locale, "maven.skipped", "certify"));
            return;
        }
        if (certificate == null) {
            throw FindingsMojo.configuration("maven.no-certificate");
        }
        List<Certifier.Subject> subjects = subjects(base(), files);
        Certifier certifier = certifier();
        Certification done;
        try {
            done = certifier.certify(subjects);
        } catch (CertificationException e) {
            throw failure(e.text());
        } catch (UnreadableInputException e) {
            throw new MojoExecutionException(PluginMessages.bilingual("maven.file-unreadable", e.source(),
                    e.getCause() == null ? e.getMessage() : e.getCause().getMessage()), e);
        } catch (ValidationOutOfMemoryError e) {
            throw failure(e.text());
        }
        Path cert = base().resolve(certificate.toPath());
        try {
            ReportFiles.atomic(cert, o -> o.write(done.certificate().toJson()));
            if (html != null) {
                ReportWriter w = ReportWriter.builder(ReportFormat.HTML).locale(locale).certification(done.summary())
                        .build();
                Path h = base().resolve(html.toPath());
                ReportFiles.atomic(h, o -> w.write(done.report(), o));
                getLog().info(PluginMessages.text(locale, "maven.report-written", h));
            }
        } catch (IOException e) {
            throw new MojoExecutionException(PluginMessages.bilingual("maven.cannot-write", cert,
                    String.valueOf(e.getMessage())), e);
        }
        Certificate c = done.certificate();
        getLog().info(PluginMessages.text(locale, "maven.certify-written", cert, c.level(), c.subjects().size(),
                c.templateVerdict(), c.keyId().orElse("-")));
        for (LocalizedText note : done.summary().notes()) {
            getLog().warn(note.in(locale));
        }
        if (!c.meets(requireLevel)) {
            String why = PluginMessages.text(locale, "maven.certify-falls-short", cert, requireLevel, c.level(),
                    c.templateVerdict());
            getLog().error(why);
            throw new MojoFailureException(why);
        }
    }

    private Path base() {
        return basedir == null ? Path.of("").toAbsolutePath() : basedir.toPath().toAbsolutePath();
    }

    /** The configured files as the certificate names them, through {@link Certifier#subjects}. */
    static List<Certifier.Subject> subjects(Path base, List<String> entries) throws MojoExecutionException {
        List<Path> inputs = new ArrayList<>();
        for (String entry : entries == null ? List.<String>of() : entries) {
            String e = entry.trim();
            if (e.isEmpty()) {
                continue;
            }
            Path p;
            try {
                p = base.resolve(e);
            } catch (java.nio.file.InvalidPathException x) {
                throw FindingsMojo.configuration("maven.file-not-found", e);
            }
            if (!Files.exists(p) && InputFiles.isPattern(e)) {
                List<Path> found = InputFiles.glob(base, e);
                if (found.isEmpty()) {
                    throw FindingsMojo.configuration("maven.no-match", e);
                }
                inputs.addAll(found);
            } else {
                inputs.add(p);
            }
        }
        if (inputs.isEmpty()) {
            throw FindingsMojo.configuration("maven.no-files");
        }
        try {
            return Certifier.subjects(inputs);
        } catch (CertificationException e) {
            throw failure(e.text());
        }
    }

    Certifier certifier() throws MojoExecutionException {
        if (requireLevel < 0 || requireLevel > 3) {
            throw FindingsMojo.configuration("maven.bad-level", requireLevel);
        }
        boolean hasTemplate = template != null && !template.isBlank();
        if (hasTemplate && schema != null) {
            throw FindingsMojo.configuration("maven.template-and-schema");
        }
        Certifier.Builder b = Certifier.builder()
                .maxFindingsPerColumn(RuleOptions.atLeast("maxPerColumn", maxPerColumn, 0))
                .maxFieldLength(RuleOptions.atLeast("maxFieldLength", maxFieldLength, 1))
                .maxLineLength(RuleOptions.atLeast("maxLineLength", maxLineLength, 1))
                .maxColumns(RuleOptions.atLeast("maxColumns", maxColumns, 1))
                .maxUniqueValues(RuleOptions.atLeast("maxUniqueValues", maxUniqueValues, 1))
                .maxFindings(RuleOptions.atLeast("maxFindings", maxFindings, 0))
                .hideValues(hideValues)
                .profileColumns(html != null);
        if (hasTemplate) {
            b.template(template.trim());
        }
        if (schema != null) {
            b.schema(readable(schema));
        }
        RuleOptions.encoding(encoding).ifPresent(b::encoding);
        RuleOptions.delimiter(delimiter).ifPresent(b::delimiter);
        RuleOptions.severities(severities).forEach(b::severity);
        RuleOptions.disabled(disable).forEach(b::disable);
        if (issuer != null && !issuer.isBlank()) {
            b.issuer(issuer.trim());
        }
        try {
            if (attest != null) {
                Path a = readable(attest);
                b.attestations(Attestation.read(small(a), a.toString()));
            }
            if (privateKey != null) {
                b.sign(Keys.readPrivateKey(new String(small(readable(privateKey)), StandardCharsets.UTF_8)));
            }
            return b.build();
        } catch (CertificationException e) {
            throw failure(e.text());
        } catch (UnreadableInputException e) {
            throw new MojoExecutionException(PluginMessages.bilingual("maven.file-unreadable", e.source(),
                    String.valueOf(e.getMessage())), e);
        } catch (IllegalArgumentException e) {
            if (hasTemplate && e.getMessage() != null && e.getMessage().startsWith("unknown template")) {
                throw FindingsMojo.configuration("maven.unknown-template", template);
            }
            throw FindingsMojo.configuration("maven.bad-option", String.valueOf(e.getMessage()));
        }
    }

    private Path readable(File f) throws MojoExecutionException {
        Path p = base().resolve(f.toPath());
        if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
            throw FindingsMojo.configuration("maven.file-not-found", p);
        }
        return p;
    }

    /** A key, attestation or schema file: small, read whole. */
    static byte[] small(Path p) throws MojoExecutionException {
        try {
            long size = Files.size(p);
            if (size > Attestation.MAX_FILE_BYTES) {
                throw FindingsMojo.configuration("maven.too-large", p, size, Attestation.MAX_FILE_BYTES);
            }
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new MojoExecutionException(PluginMessages.bilingual("maven.file-unreadable", p,
                    String.valueOf(e.getMessage())), e);
        }
    }

    /** A certification error (a bad key, attestation file, template): the build stops, in both languages. */
    static MojoExecutionException failure(LocalizedText text) {
        return new MojoExecutionException(text.ja() + System.lineSeparator() + text.en());
    }
}
