package io.github.civicdata.validation.certify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JcsTest {

    private static String jcs(String json) throws Exception {
        return new String(Jcs.canonicalize(StrictJson.MAPPER.readTree(json)), StandardCharsets.UTF_8);
    }

    @Test
    void sortsMembersByUtf16CodeUnitsAsRfc8785Section323() throws Exception {
        // the example of RFC 8785 §3.2.3 (property names only)
        String in = "{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\",\"\\ufb33\":\"Hebrew Letter Dalet With Dagesh\","
                + "\"1\":\"One\",\"\\ud83d\\ude00\":\"Emoji: Grinning Face\",\"\\u0080\":\"Control\",\"\\u00f6\":\"Latin Small Letter O With Diaeresis\"}";
        String out = jcs(in);
        assertThat(out).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @Test
    void escapesStringsAsJsonStringify() throws Exception {
        assertThat(jcs("[\"\\u0000\\u001f\\b\\f\\n\\r\\t\\\"\\\\/\\u2028\\u3042\"]"))
                .isEqualTo("[\"\\u0000\\u001f\\b\\f\\n\\r\\t\\\"\\\\/\u2028\u3042\"]");
        assertThat(jcs("{\"b\": [1, true, null, -0], \"a\": {\"z\": 9007199254740992, \"y\": \"x\"}}"))
                .isEqualTo("{\"a\":{\"y\":\"x\",\"z\":9007199254740992},\"b\":[1,true,null,0]}");
    }

    @Test
    void refusesWhatItCannotWriteExactly() {
        assertThatThrownBy(() -> jcs("{\"a\": 1.5}")).isInstanceOf(Jcs.NotCanonicalizable.class).hasMessageContaining("/a");
        assertThatThrownBy(() -> jcs("[9007199254740993]")).isInstanceOf(Jcs.NotCanonicalizable.class);
        assertThatThrownBy(() -> jcs("[\"\\ud800\"]")).isInstanceOf(Jcs.NotCanonicalizable.class);
    }
}
