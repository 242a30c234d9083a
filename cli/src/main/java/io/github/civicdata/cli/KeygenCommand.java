package io.github.civicdata.cli;

import io.github.civicdata.validation.certify.Keys;
import io.github.civicdata.validation.certify.SigningKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code civicdata keygen -o vendor.key.pem}: writes a new Ed25519 key pair for signing
 * certificates: the private key as PKCS#8 PEM (readable by its owner only) and the public key as
 * X.509 PEM, to hand to municipalities.
 */
@Command(name = "keygen", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Write a new Ed25519 key pair for signing certificates (PKCS#8 and X.509 PEM).",
            "証明書に署名するための Ed25519 の鍵ペアを作成します（PKCS#8 と X.509 の PEM）。"},
        footer = {"", "Exit codes: 0 written, 2 usage error (a key file exists and --force is not given), 3 cannot write."})
final class KeygenCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "KEY.pem",
            description = "The private key file (written readable by its owner only).")
    private Path output;

    @Option(names = "--public-key", paramLabel = "PUB.pem",
            description = "The public key file (default: the private key's name with .pub.pem).")
    private Path publicKey;

    @Option(names = "--subject", paramLabel = "NAME",
            description = "Who the key belongs to; certificates signed with it name this issuer unless --issuer is given.")
    private String subject;

    @Option(names = "--force", description = "Replace existing key files.")
    private boolean force;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of the messages: ja, en.")
    private ReportOptions.Lang lang;

    @Override
    public Integer call() {
        Path pub = publicKey != null ? publicKey : defaultPublic(output);
        if (pub.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
            throw UserException.usage("keygen.same-file", output);
        }
        for (Path p : new Path[] {output, pub}) {
            if (!force && Files.exists(p)) {
                throw UserException.usage("keygen.exists", p);
            }
        }
        SigningKey key;
        try {
            key = Keys.generate(subject);
        } catch (IllegalArgumentException e) {
            throw UserException.usage("keygen.bad-subject");
        }
        try (Outputs.Batch b = new Outputs.Batch()) {
            b.add(output, o -> o.write(Keys.privateKeyPem(key).getBytes(StandardCharsets.UTF_8)), true);
            b.add(pub, o -> o.write(Keys.publicKeyPem(key.publicKey()).getBytes(StandardCharsets.UTF_8)));
            b.commit();
        }
        Locale locale = UiLocale.of(lang);
        spec.commandLine().getErr().println(MetadataCli.text(locale, "keygen.written", output, pub, key.keyId()));
        return ExitCode.OK;
    }

    static Path defaultPublic(Path priv) {
        String name = String.valueOf(priv.getFileName());
        String base = name.endsWith(".key.pem") ? name.substring(0, name.length() - 8)
                : name.endsWith(".pem") ? name.substring(0, name.length() - 4) : name;
        return priv.resolveSibling(base + ".pub.pem");
    }
}
