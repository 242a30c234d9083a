package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.testing.Golden;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.Severity;
import io.github.civicdata.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The real municipal files of {@code src/test/resources/realworld} as a regression suite: each
 * full report is pinned by a golden file, and the findings reviewed by hand (see
 * {@code realworld/EXPECTED.md}) are asserted one by one.
 */
class RealWorldRegressionTest {

    static final Path DIR = Path.of("src", "test", "resources", "realworld");

    static Report validate(String file) {
        return Validator.builder().build().validate(DIR.resolve(file));
    }

    /** rule or rule/messageKey of every finding. */
    static Set<String> keys(Report r) {
        return r.findings().stream()
                .flatMap(f -> Stream.of(f.ruleId(), f.ruleId() + "/" + f.messageKey()))
                .collect(Collectors.toSet());
    }

    static List<Finding> of(Report r, String rule, String key) {
        return r.findings().stream().filter(f -> f.ruleId().equals(rule) && f.messageKey().equals(key)).toList();
    }

    @Test
    void everyFileMatchesItsGoldenReport() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        assertThat(files).hasSize(12);
        for (Path f : files) {
            Report r = Validator.builder().build().validate(f);
            Golden.assertMatches("realworld/" + f.getFileName() + ".expected.json", ReportJson.of(r));
        }
        Report t = Validator.builder().template("aed@2021-suisho").build().validate(DIR.resolve("komae_aed.csv"));
        Golden.assertMatches("realworld/komae_aed.csv.template-aed.expected.json", ReportJson.of(t));
    }

    @Test
    void tokyoCovidIsCleanButForMappingWarningsAndDashSpellings() {
        Report r = validate("tokyo_130001_covid19_patients_2020-04-04.csv");
        assertThat(r.count(Severity.ERROR)).isZero();
        assertThat(r.conforms()).isTrue();
        assertThat(of(r, "L1-08", "L1-08.mapping")).hasSize(2).allSatisfy(f -> assertThat(f.value()).hasValue("―"));
        // 患者_居住地 writes "not known" with three different dashes (-, ‐, ―): one choice, three spellings
        assertThat(of(r, "L2-04", "L2-04")).singleElement().satisfies(f -> {
            assertThat(f.location().header()).hasValue("患者_居住地");
            assertThat(f.arguments().get(0).toString()).contains("「-」", "「‐」", "「―」");
        });
        assertThat(r.total()).isEqualTo(4);
        assertThat(r.sources().get(0).rows()).hasValue(891);
        assertThat(r.sources().get(0).bom()).hasValue(true);
    }

    @Test
    void komaeAedHasHalfWidthKanaAndTwoValuesInOneCell() {
        Report r = validate("komae_aed.csv");
        List<Finding> kana = of(r, "L1-08", "L1-08.halfwidth-kana");
        assertThat(kana).hasSize(5);
        assertThat(kana.get(0).suggestion()).hasValue("コマエシヤクショ");
        assertThat(kana.get(0).location().header()).hasValue("名称_カナ");
        assertThat(of(r, "L1-07", "L1-07")).extracting(f -> f.value().orElseThrow()).containsOnly("2442・2421");
        assertThat(of(r, "template.detected", "template.detected").get(0).arguments()).contains("aed@2021-suisho");
        assertThat(r.total()).isLessThanOrEqualTo(12);

        Report t = Validator.builder().template("aed@2021-suisho").build().validate(DIR.resolve("komae_aed.csv"));
        assertThat(keys(t)).contains("type-error/format.time-hhmm", "type-error/format.phone")
                .doesNotContain("template.missing-column", "template.unknown-column", "type-error/format.katakana.half-width");
        assertThat(t.sources().get(0).template()).hasValue("aed@2021-suisho");
    }

    @Test
    void npaShiftJisNeedsOnlyTheEncodingStated() {
        Report r = validate("npa_kosokuhyo_2020.csv");
        assertThat(keys(r)).containsExactlyInAnyOrder("L3-08", "L3-08/L3-08.encoding");
        assertThat(r.sources().get(0).encoding()).hasValue("Shift_JIS");
        assertThat(r.sources().get(0).rows()).hasValue(4649);
    }

    @Test
    void linkDataPreambleIsReported() {
        for (String f : List.of("takamatsu_old_0002_aed_link-preamble.csv", "takamatsu_old_0066_202303_population.csv")) {
            Report r = validate(f);
            assertThat(keys(r)).as(f).contains("L3-01/L3-01", "L3-01/L3-01.between", "L1-07/L1-07.coordinates");
            assertThat(of(r, "L3-01", "L3-01").get(0).arguments().get(0)).isEqualTo(7L);
        }
        Report pop = validate("takamatsu_old_0066_202303_population.csv");
        assertThat(keys(pop)).contains("L3-09", "L3-05/L3-05.ambiguous", "L3-06/lgcode.five-digit", "L3-03");
        Report aed = validate("takamatsu_old_0002_aed_link-preamble.csv");
        assertThat(keys(aed)).contains("L1-06/L1-06.edge-space", "L1-08/L1-08.halfwidth-kana",
                "L1-08/L1-08.extension-kanji.name");
        // 髙 in a name or an address is the proper spelling: info, not a warning
        assertThat(of(aed, "L1-08", "L1-08.extension-kanji.name")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        // the cap is per variant: half-width kana errors in availableDateNote are listed, not hidden
        // behind the mapping warnings (～) of the same column
        assertThat(of(aed, "L1-08", "L1-08.halfwidth-kana")).anySatisfy(f -> {
            assertThat(f.location().header()).hasValue("availableDateNote");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void sandbagTemplateLeftovers() {
        Report r = validate("takamatsu_sandbag_creation_location.csv");
        assertThat(keys(r)).contains("L1-04/L1-04.side-notes.one", "L1-03/L1-03.numbered-blank", "L1-08/L1-08.mapping");
        assertThat(r.count(Severity.ERROR)).isZero();
    }

    @Test
    void fiveDigitCodesAndZeroCoordinates() {
        for (String f : List.of("takamatsu_public_toilet.csv", "takamatsu_cultural_property.csv")) {
            Report r = validate(f);
            List<Finding> codes = of(r, "L3-06", "lgcode.five-digit");
            assertThat(codes).as(f).isNotEmpty();
            assertThat(codes.get(0).suggestion()).hasValue("372013");
            // the 5-digit 標準地域コード names the municipality in another form: a warning, not an error
            assertThat(codes).allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
        }
        Report c = validate("takamatsu_cultural_property.csv");
        assertThat(keys(c)).contains("constraint-error/format.latitude.outside-area", "L1-06/L1-06.multi-space",
                "L1-07/L1-07");
    }

    @Test
    void eventsLineBreaksRangesAndDatesWithoutYear() {
        Report r = validate("takamatsu_events.csv");
        assertThat(keys(r)).contains("L1-14", "L1-07/L1-07.range", "L3-05/L3-05.no-year", "L1-08/L1-08",
                "L1-03/L1-03.trailing-columns");
        assertThat(r.countsByRule().get("L1-14")).isGreaterThanOrEqualTo(10);
    }

    @Test
    void wellbeingTwoRowHeader() {
        Report r = validate("takamatsu_wellbeing_0112_two-row-header.csv");
        assertThat(of(r, "L2-03", "L2-03.multi-row")).hasSize(1);
        // the combined header row (131 names) is far longer than a suggestion may be: a cut one,
        // applied as it is, would lose columns, so there is none
        assertThat(of(r, "L2-03", "L2-03.multi-row").get(0).suggestion()).isEmpty();
        assertThat(keys(r)).contains("L1-06/L1-06.invisible").doesNotContain("L2-03/L2-03.duplicate-label");
        // the zero-width space is in the second header row, and reported there (with that cell's value)
        Finding zw = of(r, "L1-06", "L1-06.invisible").get(0);
        assertThat(zw.location().line()).hasValue(2);
        assertThat(zw.value().orElseThrow()).startsWith("私の暮らしている地域では");
    }

    @Test
    void judoTherapyGaijiAndBlankLabel() {
        Report r = validate("takamatsu_judo_therapy.csv");
        assertThat(keys(r)).contains("L1-05/L1-05.blank-label", "L1-08/L1-08.private-use", "L1-08/L1-08",
                "L1-08/L1-08.extension-kanji.name", "L3-05/L3-05.non-iso");
        assertThat(of(r, "L3-05", "L3-05.non-iso").get(0).suggestion()).hasValue("2011-08-22");
    }

    @Test
    void garbageChoiceVariants() {
        Report r = validate("takamatsu_garbage_separation_0074.csv");
        assertThat(of(r, "L2-04", "L2-04")).hasSize(1);
        assertThat(of(r, "L2-04", "L2-04").get(0).arguments().get(0).toString()).contains("紙・布").contains("紙布");
    }
}
