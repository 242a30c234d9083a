package io.github.civicdata.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.civicdata.core.internal.BundleCheck;
import io.github.civicdata.vocab.internal.VocabMessages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabularyTest {

    private final Vocabulary v = Vocabulary.standard();

    @Test
    void standardIsLoadedOnce() {
        assertThat(Vocabulary.standard()).isSameAs(v);
    }

    @Test
    void latestAndExplicitVersions() {
        assertThat(v.template("public-toilet").orElseThrow().version()).isEqualTo("2026-08");
        assertThat(v.template("public-toilet", "2021-suisho").orElseThrow().columns()).hasSize(32);
        assertThat(v.versions("public-toilet")).extracting(DatasetTemplate::version)
                .containsExactly("2021-suisho", "2026-08");
        assertThat(v.template("aed").orElseThrow().version()).isEqualTo("2021-suisho");
        assertThat(v.template("no-such")).isEmpty();
        assertThat(v.template("aed", "1999")).isEmpty();
    }

    @Test
    void itemByNameMatchesExactAliasAndNormalisedSpellings() {
        assertThat(v.matchHeader("緯度").orElseThrow())
                .isEqualTo(new HeaderMatch(v.item("latitude").orElseThrow(), HeaderMatch.Kind.EXACT));
        assertThat(v.matchHeader("名称_英字").orElseThrow().kind()).isEqualTo(HeaderMatch.Kind.ALIAS);
        assertThat(v.itemByName("名称_英字").orElseThrow().id()).isEqualTo("name-en");
        assertThat(v.itemByName("連絡先備考").orElseThrow().id()).isEqualTo("contact-remarks");
        HeaderMatch kana = v.matchHeader("名称_ｶﾅ").orElseThrow();
        assertThat(kana.item().id()).isEqualTo("name-kana");
        assertThat(kana.kind()).isEqualTo(HeaderMatch.Kind.NORMALIZED);
        assertThat(v.itemByName("全国地方公共団体ｺｰﾄﾞ").orElseThrow().id()).isEqualTo("local-government-code");
        assertThat(v.itemByName("建物名等（方書）").orElseThrow().id()).isEqualTo("building-name");
        assertThat(v.itemByName(" 緯度 ").orElseThrow().id()).isEqualTo("latitude");
        // typos are not merged
        assertThat(v.itemByName("所在地_連結標記")).isEmpty();
        // one header name, two concepts
        assertThat(v.itemByName("種別")).isEmpty();
        assertThat(v.itemsByName("種別")).extracting(DataItem::id)
                .containsExactlyInAnyOrder("fire-water-type", "childcare-facility-type");
    }

    @Test
    void templateColumnLookupUsesTheTemplatesOwnSpelling() {
        DatasetTemplate evac = v.template("designated-emergency-evacuation-site").orElseThrow();
        assertThat(evac.column("名称_英字").orElseThrow().item().id()).isEqualTo("name-en");
        assertThat(evac.column("名称_英語").orElseThrow().header()).isEqualTo("名称_英字");
        assertThat(evac.column("名称_ｶﾅ").orElseThrow().header()).isEqualTo("名称_カナ");
        assertThat(evac.column("ID").orElseThrow().unique()).isTrue();
        assertThat(evac.column("no such")).isEmpty();
    }

    @Test
    void obligationMarks() {
        for (Obligation o : Obligation.values()) {
            assertThat(Obligation.parse(o.mark())).contains(o);
            assertThat(Obligation.parse(o.name().toLowerCase(java.util.Locale.ROOT))).contains(o);
        }
        assertThat(Obligation.parse("〇")).contains(Obligation.RECOMMENDED);
        assertThat(Obligation.parse("必須")).isEmpty();
    }

    @Test
    void versionsCompareNaturally() {
        assertThat(Versions.compare("2021-suisho", "2026-08")).isNegative();
        assertThat(Versions.compare("2026-08", "2026-10")).isNegative();
        assertThat(Versions.compare("2026-9", "2026-10")).isNegative();
        assertThat(Versions.compare("1.10", "1.9")).isPositive();
        assertThat(Versions.compare("2026", "2026-08")).isNegative();
        assertThat(Versions.compare("2026-08", "2026-08")).isZero();
    }

    @Test
    void vocabBundleIsComplete() throws Exception {
        assertThat(BundleCheck.problems(VocabMessages.BASE_NAME, getClass().getClassLoader())).isEmpty();
    }

    // ---- a city's own templates ----

    private static Path write(Path dir, String name, String json) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, json, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void cityTemplateWithStandardAndOwnItems(@TempDir Path dir) throws IOException {
        write(dir, "benches.json", """
                {
                  "id": "sapporo-benches",
                  "version": "1",
                  "name": "ベンチ一覧",
                  "nameEn": "Benches",
                  "items": [
                    {"id": "bench-seats", "name": "座席数", "nameEn": "Seats", "datatype": "INTEGER", "minimum": 1}
                  ],
                  "columns": [
                    {"header": "ID", "obligation": "◎", "unique": true},
                    {"header": "名称_ｶﾅ", "obligation": "○"},
                    {"header": "緯度", "item": "latitude", "obligation": "REQUIRED"},
                    {"header": "経度", "item": "経度", "obligation": "REQUIRED"},
                    {"header": "座席数", "item": "bench-seats", "obligation": ""}
                  ]
                }
                """);
        Vocabulary city = Vocabulary.builder().addTemplates(dir).build();
        DatasetTemplate t = city.template("sapporo-benches").orElseThrow();
        assertThat(t.confidence()).isEqualTo(Confidence.LOCAL);
        assertThat(t.columns()).extracting(c -> c.item().id())
                .containsExactly("id", "name-kana", "latitude", "longitude", "bench-seats");
        assertThat(t.columns()).extracting(TemplateColumn::obligation).containsExactly(Obligation.REQUIRED,
                Obligation.RECOMMENDED, Obligation.REQUIRED, Obligation.REQUIRED, Obligation.OPTIONAL);
        assertThat(city.item("bench-seats").orElseThrow().constraints().minimum()).isPresent();
        assertThat(city.templates()).hasSize(Vocabulary.standard().templates().size() + 1);
        Path own = Files.createDirectory(dir.resolve("own"));
        write(own, "seats.json", """
                {"id": "seats", "version": "1", "name": "座席", "nameEn": "Seats",
                 "items": [{"id": "seat-count", "name": "座席数", "nameEn": "Seats", "datatype": "INTEGER"}],
                 "columns": [{"header": "座席数", "obligation": "REQUIRED"}]}
                """);
        Vocabulary alone = Vocabulary.builder().includeStandard(false).addTemplates(own).build();
        assertThat(alone.templates()).hasSize(1);
        assertThat(alone.items()).hasSize(1);
    }

    private static VocabularyException failure(Path dir, String json) throws IOException {
        write(dir, "bad.json", json);
        try {
            Vocabulary.builder().addTemplates(dir).build();
        } catch (VocabularyException e) {
            assertThat(e.location().source()).endsWith("bad.json");
            assertThat(e.text().ja()).contains("bad.json");
            assertThat(e.text().en()).contains("bad.json");
            return e;
        }
        throw new AssertionError("no VocabularyException");
    }

    @Test
    void syntaxErrorNamesLineAndColumn(@TempDir Path dir) throws IOException {
        VocabularyException e = failure(dir, "{\n \"id\": \"x\",\n \"version\": 1\n \"name\": \"a\"\n}");
        assertThat(e.messageKey()).isEqualTo("vocab.template.syntax");
        assertThat(e.location().line()).hasValue(4);
        assertThat(e.text().en()).contains("line 4").contains("not valid JSON");
        assertThat(e.text().ja()).contains("4 行").contains("JSON として読めません");
    }

    @Test
    void misspeltFieldIsAnErrorWithLineAndPointer(@TempDir Path dir) throws IOException {
        VocabularyException e = failure(dir, """
                {"id": "x", "version": "1", "name": "a", "nameEn": "a",
                 "columns": [
                   {"header": "緯度", "obligation": "REQUIRED"},
                   {"header": "経度", "obligaton": "REQUIRED"}
                 ]}
                """);
        assertThat(e.messageKey()).isEqualTo("vocab.template.unknown-field");
        assertThat(e.location().pointer()).hasValue("/columns/1/obligaton");
        assertThat(e.location().line()).hasValue(4);
        assertThat(e.text().en()).contains("line 4").contains("obligaton");
        assertThat(e.text().ja()).contains("不明な項目");
    }

    @Test
    void missingFieldWrongValueUnknownItemAndDuplicates(@TempDir Path dir) throws IOException {
        assertThat(failure(dir, "{\"id\": \"x\", \"version\": \"1\", \"name\": \"a\", \"columns\": []}").messageKey())
                .isEqualTo("vocab.template.missing-field");
        VocabularyException bad = failure(dir, """
                {"id": "x", "version": "1", "name": "a", "nameEn": "a",
                 "columns": [{"header": "緯度", "obligation": "MUST"}]}
                """);
        assertThat(bad.messageKey()).isEqualTo("vocab.template.bad-value");
        assertThat(bad.location().pointer()).hasValue("/columns/0/obligation");
        assertThat(bad.text().en()).contains("MUST").contains("REQUIRED");
        VocabularyException unknown = failure(dir, """
                {"id": "x", "version": "1", "name": "a", "nameEn": "a",
                 "columns": [{"header": "所在地_連結標記", "obligation": "REQUIRED"}]}
                """);
        assertThat(unknown.messageKey()).isEqualTo("vocab.template.unknown-item");
        assertThat(unknown.location().pointer()).hasValue("/columns/0/header");
        assertThat(unknown.location().line()).hasValue(2);
        assertThat(failure(dir, """
                {"id": "x", "version": "1", "name": "a", "nameEn": "a",
                 "columns": [{"header": "種別", "obligation": "REQUIRED"}]}
                """).messageKey()).isEqualTo("vocab.template.ambiguous-item");
        assertThat(failure(dir, """
                {"id": "x", "version": "1", "name": "a", "nameEn": "a",
                 "columns": [{"header": "緯度", "obligation": "REQUIRED"}, {"header": "緯度 ", "obligation": ""}]}
                """).messageKey()).isEqualTo("vocab.template.duplicate-header");
        assertThat(failure(dir, """
                {"id": "public-toilet", "version": "2026-08", "name": "a", "nameEn": "a",
                 "columns": [{"header": "緯度", "obligation": "REQUIRED"}]}
                """).messageKey()).isEqualTo("vocab.template.duplicate-template");
        assertThat(failure(dir, """
                {"id": "x", "version": "1", "name": "a", "nameEn": "a",
                 "items": [{"id": "latitude", "name": "緯度", "nameEn": "Lat"}],
                 "columns": [{"header": "緯度", "obligation": "REQUIRED"}]}
                """).messageKey()).isEqualTo("vocab.template.duplicate-item");
        assertThat(failure(dir, """
                {"id": "x", "version": "1", "name": "a", "nameEn": "a",
                 "items": [{"id": "x-1", "name": "X", "nameEn": "X", "pattern": "[a-"}],
                 "columns": [{"header": "X", "obligation": "REQUIRED"}]}
                """).messageKey()).isEqualTo("vocab.template.bad-item");
        assertThat(failure(dir, "[1, 2]").messageKey()).isEqualTo("vocab.template.bad-value");
        assertThat(failure(dir, "").messageKey()).isIn("vocab.template.empty", "vocab.template.syntax");
    }

    /** Issue 9: every JSON the project reads refuses duplicate keys (naming both lines), deep nesting and huge numbers. */
    @Test
    void hostileJsonInADefinitionFileIsAnErrorNamingTheLines(@TempDir Path dir) throws IOException {
        VocabularyException dup = failure(dir, "{\n \"id\": \"x\",\n \"version\": \"1\",\n \"id\": \"y\"\n}");
        assertThat(dup.messageKey()).isEqualTo("vocab.template.duplicate");
        assertThat(dup.location().line()).hasValue(4);
        assertThat(dup.location().pointer()).hasValue("/id");
        assertThat(dup.text().en()).contains("line 4", "\"id\"", "first on line 2");
        VocabularyException deep = failure(dir, "{\"id\": " + "[".repeat(3000) + "]".repeat(3000) + "}");
        assertThat(deep.messageKey()).isEqualTo("vocab.template.too-deep");
        assertThat(deep.text().en()).contains("3001 levels", "limit of 64");
        VocabularyException number = failure(dir, "{\"id\": " + "9".repeat(2000) + "}");
        assertThat(number.messageKey()).isEqualTo("vocab.template.number-too-long");
        byte[] bad = "{\"id\": \"x\", \"name\": \"あい\"}".getBytes(StandardCharsets.UTF_8);
        bad[bad.length - 4] = (byte) 0xFF;
        Files.write(dir.resolve("bad.json"), bad);
        assertThatThrownBy(() -> Vocabulary.builder().addTemplates(dir).build())
                .isInstanceOfSatisfying(VocabularyException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("vocab.template.encoding"));
        VocabularyException huge = failure(dir, """
                {"id": "x", "version": "1", "name": "a", "nameEn": "a",
                 "items": [{"id": "x-1", "name": "X", "nameEn": "X", "datatype": "DECIMAL", "minimum": 1e400,
                            "maximum": "1e99999999999"}],
                 "columns": [{"header": "X", "obligation": "REQUIRED"}]}
                """);
        assertThat(huge.messageKey()).isEqualTo("vocab.template.bad-value");
        assertThat(huge.location().pointer()).hasValue("/items/0/maximum");
    }

    @Test
    void missingOrEmptyDirectory(@TempDir Path dir) {
        assertThatThrownBy(() -> Vocabulary.builder().addTemplates(dir.resolve("nope")))
                .isInstanceOf(VocabularyException.class)
                .satisfies(e -> assertThat(((VocabularyException) e).messageKey()).isEqualTo("vocab.template.not-found"));
        assertThatThrownBy(() -> Vocabulary.builder().addTemplates(dir))
                .isInstanceOf(VocabularyException.class)
                .hasMessageContaining("no *.json");
    }

    @Test
    void lineOfPointer() {
        byte[] json = "{\n \"a\": [\n  {\"b\": 1},\n  {\n   \"c\": 2\n  }\n ]\n}".getBytes(StandardCharsets.UTF_8);
        assertThat(TemplateFiles.lineOf(json, "/a")).isEqualTo(2);
        assertThat(TemplateFiles.lineOf(json, "/a/0/b")).isEqualTo(3);
        assertThat(TemplateFiles.lineOf(json, "/a/1")).isEqualTo(4);
        assertThat(TemplateFiles.lineOf(json, "/a/1/c")).isEqualTo(5);
        assertThat(TemplateFiles.lineOf(json, "/zz")).isZero();
    }
}
