package io.github.civicdata.cli;

import static io.github.civicdata.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.cli.CliRun.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate --as-of}: old local government codes are errors unless in effect on the reference
 * date; {@code validate --towns}: 町字ID checked against an ABR 町字 file.
 */
class ValidateCodesAndAddressesTest {

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

    @Test
    void townsFileChecksTheMachiazaIdOfEachRow(@TempDir Path dir) throws Exception {
        Path abr = Path.of("../vocab/src/test/resources/reference/address/abr_mt_town_pref30_wakayama_2026-03-10.csv");
        assertThat(Files.exists(abr)).isTrue();
        Path csv = dir.resolve("fire.csv");
        Files.writeString(csv, "全国地方公共団体コード,ID,地方公共団体名,種別,所在地_全国地方公共団体コード,町字ID,所在地_連結表記,"
                + "所在地_都道府県,所在地_市区町村,所在地_町字,所在地_番地以下\n"
                + "302015,1,和歌山市,消火栓,302015,0001000,和歌山県和歌山市葵町1-2,和歌山県,和歌山市,葵町,1-2\n"
                + "302015,2,和歌山市,消火栓,302015,0999000,和歌山県和歌山市不明町1-1,和歌山県,和歌山市,不明町,1-1\n",
                StandardCharsets.UTF_8);
        Result r = run("validate", "--lang", "en", "--template", "fire-water-facility@2026-08", "--towns", abr.toString(),
                "--fail-on", "never", csv.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("The 町字ID 0999000 is not a 町字 of 302015 和歌山市").doesNotContain("0001000 is not");
        Path notAbr = dir.resolve("not-abr.csv");
        Files.writeString(notAbr, "a,b\n1,2\n", StandardCharsets.UTF_8);
        Result bad = run("validate", "--lang", "en", "--towns", notAbr.toString(), csv.toString());
        assertThat(bad.code()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).contains("--towns").contains("lg_code");
    }
}
