package io.github.civicdata.cli;

import io.github.civicdata.validation.certify.Certificate;
import io.github.civicdata.validation.certify.CertificationException;
import io.github.civicdata.validation.certify.Discrepancy;
import io.github.civicdata.validation.certify.Keys;
import io.github.civicdata.validation.certify.Verification;
import io.github.civicdata.validation.certify.Verifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code civicdata certify verify CERT.json [FILE|DIR...]}: recomputes the files' hashes, checks the
 * signature, validates the files again with the recorded template and options and checks that the
 * verdict is reproduced; every mismatch is named. Without files, the certified files are looked for
 * beside the certificate.
 */
@Command(name = "verify", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Verify a certificate against the files received: hashes, signature, template, rule set, tool version, "
                + "and the verdict of a new validation.",
            "受け取ったファイルで証明書を検証します（ハッシュ、署名、テンプレート、ルールセット、ツールのバージョン、再検証の判定）。"},
        footer = {"", "Without FILE, each certified file is looked for by its name beside the certificate.",
            "Exit codes: 0 valid, 1 any mismatch (each named), 2 usage error, 3 the certificate cannot be read."})
final class CertifyVerifyCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CERT.json", description = "The certificate.")
    private Path certificate;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "FILE",
            description = "The files received, or folders holding them (default: beside the certificate).")
    private List<String> inputs = new ArrayList<>();

    @Option(names = "--public-key", paramLabel = "PUB.pem",
            description = "The vendor's Ed25519 public key: the certificate must be signed with it.")
    private Path publicKey;

    @Option(names = "--schema", paramLabel = "FILE", description = "The table schema a --schema certificate names.")
    private Path schema;

    @Option(names = "--metadata", paramLabel = "RECORD.json", description = "Check the metadata record's claims again.")
    private Path metadata;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of the messages: ja, en.")
    private ReportOptions.Lang lang;

    @Override
    public Integer call() {
        Locale locale = UiLocale.of(lang);
        PrintWriter out = spec.commandLine().getOut();
        byte[] bytes;
        try {
            if (!Files.isRegularFile(certificate)) {
                throw UserException.unreadable("cli.file-not-found", certificate);
            }
            if (Files.size(certificate) > Certificate.MAX_FILE_BYTES) {
                throw UserException.usage("certify.cmd.too-large", certificate, Files.size(certificate),
                        Certificate.MAX_FILE_BYTES);
            }
            bytes = Files.readAllBytes(certificate);
        } catch (IOException e) {
            throw UserException.unreadable("cli.file-unreadable", certificate, Outputs.reason(e));
        }
        Verifier.Builder vb = Verifier.builder();
        try {
            if (publicKey != null) {
                vb.trustedKey(Keys.readPublicKey(new String(CertifyCli.readSmall(publicKey), StandardCharsets.UTF_8)));
            }
        } catch (CertificationException e) {
            throw CertifyCli.usage(e);
        }
        if (schema != null) {
            CertifyCli.readSmall(schema);
            vb.schema(schema);
        }
        if (metadata != null) {
            vb.record(CertifyCli.claims(metadata));
        }
        Certificate cert;
        try {
            cert = Certificate.parse(bytes);
        } catch (CertificationException e) {
            // not a certificate at all: the one mismatch there is
            out.println(e.text().in(locale));
            out.println(MetadataCli.text(locale, "certify.cmd.invalid", certificate, 1));
            Outputs.checkStdout(out);
            return ExitCode.FINDINGS;
        }
        Map<String, Path> files = new LinkedHashMap<>();
        if (inputs.isEmpty()) {
            files.putAll(cert.filesBeside(certificate));
        } else {
            files.putAll(CertifyCli.subjects(inputs));
        }
        Verification v = vb.build().verify(cert, files);
        for (Discrepancy d : v.discrepancies()) {
            out.println(d.kind().id() + ": " + d.message().in(locale));
        }
        if (v.signed()) {
            out.println(MetadataCli.text(locale, v.keyTrusted() ? "certify.cmd.signed-trusted" : "certify.cmd.signed-untrusted",
                    v.keyId().orElse("?")));
        } else {
            out.println(MetadataCli.text(locale, "certify.cmd.unsigned"));
        }
        if (metadata == null && cert.metadataAgrees().isPresent()) {
            out.println(MetadataCli.text(locale, "certify.cmd.metadata-not-checked"));
        }
        out.println(v.valid() ? MetadataCli.text(locale, "certify.cmd.valid", certificate, cert.level(), files.size())
                : MetadataCli.text(locale, "certify.cmd.invalid", certificate, v.discrepancies().size()));
        Outputs.checkStdout(out);
        return v.valid() ? ExitCode.OK : ExitCode.FINDINGS;
    }
}
