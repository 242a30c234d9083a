package io.github.civicdata.validation.csvw;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads metadata documents: JSON with duplicate keys refused, floating-point numbers kept exact
 * (as {@link java.math.BigDecimal}) and limits on nesting ({@value #MAX_DEPTH}), string length and
 * document size ({@value #MAX_BYTES} bytes).
 *
 * <p>Thread-safe.
 */
final class JsonDocs {

    /** Deepest nesting of a metadata document. */
    static final int MAX_DEPTH = 100;
    /** Largest metadata document, in bytes. */
    static final long MAX_BYTES = 16L << 20;

    static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        MAPPER.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        MAPPER.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        MAPPER.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                .maxStringLength(1 << 22).maxDocumentLength(MAX_BYTES).maxNumberLength(1000).build());
    }

    private JsonDocs() {
    }

    /**
     * @throws com.fasterxml.jackson.core.JsonProcessingException if it is not JSON or breaks a limit
     * @throws IOException if reading fails
     */
    static JsonNode read(InputStream in) throws IOException {
        JsonNode n = MAPPER.readTree(in);
        return n == null ? MAPPER.missingNode() : n;
    }
}
