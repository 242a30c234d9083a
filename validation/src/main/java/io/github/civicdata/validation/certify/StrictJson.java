package io.github.civicdata.validation.certify;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * Reads the JSON files of certification (certificates, attestation files, with strict rules:
 * duplicate member names are refused (two readers could otherwise see two different documents
 * behind one signature), trailing content is refused, nesting, string and number lengths are
 * limited, and the whole file has a size limit. Stateless and thread-safe.
 */
final class StrictJson {

    /** Deepest nesting accepted. */
    static final int MAX_DEPTH = 32;
    /** Longest string accepted, in characters. */
    static final int MAX_STRING = 1 << 20;

    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                            .maxNumberLength(20).maxStringLength(MAX_STRING).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private StrictJson() {
    }

    /**
     * Parses a JSON document.
     *
     * @param bytes the file's bytes (UTF-8)
     * @param source the file name for messages
     * @param maxBytes the size limit
     * @return the document
     * @throws CertificationException if the file is too large or not strict JSON
     */
    static JsonNode read(byte[] bytes, String source, int maxBytes) {
        if (bytes.length > maxBytes) {
            throw new CertificationException("certify.error.too-large", source, bytes.length, maxBytes);
        }
        try {
            JsonNode n = MAPPER.readTree(bytes);
            if (n == null || n.isMissingNode()) {
                throw new CertificationException("certify.error.json", source, "empty");
            }
            return n;
        } catch (StreamConstraintsException e) {
            throw new CertificationException("certify.error.json", source, firstLine(e.getOriginalMessage()));
        } catch (JsonParseException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new CertificationException("certify.error.json", source, firstLine(e.getOriginalMessage()) + where);
        } catch (IOException e) {
            throw new CertificationException("certify.error.json", source, firstLine(String.valueOf(e.getMessage())));
        }
    }

    /**
     * The node as it reads back from its JSON text (integers as the smallest node type that holds
     * them), so that a node built here equals the same node read from a file.
     */
    @SuppressWarnings("unchecked")
    static <T extends JsonNode> T normalize(T node) {
        try {
            return (T) MAPPER.readTree(MAPPER.writeValueAsBytes(node));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
