package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Report;
import io.github.civicdata.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Template detection and header mapping on every real municipal file of
 * {@code src/test/resources/realworld} (see SOURCES.md there for the template each is close to):
 * the template detected, or none, for each file, and the mapping used for a few, checked as a
 * user runs them (detection without options, then {@code --template}).
 */
class TemplateDetectionRealWorldTest {

    static final Path DIR = RealWorldRegressionTest.DIR;

    /** The expected template of each file, or "" for none. A new real file must be added here. */
    static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("komae_aed.csv", "aed@2021-suisho"),
            Map.entry("takamatsu_old_0002_aed_link-preamble.csv", "aed@2021-suisho"),
            Map.entry("takamatsu_public_toilet.csv", "public-toilet@2021-suisho"),
            Map.entry("takamatsu_cultural_property.csv", "cultural-property@2021-suisho"),
            Map.entry("takamatsu_events.csv", "event@2021-suisho"),
            Map.entry("takamatsu_old_0066_202303_population.csv", "population-by-area-and-age@2021-suisho"),
            // no standard template: sandbag sites, 柔道整復 (not 医療機関一覧), a survey, refuse sorting,
            // COVID patients, national accident statistics
            Map.entry("takamatsu_sandbag_creation_location.csv", ""),
            Map.entry("takamatsu_judo_therapy.csv", ""),
            Map.entry("takamatsu_wellbeing_0112_two-row-header.csv", ""),
            Map.entry("takamatsu_garbage_separation_0074.csv", ""),
            Map.entry("tokyo_130001_covid19_patients_2020-04-04.csv", ""),
            Map.entry("npa_kosokuhyo_2020.csv", ""));

    static Optional<String> detected(Report r) {
        return r.findings().stream().filter(f -> f.ruleId().equals("template.detected"))
                .map(f -> f.arguments().get(1).toString()).findFirst();
    }

    static List<Finding> of(Report r, String rule, String key) {
        return r.findings().stream().filter(f -> f.ruleId().equals(rule) && f.messageKey().equals(key)).toList();
    }

    @Test
    void everyRealFileGetsItsTemplateOrNone() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        Map<String, String> actual = new TreeMap<>();
        for (Path f : files) {
            actual.put(f.getFileName().toString(), detected(Validator.builder().build().validate(f)).orElse(""));
        }
        assertThat(actual).isEqualTo(new TreeMap<>(EXPECTED));
        assertThat(actual.values().stream().filter(t -> !t.isEmpty())).hasSize(6);
    }

    @Test
    void detectionSaysHowTheColumnsWereMatched() {
        Report toilet = RealWorldRegressionTest.validate("takamatsu_public_toilet.csv");
        Finding m = of(toilet, "template.mapping", "template.mapping").get(0);
        // key, matched, named columns, exact, alias, normalised, English, misspelt, not in the template, not exact
        assertThat(m.arguments()).startsWith("public-toilet@2021-suisho", 32, 33, 0, 0, 0, 31, 1, 1);
        assertThat(m.arguments().get(9).toString()).startsWith("latitude→緯度, longitude→経度, prefCode→").contains("(+");
        // all exact: no mapping finding
        assertThat(of(RealWorldRegressionTest.validate("komae_aed.csv"), "template.mapping", "template.mapping")).isEmpty();
        Report events = RealWorldRegressionTest.validate("takamatsu_events.csv");
        assertThat(of(events, "template.mapping", "template.mapping").get(0).arguments())
                .containsExactly("event@2021-suisho", 12, 16, 8, 2, 2, 0, 0, 4,
                        "№→NO, 行事名→イベント名, 問い合わせ先（市の担当課）→連絡先名称, TEL→連絡先電話番号");
    }

    @Test
    void englishHeadersAreCheckedAgainstTheTemplate() {
        Report r = Validator.builder().template("public-toilet@2021-suisho").build()
                .validate(DIR.resolve("takamatsu_public_toilet.csv"));
        List<Finding> english = of(r, "template.column-name", "template.column-name.english");
        assertThat(english).hasSize(31);
        Finding kana = english.stream().filter(f -> f.location().header().orElse("").equals("fullNameInKana"))
                .findFirst().orElseThrow();
        assertThat(kana.suggestion()).hasValue("名称_カナ");
        assertThat(of(r, "template.column-name", "template.column-name.similar")).singleElement()
                .satisfies(f -> assertThat(f.suggestion()).hasValue("画像_ライセンス"));
        assertThat(of(r, "template.missing-column", "template.missing-column")).isEmpty();
        assertThat(of(r, "template.unknown-column", "template.unknown-column")).singleElement()
                .satisfies(f -> assertThat(f.arguments()).containsExactly("#property"));
        // the values are checked as the template's: 24:00 in endTime (利用終了時間), 5-digit prefCode
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.messageKey()).isEqualTo("format.time-hhmm.24");
            assertThat(f.location().header()).hasValue("endTime");
        });
        assertThat(of(r, "L3-06", "lgcode.five-digit")).isNotEmpty();
    }

    @Test
    void aLinkDataAedFileIsCheckedAsAnAedFile() {
        Report r = Validator.builder().template("aed").build()
                .validate(DIR.resolve("takamatsu_old_0002_aed_link-preamble.csv"));
        assertThat(of(r, "template.column-name", "template.column-name.english")).extracting(f -> f.suggestion().orElseThrow())
                .containsExactly("名称", "住所", "設置位置", "電話番号", "利用可能曜日", "開始時間", "終了時間",
                        "利用可能日時特記事項", "小児対応設備の有無");
        // only the columns the template has no place for are unknown; only 名称_カナ is missing of the required
        assertThat(of(r, "template.unknown-column", "template.unknown-column")).extracting(f -> f.arguments().get(0))
                .containsExactly("#property", "location");
        assertThat(of(r, "template.missing-column", "template.missing-column")).singleElement().satisfies(f -> {
            assertThat(f.arguments()).containsExactly("名称_カナ");
            assertThat(f.severity()).isEqualTo(io.github.civicdata.core.Severity.ERROR); // required: an error
        });
        // values: 設置位置 is required and empty in some rows
        assertThat(of(r, "constraint-error", "constraint-error.required")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.location().header()).hasValue("installationPosition"));
    }

    @Test
    void takamatsuAgeBandsAreTheTemplatesAgeColumns() {
        // the legacy layout the file follows (the latest version is the observed current edition)
        Report r = Validator.builder().template("population-by-area-and-age@2021-suisho").build()
                .validate(DIR.resolve("takamatsu_old_0066_202303_population.csv"));
        List<Finding> english = of(r, "template.column-name", "template.column-name.english");
        assertThat(english).hasSize(47);
        assertThat(english).anySatisfy(f -> {
            assertThat(f.location().header()).hasValue("man1");
            assertThat(f.suggestion()).hasValue("0-4歳の男性");
        });
        assertThat(english).anySatisfy(f -> {
            assertThat(f.location().header()).hasValue("woman18");
            assertThat(f.suggestion()).hasValue("85歳以上の女性");
        });
        assertThat(of(r, "template.missing-column", "template.missing-column")).isEmpty();
    }
}
