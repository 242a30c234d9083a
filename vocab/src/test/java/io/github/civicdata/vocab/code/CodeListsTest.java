package io.github.civicdata.vocab.code;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Messages;
import io.github.civicdata.vocab.code.CodeExplanation.Verdict;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodeListsTest {

    private final CodeLists codes = CodeLists.standard();

    /** The check digit recomputed here, independently of the library. */
    private static int cd(String five) {
        int[] w = {6, 5, 4, 3, 2};
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += w[i] * (five.charAt(i) - '0');
        }
        return (11 - sum % 11) % 10;
    }

    @Test
    void everyShippedCodeHasTheRightCheckDigit() {
        int n = 0;
        for (Prefecture p : codes.prefectures()) {
            assertThat(p.localGovernmentCode().charAt(5) - '0').as(p.name()).isEqualTo(cd(p.localGovernmentCode()));
            n++;
        }
        for (Municipality m : codes.municipalities()) {
            assertThat(m.code().charAt(5) - '0').as(m.name()).isEqualTo(cd(m.code()));
            assertThat(LocalGovernmentCodes.hasValidCheckDigit(m.code())).isTrue();
            n++;
        }
        assertThat(n).isEqualTo(47 + 1918);
    }

    /** The counts match the shipped ABR files, read here line by line. */
    @Test
    void countsMatchTheShippedFiles() {
        long cities = CodeData.read(CodeData.CITIES).lines().skip(1).filter(l -> !l.isBlank()).count();
        long prefs = CodeData.read(CodeData.PREFECTURES).lines().skip(1).filter(l -> !l.isBlank()).count();
        assertThat(cities).isEqualTo(1918);
        assertThat(prefs).isEqualTo(47);
        assertThat(codes.municipalities()).hasSize((int) cities);
        assertThat(codes.prefectures()).hasSize((int) prefs);
        // every code of the files is listed, with the file's name
        for (String line : CodeData.read(CodeData.CITIES).lines().skip(1).toList()) {
            String[] f = line.split(",", -1);
            Municipality m = codes.municipality(f[0]).orElseThrow();
            assertThat(m.name()).isEqualTo(f[7] + f[10]);
            assertThat(codes.record(f[0]).orElseThrow().isCurrent()).isTrue();
        }
    }

    @Test
    void listsHaveTheExpectedShape() {
        assertThat(codes.prefectures()).hasSize(47);
        assertThat(codes.prefectures().get(0)).isEqualTo(
                new Prefecture("01", "010006", "北海道", "ほっかいどう", "Hokkaido", "JP-01"));
        assertThat(codes.prefecture("13").orElseThrow().localGovernmentCode()).isEqualTo("130001");
        assertThat(codes.prefecture("470007").orElseThrow().name()).isEqualTo("沖縄県");
        assertThat(codes.municipalities()).hasSize(1918);
        Set<String> unique = new HashSet<>();
        codes.municipalities().forEach(m -> assertThat(unique.add(m.code())).isTrue());
        Municipality chuo = codes.municipality("011011").orElseThrow();
        assertThat(chuo.name()).isEqualTo("札幌市中央区");
        assertThat(chuo.nameKana()).contains("さっぽろしちゅうおうく");
        assertThat(chuo.kind()).isEqualTo(Municipality.Kind.WARD);
        assertThat(chuo.cityCode()).contains("011002");
        assertThat(codes.municipality("011002").orElseThrow().kind()).isEqualTo(Municipality.Kind.DESIGNATED_CITY);
        assertThat(codes.municipality("131016").orElseThrow().kind()).isEqualTo(Municipality.Kind.SPECIAL_WARD);
        assertThat(codes.municipality("013030").orElseThrow().kind()).isEqualTo(Municipality.Kind.TOWN);
        assertThat(codes.municipality("092011").orElseThrow().name()).isEqualTo("宇都宮市");
        assertThat(chuo.nameRoman()).contains("Sapporo-shi Chuo-ku");
        // one of the six 北方領土 villages, which the ABR lists with readings
        Municipality shikotan = codes.municipality("016951").orElseThrow();
        assertThat(shikotan.name()).isEqualTo("色丹村");
        assertThat(shikotan.nameKana()).contains("しこたんむら");
        assertThat(shikotan.county()).contains("色丹郡");
        // 浜松市: the three wards of 2024, not the seven before
        assertThat(codes.municipality("221384").orElseThrow().name()).isEqualTo("浜松市中央区");
        assertThat(codes.municipality("221392").orElseThrow().name()).isEqualTo("浜松市浜名区");
        assertThat(codes.municipality("221406").orElseThrow().name()).isEqualTo("浜松市天竜区");
        assertThat(codes.municipality("221317")).isEmpty();
        assertThat(codes.isListed("221317")).isFalse();
        assertThat(codes.municipalities().stream().filter(m -> m.kind() == Municipality.Kind.WARD)).hasSize(171);
        assertThat(codes.municipalities().stream().filter(m -> m.kind() == Municipality.Kind.DESIGNATED_CITY))
                .hasSize(20);
        assertThat(codes.municipalities().stream().filter(m -> m.kind() == Municipality.Kind.SPECIAL_WARD))
                .hasSize(23);
        assertThat(codes.fullName("011011")).contains("北海道札幌市中央区");
        assertThat(codes.fullName("130001")).contains("東京都");
        assertThat(codes.fullName("999999")).isEmpty();
    }

    @Test
    void hierarchyIsPlainAndComplete() {
        List<AdministrativeArea> h = codes.hierarchy();
        assertThat(h).hasSize(1918);
        assertThat(h).contains(new AdministrativeArea("011011", "札幌市中央区", "011002", "札幌市", "01", "北海道"));
        assertThat(h).contains(new AdministrativeArea("131016", "千代田区", "131016", "千代田区", "13", "東京都"));
        for (AdministrativeArea a : h) {
            assertThat(a.code()).startsWith(a.prefectureCode());
            assertThat(a.cityCode()).startsWith(a.prefectureCode());
        }
    }

    private CodeExplanation explain(String in, Verdict v, String normalized) {
        CodeExplanation e = codes.explain(in);
        assertThat(e.verdict()).as(in).isEqualTo(v);
        if (normalized == null) {
            assertThat(e.normalized()).as(in).isEmpty();
        } else {
            assertThat(e.normalized()).as(in).contains(normalized);
        }
        assertThat(Messages.get().contains(e.messageKey())).as(e.messageKey()).isTrue();
        assertThat(e.text().ja()).isNotBlank();
        return e;
    }

    @Test
    void explainsEveryKindOfInput() {
        CodeExplanation ok = explain("011002", Verdict.VALID, "011002");
        assertThat(ok.municipality().orElseThrow().name()).isEqualTo("札幌市");
        assertThat(ok.prefecture().orElseThrow().name()).isEqualTo("北海道");
        assertThat(ok.text().en()).isEqualTo("011002 is a valid 全国地方公共団体コード: 北海道札幌市.");
        assertThat(explain("130001", Verdict.VALID, "130001").prefecture().orElseThrow().name()).isEqualTo("東京都");
        CodeExplanation lost = explain("92011", Verdict.LEADING_ZERO_RESTORED, "092011");
        assertThat(lost.municipality().orElseThrow().name()).isEqualTo("宇都宮市");
        assertThat(lost.isValid()).isFalse();
        explain("1100", Verdict.LEADING_ZERO_RESTORED, "011002");
        explain("13101", Verdict.FIVE_DIGIT_FORM, "131016");
        explain("01100", Verdict.FIVE_DIGIT_FORM, "011002");
        explain("13000", Verdict.FIVE_DIGIT_FORM, "130001");
        CodeExplanation amb = explain("16322", Verdict.AMBIGUOUS, null);
        assertThat(amb.candidates()).containsExactly("163228", "016322");
        CodeExplanation wrong = explain("011003", Verdict.WRONG_CHECK_DIGIT, "011002");
        assertThat(wrong.arguments()).containsExactly("011003", "2", "3");
        explain("13", Verdict.PREFECTURE_CODE, "130001");
        explain("01", Verdict.PREFECTURE_CODE, "010006");
        CodeExplanation lostPrefecture = explain("1", Verdict.LEADING_ZERO_RESTORED, "010006");
        assertThat(lostPrefecture.isValid()).isFalse();
        assertThat(lostPrefecture.prefecture().orElseThrow().name()).isEqualTo("北海道");
        assertThat(lostPrefecture.municipality()).isEmpty();
        assertThat(lostPrefecture.text().en()).isEqualTo("1 looks like the prefecture code 01 (北海道) that lost its"
                + " leading zero, e.g. in a spreadsheet; write it as text with 2 digits (the prefecture's own"
                + " 全国地方公共団体コード is 010006).");
        explain("0", Verdict.UNKNOWN_PREFECTURE, null);
        explain("48", Verdict.UNKNOWN_PREFECTURE, null);
        explain("999997", Verdict.UNKNOWN_PREFECTURE, null);
        explain("019992", Verdict.VALID_UNLISTED, "019992");
        explain("０１１００２", Verdict.VALID, "011002");
        explain(" 011002 ", Verdict.VALID, "011002");
        explain("abc", Verdict.MALFORMED, null);
        explain("", Verdict.MALFORMED, null);
        explain("0110021", Verdict.MALFORMED, null);
        explain("011-002", Verdict.MALFORMED, null);
    }

    @Test
    void lookupFindsNamesReadingsAndRomanisedNames() {
        List<CodeRecord> naka = codes.lookup("浜松市中区");
        assertThat(naka).extracting(CodeRecord::code).containsExactly("221317");
        assertThat(naka.get(0).validUntil()).contains(java.time.LocalDate.of(2023, 12, 31));
        assertThat(codes.lookup("静岡県浜松市中区")).extracting(CodeRecord::code).containsExactly("221317");
        assertThat(codes.lookup("はままつしなかく")).extracting(CodeRecord::code).containsExactly("221317");
        for (String q : List.of("浜松市中央区", "はままつしちゅうおうく", "ハママツシチュウオウク", "ﾊﾏﾏﾂｼﾁｭｳｵｳｸ",
                "Hamamatsu-shi Chuo-ku", "hamamatsushi chuoku", "HAMAMATSU CHUO", "221384", "22138", "２２１３８４")) {
            assertThat(codes.lookup(q)).as(q).extracting(CodeRecord::code).containsExactly("221384");
        }
        assertThat(codes.lookup("沙流郡日高町")).extracting(CodeRecord::code).containsExactly("016012");
        // a name shared by several bodies gives them all, current ones first
        List<CodeRecord> fuchu = codes.lookup("府中市");
        assertThat(fuchu).extracting(CodeRecord::code).contains("132063", "342084");
        List<CodeRecord> wards = codes.lookup("中区");
        assertThat(wards).extracting(CodeRecord::code).contains("221317", "141046");
        assertThat(wards.get(0).isCurrent()).isTrue();
        assertThat(wards.get(wards.size() - 1).isCurrent()).isFalse();
        // an earlier name under the same code
        assertThat(codes.lookup("日の出村")).extracting(CodeRecord::name).containsExactly("日の出町");
        assertThat(codes.lookup("東京都")).extracting(CodeRecord::code).containsExactly("130001");
        assertThat(codes.lookup("とうきょうと")).extracting(CodeRecord::code).containsExactly("130001");
        assertThat(codes.lookup("no such place")).isEmpty();
        assertThat(codes.lookup("")).isEmpty();
    }

    @Test
    void checkDigitExamplesOfTheNotes() {
        assertThat(LocalGovernmentCodes.withCheckDigit("01100")).isEqualTo("011002");
        assertThat(LocalGovernmentCodes.withCheckDigit("13101")).isEqualTo("131016");
        assertThat(LocalGovernmentCodes.withCheckDigit("09201")).isEqualTo("092011");
        assertThat(LocalGovernmentCodes.hasValidCheckDigit("92011")).isFalse();
        assertThat(LocalGovernmentCodes.hasValidCheckDigit(null)).isFalse();
    }
}
