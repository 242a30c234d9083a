package io.github.civicdata.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The header alias data ({@code data/header-aliases.json}) and alias files a city adds: every
 * alias names a known item, and no spelling names two columns of one template.
 */
class HeaderAliasesTest {

    private final Vocabulary v = Vocabulary.standard();

    @Test
    void noSpellingNamesTwoColumnsOfOneShippedTemplate() {
        List<String> clashes = new ArrayList<>();
        for (DatasetTemplate t : v.templates()) {
            clashes.addAll(v.ambiguousSpellings(t));
        }
        assertThat(clashes).isEmpty();
        assertThat(v.templates()).hasSize(29);
    }

    @Test
    void everyShippedAliasNamesOneColumnWhereverItsItemIsUsed() {
        int checked = 0;
        for (DatasetTemplate t : v.templates()) {
            for (TemplateColumn c : t.columns()) {
                for (boolean english : new boolean[] {false, true}) {
                    for (String alias : v.headerAliases(c.item(), english)) {
                        HeaderMapping m = v.mapHeader(t, List.of(alias));
                        assertThat(m.columns().get(0).target()).as(t.key() + " " + alias).containsSame(c);
                        assertThat(m.columns().get(0).kind()).as(t.key() + " " + alias)
                                .contains(english ? HeaderMatch.Kind.ENGLISH : HeaderMatch.Kind.ALIAS);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(150);
        assertThat(HeaderMappingTest.allAliases(v)).contains("prefCode", "fullNameInKana", "man18", "TEL", "localgov_code");
    }

    @Test
    void aCityAddsItsOwnEnglishNames(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("aliases.json");
        Files.writeString(f, """
                {"format": "civicdata-header-aliases/1",
                 "aliases": [{"item": "installation-position", "en": ["aedPlace"], "source": "our own files"},
                             {"item": "name-kana", "ja": ["フリガナ"]}]}
                """, StandardCharsets.UTF_8);
        Vocabulary city = Vocabulary.builder().addHeaderAliases(f).build();
        DatasetTemplate aed = city.template("aed").orElseThrow();
        HeaderMapping m = city.mapHeader(aed, List.of("aedPlace", "フリガナ", "fullNameInKana"));
        assertThat(m.columns().get(0).target().orElseThrow().header()).isEqualTo("設置位置");
        assertThat(m.columns().get(1).kind()).contains(HeaderMatch.Kind.ALIAS);
        assertThat(m.columns().get(2).target()).isEmpty(); // 名称_カナ is taken already
        assertThat(city.headerAliases(city.item("name-kana").orElseThrow(), true)).contains("fullNameInKana");
        assertThat(v.mapHeader(aed, List.of("aedPlace")).matched()).isEmpty(); // the standard vocabulary is unchanged
    }

    @Test
    void anAliasThatWouldNameTwoColumnsIsRefused(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, """
                {"format": "civicdata-header-aliases/1",
                 "aliases": [
                  {"item": "start-time", "en": ["time"]},
                  {"item": "end-time", "en": ["time"]}
                 ]}
                """, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Vocabulary.builder().addHeaderAliases(f).build())
                .isInstanceOf(VocabularyException.class)
                .hasMessageContaining("bad.json").hasMessageContaining("\"time\"").hasMessageContaining("開始時間");
    }

    @Test
    void malformedAliasFilesSayWhereAndWhat(@TempDir Path dir) throws IOException {
        Path unknown = dir.resolve("unknown.json");
        Files.writeString(unknown, """
                {"format": "civicdata-header-aliases/1",
                 "aliases": [{"item": "no-such-item", "en": ["x"]}]}
                """, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Vocabulary.builder().addHeaderAliases(unknown).build())
                .isInstanceOf(VocabularyException.class).hasMessageContaining("no-such-item")
                .hasMessageContaining("line 2");
        Path typo = dir.resolve("typo.json");
        Files.writeString(typo, """
                {"format": "civicdata-header-aliases/1", "aliases": [{"item": "id", "english": ["x"]}]}
                """, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Vocabulary.builder().addHeaderAliases(typo)).isInstanceOf(VocabularyException.class)
                .hasMessageContaining("english");
        Path dup = dir.resolve("dup.json");
        Files.writeString(dup, """
                {"format": "civicdata-header-aliases/1", "aliases": [], "aliases": []}
                """, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Vocabulary.builder().addHeaderAliases(dup)).isInstanceOf(VocabularyException.class);
        assertThatThrownBy(() -> Vocabulary.builder().addHeaderAliases(dir.resolve("missing.json")))
                .isInstanceOf(VocabularyException.class).hasMessageContaining("missing.json");
    }
}
