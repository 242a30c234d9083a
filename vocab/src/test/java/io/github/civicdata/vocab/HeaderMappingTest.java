package io.github.civicdata.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Header matching: the keys, item lookup by every kind of spelling, and mapping to a template. */
class HeaderMappingTest {

    private final Vocabulary v = Vocabulary.standard();

    @Test
    void keysIgnoreWidthCaseSpacingAndPunctuation() {
        assertThat(HeaderKeys.loose("名称（カナ）")).isEqualTo(HeaderKeys.loose("名称_カナ"))
                .isEqualTo(HeaderKeys.loose("名称 ｶﾅ")).isEqualTo("名称カナ");
        assertThat(HeaderKeys.loose("1.名称")).isEqualTo("名称");
        assertThat(HeaderKeys.loose("0-4歳の男性")).isEqualTo("04歳の男性"); // a leading "0-" is not a numbering
        assertThat(HeaderKeys.loose("建物名等（方書）")).isEqualTo(HeaderKeys.loose("建物名等(方書)"));
        assertThat(HeaderKeys.english("prefCode")).isEqualTo(HeaderKeys.english("pref_code"))
                .isEqualTo(HeaderKeys.english("Pref Code")).isEqualTo(HeaderKeys.english("PREF-CODE")).isEqualTo("prefcode");
        assertThat(HeaderKeys.english("Name (katakana)")).isEqualTo("namekatakana");
        assertThat(HeaderKeys.english("名称")).isEmpty();
        assertThat(HeaderKeys.english("123")).isEmpty();
        assertThat(HeaderKeys.withoutNote("問い合わせ先（市の担当課）")).isEqualTo("問い合わせ先");
        assertThat(HeaderKeys.withoutNote("緯度【世界測地系】")).isEqualTo("緯度");
        assertThat(HeaderKeys.withoutNote("名称")).isEmpty();
        assertThat(HeaderKeys.withoutNote("(注)")).isEmpty();
    }

    @Test
    void similarSpellingsExcludeDigitsKanjiAndShortNames() {
        assertThat(HeaderKeys.similar("iamgelicense", "imagelicense")).isTrue(); // two letters swapped
        assertThat(HeaderKeys.similar("descriptioneng", "descriptionen")).isTrue(); // one letter more
        assertThat(HeaderKeys.similar("オストメート設置トイレ有無", "オストメイト設置トイレ有無")).isTrue();
        assertThat(HeaderKeys.similar("man1", "man2")).isFalse();
        assertThat(HeaderKeys.similar("woman10", "woman11")).isFalse(); // digits differ
        assertThat(HeaderKeys.similar("男性トイレ総数", "女性トイレ総数")).isFalse(); // kanji differ
        assertThat(HeaderKeys.similar("所在地連結標記", "所在地連結表記")).isFalse();
        assertThat(HeaderKeys.similar("name", "nama")).isFalse(); // too short to tell
        assertThat(HeaderKeys.similar("address", "address")).isFalse();
    }

