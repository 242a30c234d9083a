package io.github.civicdata.vocab.code;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import io.github.civicdata.vocab.internal.Csv;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Loads the shipped code data: the ABR 都道府県マスター and 市区町村マスター (the current codes) and the
 * e-Stat 廃置分合等情報 (the history), joined into one {@link CodeRecord} per code. Not API.
 */
final class CodeData {

    static final String DATA = "/io/github/civicdata/vocab/data/codes/";
    static final String PREFECTURES = "abr_mt_pref_all_2024-01-10.csv";
    static final String CITIES = "abr_mt_city_all_2024-03-12.csv";
    static final String HISTORY = "history/estat-haichi-bunkatsu_1970-2024.csv";

    final List<Prefecture> prefectures = new ArrayList<>();
    final List<Municipality> municipalities = new ArrayList<>();
    /** ABR start and end dates of the current codes (prefectures and municipalities). */
    private final Map<String, Optional<LocalDate>[]> abrDates = new HashMap<>();
    final Map<String, CodeRecord> records = new TreeMap<>();
    CodeHistory history;

    private CodeData() {
    }

    /** The current lists only (fast: what validation of current codes needs). */
    static CodeData loadCurrent() {
        CodeData d = new CodeData();
        d.loadPrefectures();
        d.loadCities();
        return d;
    }

    /** Adds the history and builds a record for every code, current and former. */
    void loadHistory() {
        history = CodeHistory.parse(read(HISTORY));
        for (Prefecture p : prefectures) {
            Optional<LocalDate>[] d = abrDates.get(p.localGovernmentCode());
            records.put(p.localGovernmentCode(), new CodeRecord(p.localGovernmentCode(), p.name(), List.of(),
                    Optional.of(p.nameKana()), Optional.of(p.nameEn()), p.code(), Optional.empty(),
                    CodeRecord.Kind.PREFECTURE, d[0], d[1], List.of(), List.of()));
        }
        for (Municipality m : municipalities) {
            Optional<LocalDate>[] d = abrDates.get(m.code());
            CodeHistory.Entry e = history.entries().get(m.code().substring(0, 5));
            Optional<LocalDate> from = e != null && e.start != null ? Optional.of(e.start) : d[0];
            records.put(m.code(), new CodeRecord(m.code(), m.name(), otherNames(e, m.name()), m.nameKana(),
                    m.nameRoman(), m.prefectureCode(), m.county(), CodeRecord.Kind.valueOf(m.kind().name()), from,
                    d[1], List.of(), e == null ? List.of() : e.changes));
        }
        addHistory();
    }

    @SuppressWarnings("unchecked")
    private void dates(String code, Optional<LocalDate> from, Optional<LocalDate> until) {
        abrDates.put(code, new Optional[] {from, until});
    }

    private void loadPrefectures() {
        List<List<String>> rows = Csv.parse(read(PREFECTURES));
        Map<String, Integer> h = header(rows.get(0));
        for (List<String> r : rows.subList(1, rows.size())) {
            String lg = r.get(h.get("lg_code")).strip();
            String code = lg.substring(0, 2);
            Prefecture p = new Prefecture(code, lg, r.get(h.get("pref")).strip(),
                    Kana.toHiragana(r.get(h.get("pref_kana")).strip()), r.get(h.get("pref_roma")).strip(), "JP-" + code);
            prefectures.add(p);
            dates(lg, date(r.get(h.get("efct_date"))), date(r.get(h.get("ablt_date"))));
        }
    }

