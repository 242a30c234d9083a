package io.github.civicdata.cli;

import static io.github.civicdata.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.cli.CliRun.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --as-of}: old local government codes are errors unless in effect on the reference date. */
class ValidateAsOfTest {

    @Test
    void asOfDecidesWhetherAnOldCodeIsAnError(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("wards.csv");
        Files.writeString(csv, "全国地方公共団体コード,名称\n221317,旧中区の施設\n", StandardCharsets.UTF_8);
        Result now = run("validate", "--lang", "en", "--no-detect-template", csv.toString());
        assertThat(now.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(now.out()).contains("221317 is an old code").contains("valid until 2023-12-31")
                .contains("221384 静岡県浜松市中央区");
        Result then = run("validate", "--lang", "en", "--no-detect-template", "--as-of", "2023-12-31", csv.toString());
        assertThat(then.code()).isEqualTo(ExitCode.OK);
        assertThat(then.out()).doesNotContain("old code");
        Result period = run("validate", "--no-detect-template", "--as-of", "2023-04-01/2024-03-31", csv.toString());
        assertThat(period.code()).isEqualTo(ExitCode.OK);
        Result bad = run("validate", "--lang", "en", "--as-of", "2024-03-31/2023-04-01", csv.toString());
        assertThat(bad.code()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).contains("--as-of");
    }
}
