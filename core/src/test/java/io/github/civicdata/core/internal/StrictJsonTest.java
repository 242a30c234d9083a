package io.github.civicdata.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    private static final StrictJson JSON = StrictJson.of(StrictJson.Limits.DEFAULT);

    private static StrictJson.Problem problem(String text) {
        return JSON.read(text.getBytes(StandardCharsets.UTF_8)).problem().orElseThrow();
    }

    @Test
    void duplicateKeyNamesBothLinesAndThePointer() {
        StrictJson.Problem p = problem("{\n  \"a\": {\n    \"x\": 1,\n    \"y\": 2,\n    \"x\": 3\n  }\n}");
        assertThat(p).isInstanceOf(StrictJson.DuplicateKey.class);
        StrictJson.DuplicateKey d = (StrictJson.DuplicateKey) p;
        assertThat(d.key()).isEqualTo("x");
        assertThat(d.first().line()).isEqualTo(3);
        assertThat(d.at().line()).isEqualTo(5);
        assertThat(d.at().column()).isEqualTo(5);
        assertThat(d.pointer()).isEqualTo("/a/x");
        assertThat(p.describe()).contains("lines 3 and 5");
    }

    @Test
    void sameKeyInSiblingObjectsIsFine() {
        assertThat(JSON.read("[{\"a\":1},{\"a\":2},{\"b\":{\"a\":3}}]".getBytes(StandardCharsets.UTF_8)).tree())
                .isPresent();
    }

    @Test
    void nestingAtTheLimitIsReadOneMoreIsRefusedWithTheRealDepth() {
        String ok = "[".repeat(64) + "]".repeat(64);
        assertThat(JSON.read(ok.getBytes(StandardCharsets.UTF_8)).tree()).isPresent();
        String deep = "{\"a\":" + "[".repeat(4000) + "]".repeat(4000) + "}";
        StrictJson.Problem p = problem(deep);
        assertThat(p).isInstanceOfSatisfying(StrictJson.TooDeep.class, d -> {
            assertThat(d.depth()).isEqualTo(4001);
            assertThat(d.limit()).isEqualTo(64);
            assertThat(d.at().column()).isEqualTo(69); // the 65th bracket
        });
        StrictJson small = StrictJson.of(new StrictJson.Limits(3, 1000));
        assertThat(small.check("[[[]]]".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(small.check("[[[[]]]]".getBytes(StandardCharsets.UTF_8))).get()
                .isInstanceOf(StrictJson.TooDeep.class);
    }

    @Test
    void numbersBeyondDoubleAreKeptExactly() {
        JsonNode tree = JSON.read("{\"big\": 1e400, \"tiny\": 1e-400, \"kept\": 2.50, \"int\": 123456789012345678901234567890}"
                .getBytes(StandardCharsets.UTF_8)).tree().orElseThrow();
        assertThat(tree.get("big").decimalValue()).isEqualByComparingTo(new BigDecimal("1e400"));
        assertThat(tree.get("tiny").decimalValue()).isEqualByComparingTo(new BigDecimal("1e-400"));
        assertThat(tree.get("kept").asText()).isEqualTo("2.50");
        assertThat(tree.get("int").bigIntegerValue().toString()).isEqualTo("123456789012345678901234567890");
    }

    @Test
    void anExponentJavaCannotHoldIsASyntaxProblem() {
        assertThat(problem("{\"a\": 1e99999999999}")).isInstanceOfSatisfying(StrictJson.Syntax.class,
                s -> assertThat(s.detail()).contains("cannot be represented"));
    }

    @Test
    void numberLongerThanTheLimitIsRefusedWithItsLength() {
        assertThat(problem("{\"a\": " + "9".repeat(1001) + "}")).isInstanceOfSatisfying(StrictJson.NumberTooLong.class,
                n -> {
                    assertThat(n.length()).isEqualTo(1001);
                    assertThat(n.limit()).isEqualTo(1000);
                });
        assertThat(JSON.check(("[" + "9".repeat(1000) + "]").getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void invalidUtf8IsAProblemWithOffsetLineAndColumn() {
        byte[] text = "{\n \"あ\": \"x\u0000\"}".getBytes(StandardCharsets.UTF_8);
        text[text.length - 3] = (byte) 0xFF;
        StrictJson.Problem p = JSON.read(text).problem().orElseThrow();
        assertThat(p).isInstanceOf(StrictJson.Encoding.class);
        assertThat(p.at().byteOffset()).isEqualTo(text.length - 3);
        assertThat(p.at().line()).isEqualTo(2);
        assertThat(p.at().column()).isEqualTo(9);
    }

    @Test
    void nulBytesAreRefusedSoUtf16IsNotDecodedBehindOurBack() {
        byte[] utf16 = "{\"a\": 1}".getBytes(StandardCharsets.UTF_16LE);
        assertThat(JSON.read(utf16).problem()).get().isInstanceOfSatisfying(StrictJson.Syntax.class,
                s -> assertThat(s.detail()).contains("NUL"));
    }

    @Test
    void emptyTrailingAndBrokenDocuments() {
        assertThat(problem("  \n")).isInstanceOf(StrictJson.Empty.class);
        assertThat(problem("\uFEFF")).isInstanceOf(StrictJson.Empty.class);
        assertThat(problem("{} {}")).isInstanceOfSatisfying(StrictJson.Syntax.class,
                s -> assertThat(s.at().column()).isEqualTo(4));
        assertThat(problem("{\"a\": }")).isInstanceOf(StrictJson.Syntax.class);
        assertThat(JSON.read("\uFEFF{\"a\": 1}".getBytes(StandardCharsets.UTF_8)).tree()).isPresent();
    }

    @Test
    void limitsAreChecked() {
        assertThatThrownBy(() -> new StrictJson.Limits(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StrictJson.Limits(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textPositionCountsCharactersAndAllLineBreaks() {
        byte[] b = "a\r\nあい\rb\nc".getBytes(StandardCharsets.UTF_8);
        assertThat(TextPosition.ofOffset(b, 0, StandardCharsets.UTF_8)).isEqualTo(new TextPosition(1, 1, 0));
        assertThat(TextPosition.ofOffset(b, 9, StandardCharsets.UTF_8)).isEqualTo(new TextPosition(2, 3, 9));
        assertThat(TextPosition.ofOffset(b, 10, StandardCharsets.UTF_8)).isEqualTo(new TextPosition(3, 1, 10));
        assertThat(TextPosition.ofOffset(b, 12, StandardCharsets.UTF_8)).isEqualTo(new TextPosition(4, 1, 12));
        assertThat(TextPosition.firstInvalid(b, StandardCharsets.UTF_8)).isEmpty();
    }
}
