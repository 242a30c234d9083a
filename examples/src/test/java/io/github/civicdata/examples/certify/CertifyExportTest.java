package io.github.civicdata.examples.certify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The certification example runs on the bundled data (tests run in the examples module directory). */
class CertifyExportTest {

    @Test
    void certifiesSignsVerifiesAndCatchesAChangedByte(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean caught = CertifyExport.run(Path.of("data"), dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(caught).as(out).isTrue();
        assertThat(out).contains("certified [aed.csv]: level 3, template conforms")
                .contains("verification of the delivery: valid")
                .contains("after one changed byte: NOT valid")
                .contains("file-changed: The file aed.csv changed");
        assertThat(Files.readString(dir.resolve("report.html"))).contains("適合証明書").contains("レベル3");
        assertThat(Files.readString(dir.resolve("delivery/cert.json"))).contains("\"signature\"");
        // the certificate is valid against its published schema
        org.everit.json.schema.Schema schema;
        try (java.io.InputStream in = io.github.civicdata.validation.certify.Certifier.class
                .getResourceAsStream("certificate.schema.json")) {
            schema = org.everit.json.schema.loader.SchemaLoader.builder().draftV7Support()
                    .schemaJson(new org.json.JSONObject(new org.json.JSONTokener(in))).build().load().build();
        }
        schema.validate(new org.json.JSONObject(Files.readString(dir.resolve("delivery/cert.json"))));
    }
}