    @Test
    void itemsAreFoundByNameAliasNormalisedAndEnglishSpellings() {
        assertThat(kind("緯度")).isEqualTo(HeaderMatch.Kind.EXACT);
        assertThat(kind("名称_英字")).isEqualTo(HeaderMatch.Kind.ALIAS);
        assertThat(kind("行事名")).isEqualTo(HeaderMatch.Kind.ALIAS);
        assertThat(kind("名称（カナ）")).isEqualTo(HeaderMatch.Kind.NORMALIZED);
        assertThat(kind("名称 カナ")).isEqualTo(HeaderMatch.Kind.NORMALIZED);
        assertThat(kind("全国地方公共団体ｺｰﾄﾞ")).isEqualTo(HeaderMatch.Kind.NORMALIZED);
        assertThat(kind("問い合わせ先（市の担当課）")).isEqualTo(HeaderMatch.Kind.NORMALIZED);
        assertThat(v.matchHeader("問い合わせ先（市の担当課）").orElseThrow().item().id()).isEqualTo("contact-name");
        assertThat(v.matchHeader("緯度（世界測地系）").orElseThrow().item().id()).isEqualTo("latitude");
        for (String en : List.of("latitude", "Latitude", "name-kana", "nameKana", "name_kana", "Name (katakana)",
                "fullNameInKana", "telephoneNumber", "installationPosition", "equipmentForChildren")) {
            assertThat(kind(en)).as(en).isEqualTo(HeaderMatch.Kind.ENGLISH);
        }
        assertThat(v.matchHeader("fullNameInKana").orElseThrow().item().id()).isEqualTo("name-kana");
        assertThat(v.matchHeader("man1").orElseThrow().item().id()).isEqualTo("population-male-0-4");
        assertThat(v.matchHeader("woman18").orElseThrow().item().id()).isEqualTo("population-female-85-plus");
        // one spelling, several items: no single match, every candidate listed
        assertThat(v.matchHeader("TEL")).isEmpty();
        assertThat(ids(v.itemsByName("TEL"))).containsExactlyInAnyOrder("phone-number", "contact-phone-number");
        assertThat(ids(v.itemsByName("prefCode")))
                .containsExactlyInAnyOrder("legacy-local-government-code", "local-government-code");
        assertThat(ids(v.itemsByName("city"))).containsExactlyInAnyOrder("municipality-name", "located-municipality");
        // never guessed
        assertThat(v.matchHeader("location")).isEmpty();
        assertThat(v.matchHeader("iamgeLicense")).isEmpty(); // misspellings only within a template
        assertThat(v.itemsByName("")).isEmpty();
    }

    @Test
    void takamatsuPublicToiletMapsToBothEditionsByEnglishNames() {
        List<String> header = List.of("#property", "latitude", "longitude", "prefCode", "identification", "pref",
                "city", "name", "fullNameInKana", "fullNameInRomaji", "address", "katagaki", "installationPosition",
                "totalMensRestroom", "smallMensRestroom", "japaneseMensRestroom", "westernMensRestroom",
                "totalWomanRestroom", "japaneseWomanRestroom", "westernWomanRestroom", "sharedRestroom",
                "japaneseSharedRestroom", "westernSharedRestroom", "multifunctionalRestroom", "wheelchairRestroom",
                "anInfantRestroom", "ostomateRestroom", "startTime", "endTime", "availableDateNote", "image",
                "iamgeLicense", "note");
        HeaderMapping legacy = v.mapHeader(v.template("public-toilet", "2021-suisho").orElseThrow(), header);
        Map<String, String> m = targets(legacy);
        assertThat(legacy.matched()).hasSize(32);
        assertThat(legacy.missing()).isEmpty();
        assertThat(m).containsEntry("prefCode", "都道府県コード又は市区町村コード").containsEntry("identification", "NO")
                .containsEntry("pref", "都道府県名").containsEntry("city", "市区町村名")
                .containsEntry("fullNameInKana", "名称_カナ").containsEntry("katagaki", "方書")
                .containsEntry("multifunctionalRestroom", "多機能トイレ数").containsEntry("startTime", "利用開始時間")
                .containsEntry("availableDateNote", "利用可能時間特記事項").containsEntry("iamgeLicense", "画像_ライセンス")
                .containsEntry("note", "備考").doesNotContainKey("#property");
        assertThat(legacy.count(HeaderMatch.Kind.ENGLISH)).isEqualTo(31);
        assertThat(legacy.columns().get(31).kind()).contains(HeaderMatch.Kind.SIMILAR);
        assertThat(legacy.columns().get(0).target()).isEmpty();

        HeaderMapping current = v.mapHeader(v.template("public-toilet", "2026-08").orElseThrow(), header);
        Map<String, String> c = targets(current);
        assertThat(c).containsEntry("prefCode", "全国地方公共団体コード").containsEntry("identification", "ID")
                .containsEntry("city", "所在地_市区町村").containsEntry("katagaki", "建物名等(方書)")
                .doesNotContainKey("pref").doesNotContainKey("address").doesNotContainKey("multifunctionalRestroom");
        assertThat(current.matched().size()).isLessThan(legacy.matched().size());
    }

