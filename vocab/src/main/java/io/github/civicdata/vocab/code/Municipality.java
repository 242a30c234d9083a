package io.github.civicdata.vocab.code;

import java.util.Objects;
import java.util.Optional;

/**
 * A municipality (市区町村) or a ward of a designated city (政令指定都市の区), with its 6-digit
 * 全国地方公共団体コード.
 *
 * <p>Names are as used in 所在地_市区町村: a ward carries its city's name ({@code 札幌市中央区}).
 * The source is the デジタル庁 Address Base Registry 市区町村マスター: the reading is its katakana
 * reading converted to hiragana ({@code さっぽろしちゅうおうく}), the romanised name is as the ABR
 * writes it ({@code Sapporo-shi Chuo-ku}), and the county (郡) is given for towns and villages in one.
 * Former codes (abolished municipalities and wards) are not municipalities: see
 * {@link CodeLists#record(String)}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Municipality m = CodeLists.standard().municipality("011011").orElseThrow();
 * m.name();     // 札幌市中央区
 * m.cityCode(); // Optional[011002]
 * }</pre>
 *
 * @param code the 6-digit code
 * @param name the name, e.g. {@code 札幌市中央区}
 * @param nameKana the reading in hiragana, if known
 * @param nameRoman the romanised name, if known
 * @param prefectureCode the 2-digit prefecture code
 * @param county the county (郡) of a town or village, if it is in one
 * @param kind the kind of body
 * @param cityCode for a ward of a designated city, the city's code
 */
public record Municipality(String code, String name, Optional<String> nameKana, Optional<String> nameRoman,
        String prefectureCode, Optional<String> county, Kind kind, Optional<String> cityCode) {

    /**
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the code's check digit is wrong or its prefecture part
     *     differs from {@code prefectureCode}
     */
    public Municipality {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameKana, "nameKana");
        Objects.requireNonNull(nameRoman, "nameRoman");
        Objects.requireNonNull(prefectureCode, "prefectureCode");
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cityCode, "cityCode");
        if (!LocalGovernmentCodes.hasValidCheckDigit(code) || !code.startsWith(prefectureCode)) {
            throw new IllegalArgumentException("bad municipality code " + code + " for prefecture " + prefectureCode);
        }
    }

    /** The kind of local government body. */
    public enum Kind {
        /** 市 (not a designated city). */
        CITY,
        /** 政令指定都市. */
        DESIGNATED_CITY,
        /** 政令指定都市の区 (administrative ward, not a local government itself). */
        WARD,
        /** 東京都の特別区. */
        SPECIAL_WARD,
        /** 町. */
        TOWN,
        /** 村. */
        VILLAGE
    }
}
