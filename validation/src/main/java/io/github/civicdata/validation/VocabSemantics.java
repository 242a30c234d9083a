package io.github.civicdata.validation;

import io.github.civicdata.core.Severity;
import io.github.civicdata.vocab.DataItem;
import io.github.civicdata.vocab.DatasetTemplate;
import io.github.civicdata.vocab.HeaderMapping;
import io.github.civicdata.vocab.HeaderMatch;
import io.github.civicdata.vocab.NamedFormat;
import io.github.civicdata.vocab.TemplateColumn;
import io.github.civicdata.vocab.Vocabulary;
import io.github.civicdata.vocab.code.CodeLists;
import io.github.civicdata.vocab.code.Municipality;
import io.github.civicdata.vocab.code.Prefecture;
import io.github.civicdata.vocab.format.Era;
import io.github.civicdata.vocab.format.FormatChecks;
import io.github.civicdata.vocab.format.FormatResult;
import io.github.civicdata.vocab.format.GeoBox;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Domain checks of values on top of the vocab module: the notation of dates for L3-05 (with the
 * ISO date suggested for 和暦, through {@link FormatChecks}), and region codes and names for
 * L3-06 (check digits, five-digit forms and lost leading zeros through vocab's
 * 全国地方公共団体コード check; official prefecture and municipality names from its code lists).
 *
 * <p>A small adapter: the checks themselves are vocab's; this class only decides which cells
 * are dates or region values and turns vocab's results into L3-05 and L3-06 issues.
 *
 * <p>Immutable and thread-safe.
 */
final class VocabSemantics implements ValueSemantics {

    private final Vocabulary vocabulary;
    private final FormatChecks checks;
    private final boolean detect;
    /** The official region names, made at the first region value (a file without one never reads the code lists). */
    private volatile Regions regions;
    /** For each item id, the ids of the templates that have it as a column. */
    private final Map<String, Set<String>> owners = new HashMap<>();

    VocabSemantics(Vocabulary vocabulary, FormatChecks checks, boolean detect) {
        this.vocabulary = vocabulary;
        this.checks = checks;
        this.detect = detect;
        // loops, not computeIfAbsent with lambdas: each lambda spins a class at its first use, on every start
        for (DatasetTemplate t : vocabulary.templates()) {
            for (TemplateColumn c : t.columns()) {
                Set<String> ids = owners.get(c.item().id());
                if (ids == null) {
                    ids = new HashSet<>();
                    owners.put(c.item().id(), ids);
                }
                ids.add(t.id());
            }
        }
    }

    /** The region names, read from the current code lists at the first call. */
    private Regions regions() {
        Regions r = regions;
        if (r == null) {
            synchronized (this) {
                r = regions;
                if (r == null) {
                    r = new Regions(CodeLists.standard());
                    regions = r;
                }
            }
        }
        return r;
    }

    /** The official prefecture and municipality names and the ward names of designated cities. Immutable once made. */
    static final class Regions {
        final Set<String> prefectureNames = new HashSet<>();
        final Set<String> municipalityNames = new HashSet<>();
        /** Ward name without its city (東区) → the designated cities that have it (福岡市, 札幌市 …). */
        final Map<String, java.util.List<String>> wardCities = new HashMap<>();