    @Test
    void linkDataLabelRowNamesTheColumns() {
        DatasetTemplate aed = v.template("aed").orElseThrow();
        List<String> header = List.of("#property", "shisetsu", "jusho", "denwa", "location");
        List<List<String>> labels = List.of(List.of(), List.of("名称"), List.of("住所"), List.of("電話番号"), List.of());
        HeaderMapping m = v.mapHeader(aed, header, labels);
        assertThat(targets(m)).containsOnly(Map.entry("shisetsu", "名称"), Map.entry("jusho", "住所"),
                Map.entry("denwa", "電話番号"));
        HeaderMapping.Column shisetsu = m.columns().get(1);
        assertThat(shisetsu.kind()).contains(HeaderMatch.Kind.EXACT);
        assertThat(shisetsu.matchedName()).isEqualTo("名称");
        assertThat(shisetsu.header()).isEqualTo("shisetsu");
        // without the labels nothing matches
        assertThat(v.mapHeader(aed, header).matched()).isEmpty();
    }

    @Test
    void eachTemplateColumnIsTakenOnceAndTheBetterSpellingWins() {
        DatasetTemplate aed = v.template("aed").orElseThrow();
        // the exact header wins over the English name that comes first in the file
        HeaderMapping m = v.mapHeader(aed, List.of("name", "名称", "名称"));
        assertThat(m.columns().get(1).target().orElseThrow().header()).isEqualTo("名称");
        assertThat(m.columns().get(1).kind()).contains(HeaderMatch.Kind.EXACT);
        assertThat(m.columns().get(0).target()).isEmpty();
        assertThat(m.columns().get(2).target()).isEmpty(); // a duplicate is not matched twice
        // a misspelling close to two columns matches neither
        DatasetTemplate pop = v.template("population-by-area-and-age").orElseThrow();
        assertThat(v.mapHeader(pop, List.of("man1", "woman1", "mann1")).columns().get(2).target()).isEmpty();
        // 男性 and 女性 are never confused
        DatasetTemplate toilet = v.template("public-toilet", "2021-suisho").orElseThrow();
        HeaderMapping t = v.mapHeader(toilet, List.of("女性トイレ総数"));
        assertThat(t.columns().get(0).target().orElseThrow().item().id()).isEqualTo("female-toilets-total");
        assertThat(v.mapHeader(toilet, List.of("女性トイレ数")).matched()).isEmpty();
    }

    @Test
    void aSchemaTemplateIsMappedByItsOwnNames() {
        DataItem lon = DataItem.builder("schema-field-3", "long", "long").build();
        DatasetTemplate schema = new DatasetTemplate("schema", "file", "s", "s", java.util.Optional.empty(), "", Confidence.LOCAL,
                true, "", "", "", List.of(TemplateColumn.of("long", lon, Obligation.OPTIONAL, false)));
        HeaderMapping m = v.mapHeader(schema, List.of("LONG"));
        assertThat(m.columns().get(0).kind()).contains(HeaderMatch.Kind.NORMALIZED);
        assertThat(v.mapHeader(schema, List.of("経度")).matched()).isEmpty(); // the vocabulary's longitude is another item
    }

    private HeaderMatch.Kind kind(String header) {
        return v.matchHeader(header).orElseThrow(() -> new AssertionError("no match for " + header)).kind();
    }

    private static List<String> ids(List<DataItem> items) {
        return items.stream().map(DataItem::id).toList();
    }

    private static Map<String, String> targets(HeaderMapping m) {
        return m.matched().stream().collect(Collectors.toMap(HeaderMapping.Column::header,
                c -> c.target().orElseThrow().header(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    static List<String> allAliases(Vocabulary v) {
        List<String> out = new ArrayList<>();
        for (DataItem i : v.items()) {
            out.addAll(v.headerAliases(i, false));
            out.addAll(v.headerAliases(i, true));
        }
        return out;
    }
}
