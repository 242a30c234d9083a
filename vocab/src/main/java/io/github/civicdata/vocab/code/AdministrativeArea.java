package io.github.civicdata.vocab.code;

import java.util.Objects;

/**
 * One row of the administrative hierarchy as plain strings: a municipality or ward, the city it
 * belongs to (itself unless it is a ward of a designated city), and its prefecture.
 *
 * <p>Plain data so that modules that may not depend on vocab (anonymisation) can build an area
 * generalisation hierarchy (municipality → city → prefecture) from it through {@code cli} or
 * {@code examples} wiring. Immutable and thread-safe.
 *
 * <pre>{@code
 * for (AdministrativeArea a : CodeLists.standard().hierarchy()) {
 *     System.out.println(a.code() + " " + a.cityCode() + " " + a.prefectureCode());
 * }
 * }</pre>
 *
 * @param code the 6-digit code of the municipality or ward
 * @param name its name, e.g. {@code 札幌市中央区}
 * @param cityCode the 6-digit code of the city (the designated city for a ward, else {@code code})
 * @param cityName the city's name
 * @param prefectureCode the 2-digit prefecture code
 * @param prefectureName the prefecture's name
 */
public record AdministrativeArea(String code, String name, String cityCode, String cityName, String prefectureCode,
        String prefectureName) {

    /**
     * @throws NullPointerException if a part is null
     */
    public AdministrativeArea {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cityCode, "cityCode");
        Objects.requireNonNull(cityName, "cityName");
        Objects.requireNonNull(prefectureCode, "prefectureCode");
        Objects.requireNonNull(prefectureName, "prefectureName");
    }
}
