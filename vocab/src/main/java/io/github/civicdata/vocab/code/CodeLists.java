package io.github.civicdata.vocab.code;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The shipped code lists: the 47 prefectures and every municipality and designated-city ward with
 * its 6-digit 全国地方公共団体コード, names, readings and romanised names, the codes that were
 * abolished since 1970 with what they became, and lookup, normalisation and explanation of codes.
 *
 * <p>Sources (see {@code data/codes/SOURCES.md} in the jar): デジタル庁 アドレス・ベース・レジストリ
 * 都道府県マスター and 市区町村マスター (CC BY 4.0; 47 + 1,918 codes, the current list) and the e-Stat
 * 廃置分合等情報 (3,507 events 1970-04-20 … 2024-01-01; former codes, their last day and their
 * successors). A code with a right check digit that neither source knows is reported as
 * {@link CodeExplanation.Verdict#VALID_UNLISTED}.
 *
 * <p>Whether a former code is acceptable depends on the day the data describe: without a
 * {@link ReferencePeriod} it is not ({@link CodeExplanation.Verdict#FORMER}: "old code, valid until
 * 2023-12-31, now 221384"); with one it is when the code was in effect during the period
 * ({@link CodeExplanation.Verdict#FORMER_IN_EFFECT}), and a current code that took effect after the
 * period is not ({@link CodeExplanation.Verdict#NOT_YET_IN_EFFECT}).
 *
 * <p>{@link #standard()} loads the lists once; the instance is immutable and thread-safe.
 * {@link #isListed(CharSequence)} allocates nothing and is meant for per-cell checks. The current
 * lists are read from a precomputed form of the ABR files (a few milliseconds); the records with the
 * change history only the first time a question needs them (a former code, a reference period, a
 * lookup by name, {@link #records()}), from a precomputed form of the three files. Both forms are
 * checked against the shipped CSV files, which stay the source.
 *
 * <pre>{@code
 * CodeLists codes = CodeLists.standard();
 * codes.municipality("131016").map(Municipality::name);   // Optional[千代田区]
 * codes.explain("92011").normalized();                     // Optional[092011]
 * codes.fullName("011011");                                // Optional[北海道札幌市中央区]
 * codes.record("221317").orElseThrow().validUntil();       // Optional[2023-12-31]
 * codes.lookup("浜松市中区");                                // [the former ward 221317]
 * codes.lookup("はままつしちゅうおうく");                      // [221384]
 * }</pre>
 */
public final class CodeLists {

    /** The shipped lists, read on first use (not in a holder class: a failure stays an IllegalStateException). */
    private static volatile CodeLists standard;

    /** What needs the change history: loaded on first use (checking current codes never needs it). */
    static final class Full {
        final Map<String, CodeRecord> records;
        final BitSet known = new BitSet(1_000_000);
        /** Current codes that took effect after the history began (1970): their first day. */
        final Map<String, LocalDate> lateStart = new HashMap<>();
        volatile CodeIndex index;

        /** @param records every record by code, in code order (not copied) */
        Full(Map<String, CodeRecord> records) {
            this.records = Collections.unmodifiableMap(records);
            for (CodeRecord r : records.values()) {
                known.set(sixDigits(r.code()));
                if (r.isCurrent() && r.validFrom().isPresent() && r.validFrom().get().getYear() >= 1970) {
                    lateStart.put(r.code(), r.validFrom().get());
                }
            }
        }
    }

    private final Map<String, Prefecture> prefectures;
    private final Map<String, Prefecture> prefecturesByLgCode;
    private final Map<String, Municipality> municipalities;
    private final BitSet listed;
    private final CodeData data;
    /** Build the records from the CSV files (a test's second route) instead of their precomputed form. */
    private final boolean recordsFromCsv;
    private volatile Full full;

    /** Lists whose records (with the history) come from their precomputed form ({@link RecordTables}). */
    CodeLists(CodeData data) {
        this(data, false);
    }

    /**
     * @param data the current lists
     * @param recordsFromCsv whether the records are built from the CSV files ({@link
     *     CodeData#parseRecords()}) instead of read from their precomputed form
     */
    CodeLists(CodeData data, boolean recordsFromCsv) {
        this.recordsFromCsv = recordsFromCsv;
        Map<String, Prefecture> p = new LinkedHashMap<>();
        Map<String, Prefecture> pl = new HashMap<>();
        BitSet bits = new BitSet(1_000_000);
        for (Prefecture x : data.prefectures) {
            p.put(x.code(), x);
            pl.put(x.localGovernmentCode(), x);
            bits.set(sixDigits(x.localGovernmentCode()));
        }
        Map<String, Municipality> m = new LinkedHashMap<>();
        for (Municipality x : data.municipalities) {
            m.put(x.code(), x);
            bits.set(sixDigits(x.code()));
        }
        this.prefectures = Collections.unmodifiableMap(p);
        this.prefecturesByLgCode = Collections.unmodifiableMap(pl);
        this.municipalities = Collections.unmodifiableMap(m);
        this.listed = bits;
        this.data = data;
    }

    /** The value of a code known to be six ASCII digits (cheaper than Integer.parseInt at start-up). */
    private static int sixDigits(String code) {
        int v = 0;
        for (int i = 0; i < 6; i++) {
            v = v * 10 + (code.charAt(i) - '0');
        }
        return v;
    }

    /** The history-dependent state, loaded once on first use. */
    Full full() {
        Full f = full;
        if (f == null) {
            synchronized (this) {
                f = full;
                if (f == null) {
                    f = new Full(recordsFromCsv ? data.parseRecords() : RecordTables.read());
                    full = f;
                }
            }
        }
        return f;
    }

    /** The change history, parsed from its CSV file (for tests). */
    CodeHistory history() {
        return CodeHistory.parse(CodeData.read(CodeData.HISTORY));
    }

    /**
     * The shipped code lists, loaded on first use.
     *
     * @return the code lists
     * @throws IllegalStateException if the shipped data is missing or broken (a build error)
     */
    public static CodeLists standard() {
        CodeLists c = standard;
        if (c == null) {
            synchronized (CodeLists.class) {
                c = standard;
                if (c == null) {
                    c = new CodeLists(CodeData.loadCurrent());
                    standard = c;
                }
            }
        }
        return c;
    }

    /**
     * The 47 prefectures in code order.
     *
     * @return the prefectures
     */
    public List<Prefecture> prefectures() {
        return List.copyOf(prefectures.values());
    }

    /**
     * Every municipality and designated-city ward, in code order.
     *
     * @return the municipalities
     */
    public List<Municipality> municipalities() {
        return List.copyOf(municipalities.values());
    }

    /**
     * A prefecture by its 2-digit code ({@code 13}) or its 6-digit own code ({@code 130001}).
     *
     * @param code the code
     * @return the prefecture, or empty
     */
    public Optional<Prefecture> prefecture(String code) {
        Prefecture p = prefectures.get(code);
        return p != null ? Optional.of(p) : Optional.ofNullable(prefecturesByLgCode.get(code));
    }

    /**
     * A municipality or ward by its 6-digit code.
     *
     * @param code the 6-digit code
     * @return the municipality, or empty
     */
    public Optional<Municipality> municipality(String code) {
        return Optional.ofNullable(municipalities.get(code));
    }

    /**
     * Whether {@code code} is exactly a listed 6-digit code (a prefecture's own code or a
     * municipality or ward). Allocation-free.
     *
     * @param code the candidate
     * @return {@code true} if listed
     */
    public boolean isListed(CharSequence code) {
        if (code == null || code.length() != 6 || !LocalGovernmentCodes.allDigits(code, 0, 6)) {
            return false;
        }
        int v = 0;
        for (int i = 0; i < 6; i++) {
            v = v * 10 + (code.charAt(i) - '0');
        }
        return listed.get(v);
    }

    /**
     * The full name a 6-digit code stands for: the prefecture's name followed by the
     * municipality's ({@code 北海道札幌市中央区}), or the prefecture's name for its own code. Former
     * codes are named too ({@code 221317}: {@code 静岡県浜松市中区}).
     *
     * @param code the 6-digit code
     * @return the name, or empty if the code is not known
     */
    public Optional<String> fullName(String code) {
        Municipality m = municipalities.get(code);
        if (m != null) {
            return Optional.of(prefectures.get(m.prefectureCode()).name() + m.name());
        }
        Prefecture own = prefecturesByLgCode.get(code);
        if (own != null) {
            return Optional.of(own.name());
        }
        CodeRecord r = full().records.get(code);
        if (r == null) {
            return Optional.empty();
        }
        if (r.kind() == CodeRecord.Kind.PREFECTURE) {
            return Optional.of(r.name());
        }
        return Optional.of(prefectures.get(r.prefectureCode()).name() + r.name());
    }

    /**
     * The administrative hierarchy as plain rows, one per current municipality and ward, in code
     * order.
     *
     * @return the rows
     */
    public List<AdministrativeArea> hierarchy() {
        List<AdministrativeArea> out = new ArrayList<>(municipalities.size());
        for (Municipality m : municipalities.values()) {
            Prefecture p = prefectures.get(m.prefectureCode());
            Municipality city = m.cityCode().map(municipalities::get).orElse(m);
            out.add(new AdministrativeArea(m.code(), m.name(), city.code(), city.name(), p.code(), p.name()));
        }
        return List.copyOf(out);
    }

    /**
     * What a 6-digit code stands for over time: a current prefecture, municipality or ward, a
     * former code, or a county of the change history.
     *
     * @param code the 6-digit code (a 5-digit code gets its check digit)
     * @return the record, or empty if neither the current list nor the history knows the code
     */
    public Optional<CodeRecord> record(String code) {
        String c = code == null ? "" : code.strip();
        if (c.length() == 5 && LocalGovernmentCodes.allDigits(c, 0, 5)) {
            c = LocalGovernmentCodes.withCheckDigit(c);
        }
        return Optional.ofNullable(full().records.get(c));
    }

    /**
     * Every record: current and former codes, prefectures and counties, in code order.
     *
     * @return the records
     */
    public List<CodeRecord> records() {
        return List.copyOf(full().records.values());
    }

    /**
     * Finds codes by name, reading, romanised name or code: {@code 浜松市中区} (the former ward, with
     * its end date), {@code 静岡県浜松市中央区}, {@code 沙流郡日高町}, {@code はままつしちゅうおうく},
     * {@code ハママツシチュウオウク}, {@code Hamamatsu-shi Chuo-ku}, {@code hamamatsu chuo},
     * {@code 221384} or {@code 22138}. Names match whole, after NFKC, katakana as hiragana, lower case,
     * and without white space, hyphens and diacritics; earlier names under the same code match too
     * (日の出村). A ward's name alone ({@code 中区}) gives every ward of that name.
     *
     * @param query the name or code
     * @return the matching records, current ones first, then by code; empty if none
     */
    public List<CodeRecord> lookup(String query) {
        String q = Objects.requireNonNull(query, "query").strip();
        String digits = Normalizer.normalize(q, Normalizer.Form.NFKC);
        if ((digits.length() == 5 || digits.length() == 6) && LocalGovernmentCodes.allDigits(digits, 0, digits.length())) {
            return record(digits).map(List::of).orElse(List.of());
        }
        List<CodeRecord> out = new ArrayList<>();
        Full f = full();
        CodeIndex idx = f.index;
        if (idx == null) {
            synchronized (f) {
                idx = f.index;
                if (idx == null) {
                    idx = new CodeIndex(f.records, prefectures);
                    f.index = idx;
                }
            }
        }
        for (String c : idx.find(q, f.records)) {
            out.add(f.records.get(c));
        }
        return List.copyOf(out);
    }

    /**
     * Today's codes of the area a code stood for: the code itself if it is current, else its
     * successors, followed through later changes. Empty for a county or subprefecture that was
     * abolished, and for unknown codes.
     *
     * @param code the 6-digit code
     * @return the current codes, in code order
     */
    public List<String> currentSuccessors(String code) {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        successors(code, out, new java.util.HashSet<>());
        return List.copyOf(out);
    }

    private void successors(String code, java.util.Set<String> out, java.util.Set<String> seen) {
        CodeRecord r = full().records.get(code);
        if (r == null || !seen.add(code)) {
            return;
        }
        if (r.isCurrent()) {
            if (r.isLocalGovernment()) {
                out.add(code);
            }
            return;
        }
        for (String s : r.successors()) {
            successors(s, out, seen);
        }
    }

    /**
     * The current code of the same area, when a former code only changed its code: a new code on
     * becoming a city or town (市制施行, 町制施行), a new name, a designated city's new code, a move
     * to another county or subprefecture, or a ward re-coded with its name and area unchanged
     * (浜松市 天竜区 22137 → 22140). Empty when the area changed on the way (merger, incorporation,
     * division, reorganisation of wards): then replacing the code would change what the data says.
     *
     * @param code the former 6-digit code
     * @return the current code of the same area, or empty
     */
    public Optional<String> sameAreaSuccessor(String code) {
        String c = code;
        for (int steps = 0; steps < 20; steps++) {
            CodeRecord r = full().records.get(c);
            if (r == null) {
                return Optional.empty();
            }
            if (r.isCurrent()) {
                return steps == 0 || !r.isLocalGovernment() ? Optional.empty() : Optional.of(c);
            }
            if (r.successors().size() != 1) {
                return Optional.empty();
            }
            LocalDate end = r.validUntil().orElseThrow().plusDays(1);
            String next = r.successors().get(0);
            boolean same = false;
            for (CodeChange ch : r.changes()) {
                if (ch.date().equals(end) && ch.from().contains(c) && ch.to().contains(next)) {
                    same = switch (ch.kind()) {
                        case CITY_STATUS, TOWN_STATUS, RENAME, DESIGNATED_CITY, AREA_CHANGE -> true;
                        case WARD_REORGANISATION -> ch.from().size() == 1 && ch.to().size() == 1
                                && ch.text().contains("区域の変更なし");
                        default -> false;
                    };
                }
            }
            if (!same) {
                return Optional.empty();
            }
            c = next;
        }
        return Optional.empty();
    }

    /**
     * Explains a value given as a 全国地方公共団体コード as of the present (the shipped lists): a
     * former code is {@link CodeExplanation.Verdict#FORMER}. See
     * {@link #explain(CharSequence, ReferencePeriod)}.
     *
     * @param input the value
     * @return the explanation
     */
    public CodeExplanation explain(CharSequence input) {
        return explain(input, null);
    }

    /**
     * Explains a value given as a 全国地方公共団体コード: full-width digits and surrounding white
     * space are accepted; 6-digit codes are checked; 5-digit codes get their check digit; codes
     * that lost a leading zero in a spreadsheet ({@code 92011}, {@code 1100}) are restored; 2-digit
     * values are read as prefecture codes, and a single digit as a prefecture code that lost its
     * leading zero ({@code 1} is {@code 01}, restored but not valid as given, like {@code 92011}).
     * A former code is acceptable when it was in effect during {@code period}; a current code that
     * took effect after the period is not. Never throws for bad input.
     *
     * @param input the value
     * @param period the days the data describe, or null for the present
     * @return the explanation
     */
    public CodeExplanation explain(CharSequence input, ReferencePeriod period) {
        return new CodeExplainer(this, period).explain(input);
    }

    /**
     * Whether {@code code} is exactly a listed 6-digit code that was already in effect at the end
     * of {@code period} (a code of the current list took effect on or before {@code period.to()}).
     * Allocation-free for codes older than the history.
     *
     * @param code the candidate
     * @param period the days the data describe
     * @return {@code true} if listed and in effect then
     */
    public boolean isListedDuring(CharSequence code, ReferencePeriod period) {
        if (!isListed(code)) {
            return false;
        }
        LocalDate from = full().lateStart.get(code.toString());
        return from == null || !from.isAfter(period.to());
    }

    /** Whether a 6-digit code is known to the current list or the history. Allocation-free. */
    boolean isKnown(CharSequence code) {
        if (code == null || code.length() != 6 || !LocalGovernmentCodes.allDigits(code, 0, 6)) {
            return false;
        }
        int v = 0;
        for (int i = 0; i < 6; i++) {
            v = v * 10 + (code.charAt(i) - '0');
        }
        return full().known.get(v);
    }

    /** The record of a code known to be 6 digits, or null. */
    CodeRecord recordOrNull(String six) {
        return full().records.get(six);
    }

    /** A prefecture by its 2-digit code, or null. */
    Prefecture prefectureOrNull(String two) {
        return prefectures.get(two);
    }
}
