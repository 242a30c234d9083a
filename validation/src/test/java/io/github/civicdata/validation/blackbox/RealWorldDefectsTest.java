package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.Severity;
import io.github.civicdata.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The "defects seen" column of {@code realworld/SOURCES.md} taken as the expected list: for every
 * real file, each defect that a rule covers must be reported under that rule, the findings a file
 * must not get are absent, and the report stays short (no false-positive flood: at most
 * {@code maxTotal} findings made, at most {@code maxErrors} errors).
 *
 * <p>Defects that no automatic rule covers are listed in {@code unchecked} with the reason, so
 * that the table accounts for every defect of SOURCES.md. {@link RealWorldRegressionTest} pins the
 * whole reports and the hand-reviewed points of EXPECTED.md.
 */
class RealWorldDefectsTest {

    /**
     * What SOURCES.md implies for one file.
     *
     * @param implied {@code rule} or {@code rule/messageKey} per defect, with the defect as the map key
     * @param absent rules (or rule/messageKey) the file must not get
     * @param unchecked defects no automatic rule covers, with why
     */
    record Expected(String file, Map<String, String> implied, Set<String> absent, List<String> unchecked, int maxTotal,
            int maxErrors) {
    }

    private static Map<String, String> implied(String... defectAndKey) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < defectAndKey.length; i += 2) {
            m.put(defectAndKey[i], defectAndKey[i + 1]);
        }
        return m;
    }

    static final List<Expected> EXPECTED = List.of(
            new Expected("takamatsu_old_0002_aed_link-preamble.csv", implied(
                    "9 #... metadata rows before the data", "L3-01/L3-01",
                    "#object_type_xsd, #property_context between header and data", "L3-01/L3-01.between",
                    "location as one quoted \"lat,lon\" cell", "L1-07/L1-07.coordinates",
                    "～ ranges in availability text", "L1-08/L1-08.mapping",
                    "髙 (IBM-extension kanji)", "L1-08/L1-08.extension-kanji.name"),
                    Set.of("L1-04/L1-04.tally", "L2-03/L2-03.multi-row", "data.header-row"),
                    List.of("English property names: only a template names the expected items",
                            "full-width digits in addresses and floors (１階): text, not numbers; no rule"),
                    45, 30),
            new Expected("takamatsu_sandbag_creation_location.csv", implied(
                    "empty column name and a stray instruction column", "L1-04/L1-04.side-notes.one",
                    "last record \"10\",,,… empty but for its number", "L1-03/L1-03.numbered-blank",
                    "U+2212 minus in addresses (７６２−２)", "L1-08/L1-08.mapping"),
                    Set.of("L1-04/L1-04.tally", "L1-05/L1-05.no-header"),
                    List.of("full-width digits in addresses: text, not numbers; no rule"),
                    12, 0),
            new Expected("takamatsu_public_toilet.csv", implied(
                    "prefCode as 5-digit 37201", "L3-06/lgcode.five-digit"),
                    Set.of("L1-04/L1-04.tally", "L2-01/L2-01.text-cell"),
                    List.of("#property header with English names: only a template names the expected items",
                            "every field quoted: allowed by RFC 4180"),
                    15, 10),
            new Expected("takamatsu_cultural_property.csv", implied(
                    "latitude/longitude \"0\",\"0\" placeholders", "constraint-error/format.latitude.outside-area",
                    "5-digit prefCode 37201", "L3-06/lgcode.five-digit",
                    "double spaces inside names", "L1-06/L1-06.multi-space",
                    "～ in notes", "L1-08/L1-08.mapping"),
                    Set.of("L1-04/L1-04.tally"),
                    List.of("header typo iamgeLicense: only a template names the expected items"),
                    50, 20),
            new Expected("takamatsu_events.csv", implied(
                    "header starts with №", "L1-08/L1-08",
                    "12 trailing empty header columns", "L1-03/L1-03.trailing-columns",
                    "dates as free text without a year", "L3-05/L3-05.no-year",
                    "date ranges 9月7日(土)～11月4日(月・祝) in one cell", "L1-07/L1-07.range",
                    "multi-line cells", "L1-14",
                    "circled digits ①②③④", "L1-08/L1-08"),
                    Set.of("L1-04/L1-04.tally", "L2-03/L2-03.multi-row"),
                    List.of("times with text 17:00（最終入館16:30まで）: free text without a template; no rule"),
                    160, 110),
            new Expected("takamatsu_wellbeing_0112_two-row-header.csv", implied(
                    "two header rows (merged-cell artefact over the questions)", "L2-03/L2-03.multi-row",
                    "many empty cells (one question without any answer)", "data.empty-column"),
                    Set.of("L2-03/L2-03.duplicate-label", "L1-05/L1-05.no-header", "L1-04/L1-04.tally"),
                    List.of("very long headers (full questions): no length rule"),
                    6, 3),
            new Expected("takamatsu_judo_therapy.csv", implied(
                    "№ header", "L1-08/L1-08",
                    "one header cell empty (the kana column)", "L1-05/L1-05.blank-label",
                    "dates 2011/8/22 not zero-padded", "L3-05/L3-05.non-iso",
                    "㈱ ㈲ (machine-dependent)", "L1-08/L1-08",
                    "﨑 髙 (IBM-extension kanji)", "L1-08/L1-08.extension-kanji.name",
                    "full-width spaces inside names (aligned with several)", "L1-06/L1-06.multi-space"),
                    Set.of("L1-04/L1-04.tally", "L2-04"),
                    List.of("mixed English/Japanese headers: no rule", "○ as boolean: one spelling, so no L2-04"),
                    30, 15),
            new Expected("takamatsu_old_0066_202303_population.csv", implied(
                    "9 #... metadata rows", "L3-01/L3-01",
                    "metadata rows between header and data", "L3-01/L3-01.between",
                    "wide format man1/woman1…", "L3-09"),
                    Set.of("L1-04/L1-04.tally", "L2-03/L2-03.multi-row"),
                    List.of(),
                    30, 20),
            new Expected("takamatsu_garbage_separation_0074.csv", implied(
                    "multi-line cells", "L1-14"),
                    Set.of("L1-04/L1-04.tally", "L3-01"),
                    List.of("#property header: the first header cell is a name like any other",
                            "full-width digits: text, not numbers; no rule"),
                    8, 6),
            new Expected("komae_aed.csv", implied(),
                    Set.of("L1-04/L1-04.tally", "L3-01", "L2-03"),
                    List.of("near-clean; full-width digits in some addresses: text, not numbers; no rule"),
                    15, 10),
            new Expected("tokyo_130001_covid19_patients_2020-04-04.csv", implied(),
                    Set.of("L1-04/L1-04.tally", "L3-01", "L3-06", "L2-01"),
                    List.of("essentially clean"),
                    5, 0),
            new Expected("npa_kosokuhyo_2020.csv", implied(
                    "Shift_JIS", "L3-08/L3-08.encoding"),
                    Set.of("L3-06", "L2-01", "L1-05", "L3-01", "L3-09", "L1-04/L1-04.tally"),
                    List.of("every value a code needing a code book: L3-02 is a manual rule",
                            "no municipal code column: the police's own codes, which L3-06 says to keep"),
                    2, 0));

    private static Set<String> keys(Report r) {
        return r.findings().stream()
                .flatMap(f -> Stream.of(f.ruleId(), f.ruleId() + "/" + f.messageKey()))
                .collect(Collectors.toSet());
    }

    @TestFactory
    Stream<DynamicTest> everyDefectOfSourcesMdIsReportedUnderItsRule() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Expected e : EXPECTED) {
            tests.add(DynamicTest.dynamicTest(e.file(), () -> {
                Report r = Validator.builder().build().validate(RealWorldRegressionTest.DIR.resolve(e.file()));
                Set<String> keys = keys(r);
                for (Map.Entry<String, String> d : e.implied().entrySet()) {
                    assertThat(keys).as("%s: %s", e.file(), d.getKey()).contains(d.getValue());
                }
                for (String a : e.absent()) {
                    assertThat(keys).as("%s must not get %s", e.file(), a).doesNotContain(a);
                }
                assertThat(r.findings()).as(e.file()).noneMatch(f -> f.ruleId().equals(Validator.INTERNAL_ERROR));
                assertThat(r.total()).as("%s: findings made", e.file()).isLessThanOrEqualTo(e.maxTotal());
                assertThat(r.count(Severity.ERROR)).as("%s: errors", e.file()).isLessThanOrEqualTo(e.maxErrors());
                // every data row is accounted for
                assertThat(r.sources().get(0).rows()).as(e.file()).isPresent();
            }));
        }
        return tests.stream();
    }

    /** The table above covers every file of SOURCES.md, and each file's defects are all accounted for. */
    @Test
    void everyFileOfSourcesMdIsInTheTable() throws IOException {
        List<String> table = Files.readAllLines(RealWorldRegressionTest.DIR.resolve("SOURCES.md"), StandardCharsets.UTF_8)
                .stream().filter(l -> l.startsWith("| ") && l.contains(".csv |"))
                .map(l -> l.substring(2, l.indexOf(" |")).trim()).toList();
        assertThat(table).hasSize(12);
        assertThat(EXPECTED).extracting(Expected::file).containsExactlyInAnyOrderElementsOf(table);
        for (Expected e : EXPECTED) {
            assertThat(e.implied().size() + e.unchecked().size()).as(e.file()).isPositive();
        }
    }

    /** A tally, header choice or ward finding on these files would be a false positive: none of them has one. */
    @Test
    void noNewDetectorFiresOnTheRealFiles() {
        for (Expected e : EXPECTED) {
            Report r = Validator.builder().build().validate(RealWorldRegressionTest.DIR.resolve(e.file()));
            for (Finding f : r.findings()) {
                assertThat(f.messageKey()).as(e.file()).isNotIn("L1-04.tally", "L2-03.legend", "L3-06.ward-name",
                        "L3-06.ward-name.ambiguous", "data.header-row", "L2-01.text-cell", "L3-09.total-column");
            }
        }
    }
}
