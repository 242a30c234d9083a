package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Report;
import io.github.civicdata.validation.Validator;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Validation as a consumer of the encoding detector (issue 9, item 2): valid UTF-8 whose only
 * non-ASCII characters are 4-byte (𠮷) was judged Shift_JIS, giving a bogus L1-08 (外字) or
 * encoding errors at byte offsets of a valid file.
 */
class EncodingRegressionTest {

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(EncodingRegressionTest.class.getResource("/reliability/c3-utf8-4byte-char-read-as-sjis/" + name).toURI());
    }

    @Test
    void c3Utf84ByteCharReadAsSjis() throws URISyntaxException {
        for (String f : new String[] {"in.csv", "in2.csv", "in-kana.csv"}) {
            Report r = Validator.builder().build().validate(resource(f));
            assertThat(r.sources().get(0).encoding()).as(f).hasValue("UTF-8");
            assertThat(r.findings()).as(f).extracting(Finding::ruleId)
                    .doesNotContain("encoding-error", "L3-08", Validator.INTERNAL_ERROR);
            assertThat(r.findings()).as(f).noneMatch(x -> x.ruleId().equals("L1-08")
                    && x.value().map(v -> v.contains("ｮｷ") || v.contains("\uE05F")).orElse(false));
        }
    }
}
