package io.github.civicdata.vocab;

/**
 * A named value format with a dedicated check in {@link io.github.civicdata.vocab.format.FormatChecks}.
 *
 * <p>Each constant documents what is accepted. Blank values are not checked by any format: whether
 * a value may be absent is the template column's {@link Obligation}. Immutable.
 *
 * <pre>{@code
 * FormatResult r = FormatChecks.standard().check(NamedFormat.POSTAL_CODE, "060-8611");
 * }</pre>
 */
public enum NamedFormat {
    /** An ISO 8601 calendar date {@code YYYY-MM-DD}; 和暦 and other forms fail with a suggestion. */
    ISO_DATE,
    /**
     * An ISO 8601 date or a 和暦 date ({@code 令和5年4月1日}, {@code R5.4.1}, {@code 平成元年1月8日},
     * full-width digits, era ligatures); dates from 1873-01-01 on.
     */
    WAREKI_OR_ISO_DATE,
    /** An ISO 8601 time {@code hh:mm}, {@code hh:mm:ss} or with fraction and offset. */
    ISO_TIME,
    /** A time {@code hh:mm} from {@code 00:00} to {@code 23:59} (時刻（hh:mm）). */
    TIME_HHMM,
    /** An ISO 8601 date and time {@code YYYY-MM-DDThh:mm[:ss[.f]][Z|±hh:mm]}. */
    ISO_DATETIME,
    /**
     * A telephone number as the GIF コアデータパーツ 電話番号 (DS-445 §1–3) writes it: half-width digits
     * and {@code -}, the area code optionally in brackets ({@code (03)5253-5111}), an international
     * number {@code +81 (03)5253-5111}, an extension {@code  内線999} or {@code  Ext.999}, several
     * numbers joined by {@code " / "}; also {@code +} and digits with hyphens ({@code +81-3-5253-5111}).
     */
    PHONE,
    /**
     * A postal code: seven digits, the form the GIF コアデータパーツ 郵便番号 (DS-443) recommends
     * ({@code 1000013}), or {@code NNN-NNNN}, which the legacy 推奨データセット used and is still accepted.
     */
    POSTAL_CODE,
    /**
     * A latitude in decimal degrees within -90..90 and within the configured plausible area. The GIF
     * コアデータパーツ 地理座標 (DS-444 §1) asks for six decimal places; fewer is a coarser position, not a
     * wrong one, so it is accepted.
     */
    LATITUDE,
    /** A longitude in decimal degrees within -180..180 and within the configured plausible area. */
    LONGITUDE,
    /** Full-width katakana (with ー, ・, ヽ, ヾ, spaces and full-width digits), for {@code _カナ} items. */
    KATAKANA,
    /** The controlled values {@code 有} or {@code 無}. */
    UMU,
    /** A 6-digit 全国地方公共団体コード with a correct check digit, listed in the shipped code list. */
    LOCAL_GOVERNMENT_CODE,
    /** A 13-digit 法人番号 with a correct check digit. */
    CORPORATE_NUMBER,
    /** An absolute {@code http} or {@code https} URL without white space. */
    URI,
    /** An e-mail address {@code local@domain.tld} of half-width characters. */
    EMAIL,
    /** Half-width printable ASCII characters only (文字列（半角英数字）). */
    HALF_WIDTH,
    /**
     * One ISO 8601 time interval (a period): {@code start/end}, {@code start/duration} or
     * {@code duration/end}, each end a complete date {@code YYYY-MM-DD} or a date and time; an open
     * end written {@code ..} (ISO 8601-2), not both. The end may not be before the start. A single
     * date, two durations, abbreviated or reduced-precision ends are not accepted. The check of
     * {@link Datatype#PERIOD}.
     */
    ISO_INTERVAL
}
