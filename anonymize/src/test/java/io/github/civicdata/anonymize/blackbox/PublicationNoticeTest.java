package io.github.civicdata.anonymize.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.anonymize.AnonymizationResult;
import io.github.civicdata.anonymize.Anonymizer;
import io.github.civicdata.anonymize.CsvOptions;
import io.github.civicdata.anonymize.PublicationNotice;
import io.github.civicdata.anonymize.Table;
import io.github.civicdata.core.testing.Golden;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** 公表事項: the notice written from the configuration, compared with golden files (ja and en). */
class PublicationNoticeTest {

    @Test
    void noticeOfABusinessMatchesTheGoldenFile() {
        Table in = Table.read(AnonymizationApiTest.GOLDEN_INPUT, CsvOptions.defaults());
        Anonymizer a = AnonymizationApiTest.residentsAnonymizer(in);
        PublicationNotice n = PublicationNotice.of(a, in.header(), new PublicationNotice.Details("住民健康調査（令和6年度）",
                Optional.of("株式会社サンプル"), Optional.of(LocalDate.of(2024, 4, 1)), PublicationNotice.Sector.PRIVATE));
        assertThat(n.generalisedItems()).containsExactly("年齢", "郵便番号", "性別");
        assertThat(n.keptItems()).containsExactly("疾病");
        // the identifying column carries no information and is not an item; no level or hierarchy is named
        assertThat(n.text()).doesNotContain("氏名").doesNotContain("90歳以上").doesNotContain("86000");
        Golden.assertMatches("publication/residents-private.expected.txt", n.text());
    }

    @Test
    void noticeOfAMunicipalityNamesTheNumberOfDataSubjects() {
        Table in = Table.read(AnonymizationApiTest.GOLDEN_INPUT, CsvOptions.defaults());
        Anonymizer a = AnonymizationApiTest.residentsAnonymizer(in);
        AnonymizationResult r = a.anonymize(in);
        PublicationNotice n = PublicationNotice.of(a, in.header(), new PublicationNotice.Details("住民健康調査（令和6年度）",
                Optional.of("熊本市"), Optional.of(LocalDate.of(2024, 4, 1)), PublicationNotice.Sector.PUBLIC), r);
        assertThat(n.text()).contains("本人の数（レコード数）: " + r.outputRows());
        Golden.assertMatches("publication/residents-public.expected.txt", n.text());
    }
}
