package io.github.civicdata.maven;

import io.github.civicdata.validation.UnreadableInputException;
import io.github.civicdata.validation.certify.Certificate;
import io.github.civicdata.validation.certify.CertificationException;
import io.github.civicdata.validation.certify.Certifier;
import io.github.civicdata.validation.certify.Discrepancy;
import io.github.civicdata.validation.certify.Keys;
import io.github.civicdata.validation.certify.Verification;
import io.github.civicdata.validation.certify.Verifier;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code civicdata:certify-verify}: checks a conformance certificate against the files received,
 * as {@code civicdata certify verify} does, through the same library API ({@link Verifier}): the
 * files' sizes and SHA-256, the signature (with {@code publicKey}: made by that key), the rule set,
 * template and tool version, and a new validation that must give the recorded verdicts. Each
 * mismatch is logged as an error by its kind ({@code file-changed}, {@code key-not-trusted} …) and
 * the build fails. Bound to the {@code verify} phase by default.
 */
@Mojo(name = "certify-verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CertifyVerifyMojo extends AbstractMojo {

    /** The project's directory: relative paths in the configuration are resolved against it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** The certificate (CLI: the first argument of {@code certify verify}). */
    @Parameter(property = "civicdata.certificate", defaultValue = "${project.build.directory}/civicdata/certificate.json")
    File certificate;

    /**
     * The files received, or folders holding them, named as {@code certify} names them (default:
     * each certified file by its name beside the certificate; CLI: the other arguments).
     */
    @Parameter(property = "civicdata.files")
    List<String> files = new ArrayList<>();

    /**
     * The vendor's Ed25519 public key (X.509 PEM): the certificate must be signed with it (CLI:
     * {@code --public-key}). Without it a valid signature is reported but not trusted, with a warning.
     */
    @Parameter(property = "civicdata.publicKey")
    File publicKey;

    /** The table schema a {@code schema} certificate names (CLI: {@code --schema}). */
    @Parameter(property = "civicdata.schema")
    File schema;

    /** Language of the build log: {@code ja} or {@code en} (CLI: {@code --lang}). */
    @Parameter(property = "civicdata.lang")
    String lang;

    /** Skip the goal. */
    @Parameter(property = "civicdata.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Locale locale = RuleOptions.locale(lang);
        if (skip) {
            getLog().info(PluginMessages.text(locale, "maven.skipped", "certify-verify"));
            return;
        }
        if (certificate == null) {
            throw FindingsMojo.configuration("maven.no-certificate");
        }
        Path base = basedir == null ? Path.of("").toAbsolutePath() : basedir.toPath().toAbsolutePath();
        Path certFile = base.resolve(certificate.toPath());
        Verifier.Builder vb = Verifier.builder();
        try {
            if (publicKey != null) {
                Path k = base.resolve(publicKey.toPath());
                if (!Files.isRegularFile(k)) {
                    throw FindingsMojo.configuration("maven.file-not-found", k);
                }
                vb.trustedKey(Keys.readPublicKey(new String(CertifyMojo.small(k), StandardCharsets.UTF_8)));
            }
            if (schema != null) {
                Path s = base.resolve(schema.toPath());
                if (!Files.isRegularFile(s)) {
                    throw FindingsMojo.configuration("maven.file-not-found", s);
                }
                vb.schema(s);
            }
        } catch (CertificationException e) {
            throw CertifyMojo.failure(e.text());
        }
        Certificate cert;
        try {
            cert = Certificate.read(certFile);
        } catch (CertificationException e) {
            String why = e.text().in(locale);
            getLog().error(why);
            throw new MojoFailureException(PluginMessages.text(locale, "maven.verify-invalid", certFile, 1)
                    + System.lineSeparator() + why);
        } catch (UnreadableInputException e) {
            throw new MojoExecutionException(PluginMessages.bilingual("maven.file-unreadable", e.source(),
                    String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage())), e);
        }
        Map<String, Path> received = new LinkedHashMap<>();
        boolean anyFile = files != null && files.stream().anyMatch(f -> !f.isBlank());
        if (anyFile) {
            for (Certifier.Subject s : CertifyMojo.subjects(base, files)) {
                received.put(s.name(), s.file());
            }
        } else {
            received.putAll(cert.filesBeside(certFile));
        }
        Verification v = vb.build().verify(cert, received);
        List<String> lines = new ArrayList<>();
        for (Discrepancy d : v.discrepancies()) {
            String line = d.kind().id() + ": " + d.message().in(locale);
            lines.add(line);
            getLog().error(line);
        }
        if (v.signed() && !v.keyTrusted() && publicKey != null) {
            // signed by another key than the one configured: the key-not-trusted mismatch above says so
            getLog().debug("signed by " + v.keyId().orElse("?"));
        } else if (v.signed()) {
            String s = PluginMessages.text(locale, v.keyTrusted() ? "maven.verify-signed-trusted"
                    : "maven.verify-signed-untrusted", v.keyId().orElse("?"));
            if (v.keyTrusted()) {
                getLog().info(s);
            } else {
                getLog().warn(s);
            }
        } else {
            getLog().warn(PluginMessages.text(locale, "maven.verify-unsigned"));
        }
        if (cert.metadataAgrees().isPresent()) {
            getLog().warn(PluginMessages.text(locale, "maven.verify-metadata-not-checked"));
        }
        if (v.valid()) {
            getLog().info(PluginMessages.text(locale, "maven.verify-valid", certFile, cert.level(), received.size()));
            return;
        }
        String summary = PluginMessages.text(locale, "maven.verify-invalid", certFile, v.discrepancies().size());
        getLog().error(summary);
        throw new MojoFailureException(summary + System.lineSeparator() + String.join(System.lineSeparator(), lines));
    }
}
