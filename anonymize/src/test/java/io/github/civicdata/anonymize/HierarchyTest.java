package io.github.civicdata.anonymize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.chrono.JapaneseChronology;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HierarchyTest {

    @Test
    void readsArxFormat() {
        Hierarchy age = Adult.hierarchy("age");
        assertThat(age.levels()).isEqualTo(5);
        assertThat(age.generalize("34", 1)).contains("30-34");
        assertThat(age.generalize("34", 4)).contains("*");
        assertThat(age.generalize("nope", 1)).isEmpty();
    }

    @Test
    void inconsistentDepthNamesFileAndLineButNoValue() {
        assertThatThrownBy(() -> Hierarchy.read(new StringReader("a;x;*\nb;x\n"), "h.csv", ';'))
                .isInstanceOfSatisfying(AnonymizationException.class, e -> {
                    assertThat(e.key()).isEqualTo("anon.hierarchy.depth");
                    assertThat(e.text().en()).contains("h.csv").contains("line 2").contains("3 levels")
                            .doesNotContain("'b'");
                    assertThat(e.text().ja()).contains("h.csv").contains("2 行目");
                });
    }

    @Test
    void duplicateLeafIsRejected() {
        assertThatThrownBy(() -> Hierarchy.read(new StringReader("a;*\nb;*\na;*\n"), "h.csv", ';'))
                .isInstanceOfSatisfying(AnonymizationException.class, e -> {
                    assertThat(e.key()).isEqualTo("anon.hierarchy.duplicate");
                    assertThat(e.text().en()).contains("line 3").contains("line 1").doesNotContain("'a'");
                });
    }

    @Test
    void nonMonotoneHierarchyIsRejected() {
        // 'x' at level 1 becomes 'P' in line 1 and 'Q' in line 2
        assertThatThrownBy(() -> Hierarchy.read(new StringReader("a;x;P;*\nb;x;Q;*\n"), "h.csv", ';'))
                .isInstanceOfSatisfying(AnonymizationException.class, e -> {
                    assertThat(e.key()).isEqualTo("anon.hierarchy.not-monotone");
                    assertThat(e.text().en()).contains("h.csv").contains("line 2").contains("level 1")
                            .contains("level 2").contains("line 1");
                    assertNoValues(e, "x", "P", "Q");
                });
    }

    @Test
    void coverageNamesColumnAndValue() {
        Hierarchy h = Hierarchy.of("sex.csv", List.of(List.of("M", "*"), List.of("F", "*")));
        assertThatThrownBy(() -> h.checkCovers(List.of("M", "X"), "sex"))
                .isInstanceOfSatisfying(AnonymizationException.class, e -> assertThat(e.text().en())
                        .contains("sex.csv").contains("'sex'").contains("'X'"));
    }

    @Test
    void intervalsWithTopAndBottomCoding() {
        Hierarchy h = Hierarchy.intervals().width(5).width(10).bottomCoding(15, "<15").topCoding(90, "90+")
                .build(List.of("3", "17", "23", "89", "95"));
        assertThat(h.rows()).containsExactly(
                List.of("3", "<15", "<15", "*"),
                List.of("17", "15-19", "15-19", "*"),
                List.of("23", "20-24", "20-29", "*"),
                List.of("89", "85-89", "80-89", "*"),
                List.of("95", "90+", "90+", "*"));
        assertThatThrownBy(() -> Hierarchy.intervals().width(5).build(List.of("abc")))
                .isInstanceOf(AnonymizationException.class).hasMessageContaining("abc");
    }

    @Test
    void datesWithAWarekiParserSuppliedByTheCaller() {
        DateTimeFormatter wareki = DateTimeFormatter.ofPattern("GGGGy年M月d日", Locale.JAPAN)
                .withChronology(JapaneseChronology.INSTANCE);
        Hierarchy h = Hierarchy.dates().parser(s -> LocalDate.from(wareki.parse(s)))
                .build(List.of("令和6年3月1日", "平成31年4月30日"));
        assertThat(h.rows()).containsExactly(
                List.of("令和6年3月1日", "2024-03", "2024", "2020-2029", "*"),
                List.of("平成31年4月30日", "2019-04", "2019", "2010-2019", "*"));
        Hierarchy iso = Hierarchy.dates().levels(HierarchyBuilders.DateLevel.YEAR).build(List.of("2001-02-03"));
        assertThat(iso.rows()).containsExactly(List.of("2001-02-03", "2001", "*"));
        assertThatThrownBy(() -> Hierarchy.dates().build(List.of("令和6年"))).isInstanceOf(AnonymizationException.class);
    }

    @Test
    void masking() {
        Hierarchy h = Hierarchy.masking().maskRight(4).build(List.of("1234567", "12"));
        assertThat(h.rows()).containsExactly(List.of("1234567", "123****", "*"), List.of("12", "**", "*"));
    }

    @Test
    void orderedGroupings() {
        Hierarchy h = Hierarchy.ordered(List.of("a", "b", "c", "d", "e")).groupSize(2).groupSize(2).build();
        assertThat(h.generalize("a", 1)).contains("a～b");
        assertThat(h.generalize("c", 2)).contains("a～d");
        assertThat(h.generalize("e", 1)).contains("e");
        assertThat(h.generalize("e", 3)).contains("*");
    }

    @Test
    void areasFromPlainRows() {
        Hierarchy h = Hierarchy.areas()
                .municipality("熊本市中央区", "熊本県").municipality("合志市", "熊本県").municipality("福岡市博多区", "福岡県")
                .town("中央区本町", "熊本市中央区").town("須屋", "合志市").town("博多駅前", "福岡市博多区").build();
        assertThat(h.rows()).contains(List.of("須屋", "合志市", "熊本県", "*"));
        Hierarchy m = Hierarchy.areas().municipality("432041", "43").build();
        assertThat(m.rows()).containsExactly(List.of("432041", "43", "*"));
        assertThatThrownBy(() -> Hierarchy.areas().municipality("x", "A").municipality("x", "B"))
                .isInstanceOf(AnonymizationException.class);
        assertThatThrownBy(() -> Hierarchy.areas().municipality("m", "P").town("t", "unknown").build())
                .isInstanceOf(AnonymizationException.class).hasMessageContaining("unknown");
    }

    /** Regression (review of issue 5, G1): bad builder settings were IllegalArgumentExceptions, "Internal error" in the CLI. */
    @Test
    void badBuilderSettingsAreConfigurationErrorsWithMessages() {
        assertConfigError(() -> Hierarchy.intervals().width(0), "anon.hierarchy.width-not-positive", "0");
        assertConfigError(() -> Hierarchy.intervals().width(5).width(7), "anon.hierarchy.width-not-multiple",
                "7", "5");
        assertConfigError(() -> Hierarchy.masking().maskRight(-1), "anon.hierarchy.mask-not-positive", "-1");
        assertConfigError(() -> Hierarchy.masking().maskRight(3, 2), "anon.hierarchy.mask-not-increasing", "2", "3");
        assertConfigError(() -> Hierarchy.ordered(List.of("a", "b")).groupSize(0), "anon.hierarchy.group-size", "0");
        assertConfigError(() -> HierarchyBuilders.DateLevel.ofConfigName("weeks"), "anon.hierarchy.date-level",
                "weeks", "month, year, decade");
        assertConfigError(() -> Hierarchy.dates().levels(HierarchyBuilders.DateLevel.YEAR,
                HierarchyBuilders.DateLevel.MONTH), "anon.hierarchy.date-levels-order", "year", "month");
        assertThat(HierarchyBuilders.DateLevel.ofConfigName("Decade")).isEqualTo(HierarchyBuilders.DateLevel.DECADE);
    }

    private static void assertConfigError(Runnable r, String key, String... fragments) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(AnonymizationException.class, e -> {
            assertThat(e.kind()).isEqualTo(AnonymizationException.Kind.CONFIGURATION);
            assertThat(e.key()).isEqualTo(key);
            for (String f : fragments) {
                assertThat(e.text().en()).contains(f);
                assertThat(e.text().ja()).contains(f);
            }
        });
    }

    /** Regression (review of issue 5, G4): the coverage error named a value of a sensitive column. */
    @Test
    void coverageOfASensitiveHierarchyNeverNamesTheValue() {
        Table t = Table.builder(List.of("age", "disease")).addRow("30", "flu").addRow("30", "HIV")
                .addRow("31", "HIV").addRow("31", "flu").addRow("31", "secret-x").build();
        Hierarchy age = Hierarchy.of(List.of(List.of("30", "*"), List.of("31", "*")));
        Hierarchy disease = Hierarchy.of("disease.csv", List.of(List.of("flu", "*")));
        Anonymizer a = Anonymizer.builder().quasiIdentifier("age", age).sensitive("disease", disease)
                .privacyModel(PrivacyModel.kAnonymity(2)).build();
        assertThatThrownBy(() -> a.anonymize(t)).isInstanceOfSatisfying(AnonymizationException.class, e -> {
            assertThat(e.key()).isEqualTo("anon.hierarchy.missing-value-sensitive");
            for (String text : List.of(e.text().en(), e.text().ja(), e.getMessage())) {
                assertThat(text).contains("disease.csv").contains("'disease'").contains("2")
                        .doesNotContain("HIV").doesNotContain("secret-x");
            }
            assertThat(e.arguments()).doesNotContain("HIV", "secret-x");
            assertThat(e.text().en()).contains("data row 2").contains("2 distinct value(s)");
        });
        // a quasi-identifier's value is still named
        Anonymizer q = Anonymizer.builder().quasiIdentifier("disease", disease)
                .privacyModel(PrivacyModel.kAnonymity(2)).build();
        assertThatThrownBy(() -> q.anonymize(t)).isInstanceOfSatisfying(AnonymizationException.class,
                e -> assertThat(e.text().en()).contains("'HIV'").contains("data row 2"));
    }

    @Test
    void fromLevelReRootsTheHierarchy() {
        Hierarchy h = Adult.hierarchy("age").fromLevel(2);
        assertThat(h.levels()).isEqualTo(3);
        assertThat(h.generalize("30-39", 1)).contains("20-39");
    }

    private static void assertNoValues(AnonymizationException e, String... values) {
        for (String text : List.of(e.text().en(), e.text().ja(), e.getMessage())) {
            for (String v : values) {
                assertThat(text).doesNotContain("'" + v + "'").doesNotContain("「" + v + "」");
            }
        }
        assertThat(e.arguments()).doesNotContainAnyElementsOf(List.of(values));
    }

    private static void assertShapeError(String csv, String key, String... fragments) {
        assertThatThrownBy(() -> Hierarchy.read(new StringReader(csv), "h.csv", ';'))
                .isInstanceOfSatisfying(AnonymizationException.class, e -> {
                    assertThat(e.kind()).isEqualTo(AnonymizationException.Kind.CONFIGURATION);
                    assertThat(e.key()).isEqualTo(key);
                    for (String f : fragments) {
                        assertThat(e.text().en()).contains(f);
                    }
                    assertThat(e.text().ja()).contains("h.csv");
                    assertNoValues(e, csv.replace("\n", ";").split(";"));
                });
    }

    /** Issue 9: 男;女 / 女;男 was accepted and swapped the values of every row. */
    @Test
    void aGeneralisedValueThatIsAnotherRowsOriginalValueIsRejected() {
        assertShapeError("男;女\n女;男\n", "anon.hierarchy.generalised-is-original", "line 1, level 1", "line 2");
        assertShapeError("A;X;*\nX;X;*\n", "anon.hierarchy.generalised-is-original", "line 1, level 1", "line 2");
        assertShapeError("a;g;h;*\nb;k;a;*\n", "anon.hierarchy.generalised-is-original", "line 2, level 2", "line 1");
        // a row keeps its own value at higher levels
        Hierarchy own = Hierarchy.read(new StringReader("90+;90+;*\n85;80-89;*\n"), "h.csv", ';');
        assertThat(own.generalize("90+", 1)).contains("90+");
    }

    @Test
    void aValueWithTwoParentsAtDifferentLevelsIsRejected() {
        // g becomes x at level 2 on line 1 and y at level 3 on line 2: not a tree
        assertShapeError("a;g;x;*\nb;c;g;y\n", "anon.hierarchy.two-parents", "line 2", "level 2", "line 1",
                "(level 1)");
        // an unbalanced tree is fine: g is reached at level 1 from a and at level 2 from b
        Hierarchy unbalanced = Hierarchy.read(new StringReader("a;g;g;*\nb;c;g;*\n"), "h.csv", ';');
        assertThat(unbalanced.generalize("b", 2)).contains("g");
        assertThat(unbalanced.fromLevel(1).generalize("c", 1)).contains("g");
    }

    @Test
    void aCycleIsRejected() {
        // one row: A -> B -> A -> B; each value has a single parent, the chain comes back
        assertShapeError("A;B;A;B\n", "anon.hierarchy.cycle", "line 1", "level");
        assertShapeError("a;p;q;*\nb;q;p;*\n", "anon.hierarchy.two-parents", "line 2");
    }

    @Test
    void everyBuilderMakesAValidTree() {
        assertThat(Hierarchy.ordered(List.of("a", "b", "c", "d", "e")).groupSize(2).groupSize(2).build().levels())
                .isEqualTo(4);
        assertThat(Hierarchy.masking().maskRight(2, 4).build(List.of("1234567", "12")).levels()).isEqualTo(4);
        assertThat(Hierarchy.intervals().width(5).width(10).bottomCoding(15, "<15").topCoding(90, "90+")
                .build(List.of("3", "17", "95")).levels()).isEqualTo(4);
        // data that already holds a masked value: masking 12 gives ** , which would read as that original **
        assertThatThrownBy(() -> Hierarchy.masking().maskRight(2).build(List.of("12", "**")))
                .isInstanceOfSatisfying(AnonymizationException.class,
                        e -> assertThat(e.key()).isEqualTo("anon.hierarchy.generalised-is-original"));
    }

    @Test
    void c3CyclicHierarchySwapsValues() {
        Path h = ReliabilityCasesTest.resource("c3-cyclic-hierarchy-swaps-values/hierarchy_sex.csv");
        assertThatThrownBy(() -> Hierarchy.read(h)).isInstanceOfSatisfying(AnonymizationException.class, e -> {
            assertThat(e.key()).isEqualTo("anon.hierarchy.generalised-is-original");
            assertThat(e.text().en()).contains("c3-cyclic").contains("line 1, level 1").contains("line 2");
            assertThat(e.text().ja()).contains("c3-cyclic").contains("1 行目");
            assertThat(e.arguments()).doesNotContain("男", "女");
        });
    }

    /** Found by AnonymizeConfigProperties: invalid bytes gave "cannot read the file: Exception when reading first record". */
    @Test
    void invalidBytesAreAnEncodingError(@org.junit.jupiter.api.io.TempDir Path tmp) throws java.io.IOException {
        Path h = tmp.resolve("sex.csv");
        java.nio.file.Files.write(h, new byte[] {(byte) 0xE7, (byte) 0x94, (byte) 0xB7, ';', '*', '\n', (byte) 0xFF, ';', '*', '\n'});
        assertThatThrownBy(() -> Hierarchy.read(h)).isInstanceOfSatisfying(AnonymizationException.class, e -> {
            assertThat(e.kind()).isEqualTo(AnonymizationException.Kind.INPUT);
            assertThat(e.key()).isEqualTo("anon.input.encoding");
            assertThat(e.text().en()).doesNotContain("Exception");
        });
    }
}
