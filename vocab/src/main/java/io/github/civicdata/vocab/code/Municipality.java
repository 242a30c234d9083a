package io.github.civicdata.vocab.code;

import java.util.Objects;
import java.util.Optional;

/**
 * A municipality (市区町村) or a ward of a designated city (政令指定都市の区), with its 6-digit
 * 全国地方公共団体コード.
 *
 * <p>Names are as used in 所在地_市区町村: a ward carries its city's name ({@code 札幌市中央区}).
 * The reading is in hiragana as given by the source list, without spaces; it is empty for the six
 * 北方領土 villages, which only the LGCode list names.
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
 * @param prefectureCode the 2-digit prefecture code
 * @param kind the kind of body
 * @param cityCode for a ward of a designated city, the city's code
 */
public record Municipality(String code, String name, Optional<String> nameKana, String prefectureCode, Kind kind,
        Optional<String> cityCode) {

    /**
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the code's check digit is wrong or its prefecture part
     *     differs from {@code prefectureCode}
     */
    public Municipality {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameKana, "nameKana");
        Objects.requireNonNull(prefectureCode, "prefectureCode");
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
