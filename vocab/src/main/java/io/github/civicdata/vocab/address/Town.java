package io.github.civicdata.vocab.address;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One 町字 of the アドレス・ベース・レジストリ 町字マスター: its key (全国地方公共団体コード + 町字ID) and
 * the names from 町字 up to 都道府県.
 *
 * <p>{@link #name()} is the 町字 as written in an address: 大字・町, then 丁目, then 小字
 * ({@code 霞が関二丁目}); it is empty where the ABR lists a municipality without 町字 (町字区分 4).
 * {@link #municipality()} is the city with its ward for a designated city
 * ({@code 和歌山市}, {@code 浜松市中央区}). Immutable and thread-safe.
 *
 * <pre>{@code
 * Town t = TownMaster.read(Path.of("mt_town_pref30.csv")).town("302015", "0001000").orElseThrow();
 * t.name();          // 葵町
 * t.municipality();  // 和歌山市
 * t.prefecture();    // 和歌山県
 * }</pre>
 *
 * @param lgCode the 6-digit 全国地方公共団体コード of the municipality or ward
 * @param machiazaId the 7-digit 町字ID
 * @param name the 町字 name
 * @param nameKana the reading (katakana, as the ABR gives it)
 * @param municipality the municipality name (city and ward)
 * @param county the county (郡), if any
 * @param prefecture the prefecture name
 * @param postalCodes the postal codes the ABR lists for the 町字
 * @param effective the ABR 効力発生日, if given
 * @param abolished the ABR 廃止日, if the 町字 was abolished
 */
public record Town(String lgCode, String machiazaId, String name, String nameKana, String municipality,
        Optional<String> county, String prefecture, List<String> postalCodes, Optional<LocalDate> effective,
        Optional<LocalDate> abolished) {

    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public Town {
        Objects.requireNonNull(lgCode, "lgCode");
        Objects.requireNonNull(machiazaId, "machiazaId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameKana, "nameKana");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(prefecture, "prefecture");
        postalCodes = List.copyOf(postalCodes);
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(abolished, "abolished");
    }

    /**
     * The 13-character key: 全国地方公共団体コード followed by 町字ID ({@code 3020150001000}).
     *
     * @return the key
     */
    public String key() {
        return lgCode + machiazaId;
    }
}
