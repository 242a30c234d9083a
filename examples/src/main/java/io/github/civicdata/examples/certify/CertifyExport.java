package io.github.civicdata.examples.certify;

import io.github.civicdata.core.report.ReportFormat;
import io.github.civicdata.core.report.ReportWriter;
import io.github.civicdata.validation.certify.Attestation;
import io.github.civicdata.validation.certify.Certificate;
import io.github.civicdata.validation.certify.Certification;
import io.github.civicdata.validation.certify.Certifier;
import io.github.civicdata.validation.certify.Discrepancy;
import io.github.civicdata.validation.certify.Keys;
import io.github.civicdata.validation.certify.SigningKey;
import io.github.civicdata.validation.certify.Verification;
import io.github.civicdata.validation.certify.Verifier;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A vendor certifies an export and a municipality verifies the delivery: certify the shipped AED
 * file against {@code aed@2021-suisho} with the attestations of the manual checks, sign the
 * certificate with a new Ed25519 key, write it with an HTML report, verify it with the vendor's
 * public key, then flip one byte of the delivered file and show the verification fail, naming the
 * file that changed and the rules whose verdict differs.
 *
 * <p>Run after building ({@code mvn -B -q package -DskipTests}), from the repository root:
 * {@code java -cp cli/target/civicdata.jar:examples/target/classes
 * io.github.civicdata.examples.certify.CertifyExport} (writes into {@code target/certify-example}).
 */
public final class CertifyExport {

    static final Path DATA = Path.of("examples", "data");

    private CertifyExport() {
    }

    /**
     * Runs the example.
     *
     * @param args an output folder (default {@code target/certify-example})
     */
    public static void main(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : "target/certify-example");
        boolean caught = run(DATA, out, new PrintStream(System.out, true, StandardCharsets.UTF_8));
        System.out.println(caught ? "the changed byte was caught" : "THE CHANGED BYTE WAS NOT CAUGHT");
    }

    /**
     * @return whether the tampered delivery failed verification
     */
    static boolean run(Path data, Path out, PrintStream print) {
        try {
            Path delivery = Files.createDirectories(out.resolve("delivery"));
            Path aed = delivery.resolve("aed.csv");
            Files.copy(data.resolve("validation/aed_clean.csv"), aed, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

            // the vendor: a key pair (keep the private key; give municipalities the public one)
            SigningKey key = Keys.generate("株式会社サンプル");
            Files.writeString(out.resolve("vendor.pub.pem"), Keys.publicKeyPem(key.publicKey()));
            List<Attestation> attested = Attestation.read(Files.readAllBytes(data.resolve("certify/aed-attest.json")),
                    "aed-attest.json");
            Certification c = Certifier.builder()
                    .template("aed@2021-suisho")
                    .attestations(attested)
                    .sign(key)
                    .profileColumns(true)
                    .build()
                    .certify(List.of(new Certifier.Subject("aed.csv", aed)));
            Files.write(delivery.resolve("cert.json"), c.certificate().toJson());
            try (OutputStream html = Files.newOutputStream(out.resolve("report.html"))) {
                ReportWriter.builder(ReportFormat.HTML).locale(Locale.JAPANESE).certification(c.summary()).build()
                        .write(c.report(), html);
            }
            print.printf("certified %s: level %d, template %s, signed by %s%n", c.certificate().subjects(),
                    c.certificate().level(), c.certificate().templateVerdict(), key.keyId());

            // the municipality: the delivery and the vendor's public key
            PublicKey vendor = Keys.readPublicKey(Files.readString(out.resolve("vendor.pub.pem")));
            Certificate received = Certificate.parse(Files.readAllBytes(delivery.resolve("cert.json")));
            Verifier verifier = Verifier.builder().trustedKey(vendor).build();
            Verification ok = verifier.verify(received, Map.of("aed.csv", aed));
            print.printf("verification of the delivery: %s%n", ok.valid() ? "valid" : "NOT valid");

            // one byte changes on the way (a digit of a phone number)
            byte[] bytes = Files.readAllBytes(aed);
            int i = new String(bytes, StandardCharsets.UTF_8).indexOf("03-3430-0001");
            bytes[i + 11] = '9';
            Files.write(aed, bytes);
            Verification tampered = verifier.verify(received, Map.of("aed.csv", aed));
            print.printf("after one changed byte: %s%n", tampered.valid() ? "valid" : "NOT valid");
            for (Discrepancy d : tampered.discrepancies()) {
                print.printf("  %s: %s%n", d.kind().id(), d.message().en());
            }
            return ok.valid() && !tampered.valid();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
