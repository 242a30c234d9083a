package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.civicdata.validation.ValidationOutOfMemoryError;
import io.github.civicdata.validation.Validator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Running out of heap while validating an input ends in a {@link ValidationOutOfMemoryError}
 * whose text names the sizes read and what to change (simulated by a progress listener that
 * throws, as the real error would be thrown from anywhere in the validation).
 */
class OutOfMemoryTest {

    @Test
    void outOfMemoryNamesTheSizesAndTheHeapNotTheUniqueValuesOption() {
        StringBuilder csv = new StringBuilder("名称,人数,備考\n");
        for (int i = 0; i < 25; i++) {
            csv.append("施設").append(i).append(',').append(i).append(",x\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        Validator v = Validator.builder().progress((s, done, total) -> {
            throw new OutOfMemoryError("Java heap space");
        }).build();
        ValidationOutOfMemoryError e = catchThrowableOfType(ValidationOutOfMemoryError.class,
                () -> v.validate(new ByteArrayInputStream(bytes), "big.csv"));
        assertThat(e).isInstanceOf(OutOfMemoryError.class);
        assertThat(e.source()).isEqualTo("big.csv");
        assertThat(e.getCause()).hasMessage("Java heap space");
        assertThat(e.text().en()).contains("big.csv", "26 row(s)", "up to 3 column(s)", bytes.length + " byte(s)",
                "-Xmx").doesNotContain("--max-unique-values").doesNotContain("heap space");
        assertThat(e.text().ja()).contains("26 行", "最大 3 列", "-Xmx", "メモリが不足");
        assertThat(e.getMessage()).isEqualTo(e.text().en());
    }
}
