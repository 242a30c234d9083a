package io.github.civicdata.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValuesTest {

    private static final Publisher AOBADAI = Publisher.of(LocalGovernmentCode.parse("13299"), "青葉台市");

    @Test
    void bilingualTextRejectsBlankAndUnwritableCharacters() {
        assertThat(BilingualText.of("公衆トイレ一覧", "Public toilets").en()).contains("Public toilets");
        assertThatThrownBy(() -> BilingualText.of(" 　")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BilingualText.of("a\u0000b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BilingualText.of("a\uD800b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BilingualText.of("ok", "")).isInstanceOf(IllegalArgumentException.class);
        assertThat(BilingualText.of("改行\nタブ\t𠮷").ja()).contains("𠮷");
    }

    @Test
    void licencesHaveOneRepresentation() {
        assertThat(License.parse("cc-by-4.0")).isEqualTo(KnownLicense.CC_BY_4_0);
        assertThat(License.parse("https://creativecommons.org/licenses/by/4.0/legalcode.ja"))
                .isEqualTo(KnownLicense.CC_BY_4_0);
        assertThat(License.parse("http://creativecommons.org/licenses/by/4.0/deed.ja")).isEqualTo(KnownLicense.CC_BY_4_0);
        assertThat(License.parse("https://creativecommons.org/publicdomain/zero/1.0/")).isEqualTo(KnownLicense.CC0_1_0);
        assertThat(License.parse("https://www.digital.go.jp/en/resources/open_data/public_data_license_v1.0"))
                .isEqualTo(KnownLicense.PDL_1_0);
        assertThat(License.parse("JP-GOV-STANDARD-TERMS-2.0")).isEqualTo(KnownLicense.GOV_JP_STANDARD_TERMS_2_0);
        License other = License.parse("https://www.city.aobadai.example.lg.jp/terms.html");
        assertThat(other).isInstanceOf(LicenseUrl.class);
        assertThat(other.known()).isEmpty();
        assertThat(other.id()).isEqualTo("https://www.city.aobadai.example.lg.jp/terms.html");
        assertThatThrownBy(() -> new LicenseUrl(URI.create("https://creativecommons.org/licenses/by/4.0/")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CC_BY_4_0");
        assertThatThrownBy(() -> License.parse("CC BY")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> License.parse("ftp://example.jp/x")).isInstanceOf(IllegalArgumentException.class);
        // by/4.0 is not by-sa/4.0
        assertThat(License.parse("https://creativecommons.org/licenses/by-sa/4.0/")).isInstanceOf(LicenseUrl.class);
    }

    @Test
    void frequencyReadsCodesIrisAndJapanese() {
        assertThat(Frequency.parse("毎月")).contains(Frequency.MONTHLY);
        assertThat(Frequency.parse("年1回")).contains(Frequency.ANNUAL);
        assertThat(Frequency.parse("monthly")).contains(Frequency.MONTHLY);
        assertThat(Frequency.parse(Frequency.QUARTERLY.iri())).contains(Frequency.QUARTERLY);
        assertThat(Frequency.parse("1MIN")).contains(Frequency.MIN_1);
        assertThat(Frequency.parse("時々")).isEmpty();
    }

    @Test
    void distributionNormalisesAndChecksForms() {
        Distribution d = Distribution.builder("csv").mediaType("Text/CSV").characterEncoding("UTF-8").bom(true)
                .downloadUrl(URI.create("https://www.city.aobadai.example.lg.jp/data/トイレ.csv")).byteSize(0).build();
        assertThat(d.format()).isEqualTo("CSV");
        assertThat(d.mediaType()).contains("text/csv");
        assertThatThrownBy(() -> Distribution.builder("C S V").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Distribution.builder("CSV").mediaType("text/csv; charset=utf-8").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Distribution.builder("CSV").byteSize(-1).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Distribution.builder("CSV").downloadUrl(URI.create("file:///etc/passwd")).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Distribution.builder("CSV").downloadUrl(URI.create("/relative.csv")).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Checksum.of(ChecksumAlgorithm.SHA256, "abc")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Checksum.of(ChecksumAlgorithm.MD5, "D41D8CD98F00B204E9800998ECF8427E").value())
                .isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
        assertThat(Checksum.sha256(new byte[0]).value())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void recordKeepsSetsSortedAndDistributionsInOrder() {
        Distribution csv = Distribution.builder("CSV").build();
        Distribution xlsx = Distribution.builder("XLSX").build();
        DatasetRecord r = DatasetRecord.builder("toilet", BilingualText.of("公衆トイレ一覧"), AOBADAI)
                .keyword("トイレ", "バリアフリー", "トイレ")
                .theme(StatisticalField.SOCIAL_SECURITY_HEALTH, StatisticalField.LAND_WEATHER)
                .spatial(LocalGovernmentCode.parse("13299"), LocalGovernmentCode.parse("13101"))
                .conformsTo(TemplateRef.of("public-toilet", "3.09"), TemplateRef.of("aed", "3.09"))
                .distribution(xlsx).distribution(csv)
                .extra("z", "1").extra("a", "2")
                .build();
        assertThat(r.keywords()).containsExactly("トイレ", "バリアフリー");
        assertThat(r.themes()).containsExactly(StatisticalField.LAND_WEATHER, StatisticalField.SOCIAL_SECURITY_HEALTH);
        assertThat(r.spatial()).extracting(LocalGovernmentCode::value).containsExactly("131016", "132993");
        assertThat(r.conformsTo()).extracting(TemplateRef::toString).containsExactly("aed@3.09", "public-toilet@3.09");
        assertThat(r.distributions()).containsExactly(xlsx, csv);
        assertThat(r.extras().keySet()).containsExactly("a", "z");
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertThatThrownBy(() -> r.keywords().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.extras().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void recordRejectsMalformedParts() {
        assertThatThrownBy(() -> DatasetRecord.builder("two words", BilingualText.of("t"), AOBADAI).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DatasetRecord.builder("id\u3000x", BilingualText.of("t"), AOBADAI).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DatasetRecord.builder("id", BilingualText.of("t"), AOBADAI).keyword("a\nb").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DatasetRecord.builder("id", BilingualText.of("t"), AOBADAI)
                .issued(LocalDate.of(10000, 1, 1)).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DatasetRecord.builder("id", BilingualText.of("t"), AOBADAI)
                .landingPage(URI.create("mailto:a@b.jp")).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DatasetRecord.builder("id", BilingualText.of("t"), AOBADAI)
                .extras(Map.of(" ", "x")).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TemporalCoverage(java.util.Optional.empty(), java.util.Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TemplateRef.of("a@b", "1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(TemplateRef.parse("public-toilet@3.09")).isEqualTo(TemplateRef.of("public-toilet", "3.09"));
    }

    @Test
    void contactPointChecksForms() {
        assertThat(ContactPoint.builder("情報政策課").email("a@city.example.lg.jp").telephone("042-123-4567").build()
                .telephone()).contains("042-123-4567");
        assertThatThrownBy(() -> ContactPoint.builder("x").email("not-mail").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContactPoint.builder("x").telephone("０４２-123").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inventorySortsItemsAndIsOpenOnlyWhenOpen() {
        InventoryEntry inv = InventoryEntry.builder("市民課", InventoryCategory.BUSINESS_SYSTEM, DisclosureLevel.INTERNAL)
                .dataItem("telephone", "address", "telephone").build();
        assertThat(inv.dataItems()).containsExactly("address", "telephone");
        assertThat(inv.candidacy()).isEqualTo(OpenDataCandidacy.UNDECIDED);
        DatasetRecord r = DatasetRecord.builder("x", BilingualText.of("t"), AOBADAI).inventory(inv).build();
        assertThat(r.isOpen()).isFalse();
        assertThat(r.toBuilder().inventory(inv.toBuilder().disclosure(DisclosureLevel.OPEN).build()).build().isOpen())
                .isTrue();
        assertThat(DatasetRecord.builder("x", BilingualText.of("t"), AOBADAI).build().isOpen()).isTrue();
        assertThatThrownBy(() -> InventoryEntry.builder("課", InventoryCategory.OTHER, DisclosureLevel.OPEN)
                .dataItems(List.of("phone number")).build()).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Data item ids have the vocabulary's form; the DCAT round trip lost {@code .} (its item IRI
     * {@code …/item/.} is normalised to {@code …/item/}) before the entry rejected it.
     */
    @Test
    void inventoryAcceptsOnlyVocabularyStyleItemIds() {
        InventoryEntry.Builder b = InventoryEntry.builder("課", InventoryCategory.OTHER, DisclosureLevel.OPEN);
        String longest = "a".repeat(InventoryEntry.MAX_ITEM_ID_LENGTH);
        for (String ok : List.of("phone-number", "latitude", "x1", "2nd-address", longest)) {
            assertThat(InventoryEntry.isValidItemId(ok)).as(ok).isTrue();
            assertThat(b.dataItems(List.of(ok)).build().dataItems()).containsExactly(ok);
        }
        for (String bad : List.of(".", "..", "a.b", "電話番号", "u7unイ8ynuly", "Phone", "phone_number", "a--b", "-a", "a-",
                "ａ", "a/b", "a%2E", longest + "a")) {
            assertThat(InventoryEntry.isValidItemId(bad)).as(bad).isFalse();
            assertThatThrownBy(() -> b.dataItems(List.of(bad)).build()).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
