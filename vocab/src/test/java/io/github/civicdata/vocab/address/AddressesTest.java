package io.github.civicdata.vocab.address;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Messages;
import io.github.civicdata.vocab.VocabularyException;
import io.github.civicdata.vocab.code.CodeLists;
import io.github.civicdata.vocab.internal.Csv;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AddressesTest {

    static final Path WAKAYAMA = Path.of("src/test/resources/reference/address/abr_mt_town_pref30_wakayama_2026-03-10.csv");

    @Test
    void notationOfBlockNumbers() {
        assertThat(AddressNotation.of("1-2-3", false)).isEqualTo(AddressNotation.HYPHEN);
        assertThat(AddressNotation.of("1-1-1-1", false)).isEqualTo(AddressNotation.HYPHEN);
        assertThat(AddressNotation.of("１丁目２番地３", false)).isEqualTo(AddressNotation.UNITS);
        assertThat(AddressNotation.of("二丁目1番6号", false)).isEqualTo(AddressNotation.UNITS);
        assertThat(AddressNotation.of("１－２－３", false)).isEqualTo(AddressNotation.FULL_WIDTH);
        assertThat(AddressNotation.of("７ー１", false)).isEqualTo(AddressNotation.FULL_WIDTH);
        assertThat(AddressNotation.of("1丁目2-3", false)).isEqualTo(AddressNotation.MIXED);
        assertThat(AddressNotation.of("1324", false)).isEqualTo(AddressNotation.NONE);
        assertThat(AddressNotation.of("甲1324", false)).isEqualTo(AddressNotation.NONE);
        assertThat(AddressNotation.of("番外地", false)).isEqualTo(AddressNotation.NONE);
        // in a whole address a 丁目 in kanji numerals belongs to the 町字 (the standard's own example)
        assertThat(AddressNotation.of("北海道札幌市厚別区青葉町一丁目3-5", true)).isEqualTo(AddressNotation.HYPHEN);
        assertThat(AddressNotation.of("東京都千代田区霞が関二丁目1番6号", true)).isEqualTo(AddressNotation.UNITS);
        assertThat(AddressNotation.of("東京都千代田区霞が関2丁目1番6号", true)).isEqualTo(AddressNotation.UNITS);
        assertThat(AddressNotation.of("東京都千代田区霞が関2-1-6", true)).isEqualTo(AddressNotation.HYPHEN);
    }

    @Test
    void prefectureAtTheStartOfAnAddress() {
        Addresses a = Addresses.standard();
        assertThat(a.startsWithPrefecture("東京都千代田区霞が関2-1-6")).isTrue();
        assertThat(a.startsWithPrefecture("千代田区霞が関2-1-6")).isFalse();
        assertThat(a.prefectureFor("札幌市厚別区青葉町1-3")).contains("北海道");
        assertThat(a.prefectureFor("千代田区霞が関2-1-6")).contains("東京都");
        assertThat(a.prefectureFor("沙流郡日高町門別本町1")).contains("北海道");
        assertThat(a.prefectureFor("府中市宮西町2-24")).isEmpty(); // 東京都 and 広島県
        assertThat(a.prefectureFor("日高町門別本町1")).isEmpty(); // a town without its county: not enough
        assertThat(a.prefectureFor("霞が関2-1-6")).isEmpty();
    }

    @Test
    void readsTheWakayamaTownFile() throws Exception {
        assertThat(Files.exists(WAKAYAMA)).as(WAKAYAMA.toAbsolutePath().toString()).isTrue();
        TownMaster towns = TownMaster.read(WAKAYAMA);
        List<List<String>> rows = Csv.parse(Files.readString(WAKAYAMA));
        assertThat(towns.rows()).isEqualTo(rows.size() - 1).isEqualTo(3544);
        // 19 町字 of 海南市 are listed twice (住居表示 in part of them): merged, and counted
        assertThat(towns.towns()).hasSize(3525);
        Town aoi = towns.town("302015", "0001000").orElseThrow();
        assertThat(aoi.name()).isEqualTo("葵町");
        assertThat(aoi.municipality()).isEqualTo("和歌山市");
        assertThat(aoi.prefecture()).isEqualTo("和歌山県");
        assertThat(aoi.postalCodes()).containsExactly("6408273");
        Set<String> codes = new HashSet<>();
        for (Town t : towns.towns()) {
            codes.add(t.lgCode());
            assertThat(t.prefecture()).isEqualTo("和歌山県");
            // every 町字's municipality is the shipped code list's name for its code: 町字ID → 市区町村 → 都道府県
            assertThat(CodeLists.standard().municipality(t.lgCode()).orElseThrow().name()).isEqualTo(t.municipality());
            // empty only for the ABR's "no 大字・町/丁目/小字" entry (町字区分 4, 町字ID 0000000 of 白浜町)
            assertThat(t.name().isBlank()).as(t.key()).isEqualTo(t.machiazaId().equals("0000000"));
        }
        assertThat(codes).hasSize(30);
        assertThat(towns.covers("302015")).isTrue();
        assertThat(towns.covers("131016")).isFalse();
    }

    @Test
    void refusesFilesThatAreNotTownFiles() {
        VocabularyException e = org.junit.jupiter.api.Assertions.assertThrows(VocabularyException.class,
                () -> TownMaster.read(new ByteArrayInputStream("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)), "x.csv"));
        assertThat(e.messageKey()).isEqualTo("vocab.towns.not-abr");
        assertThat(e.text().ja()).contains("x.csv", "lg_code");
        assertThat(Messages.get().contains(e.messageKey())).isTrue();
        String bad = "lg_code,machiaza_id,pref,county,city,ward,oaza_cho,chome,koaza\n30201,0001000,和歌山県,,和歌山市,,葵町,,\n";
        VocabularyException b = org.junit.jupiter.api.Assertions.assertThrows(VocabularyException.class,
                () -> TownMaster.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "y.csv"));
        assertThat(b.text().en()).contains("y.csv line 2", "lg_code", "6 digits");
        VocabularyException enc = org.junit.jupiter.api.Assertions.assertThrows(VocabularyException.class,
                () -> TownMaster.read(new ByteArrayInputStream("lg_code,machiaza_id\n".concat("30201").getBytes(
                        java.nio.charset.Charset.forName("UTF-16"))), "z.csv"));
        assertThat(enc.messageKey()).isIn("vocab.towns.encoding", "vocab.towns.not-abr");
    }
}
