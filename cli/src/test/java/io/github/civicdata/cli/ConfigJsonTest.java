package io.github.civicdata.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The strict JSON reading of configurations (issue 9, items 3 and notes). */
class ConfigJsonTest {

    @TempDir
    Path tmp;

    Path write(String name, byte[] bytes) throws IOException {
        Path p = tmp.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static UserException refused(Path p) {
        try {
            ConfigJson.read(p);
        } catch (UserException e) {
            return e;
        }
        throw new AssertionError("accepted: " + p);
    }

    @Test
    void aDuplicateMemberAnywhereIsRefusedNamingBothLines() throws IOException {
        Path p = write("c.json", "{\n \"privacy\": [\n  {\"model\": \"k-anonymity\",\n   \"k\": 5,\n   \"k\": 2}\n ]\n}\n");
        UserException e = refused(p);
        assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(e.text().en()).contains("\"k\"").contains("line 4").contains("line 5").contains("/privacy/0");
        assertThat(e.text().ja()).contains("\"k\"").contains("4 行目").contains("5 行目");
        // the same name in different objects is fine
        JsonNode ok = ConfigJson.read(write("ok.json", "{\"a\": {\"k\": 1}, \"b\": {\"k\": 2}, \"c\": [{\"k\": 1}, {\"k\": 2}]}"));
        assertThat(ok.get("b").get("k").asInt()).isEqualTo(2);
        // the top level too
        assertThat(refused(write("top.json", "{\"a\": 1,\n\"a\": 1}")).text().en()).contains("line 1").contains("line 2")
                .contains("object at /");
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        byte[] body = "{\"attributes\": {}}".getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[body.length + 3];
        b[0] = (byte) 0xEF;
        b[1] = (byte) 0xBB;
        b[2] = (byte) 0xBF;
        System.arraycopy(body, 0, b, 3, body.length);
        assertThat(ConfigJson.read(write("bom.json", b)).has("attributes")).isTrue();
    }

    @Test
    void invalidUtf8IsRefusedWithItsOffset() throws IOException {
        byte[] b = "{\"a\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        UserException e = refused(write("latin1.json", b));
        assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(e.text().en()).contains("not valid UTF-8").contains("byte offset 10");
    }

    @Test
    void limits() throws IOException {
        byte[] big = new byte[ConfigJson.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        assertThat(refused(write("big.json", big)).text().en()).contains(String.valueOf(ConfigJson.MAX_BYTES + 1))
                .contains(String.valueOf(ConfigJson.MAX_BYTES));
        String deep = "{\"x\": " + "[".repeat(ConfigJson.MAX_DEPTH) + "]".repeat(ConfigJson.MAX_DEPTH) + "}";
        assertThat(refused(write("deep.json", deep)).text().en()).contains("nested more than " + ConfigJson.MAX_DEPTH);
        String okDeep = "{\"x\": " + "[".repeat(ConfigJson.MAX_DEPTH - 1) + "]".repeat(ConfigJson.MAX_DEPTH - 1) + "}";
        assertThat(ConfigJson.read(write("okdeep.json", okDeep)).has("x")).isTrue();
        String longNumber = "{\"k\": " + "9".repeat(ConfigJson.MAX_NUMBER_LENGTH + 1) + "}";
        assertThat(refused(write("num.json", longNumber)).text().en()).contains("longer than a configuration allows");
        String longString = "{\"k\": \"" + "x".repeat(ConfigJson.MAX_STRING_LENGTH + 1) + "\"}";
        assertThat(refused(write("str.json", longString)).text().en()).contains("longer than a configuration allows");
    }

    @Test
    void aFileThatIsNotJsonIsNotEchoed() throws IOException {
        UserException e = refused(write("secret.txt", "root:x:0:0:TOP-SECRET:/root:/bin/bash\n"));
        assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(e.text().en()).contains("not valid JSON").doesNotContain("TOP-SECRET").doesNotContain("root:x");
        assertThat(e.text().ja()).doesNotContain("TOP-SECRET");
        assertThat(refused(write("empty.json", "  \n")).text().en()).contains("empty");
    }

    @Test
    void quotedTextIsMaskedButKeywordsStay() {
        assertThat(ConfigJson.withoutQuotedText("Unrecognized token 'secret': was expecting 'null', 'true' or 'false'"))
                .isEqualTo("Unrecognized token '…': was expecting 'null', 'true' or 'false'");
    }

    @Test
    void pointerTokensAreEscaped() {
        assertThat(ConfigJson.escape("a/b~c")).isEqualTo("a~1b~0c");
    }
}
