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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The shipped code data: the ABR 都道府県マスター and 市区町村マスター (the current codes) and the
 * e-Stat 廃置分合等情報 (the history), joined into one {@link CodeRecord} per code. {@link #loadCurrent()}
 * reads the current lists from their precomputed form ({@link CodeTables}); {@link #parseCurrent()} and
 * {@link #parseRecords()} parse the CSV files, which are the source of the precomputed forms. Not API.
 */
final class CodeData {

    static final String DATA = "/io/github/civicdata/vocab/data/codes/";
    static final String PREFECTURES = "abr_mt_pref_all_2024-01-10.csv";
    static final String CITIES = "abr_mt_city_all_2024-03-12.csv";
    static final String HISTORY = "history/estat-haichi-bunkatsu_1970-2024.csv";

    /** Marks a missing ABR date in the day arrays below. */
    static final int NO_DATE = Integer.MIN_VALUE;

    /** The prefectures in code order. */
    final List<Prefecture> prefectures;
    /** The municipalities and wards in code order. */
    final List<Municipality> municipalities;
    /** ABR first and last day (epoch days, {@link #NO_DATE} if none) of {@code prefectures.get(i)}. */
    final int[] prefectureFrom;
    final int[] prefectureUntil;
    /** ABR first and last day (epoch days, {@link #NO_DATE} if none) of {@code municipalities.get(i)}. */
    final int[] municipalityFrom;
    final int[] municipalityUntil;
    final Map<String, CodeRecord> records = new TreeMap<>();
    CodeHistory history;

    CodeData(List<Prefecture> prefectures, int[] prefectureFrom, int[] prefectureUntil,
            List<Municipality> municipalities, int[] municipalityFrom, int[] municipalityUntil) {
        if (prefectureFrom.length != prefectures.size() || prefectureUntil.length != prefectures.size()
                || municipalityFrom.length != municipalities.size()
                || municipalityUntil.length != municipalities.size()) {
            throw new IllegalArgumentException("dates do not match the lists");
        }
        this.prefectures = List.copyOf(prefectures);
        this.municipalities = List.copyOf(municipalities);
        this.prefectureFrom = prefectureFrom.clone();
        this.prefectureUntil = prefectureUntil.clone();
        this.municipalityFrom = municipalityFrom.clone();
        this.municipalityUntil = municipalityUntil.clone();
    }

    /**
     * The current lists, as {@link CodeLists#standard()} uses them: read from their precomputed
     * binary form ({@link CodeTables}), which a test keeps identical to {@link #parseCurrent()}.
     *
     * @throws IllegalStateException if the binary form is missing, damaged or not made from the
     *     shipped CSV files
     */
    static CodeData loadCurrent() {
        return CodeTables.read();
    }

    /** The current lists parsed from the shipped ABR CSV files (the source of the binary form). */
    static CodeData parseCurrent() {
        Parsed pref = parsePrefectures();
        Parsed city = parseCities();
        return new CodeData(pref.prefectures, pref.from, pref.until, city.municipalities, city.from, city.until);
    }

    /**
     * Every record, current and former, built from these lists and the parsed change history (the
     * source of {@link RecordTables}' form).
     *
     * @return the records by code, in code order
     */
    Map<String, CodeRecord> parseRecords() {
        if (history == null) {
            loadHistory();
        }
        return new LinkedHashMap<>(records);
    }

    /** Adds the history and builds a record for every code, current and former. */
    private void loadHistory() {
        history = CodeHistory.parse(read(HISTORY));
        for (int i = 0; i < prefectures.size(); i++) {
            Prefecture p = prefectures.get(i);
            records.put(p.localGovernmentCode(), new CodeRecord(p.localGovernmentCode(), p.name(), List.of(),
                    Optional.of(p.nameKana()), Optional.of(p.nameEn()), p.code(), Optional.empty(),
                    CodeRecord.Kind.PREFECTURE, day(prefectureFrom[i]), day(prefectureUntil[i]), List.of(), List.of()));
        }
        for (int i = 0; i < municipalities.size(); i++) {
            Municipality m = municipalities.get(i);
            CodeHistory.Entry e = history.entries().get(m.code().substring(0, 5));
            Optional<LocalDate> from = e != null && e.start != null ? Optional.of(e.start) : day(municipalityFrom[i]);
            records.put(m.code(), new CodeRecord(m.code(), m.name(), otherNames(e, m.name()), m.nameKana(),
                    m.nameRoman(), m.prefectureCode(), m.county(), CodeRecord.Kind.valueOf(m.kind().name()), from,
                    day(municipalityUntil[i]), List.of(), e == null ? List.of() : e.changes));
        }
        addHistory();
    }

    /** What one of the ABR files gives: the list and each entry's first and last day. */
    private static final class Parsed {
        List<Prefecture> prefectures;
        List<Municipality> municipalities;
        int[] from;
        int[] until;
    }

    private static Parsed parsePrefectures() {
        List<List<String>> rows = Csv.parse(read(PREFECTURES));
        Map<String, Integer> h = header(rows.get(0));
        Parsed out = new Parsed();
        out.prefectures = new ArrayList<>();
        out.from = new int[rows.size() - 1];
        out.until = new int[rows.size() - 1];
        for (List<String> r : rows.subList(1, rows.size())) {
            String lg = r.get(h.get("lg_code")).strip();
            String code = lg.substring(0, 2);
            Prefecture p = new Prefecture(code, lg, r.get(h.get("pref")).strip(),
                    Kana.toHiragana(r.get(h.get("pref_kana")).strip()), r.get(h.get("pref_roma")).strip(), "JP-" + code);
            out.from[out.prefectures.size()] = epochDay(r.get(h.get("efct_date")));
            out.until[out.prefectures.size()] = epochDay(r.get(h.get("ablt_date")));
            out.prefectures.add(p);
        }
        return out;
    }

    private static Parsed parseCities() {
        List<List<String>> rows = Csv.parse(read(CITIES));
        Map<String, Integer> h = header(rows.get(0));
        record Row(String code, String pref, String county, String city, String cityKana, String cityRoma,
                String ward, String wardKana, String wardRoma, int from, int until) {
        }
        record Dated(Municipality m, int from, int until) {
        }
        List<Row> list = new ArrayList<>();
        Map<String, String> cityCode = new HashMap<>();
        Set<String> hasWards = new HashSet<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            Row row = new Row(r.get(h.get("lg_code")).strip(), r.get(h.get("lg_code")).substring(0, 2),
                    r.get(h.get("county")).strip(), r.get(h.get("city")).strip(), r.get(h.get("city_kana")).strip(),
                    r.get(h.get("city_roma")).strip(), r.get(h.get("ward")).strip(), r.get(h.get("ward_kana")).strip(),
                    r.get(h.get("ward_roma")).strip(), epochDay(r.get(h.get("efct_date"))),
                    epochDay(r.get(h.get("ablt_date"))));
            list.add(row);
            if (row.ward().isEmpty()) {
                cityCode.put(row.pref() + row.city(), row.code());
            } else {
                hasWards.add(row.pref() + row.city());
            }
        }
        List<Dated> dated = new ArrayList<>();
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
            dated.add(new Dated(m, r.from(), r.until()));
        }
        dated.sort((a, b) -> a.m().code().compareTo(b.m().code()));
        Parsed out = new Parsed();
        out.municipalities = new ArrayList<>();
        out.from = new int[dated.size()];
        out.until = new int[dated.size()];
        for (Dated d : dated) {
            out.from[out.municipalities.size()] = d.from();
            out.until[out.municipalities.size()] = d.until();
            out.municipalities.add(d.m());
        }
        return out;
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

    /** An ABR date cell as an epoch day, {@link #NO_DATE} if empty. */
    private static int epochDay(String s) {
        String t = s.strip();
        return t.isEmpty() ? NO_DATE : Math.toIntExact(CodeHistory.date(t).toEpochDay());
    }

    private static Optional<LocalDate> day(int epochDay) {
        return epochDay == NO_DATE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(epochDay));
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