    private void loadCities() {
        List<List<String>> rows = Csv.parse(read(CITIES));
        Map<String, Integer> h = header(rows.get(0));
        record Row(String code, String pref, String county, String city, String cityKana, String cityRoma,
                String ward, String wardKana, String wardRoma, Optional<LocalDate> from, Optional<LocalDate> until) {
        }
        List<Row> list = new ArrayList<>();
        Map<String, String> cityCode = new HashMap<>();
        Set<String> hasWards = new HashSet<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            Row row = new Row(r.get(h.get("lg_code")).strip(), r.get(h.get("lg_code")).substring(0, 2),
                    r.get(h.get("county")).strip(), r.get(h.get("city")).strip(), r.get(h.get("city_kana")).strip(),
                    r.get(h.get("city_roma")).strip(), r.get(h.get("ward")).strip(), r.get(h.get("ward_kana")).strip(),
                    r.get(h.get("ward_roma")).strip(), date(r.get(h.get("efct_date"))), date(r.get(h.get("ablt_date"))));
            list.add(row);
            if (row.ward().isEmpty()) {
                cityCode.put(row.pref() + row.city(), row.code());
            } else {
                hasWards.add(row.pref() + row.city());
            }
        }
        for (Row r : list) {
            Municipality.Kind kind;
            Optional<String> city = Optional.empty();
            String name;
            String kana;
            String roman;
            if (!r.ward().isEmpty()) {
                kind = Municipality.Kind.WARD;
                String cc = cityCode.get(r.pref() + r.city());
                if (cc == null) {
                    throw new IllegalStateException("ward " + r.code() + " without its city " + r.city());
                }
                city = Optional.of(cc);
                name = r.city() + r.ward();
                kana = r.cityKana() + r.wardKana();
                roman = r.cityRoma() + " " + r.wardRoma();
            } else {
                name = r.city();
                kana = r.cityKana();
                roman = r.cityRoma();
                kind = kindOf(r.pref(), name, hasWards.contains(r.pref() + name));
            }
            Optional<String> county = r.county().isEmpty() ? Optional.empty() : Optional.of(r.county());
            Municipality m = new Municipality(r.code(), name, kana.isEmpty() ? Optional.empty()
                    : Optional.of(Kana.toHiragana(kana)), roman.isBlank() ? Optional.empty() : Optional.of(roman),
                    r.pref(), county, kind, city);
            municipalities.add(m);
            dates(m.code(), r.from(), r.until());
        }
        municipalities.sort((a, b) -> a.code().compareTo(b.code()));
    }

    /** Every code of the history that is not a current one: former municipalities and wards, counties. */
    private void addHistory() {
        for (CodeHistory.Entry e : history.entries().values()) {
            String six = LocalGovernmentCodes.withCheckDigit(e.code5);
            if (records.containsKey(six)) {
                continue;
            }
            String name = e.name();
            CodeRecord.Kind kind = historyKind(e, name);
            String kana = e.names.getOrDefault(name, "");
            Optional<String> county = e.county.isEmpty() || kind == CodeRecord.Kind.COUNTY
                    || kind == CodeRecord.Kind.SUBPREFECTURE ? Optional.empty() : Optional.of(e.county);
            records.put(six, new CodeRecord(six, name, otherNames(e, name), kana.isEmpty() ? Optional.empty()
                    : Optional.of(kana), Optional.empty(), six.substring(0, 2), county, kind,
                    Optional.ofNullable(e.start), Optional.ofNullable(e.end).map(d -> d.minusDays(1)), e.successors,
                    e.changes));
        }
    }

    private static List<String> otherNames(CodeHistory.Entry e, String name) {
        if (e == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String n : e.names.keySet()) {
            if (!n.equals(name)) {
                out.add(0, n); // latest first
            }
        }
        return out;
    }

    private static CodeRecord.Kind historyKind(CodeHistory.Entry e, String name) {
        if (e.textOnly) {
            if (name.endsWith("郡")) {
                return CodeRecord.Kind.COUNTY;
            }
            if (name.endsWith("支庁") || name.endsWith("振興局")) {
                return CodeRecord.Kind.SUBPREFECTURE;
            }
        }
        if (e.ward) {
            return e.code5.startsWith("13") ? CodeRecord.Kind.SPECIAL_WARD : CodeRecord.Kind.WARD;
        }
        if (name.endsWith("市")) {
            // a designated city's own code is PP1x0 (札幌市 01100); its earlier code PP2xx was a city
            return e.code5.charAt(2) == '1' && e.code5.endsWith("0") ? CodeRecord.Kind.DESIGNATED_CITY
                    : CodeRecord.Kind.CITY;
        }
        if (name.endsWith("区")) {
            return e.code5.startsWith("13") ? CodeRecord.Kind.SPECIAL_WARD : CodeRecord.Kind.WARD;
        }
        if (name.endsWith("町")) {
            return CodeRecord.Kind.TOWN;
        }
        if (name.endsWith("村")) {
            return CodeRecord.Kind.VILLAGE;
        }
        throw new IllegalStateException("cannot tell the kind of " + e.code5 + " " + name);
    }

    static Municipality.Kind kindOf(String pref, String name, boolean hasWards) {
        if (name.endsWith("市")) {
            return hasWards ? Municipality.Kind.DESIGNATED_CITY : Municipality.Kind.CITY;
        }
        if (name.endsWith("区") && pref.equals("13")) {
            return Municipality.Kind.SPECIAL_WARD;
        }
        if (name.endsWith("町")) {
            return Municipality.Kind.TOWN;
        }
        if (name.endsWith("村")) {
            return Municipality.Kind.VILLAGE;
        }
        throw new IllegalStateException("cannot tell the kind of " + name);
    }

    private static Optional<LocalDate> date(String s) {
        String t = s.strip();
        return t.isEmpty() ? Optional.empty() : Optional.of(CodeHistory.date(t));
    }

    private static Map<String, Integer> header(List<String> row) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < row.size(); i++) {
            m.put(row.get(i).strip(), i);
        }
        return m;
    }

    static String read(String name) {
        try (InputStream in = CodeData.class.getResourceAsStream(DATA + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DATA + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