        Regions(CodeLists codes) {
            for (Prefecture p : codes.prefectures()) {
                prefectureNames.add(p.name());
            }
            for (Municipality m : codes.municipalities()) {
                municipalityNames.add(m.name());
            }
            for (Municipality m : codes.municipalities()) {
                if (m.kind() != Municipality.Kind.WARD || m.cityCode().isEmpty()) {
                    continue;
                }
                Optional<Municipality> c = codes.municipality(m.cityCode().get());
                String city = c.isPresent() ? c.get().name() : "";
                if (!city.isEmpty() && m.name().startsWith(city) && m.name().length() > city.length()) {
                    String ward = m.name().substring(city.length());
                    java.util.List<String> cities = wardCities.get(ward);
                    if (cities == null) {
                        cities = new java.util.ArrayList<>();
                        wardCities.put(ward, cities);
                    }
                    if (!cities.contains(city)) {
                        cities.add(city);
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ dates (L3-05)

    @Override
    public Issue date(String t) {
        if (t.length() < 3 || t.length() > 24) {
            return null;
        }
        if (!looksLikeDate(t)) {
            return null;
        }
        FormatResult r = checks.check(NamedFormat.ISO_DATE, t);
        if (r.isValid()) {
            return null;
        }
        FormatResult.Invalid bad = (FormatResult.Invalid) r;
        String key = bad.messageKey();
        if (key.equals("format.iso-date.wareki")) {
            return Issue.of(RuleIds.L3_05, "L3-05.wareki", null, bad.suggestion().orElse(null),
                    bad.arguments().isEmpty() ? "" : bad.arguments().get(0));
        }
        if (key.startsWith("format.wareki.") || key.equals("format.date.no-such-day")) {
            return Issue.of(RuleIds.L3_05, "L3-05.impossible", Severity.ERROR, bad.suggestion().orElse(null));
        }
        if (bad.suggestion().isPresent()) {
            return Issue.of(RuleIds.L3_05, "L3-05.non-iso", Severity.INFO, bad.suggestion().get());
        }
        // notations vocab does not convert
        String n = Normalizer.normalize(t, Normalizer.Form.NFKC);
        if (isMonthDayYear(n)) {
            return Issue.of(RuleIds.L3_05, "L3-05.ambiguous", null, null);
        }
        if (isMonthDay(n)) {
            return Issue.of(RuleIds.L3_05, "L3-05.no-year", null, null);
        }
        String year = warekiYear(n);
        if (year != null) {
            return Issue.of(RuleIds.L3_05, "L3-05.wareki-year", null, year, n.substring(0, 2));
        }
        return null;
    }

    // the character classes of looksLikeDate as switches (it runs for most cells with a digit)

    /** 年月日元度令和平成昭大正明治 */
    private static boolean isDateKanji(char c) {
        switch (c) {
            case '年', '月', '日', '元', '度', '令', '和', '平', '成', '昭', '大', '正', '明', '治':
                return true;
            default:
                return false;
        }
    }

    /** 月火水木金土日祝・ */
    private static boolean isWeekday(char c) {
        switch (c) {
            case '月', '火', '水', '木', '金', '土', '日', '祝', '・':
                return true;
            default:
                return false;
        }
    }

    /** The first kanji of an era name: 令平昭大明. */
    private static boolean isEraInitial(char c) {
        return c == '令' || c == '平' || c == '昭' || c == '大' || c == '明';
    }

    /** An era's letter: RHSTM, either case. */
    private static boolean isEraLetter(char c) {
        switch (c) {
            case 'R', 'H', 'S', 'T', 'M', 'r', 'h', 's', 't', 'm':
                return true;
            default:
                return false;
        }
    }

    /**
     * A cheap structural test run before any date parsing (most cells are not dates): digit
     * groups joined by one kind of separator in a date's shape (Y-M-D, M/D/Y, M/D; not a phone
     * number's 2-4-4), or digits with 年月日, era names and a day of the week in brackets only.
     */
    static boolean looksLikeDate(CharSequence t) {
        int n = t.length();
        if (n < 3 || n > 24) {
            return false;
        }
        char c0 = t.charAt(0);
        if (!((c0 >= '0' && c0 <= '9') || (c0 >= '０' && c0 <= '９') || isEraInitial(c0) || isEraLetter(c0))) {
            return false;
        }
        char sep = 0;
        int groups = 0;
        int len0 = 0;
        int len1 = 0;
        int len2 = 0;
        boolean kanji = false;
        boolean digit = false;
        int paren = -1;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
                digit = true;
                if (!kanji) {
                    if (groups == 0) {
                        groups = 1;
                    }
                    if (groups == 1) {
                        if (++len0 > 4) {
                            return false;
                        }
                    } else if (groups == 2) {
                        if (++len1 > 2) {
                            return false;
                        }
                    } else if (++len2 > 4) {
                        return false;
                    }
                }
            } else if (c == '/' || c == '-' || c == '.' || c == '／' || c == '．' || c == '－') {
                if (kanji) {
                    if (c != '.') {
                        return false;
                    }
                    continue;
                }
                if (sep != 0 && sep != c) {
                    return false;
                }
                sep = c;
                if (++groups > 3) {
                    return false;
                }
            } else if (c == '(' || c == '（') {
                paren = i;
                kanji = true;
            } else if (paren >= 0 && (c == ')' || c == '）' || isWeekday(c)
                    || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                // a day of the week in brackets (or an export's format code such as "aaa")
                continue;
            } else if (isDateKanji(c) || (i == 0 && isEraLetter(c))) {
                kanji = true;
            } else if (c == ' ' || c == '　') {
                continue;
            } else {
                return false;
            }
        }
        if (!digit) {
            return false;
        }
        if (kanji) {
            return true;
        }
        if (groups == 3) {
            return (len0 == 4 || len0 == 2 || len0 == 1) && len1 >= 1 && len1 <= 2
                    && ((len2 >= 1 && len2 <= 2) || len2 == 4);
        }
        return groups == 2 && sep != '.' && len1 >= 1 && ((len0 <= 2 && len1 <= 2) || (len0 == 4 && len1 <= 2));
    }

    /** M/D/YYYY or D/M/YYYY: the order cannot be told. */
    private static boolean isMonthDayYear(String n) {
        int a = -1;
        int b = -1;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == '/' || c == '.' || c == '-') {
                if (a < 0) {
                    a = i;
                } else if (b < 0) {
                    b = i;
                } else {
                    return false;
                }
            }
        }
        return a > 0 && b > a && digits(n.substring(0, a), 1, 2) && digits(n.substring(a + 1, b), 1, 2)
                && digits(n.substring(b + 1), 4, 4);
    }

    /** 9月7日, 9月7日(土), 9/7 — a date without a year. */
    private static boolean isMonthDay(String n) {
        String s = n;
        int paren = Math.max(s.indexOf('('), s.indexOf('（'));
        if (paren > 0 && (s.endsWith(")") || s.endsWith("）")) && s.length() - paren <= 6) {
            s = s.substring(0, paren);
        }
        int m = s.indexOf('月');
        if (m > 0 && s.endsWith("日")) {
            return digits(s.substring(0, m), 1, 2) && digits(s.substring(m + 1, s.length() - 1), 1, 2);
        }
        return false;
    }

    /** 令和6年, 平成30年度, R6年 → the Western year (with 年度 kept). */
    private static String warekiYear(String n) {
        for (Era e : Era.values()) {
            String rest;
            if (n.startsWith(e.kanji())) {
                rest = n.substring(e.kanji().length());
            } else if (n.length() > 1 && Character.toUpperCase(n.charAt(0)) == e.letter()
                    && Character.isDigit(n.charAt(1))) {
                rest = n.substring(1);
            } else {
                continue;
            }
            String suffix;
            if (rest.endsWith("年度")) {
                suffix = "年度";
            } else if (rest.endsWith("年")) {
                suffix = "年";
            } else {
                return null;
            }
            String num = rest.substring(0, rest.length() - suffix.length());
            int y;
            if (num.equals("元")) {
                y = 1;
            } else if (digits(num, 1, 2)) {
                y = Integer.parseInt(num);
            } else {
                return null;
            }
            return e.gregorianYear(y) + suffix;
        }
        return null;
    }

    private static boolean digits(String s, int min, int max) {
        if (s.length() < min || s.length() > max) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ regions (L3-06)

    private static final Set<String> CODE_HEADERS = Set.of("prefcode", "citycode", "lgcode", "localgovcode",
            "localgovernmentcode", "seatlocalgovcode", "団体コード", "地方公共団体コード", "自治体コード");
    private static final Set<String> PHONE_HEADERS = Set.of("tel", "fax", "phone", "telephone", "telno", "faxno",
            "phoneno", "phonenumber", "telephonenumber", "faxnumber", "mobile");
    private static final Set<String> POSTAL_HEADERS = Set.of("postalcode", "postcode", "zipcode", "zip", "〒");

    @Override
    public boolean knownHeader(String name) {
        return !vocabulary.itemsByName(name).isEmpty();
    }

    /**
     * The kind of domain check a column gets by its name: the item the vocabulary finds for the
     * header (every item it may name must agree: {@code TEL} is 電話番号 or 連絡先電話番号, both
     * phone numbers), else a few common names ({@code lat}, {@code lng}, {@code 団体コード},
     * {@code …電話番号}, {@code zip}).
     */
    @Override
    public Region regionColumn(String header) {
        if (header.isEmpty()) {
            return Region.NONE;
        }
        List<DataItem> items = vocabulary.itemsByName(header);
        if (!items.isEmpty()) {
            Region r = regionOfItem(items.get(0));
            for (DataItem i : items) {
                if (regionOfItem(i) != r) {
                    return Region.NONE;
                }
            }
            return r;
        }
        String n = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        n.codePoints().filter(c -> Character.isLetterOrDigit(c) || c == '〒').forEach(sb::appendCodePoint);
        String h = sb.toString();
        if (h.equals("latitude") || h.equals("lat")) {
            return Region.LATITUDE;
        }
        if (h.equals("longitude") || h.equals("lon") || h.equals("lng") || h.equals("long")) {
            return Region.LONGITUDE;
        }
        if (CODE_HEADERS.contains(h)) {
            return Region.CODE;
        }
        if (PHONE_HEADERS.contains(h) || h.contains("電話番号") || h.endsWith("電話") || h.contains("fax番号")) {
            return Region.PHONE;
        }
        if (POSTAL_HEADERS.contains(h) || h.contains("郵便番号")) {
            return Region.POSTAL_CODE;
        }
        return Region.NONE;
    }

    @Override
    public boolean namesItem(String header) {
        return !header.isEmpty() && !vocabulary.itemsByName(header).isEmpty();
    }

    /** The kind of domain check an item's values get, from its format and id. */
    static Region regionOfItem(DataItem item) {
        NamedFormat f = item.constraints().format().orElse(null);
        if (f == NamedFormat.LOCAL_GOVERNMENT_CODE) {
            return Region.CODE;
        }
        if (f == NamedFormat.LATITUDE) {
            return Region.LATITUDE;
        }
        if (f == NamedFormat.LONGITUDE) {
            return Region.LONGITUDE;
        }
        if (f == NamedFormat.PHONE) {
            return Region.PHONE;
        }
        if (f == NamedFormat.POSTAL_CODE) {
            return Region.POSTAL_CODE;
        }
        return switch (item.id()) {
            case "prefecture-name", "located-prefecture", "facility-prefecture" -> Region.PREFECTURE;
            case "municipality-name", "located-municipality", "facility-municipality" -> Region.MUNICIPALITY;
            default -> Region.NONE;
        };
    }

    @Override
    public Issue region(Region kind, String t) {
        switch (kind) {
            case CODE: {
                FormatResult r = checks.check(NamedFormat.LOCAL_GOVERNMENT_CODE, t);
                if (r instanceof FormatResult.Invalid bad) {
                    return new Issue(RuleIds.L3_06, bad.messageKey(), bad.severity() == Severity.ERROR ? null
                            : bad.severity(), bad.suggestion().orElse(null), bad.arguments());
                }
                return null;
            }
            case PREFECTURE: {
                Set<String> prefectureNames = regions().prefectureNames;
                if (prefectureNames.contains(t)) {
                    return null;
                }
                for (String p : prefectureNames) {
                    if (p.length() == t.length() + 1 && p.startsWith(t)) {
                        return Issue.of(RuleIds.L3_06, "L3-06.prefecture-name", null, p);
                    }
                }
                return Issue.of(RuleIds.L3_06, "L3-06.prefecture-name", null, null);
            }
            case LATITUDE, LONGITUDE: {
                GeoBox box = checks.plausibleArea();
                boolean lat = kind == Region.LATITUDE;
                if (plainDecimalInside(t, lat ? box.minLatitude() : box.minLongitude(),
                        lat ? box.maxLatitude() : box.maxLongitude())) {
                    return null; // the common case, decided without parsing; anything else goes to vocab
                }
                FormatResult r = checks.check(kind == Region.LATITUDE ? NamedFormat.LATITUDE : NamedFormat.LONGITUDE, t);
                if (r instanceof FormatResult.Invalid bad) {
                    String rule = TemplateConformance.constraint(bad.messageKey()) ? RuleIds.CONSTRAINT_ERROR
                            : RuleIds.TYPE_ERROR;
                    return new Issue(rule, bad.messageKey(), bad.severity() == Severity.ERROR ? null : bad.severity(),
                            bad.suggestion().orElse(null), bad.arguments());
                }
                return null;
            }
            case PHONE, POSTAL_CODE: {
                // only the lost leading zeros: other spellings of phone numbers and postal codes are the template's
                FormatResult r = checks.check(kind == Region.PHONE ? NamedFormat.PHONE : NamedFormat.POSTAL_CODE, t);
                if (r instanceof FormatResult.Invalid bad && bad.messageKey().contains(".leading-zero")) {
                    return new Issue(RuleIds.L3_06, bad.messageKey(), null, bad.suggestion().orElse(null),
                            bad.arguments());
                }
                return null;
            }
            case MUNICIPALITY: {
                if (officialMunicipality(t)) {
                    return null;
                }
                return Issue.of(RuleIds.L3_06, "L3-06.municipality-name", Severity.WARNING, null);
            }
            default:
                return null;
        }
    }

    /**
     * A column of ward names without their city: at least 80% of its values are ward names of
     * designated cities, and at least one of them is not also the name of a municipality (Tokyo's
     * special wards 北区, 中央区, 港区 are municipalities and fine alone). When exactly one city has
     * every ward named, it is named and the first value is suggested with it.
     */
    @Override
    public Issue wardsWithoutCity(java.util.Map<String, Long> values) {
        if (!anyEndsWithKu(values)) {
            return null; // no ward name (each ends with 区, WardNamesTest): decided without reading the code lists
        }
        Map<String, java.util.List<String>> wardCities = regions().wardCities;
        Set<String> municipalityNames = regions().municipalityNames;
        long total = 0;
        long wards = 0;
        boolean wardOnly = false;
        Set<String> candidates = null;
        java.util.List<String> shown = new java.util.ArrayList<>();
        for (java.util.Map.Entry<String, Long> e : values.entrySet()) {
            String v = Cells.trim(e.getKey());
            total += e.getValue();
            java.util.List<String> cities = wardCities.get(v);
            if (cities == null) {
                continue;
            }
            wards += e.getValue();
            if (!municipalityNames.contains(v)) {
                wardOnly = true;
            }
            if (shown.size() < 3) {
                shown.add(v);
            }
            if (candidates == null) {
                candidates = new java.util.LinkedHashSet<>(cities);
            } else {
                candidates.retainAll(cities);
            }
        }
        if (!wardOnly || total == 0 || wards * 10 < total * 8) {
            return null;
        }
        String list = String.join("、", shown);
        if (candidates.size() == 1) {
            String city = candidates.iterator().next();
            return Issue.of(RuleIds.L3_06, "L3-06.ward-name", Severity.WARNING, city + shown.get(0), list, city,
                    city + shown.get(0));
        }
        java.util.List<String> some = new java.util.ArrayList<>();
        for (String c : wardCities.get(shown.get(0))) {
            if (some.size() < 3) {
                some.add(c + shown.get(0));
            }
        }
        return Issue.of(RuleIds.L3_06, "L3-06.ward-name.ambiguous", Severity.WARNING, null, list,
                String.join("、", some));
    }

    /**
     * Coordinates as {@link #quickValid}; a phone number or postal code whose first character is
     * not a digit 1–9, or whose length is not that of a number that lost its 0 (9–10 characters
     * for a phone number, 5–6 for a postal code): {@link #region} checks these two only for a lost
     * leading zero (vocab's {@code format.phone.leading-zero} and
     * {@code format.postal-code.leading-zero*}), which needs such a first character and length.
     */
    @Override
    public boolean regionFindsNothing(Region kind, CharSequence t) {
        int n = t.length();
        if (kind == Region.PHONE || kind == Region.POSTAL_CODE) {
            if (n == 0 || t.charAt(0) < '1' || t.charAt(0) > '9') {
                return true;
            }
            return kind == Region.PHONE ? n < 9 || n > 10 : n < 5 || n > 6;
        }
        return quickValid(kind, t);
    }

    /**
     * Whether t is a plain half-width decimal clearly inside (min, max): a fast path in front of
     * vocab's coordinate check, which sees every other value.
     */
    @Override
    public boolean quickValid(Region kind, CharSequence t) {
        if (kind == Region.PHONE) {
            return !mayHaveLostZero(t, 9, 10); // only a lost trunk 0 is checked here (see region)
        }
        if (kind == Region.POSTAL_CODE) {
            return !mayHaveLostZero(t, 5, 6);
        }
        if (kind != Region.LATITUDE && kind != Region.LONGITUDE) {
            return false;
        }
        GeoBox box = checks.plausibleArea();
        return kind == Region.LATITUDE ? plainDecimalInside(t, box.minLatitude(), box.maxLatitude())
                : plainDecimalInside(t, box.minLongitude(), box.maxLongitude());
    }

    /**
     * Whether vocab's phone or postal-code check could report a lost leading 0: only half-width
     * digits, min to max of them, the first not 0 (a superset of what it reports, so that false
     * means "no such finding").
     */
    static boolean mayHaveLostZero(CharSequence t, int min, int max) {
        int n = t.length();
        if (n < min || n > max || t.charAt(0) < '1' || t.charAt(0) > '9') {
            return false;
        }
        for (int i = 1; i < n; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean plainDecimalInside(CharSequence t, double min, double max) {
        int n = t.length();
        if (n == 0 || n > 18) {
            return false;
        }
        int i = 0;
        boolean neg = false;
        if (t.charAt(0) == '-') {
            neg = true;
            i = 1;
        }
        long whole = 0;
        int digits = 0;
        for (; i < n && t.charAt(i) != '.'; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            whole = whole * 10 + (c - '0');
            digits++;
        }
        if (digits == 0 || digits > 3) {
            return false;
        }
        long signedWhole = neg ? -whole : whole;
        if (signedWhole > Math.floor(min) + 1 && signedWhole < Math.ceil(max) - 1) {
            // clearly inside whatever the fraction: only check that it is digits
            if (i < n) {
                i++;
                if (i == n) {
                    return false;
                }
                for (; i < n; i++) {
                    char c = t.charAt(i);
                    if (c < '0' || c > '9') {
                        return false;
                    }
                }
            }
            return true;
        }
        double frac = 0;
        double scale = 0.1;
        if (i < n) {
            i++;
            if (i == n) {
                return false;
            }
            for (; i < n; i++) {
                char c = t.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
                frac += (c - '0') * scale;
                scale /= 10;
            }
        }
        double v = (whole + frac) * (neg ? -1 : 1);
        return v > min + 1e-6 && v < max - 1e-6;
    }

    /** Whether a value, trimmed, ends with 区 as every ward name of {@link Regions#wardCities} does. */
    private static boolean anyEndsWithKu(java.util.Map<String, Long> values) {
        for (String v : values.keySet()) {
            String t = Cells.trim(v);
            if (!t.isEmpty() && t.charAt(t.length() - 1) == '区') {
                return true;
            }
        }
        return false;
    }

    private boolean officialMunicipality(String t) {
        Set<String> municipalityNames = regions().municipalityNames;
        Set<String> prefectureNames = regions().prefectureNames;
        if (municipalityNames.contains(t)) {
            return true;
        }
        // 郡名 before a town or village, and a prefecture name before the municipality, are fine
        int gun = t.indexOf('郡');
        if (gun > 0 && gun < t.length() - 1 && municipalityNames.contains(t.substring(gun + 1))) {
            return true;
        }
        for (String p : prefectureNames) {
            if (t.startsWith(p) && t.length() > p.length()) {
                return officialMunicipality(t.substring(p.length()));
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ template detection

    /**
     * The template whose columns the header matches best, through the vocabulary's header
     * mapping (exact names, aliases, normalised spellings, English and property names, one-letter
     * misspellings; a LinkData label row or the rows of a two-row header count as other names of
     * a column): at least four columns, one of them found in at most two templates (generic
     * columns such as 名称 say little), and at least 40% of the template's or 60% of the file's
     * named columns. The score favours templates that explain more of the file, then templates of
     * which more is present; ties go to more matched columns, then the newer edition. When the
     * mapping is not all exact, a {@code template.mapping} issue follows with its counts.
     */
    @Override
    public List<Issue> detectTemplate(String[] header, List<List<String>> otherNames) {
        if (!detect) {
            return List.of();
        }
        int named = 0;
        for (String h : header) {
            if (!Cells.trim(h).isEmpty()) {
                named++;
            }
        }
        if (named == 0) {
            return List.of();
        }
        List<String> names = java.util.Arrays.asList(header);
        DatasetTemplate best = null;
        HeaderMapping bestMapping = null;
        int bestMatched = 0;
        double bestScore = 0;
        for (HeaderMapping m : vocabulary.mapHeaderToTemplates(names, otherNames)) {
            DatasetTemplate t = m.template();
            List<HeaderMapping.Column> hit = m.matched();
            int matched = hit.size();
            if (matched < 4) {
                continue;
            }
            int specific = 0;
            for (HeaderMapping.Column c : hit) {
                if (owners.getOrDefault(c.target().orElseThrow().item().id(), Set.of()).size() <= 2) {
                    specific++;
                }
            }
            int size = t.columns().size();
            if (specific == 0 || (matched * 10 < size * 4 && matched * 10 < named * 6)) {
                continue;
            }
            // how much of the file the template explains first, then how much of the template is there
            double score = (double) matched / named + 0.5 * matched / size;
            if (best == null || score > bestScore + 1e-9
                    || (Math.abs(score - bestScore) <= 1e-9 && (matched > bestMatched
                    || (matched == bestMatched && t.version().compareTo(best.version()) > 0)))) {
                best = t;
                bestMapping = m;
                bestMatched = matched;
                bestScore = score;
            }
        }
        if (best == null) {
            return List.of();
        }
        List<Issue> out = new ArrayList<>(2);
        out.add(Issue.of(RuleIds.TEMPLATE_DETECTED, RuleIds.TEMPLATE_DETECTED, null, null,
                best.name() + " (" + best.version() + ")", best.key(), bestMatched, best.columns().size()));
        int exact = bestMapping.count(HeaderMatch.Kind.EXACT);
        if (exact != bestMatched || bestMatched != named) {
            out.add(Issue.of(RuleIds.TEMPLATE_MAPPING, RuleIds.TEMPLATE_MAPPING, null, null, best.key(), bestMatched,
                    named, exact, bestMapping.count(HeaderMatch.Kind.ALIAS),
                    bestMapping.count(HeaderMatch.Kind.NORMALIZED), bestMapping.count(HeaderMatch.Kind.ENGLISH),
                    bestMapping.count(HeaderMatch.Kind.SIMILAR), named - bestMatched,
                    TemplateConformance.notExact(bestMapping)));
        }
        return out;
    }
}
