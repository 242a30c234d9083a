package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema files are read as strictly as every other JSON (issue 9): duplicates, nesting, numbers, encoding. */
class TableSchemaJsonTest {

    @TempDir
    Path dir;

    @Test
    void aDuplicateMemberIsRefusedNamingBothLines() throws Exception {
        Path s = Files.writeString(dir.resolve("s.json"), "{\n \"fields\": [\n  {\"name\": \"a\",\n   \"type\": \"integer\",\n"
                + "   \"type\": \"string\"}\n ]\n}");
        assertThatThrownBy(() -> TableSchemaReader.read(s)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"type\" appears twice").hasMessageContaining("lines 4 and 5");
    }

    @Test
    void deepNestingLongNumbersAndInvalidBytesAreRefused() throws Exception {
        Path deep = Files.writeString(dir.resolve("d.json"), "{\"fields\": " + "[".repeat(5000) + "]".repeat(5000) + "}");
        assertThatThrownBy(() -> TableSchemaReader.read(deep)).hasMessageContaining("5001 levels deep");
        Path longNumber = Files.writeString(dir.resolve("n.json"), "{\"fields\": [{\"name\": \"a\", \"constraints\": "
                + "{\"minimum\": " + "1".repeat(1500) + "}}]}");
        assertThatThrownBy(() -> TableSchemaReader.read(longNumber)).hasMessageContaining("1500 characters");
        byte[] bad = "{\"fields\": [{\"name\": \"\u540d\u524d\"}]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        bad[bad.length - 6] = (byte) 0xFF;
        Path invalid = Files.write(dir.resolve("u.json"), bad);
        assertThatThrownBy(() -> TableSchemaReader.read(invalid)).hasMessageContaining("not UTF-8");
    }

    @Test
    void boundsBeyondDoubleAreKeptExactly() throws Exception {
        Path s = Files.writeString(dir.resolve("s.json"), "{\"fields\": [{\"name\": \"a\", \"type\": \"number\","
                + " \"constraints\": {\"minimum\": -1e400, \"maximum\": 1e400}}]}");
        TableSchemaReader.Schema schema = TableSchemaReader.read(s);
        var c = schema.template().columns().get(0).item().constraints();
        assertThat(c.minimum()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal("-1e400")));
        assertThat(c.maximum()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal("1e400")));
    }
}
