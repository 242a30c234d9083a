package io.github.civicdata.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 16 (start-up of {@code validate --schema}): {@link StrictJson#read} builds its tree from
 * the streaming parser instead of an {@code ObjectMapper}; the tree must equal, node type and
 * decimal scale included ({@code JsonNode.equals} tells an int node from a long node and 1.0 from
 * 1.00), the tree of the mapper it replaces, configured as before (big decimals for floats,
 * trailing zeros kept, strict duplicates, no trailing tokens), on random documents.
 */
class StrictJsonTreeProperties {

    /** The mapper StrictJson used to read trees with. */
    private static final ObjectMapper BEFORE = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static final StrictJson JSON = StrictJson.of(StrictJson.Limits.DEFAULT);

    @Property(tries = 1000)
    void sameTreeAsTheObjectMapper(@ForAll("documents") String doc) throws Exception {
        byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
        StrictJson.Outcome o = JSON.read(bytes);
        Statistics.label("outcome").collect(o.tree().isPresent() ? "tree" : "problem");
        if (o.tree().isPresent()) {
            JsonNode expected = BEFORE.readTree(bytes);
            assertThat(o.tree().get()).as(doc).isEqualTo(expected);
            assertThat(o.tree().get().toString()).as(doc).isEqualTo(expected.toString());
        }
    }

    @Example
    void numbersKeepTheirNodeTypeAndScale() throws Exception {
        String doc = "{\"i\": 1, \"l\": 4294967296, \"b\": 123456789012345678901234567890, \"d\": 1.50, \"e\": 1e3,"
                + " \"n\": -0.0, \"s\": \"\", \"a\": [true, false, null, {}, []], \"u\": \"\\u30a2\\ud842\\udfb7\"}";
        JsonNode tree = JSON.read(doc.getBytes(StandardCharsets.UTF_8)).tree().orElseThrow();
        assertThat(tree).isEqualTo(BEFORE.readTree(doc));
        assertThat(tree.get("i").isInt()).isTrue();
        assertThat(tree.get("l").isLong()).isTrue();
        assertThat(tree.get("b").isBigInteger()).isTrue();
        assertThat(tree.get("d").decimalValue().scale()).isEqualTo(2);
    }

    @Example
    void aDeepDocumentIsReadOnASmallStack() throws Exception {
        String deep = "{\"a\": " + "[".repeat(100_000) + "1" + "]".repeat(100_000) + "}";
        StrictJson lenient = StrictJson.of(new StrictJson.Limits(200_000, 1000));
        java.util.concurrent.atomic.AtomicReference<StrictJson.Outcome> result = new java.util.concurrent.atomic.AtomicReference<>();
        Thread t = new Thread(null, () -> result.set(lenient.read(deep.getBytes(StandardCharsets.UTF_8))), "small-stack",
                256 * 1024);
        t.start();
        t.join();
        assertThat(result.get()).isNotNull();
        assertThat(result.get().tree()).isPresent();
    }

    @Provide
    Arbitrary<String> documents() {
        return value(3).map(v -> v);
    }

    private Arbitrary<String> value(int depth) {
        Arbitrary<String> scalar = Arbitraries.oneOf(
                Arbitraries.of("true", "false", "null", "0", "-0", "1", "-1", "2147483647", "2147483648", "-2147483649",
                        "9223372036854775807", "9223372036854775808", "1.0", "1.50", "-0.0", "0.000", "1e3", "1E-3",
                        "1.5e+10", "123456789012345678901234567890.000", "3.14159265358979323846"),
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf).filter(s -> !s.contains("Infinity") && !s.contains("NaN")),
                Arbitraries.strings().withChars("aア\"\\/\n\t\u0001\ud842\udfb7 ").ofMaxLength(6)
                        .map(StrictJsonTreeProperties::quoted));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<String> inner = value(depth - 1);
        Arbitrary<String> array = inner.list().ofMaxSize(4).map(l -> "[" + String.join(", ", l) + "]");
        Arbitrary<List<String>> keys = Arbitraries.strings().withChars("abcア").ofMinLength(1).ofMaxLength(3).list()
                .uniqueElements().ofMaxSize(4);
        Arbitrary<String> object = keys.flatMap(ks -> inner.list().ofSize(ks.size()).map(vs -> {
            StringBuilder sb = new StringBuilder("{");
            for (int i = 0; i < ks.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(quoted(ks.get(i))).append(": ").append(vs.get(i));
            }
            return sb.append('}').toString();
        }));
        return Arbitraries.oneOf(scalar, array, object, object);
    }

    private static String quoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
