package io.github.civicdata.validation.certify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;

/** Checks certificates against the published {@code certificate.schema.json} with Everit. */
public final class CertificateSchema {

    private static final Schema SCHEMA = load();

    private CertificateSchema() {
    }

    private static Schema load() {
        try (InputStream in = Certifier.class.getResourceAsStream("certificate.schema.json")) {
            return SchemaLoader.builder().draftV7Support().schemaJson(new JSONObject(new JSONTokener(in))).build().load()
                    .build();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Asserts that a certificate is valid against the schema.
     *
     * @param json the certificate's bytes
     */
    public static void assertValid(byte[] json) {
        try {
            SCHEMA.validate(new JSONObject(new String(json, StandardCharsets.UTF_8)));
        } catch (ValidationException e) {
            assertThat(e.getAllMessages()).as("certificate against certificate.schema.json").isEmpty();
        }
    }

    /**
     * @param json a document
     * @return whether it is valid against the schema
     */
    public static boolean valid(byte[] json) {
        try {
            SCHEMA.validate(new JSONObject(new String(json, StandardCharsets.UTF_8)));
            return true;
        } catch (ValidationException | org.json.JSONException e) {
            return false;
        }
    }
}
