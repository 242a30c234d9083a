package io.github.civicdata.metadata;

import java.util.Locale;
import java.util.Optional;

/**
 * How often a dataset is updated ({@code dct:accrualPeriodicity}), from the EU Publications
 * Office "frequency" authority table that DCAT-AP uses.
 *
 * <p>{@link #code()} is the table's code (e.g. {@code MONTHLY}, {@code 1MIN}), used in JSON;
 * {@link #iri()} is the concept IRI used in RDF. {@link #labelJa()} is the Japanese wording used
 * in catalogues (e.g. 毎月); {@link #parse(String)} reads a code, an IRI or a Japanese wording.
 *
 * <p>Immutable and thread-safe (an enum).
 *
 * <pre>{@code
 * Frequency f = Frequency.parse("毎月").orElseThrow(); // MONTHLY
 * f.iri(); // http://publications.europa.eu/resource/authority/frequency/MONTHLY
 * }</pre>
 */
public enum Frequency {
    /** Every minute. */
    MIN_1("1MIN", "毎分"),
    /** Every five minutes. */
    MIN_5("5MIN", "5分ごと"),
    /** Every ten minutes. */
    MIN_10("10MIN", "10分ごと"),
    /** Every fifteen minutes. */
    MIN_15("15MIN", "15分ごと"),
    /** Every thirty minutes. */
    MIN_30("30MIN", "30分ごと"),
    /** Hourly. */
    HOURLY("HOURLY", "毎時"),
    /** Every two hours. */
    BIHOURLY("BIHOURLY", "2時間ごと"),
    /** Every three hours. */
    TRIHOURLY("TRIHOURLY", "3時間ごと"),
    /** Every twelve hours. */
    HOURS_12("12HRS", "12時間ごと"),
    /** Daily. */
    DAILY("DAILY", "毎日"),
    /** Twice a day. */
    DAILY_2("DAILY_2", "1日2回"),
    /** Weekly. */
    WEEKLY("WEEKLY", "毎週"),
    /** Twice a week. */
    WEEKLY_2("WEEKLY_2", "週2回"),
    /** Three times a week. */
    WEEKLY_3("WEEKLY_3", "週3回"),
    /** Every two weeks. */
    BIWEEKLY("BIWEEKLY", "隔週"),
    /** Monthly. */
    MONTHLY("MONTHLY", "毎月"),
    /** Twice a month. */
    MONTHLY_2("MONTHLY_2", "月2回"),
    /** Three times a month. */
    MONTHLY_3("MONTHLY_3", "月3回"),
    /** Every two months. */
    BIMONTHLY("BIMONTHLY", "隔月"),
    /** Quarterly. */
    QUARTERLY("QUARTERLY", "四半期ごと"),
    /** Twice a year. */
    ANNUAL_2("ANNUAL_2", "半年ごと"),
    /** Three times a year. */
    ANNUAL_3("ANNUAL_3", "年3回"),
    /** Annual. */
    ANNUAL("ANNUAL", "毎年"),
    /** Every two years. */
    BIENNIAL("BIENNIAL", "2年ごと"),
    /** Every three years. */
    TRIENNIAL("TRIENNIAL", "3年ごと"),
    /** Every four years. */
    QUADRENNIAL("QUADRENNIAL", "4年ごと"),
    /** Every five years (e.g. 国勢調査). */
    QUINQUENNIAL("QUINQUENNIAL", "5年ごと"),
    /** Every six years. */
    SEXENNIAL("SEXENNIAL", "6年ごと"),
    /** Every ten years. */
    DECENNIAL("DECENNIAL", "10年ごと"),
    /** Every twenty years. */
    BIDECENNIAL("BIDECENNIAL", "20年ごと"),
    /** Every thirty years. */
    TRIDECENNIAL("TRIDECENNIAL", "30年ごと"),
    /** Continuous. */
    CONT("CONT", "常時"),
    /** Continuously updated. */
    UPDATE_CONT("UPDATE_CONT", "随時更新"),
    /** Irregular. */
    IRREG("IRREG", "不定期"),
    /** As needed. */
    AS_NEEDED("AS_NEEDED", "随時"),
    /** Not planned. */
    NOT_PLANNED("NOT_PLANNED", "予定なし"),
    /** Never (a one-off publication). */
    NEVER("NEVER", "更新なし"),
    /** Provisional data. */
    OP_DATPRO("OP_DATPRO", "暫定データ"),
    /** Other regularity. */
    OTHER("OTHER", "その他"),
    /** Unknown. */
    UNKNOWN("UNKNOWN", "不明");

    /** The namespace of the EU frequency concepts. */
    public static final String NAMESPACE = "http://publications.europa.eu/resource/authority/frequency/";

    private final String code;
    private final String labelJa;

    Frequency(String code, String labelJa) {
        this.code = code;
        this.labelJa = labelJa;
    }

    /**
     * @return the EU table's code, e.g. {@code MONTHLY}
     */
    public String code() {
        return code;
    }

    /**
     * @return the concept IRI, e.g. {@code http://publications.europa.eu/resource/authority/frequency/MONTHLY}
     */
    public String iri() {
        return NAMESPACE + code;
    }

    /**
     * @return the Japanese wording, e.g. {@code 毎月}
     */
    public String labelJa() {
        return labelJa;
    }

    /**
     * The frequency with code {@code code} (exact, upper case).
     *
     * @param code a code such as {@code MONTHLY}
     * @return the frequency, or empty
     */
    public static Optional<Frequency> byCode(String code) {
        for (Frequency f : values()) {
            if (f.code.equals(code)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a code (any case), a concept IRI or a Japanese wording (as in {@link #labelJa()}, plus
     * the common variants 月1回, 年1回, 1年ごと, 週1回, 日次, 月次, 年次, 随時更新, 更新予定なし).
     *
     * @param text the text
     * @return the frequency, or empty if {@code text} names none
     */
    public static Optional<Frequency> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.startsWith(NAMESPACE)) {
            return byCode(t.substring(NAMESPACE.length()));
        }
        Optional<Frequency> byCode = byCode(t.toUpperCase(Locale.ROOT));
        if (byCode.isPresent()) {
            return byCode;
        }
        for (Frequency f : values()) {
            if (f.labelJa.equals(t)) {
                return Optional.of(f);
            }
        }
        return switch (t) {
            case "月1回", "月次", "毎月更新" -> Optional.of(MONTHLY);
            case "年1回", "1年ごと", "年次", "毎年度", "年度ごと", "毎年更新" -> Optional.of(ANNUAL);
            case "週1回", "週次" -> Optional.of(WEEKLY);
            case "日次", "毎日更新" -> Optional.of(DAILY);
            case "四半期", "3か月ごと", "3ヶ月ごと" -> Optional.of(QUARTERLY);
            case "半期", "半年" -> Optional.of(ANNUAL_2);
            case "随時", "必要に応じて" -> Optional.of(AS_NEEDED);
            case "更新予定なし", "なし" -> Optional.of(NEVER);
            default -> Optional.empty();
        };
    }
}
