package io.github.civicdata.vocab.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Messages;
import io.github.civicdata.core.Severity;
import io.github.civicdata.vocab.DataItem;
import io.github.civicdata.vocab.NamedFormat;
import io.github.civicdata.vocab.Vocabulary;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormatChecksTest {

    private final FormatChecks checks = FormatChecks.standard();

    private FormatResult.Invalid invalid(NamedFormat f, String value) {
        FormatResult r = checks.check(f, value);
        assertThat(r.isValid()).as(f + " " + value).isFalse();
        FormatResult.Invalid i = (FormatResult.Invalid) r;
        assertThat(Messages.get().contains(i.messageKey())).as(i.messageKey()).isTrue();
        return i;
    }

    private void valid(NamedFormat f, String... values) {
        for (String v : values) {
            assertThat(checks.check(f, v).isValid()).as(f + " " + v).isTrue();
        }
    }

    private FormatResult.Invalid suggests(NamedFormat f, String value, String suggestion) {
        FormatResult.Invalid i = invalid(f, value);
        assertThat(i.suggestion()).as(f + " " + value).contains(suggestion);
        return i;
    }

    @Test
    void blankIsAlwaysValid() {
        for (NamedFormat f : NamedFormat.values()) {
            assertThat(checks.check(f, "")).isSameAs(FormatResult.valid());
        }
    }

    @Test
    void isoDates() {
        valid(NamedFormat.ISO_DATE, "2023-04-01", "2024-02-29", "1873-01-01");
        assertThat(checks.check(NamedFormat.ISO_DATE, "2023-04-01")).isSameAs(FormatResult.valid());
        FormatResult.Invalid w = invalid(NamedFormat.ISO_DATE, "令和5年4月1日");
        assertThat(w.messageKey()).isEqualTo("format.iso-date.wareki");
        assertThat(w.suggestion()).contains("2023-04-01");
        suggests(NamedFormat.ISO_DATE, "R5.4.1", "2023-04-01");
        suggests(NamedFormat.ISO_DATE, "H31.4.30", "2019-04-30");
        suggests(NamedFormat.ISO_DATE, "2023/4/1", "2023-04-01");
        suggests(NamedFormat.ISO_DATE, "2023年4月1日", "2023-04-01");
        suggests(NamedFormat.ISO_DATE, "２０２３－０４－０１", "2023-04-01");
        suggests(NamedFormat.ISO_DATE, "2023-04-01 00:00:00", "2023-04-01");
        // a time other than midnight would be lost in a date
        assertThat(invalid(NamedFormat.ISO_DATE, "2023/4/1 10:30").suggestion()).isEmpty();
        suggests(NamedFormat.ISO_DATE, "20230401", "2023-04-01");
        assertThat(invalid(NamedFormat.ISO_DATE, "2023-02-29").messageKey()).isEqualTo("format.date.no-such-day");
        assertThat(invalid(NamedFormat.ISO_DATE, "平成31年5月1日").messageKey()).isEqualTo("format.wareki.after-era");
        assertThat(invalid(NamedFormat.ISO_DATE, "未定").suggestion()).isEmpty();
    }

    @Test
    void warekiOrIsoDates() {
        valid(NamedFormat.WAREKI_OR_ISO_DATE, "2023-04-01", "令和5年4月1日", "R5.4.1", "H31.4.30", "令和元年5月1日",
                "令和５年４月１日", "㋿5年4月1日");
        assertThat(checks.check(NamedFormat.WAREKI_OR_ISO_DATE, "令和5年4月1日").suggestion()).contains("2023-04-01");
        FormatResult.Invalid after = invalid(NamedFormat.WAREKI_OR_ISO_DATE, "平成31年5月1日");
        assertThat(after.messageKey()).isEqualTo("format.wareki.after-era");
        assertThat(after.arguments()).containsExactly("平成", "Heisei", "2019-04-30");
        assertThat(after.suggestion()).contains("2019-05-01");
        assertThat(after.text().en()).contains("Heisei (平成) ended on 2019-04-30");
        assertThat(invalid(NamedFormat.WAREKI_OR_ISO_DATE, "令和元年4月30日").messageKey())
                .isEqualTo("format.wareki.before-era");
        assertThat(invalid(NamedFormat.WAREKI_OR_ISO_DATE, "明治5年12月31日").messageKey())
                .isEqualTo("format.wareki.before-gregorian");
        assertThat(invalid(NamedFormat.WAREKI_OR_ISO_DATE, "令和5年2月30日").messageKey())
                .isEqualTo("format.date.no-such-day");
        suggests(NamedFormat.WAREKI_OR_ISO_DATE, " 令和5年4月1日", "2023-04-01");
        suggests(NamedFormat.WAREKI_OR_ISO_DATE, "2023/04/01", "2023-04-01");
    }

    @Test
    void times() {
        valid(NamedFormat.TIME_HHMM, "00:00", "09:00", "23:59");
        suggests(NamedFormat.TIME_HHMM, "9:00", "09:00");
        suggests(NamedFormat.TIME_HHMM, "0:00", "00:00");
        suggests(NamedFormat.TIME_HHMM, "09:00:00", "09:00");
        suggests(NamedFormat.TIME_HHMM, "０９：００", "09:00");
        suggests(NamedFormat.TIME_HHMM, "9時30分", "09:30");
        suggests(NamedFormat.TIME_HHMM, "0900", "09:00");
        assertThat(invalid(NamedFormat.TIME_HHMM, "24:00").messageKey()).isEqualTo("format.time-hhmm.24");
        assertThat(invalid(NamedFormat.TIME_HHMM, "終日").suggestion()).isEmpty();
        assertThat(invalid(NamedFormat.TIME_HHMM, "25:00").suggestion()).isEmpty();
        valid(NamedFormat.ISO_TIME, "09:00", "09:00:30", "09:00:30.5", "09:00:00+09:00", "09:00Z");
        suggests(NamedFormat.ISO_TIME, "9:00:30", "09:00:30");
        valid(NamedFormat.ISO_DATETIME, "2023-04-01T09:00", "2023-04-01T09:00:00+09:00", "2023-04-01T09:00:00.123Z");
        suggests(NamedFormat.ISO_DATETIME, "2023-04-01 09:00:00", "2023-04-01T09:00:00");
        invalid(NamedFormat.ISO_DATETIME, "2023-04-01");
    }

    @Test
    void phoneAndPostalCode() {
        valid(NamedFormat.PHONE, "028-635-3043", "0286353043", "+81-28-635-3043");
        assertThat(invalid(NamedFormat.PHONE, "028(635)3043").suggestion()).contains("028-635-3043");
        // the GIF コアデータパーツ 電話番号 (DS-445) notation, used by the current 03 指定緊急避難場所一覧 example
        valid(NamedFormat.PHONE, "(00)0000-0000", "(03)5253-5111", "+81 (03)5253-5111", "0120-999999",
                "(09)9999-9999 内線999", "(09)9999-9999 / (09)9999-9998", "+81(3)5253-5111 Ext.999",
                "090-9999-9999");
        invalid(NamedFormat.PHONE, "(03)");
        invalid(NamedFormat.PHONE, "03-5253-5111 内線 999");
        invalid(NamedFormat.PHONE, "03-5253-5111/03-5253-5112");
        suggests(NamedFormat.PHONE, "０２８－６３５－３０４３", "028-635-3043");
        suggests(NamedFormat.PHONE, "TEL:028-635-3043", "028-635-3043");
        suggests(NamedFormat.PHONE, "028 635 3043", "028-635-3043");
        invalid(NamedFormat.PHONE, "81+28");
        invalid(NamedFormat.PHONE, "-");
        valid(NamedFormat.POSTAL_CODE, "060-8611", "0608611");
        suggests(NamedFormat.POSTAL_CODE, "〒060-8611", "060-8611");
        suggests(NamedFormat.POSTAL_CODE, "０６０ー８６１１", "060-8611");
        invalid(NamedFormat.POSTAL_CODE, "060-861");
        invalid(NamedFormat.POSTAL_CODE, "0608-611");
    }

    @Test
    void phoneNumbersAndPostalCodesThatLostTheirLeadingZeros() {
        // a 10-digit number written as a number: the 0 is put back, nothing else (no hyphens guessed)
        assertThat(suggests(NamedFormat.PHONE, "963282018", "0963282018").messageKey()).isEqualTo("format.phone.leading-zero");
        suggests(NamedFormat.PHONE, "120123456", "0120123456");
        // 11-digit numbers: only where 0 + the digits is a valid prefix (mobile, IP, 0800)
        suggests(NamedFormat.PHONE, "9012345678", "09012345678");
        suggests(NamedFormat.PHONE, "5012345678", "05012345678");
        suggests(NamedFormat.PHONE, "8001234567", "08001234567");
        // not a lost 0: a local number without area code, a 10-digit number starting 0, others
        valid(NamedFormat.PHONE, "8392522", "0963282018", "3123456789", "81963282018", "110");
        // a 6-digit postal code lost its 0; a 5-digit one may be 00N-NNNN or an old code: no suggestion
        assertThat(suggests(NamedFormat.POSTAL_CODE, "600001", "0600001").messageKey())
                .isEqualTo("format.postal-code.leading-zero");
        FormatResult.Invalid five = invalid(NamedFormat.POSTAL_CODE, "12345");
        assertThat(five.messageKey()).isEqualTo("format.postal-code.leading-zero-or-old");
        assertThat(five.suggestion()).isEmpty();
        valid(NamedFormat.POSTAL_CODE, "8600001");
        assertThat(invalid(NamedFormat.POSTAL_CODE, "060001").messageKey()).isEqualTo("format.postal-code");
    }

    @Test
    void coordinates() {
        valid(NamedFormat.LATITUDE, "43.064310", "24.3", "20.4225");
        valid(NamedFormat.LONGITUDE, "141.346814", "153.98", "122.93");
        FormatResult.Invalid range = invalid(NamedFormat.LATITUDE, "369.56056");
        assertThat(range.messageKey()).isEqualTo("format.latitude.range");
        assertThat(range.severity()).isEqualTo(Severity.ERROR);
        FormatResult.Invalid outside = invalid(NamedFormat.LATITUDE, "-33.86");
        assertThat(outside.messageKey()).isEqualTo("format.latitude.outside-area");
        assertThat(outside.severity()).isEqualTo(Severity.WARNING);
        suggests(NamedFormat.LATITUDE, "４３．０６", "43.06");
        suggests(NamedFormat.LONGITUDE, "141.35°", "141.35");
        invalid(NamedFormat.LONGITUDE, "東経141度");
        FormatChecks narrow = FormatChecks.builder().plausibleArea(new GeoBox(42, 44, 140, 142)).build();
        assertThat(narrow.check(NamedFormat.LATITUDE, "43.06").isValid()).isTrue();
        assertThat(narrow.check(NamedFormat.LATITUDE, "35.68").isValid()).isFalse();
        assertThat(narrow.check(NamedFormat.LONGITUDE, "139.76").isValid()).isFalse();
    }

    @Test
    void katakanaAndUmu() {
        valid(NamedFormat.KATAKANA, "サッポロエキ", "ヴァイオリン・ホール", "ダイ１コウエン", "アオバ　ショウガッコウ");
        FormatResult.Invalid half = invalid(NamedFormat.KATAKANA, "ｻｯﾎﾟﾛｴｷ");
        assertThat(half.messageKey()).isEqualTo("format.katakana.half-width");
        assertThat(half.suggestion()).contains("サッポロエキ");
        FormatResult.Invalid hira = invalid(NamedFormat.KATAKANA, "さっぽろえき");
        assertThat(hira.messageKey()).isEqualTo("format.katakana.hiragana");
        assertThat(hira.suggestion()).contains("サッポロエキ");
        assertThat(invalid(NamedFormat.KATAKANA, "札幌駅").suggestion()).isEmpty();
        // dashes among kana are long-vowel marks; where the neighbours do not tell, no suggestion
        suggests(NamedFormat.KATAKANA, "ファ−スト", "ファースト");
        suggests(NamedFormat.KATAKANA, "ファ‐スト", "ファースト");
        suggests(NamedFormat.KATAKANA, "ﾌｧｰｽﾄ", "ファースト");
        assertThat(invalid(NamedFormat.KATAKANA, "ビル−３").suggestion()).isEmpty();
        valid(NamedFormat.UMU, "有", "無");
        suggests(NamedFormat.UMU, "あり", "有");
        suggests(NamedFormat.UMU, "なし", "無");
        suggests(NamedFormat.UMU, "0", "無");
        suggests(NamedFormat.UMU, " 有", "有");
        assertThat(invalid(NamedFormat.UMU, "不明").suggestion()).isEmpty();
    }

    @Test
    void codes() {
        valid(NamedFormat.LOCAL_GOVERNMENT_CODE, "011002", "131016", "092011", "130001");
        assertThat(checks.check(NamedFormat.LOCAL_GOVERNMENT_CODE, "011002")).isSameAs(FormatResult.valid());
        FormatResult.Invalid lost = invalid(NamedFormat.LOCAL_GOVERNMENT_CODE, "92011");
        assertThat(lost.messageKey()).isEqualTo("lgcode.leading-zero");
        assertThat(lost.suggestion()).contains("092011");
        assertThat(invalid(NamedFormat.LOCAL_GOVERNMENT_CODE, "1100").suggestion()).contains("011002");
        // the 5-digit 標準地域コード is the same municipality in another form: a warning with the 6-digit code
        FormatResult.Invalid five = invalid(NamedFormat.LOCAL_GOVERNMENT_CODE, "13101");
        assertThat(five.suggestion()).contains("131016");
        assertThat(five.severity()).isEqualTo(Severity.WARNING);
        // a wrong check digit may hide a typo in any digit: no corrected code is suggested
        FormatResult.Invalid cd = invalid(NamedFormat.LOCAL_GOVERNMENT_CODE, "011003");
        assertThat(cd.messageKey()).isEqualTo("lgcode.wrong-check-digit");
        assertThat(cd.suggestion()).isEmpty();
        assertThat(cd.severity()).isEqualTo(Severity.ERROR);
        // one digit is too little to name a prefecture
        assertThat(invalid(NamedFormat.LOCAL_GOVERNMENT_CODE, "1").suggestion()).isEmpty();
        assertThat(invalid(NamedFormat.LOCAL_GOVERNMENT_CODE, "０１１００２").suggestion()).contains("011002");
        FormatResult.Invalid unlisted = invalid(NamedFormat.LOCAL_GOVERNMENT_CODE, "019992");
        assertThat(unlisted.severity()).isEqualTo(Severity.WARNING);
        invalid(NamedFormat.LOCAL_GOVERNMENT_CODE, "abc");
        valid(NamedFormat.CORPORATE_NUMBER, "7000012050002", "1180301018771");
        FormatResult.Invalid corp = invalid(NamedFormat.CORPORATE_NUMBER, "1000012050002");
        assertThat(corp.messageKey()).isEqualTo("format.corporate-number.check-digit");
        assertThat(corp.arguments()).containsExactly("7", "1");
        suggests(NamedFormat.CORPORATE_NUMBER, "7-0000-1205-0002", "7000012050002");
    }

    @Test
    void urlsMailAndHalfWidth() {
        valid(NamedFormat.URI, "https://www.city.sapporo.jp/", "http://example.jp/a?b=c", "https://例え.jp/パス");
        invalid(NamedFormat.URI, "www.city.sapporo.jp");
        invalid(NamedFormat.URI, "https://www.city.sapporo.jp/a b");
        suggests(NamedFormat.URI, " https://www.city.sapporo.jp/ ", "https://www.city.sapporo.jp/");
        valid(NamedFormat.EMAIL, "info@city.example.lg.jp");
        invalid(NamedFormat.EMAIL, "info@localhost");
        suggests(NamedFormat.EMAIL, "ｉｎｆｏ＠ｃｉｔｙ．ｊｐ", "info@city.jp");
        valid(NamedFormat.HALF_WIDTH, "Sapporo Station", "St. Mary's");
        suggests(NamedFormat.HALF_WIDTH, "Ｓａｐｐｏｒｏ", "Sapporo");
        assertThat(invalid(NamedFormat.HALF_WIDTH, "札幌Station").suggestion()).isEmpty();
    }

    @Test
    void itemCheckersCombineFormatEnumerationBoundsAndSeparator() {
        Vocabulary v = Vocabulary.standard();
        DataItem toilets = v.item("male-toilets-total").orElseThrow();
        assertThat(checks.check(toilets, "6").isValid()).isTrue();
        assertThat(((FormatResult.Invalid) checks.check(toilets, "-1")).messageKey()).isEqualTo("format.minimum");
        assertThat(checks.check(toilets, "6人").isValid()).isFalse();
        assertThat(checks.check(toilets, "1,234").suggestion()).contains("1234");
        DataItem kind = v.item("medical-institution-type").orElseThrow();
        assertThat(checks.check(kind, "病院").isValid()).isTrue();
        FormatResult.Invalid e = (FormatResult.Invalid) checks.check(kind, "クリニック");
        assertThat(e.messageKey()).isEqualTo("format.enumeration");
        assertThat(e.arguments()).containsExactly("病院, 有床診療所, 無床診療所");
        DataItem flood = v.item("disaster-flood").orElseThrow();
        assertThat(checks.check(flood, "1").isValid()).isTrue();
        assertThat(checks.check(flood, "").isValid()).isTrue();
        assertThat(checks.check(flood, "0").isValid()).isFalse();
        DataItem id = v.item("id").orElseThrow();
        assertThat(checks.check(id, "LL0100022200").isValid()).isTrue();
        assertThat(((FormatResult.Invalid) checks.check(id, "LL-01")).messageKey()).isEqualTo("format.pattern");
        DataItem lat = v.item("latitude").orElseThrow();
        assertThat(((FormatResult.Invalid) checks.check(lat, "369.56056")).messageKey())
                .isEqualTo("format.latitude.range");
        DataItem date = v.item("start-date").orElseThrow();
        assertThat(checks.check(date, "R5.4.1").suggestion()).contains("2023-04-01");
        DataItem listed = DataItem.builder("x-codes", "コード一覧", "Codes")
                .constraints(io.github.civicdata.vocab.FormatConstraints.builder()
                        .format(NamedFormat.POSTAL_CODE).separator(";").maxLength(8).build())
                .build();
        ValueChecker c = checks.checker(listed);
        assertThat(c.check("060-8611;0608611;").isValid()).isTrue();
        assertThat(c.check("060-8611;06-8611").isValid()).isFalse();
    }

    @Test
    void everyItemExampleIsValid() {
        for (DataItem item : Vocabulary.standard().items()) {
            Optional<String> ex = item.example();
            if (ex.isPresent()) {
                FormatResult r = checks.check(item, ex.get());
                assertThat(r.isValid()).as(item.id() + " example " + ex.get() + " " + r).isTrue();
            }
        }
    }

    @Test
    void validValuesDoNotAllocateResults() {
        assertThat(checks.check(NamedFormat.PHONE, "028-635-3043")).isSameAs(FormatResult.valid());
        assertThat(checks.check(NamedFormat.TIME_HHMM, "09:00")).isSameAs(FormatResult.valid());
        assertThat(checks.check(NamedFormat.KATAKANA, "サッポロ")).isSameAs(FormatResult.valid());
    }
}
