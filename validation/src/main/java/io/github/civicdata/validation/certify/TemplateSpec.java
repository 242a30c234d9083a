package io.github.civicdata.validation.certify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.civicdata.validation.UnreadableInputException;
import io.github.civicdata.validation.Validator;
import io.github.civicdata.vocab.DatasetTemplate;
import io.github.civicdata.vocab.Vocabulary;
import io.github.civicdata.vocab.export.ExportFormat;
import io.github.civicdata.vocab.export.TemplateExports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The template or table schema a certificate was made against, and the SHA-256 that binds it: of
 * the template's Table Schema export ({@code civicdata template ID@V --format table-schema}, which
 * holds every column, type and constraint the validator checks) or of the schema file's bytes.
 */
record TemplateSpec(String kind, String id, Optional<String> version, String sha256, DatasetTemplate template,
        Path schema) {

    static TemplateSpec template(String idAtVersion) {
        int at = idAtVersion.indexOf('@');
        Optional<DatasetTemplate> t = at < 0 ? Vocabulary.standard().template(idAtVersion)
                : Vocabulary.standard().template(idAtVersion.substring(0, at), idAtVersion.substring(at + 1));
        DatasetTemplate d = t.orElseThrow(() -> new CertificationException("certify.error.unknown-template", idAtVersion));
        return of(d);
    }

    static TemplateSpec of(DatasetTemplate d) {
        byte[] export = TemplateExports.export(ExportFormat.TABLE_SCHEMA, d).getBytes(StandardCharsets.UTF_8);
        return new TemplateSpec("template", d.id(), Optional.of(d.version()),
                Evaluation.hex(Evaluation.sha256().digest(export)), d, null);
    }

    static TemplateSpec schema(Path file) {
        try {
            byte[] b = Files.readAllBytes(file);
            return new TemplateSpec("schema", String.valueOf(file.getFileName()), Optional.empty(),
                    Evaluation.hex(Evaluation.sha256().digest(b)), null, file);
        } catch (IOException e) {
            throw new UnreadableInputException(file.toString(), e);
        }
    }

    /** {@code id@version} of a template, the file name of a schema. */
    String label() {
        return version.map(v -> id + "@" + v).orElse(id);
    }

    void apply(Validator.Builder b) {
        if (template != null) {
            b.template(template);
        } else {
            b.schema(schema);
        }
    }

    ObjectNode toJson() {
        ObjectNode o = StrictJson.MAPPER.createObjectNode();
        o.put("kind", kind);
        o.put("id", id);
        version.ifPresent(v -> o.put("version", v));
        o.put("sha256", sha256);
        return o;
    }

    /** The recorded kind, id and version, as {@code kind id@version}, for messages. */
    static String describe(JsonNode t) {
        return t.path("kind").asText() + " " + t.path("id").asText()
                + (t.has("version") ? "@" + t.path("version").asText() : "");
    }
}
