package io.github.civicdata.vocab.code;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shipped code lists: the 47 prefectures and every municipality and designated-city ward with
 * its 6-digit 全国地方公共団体コード, names and readings; lookup, normalisation and explanation of codes.
 *
 * <p>Sources (see {@code data/codes/SOURCES.md} in the jar): {@code code4fukui/localgovjp} (CC0;
 * 1,916 municipalities and wards with readings, 47 prefectures) and, for the six 北方領土 villages
 * it lacks, {@code code4fukui/LGCode} (MIT; names only). The authoritative 総務省 list was not
 * available; codes outside these lists are reported as {@link CodeExplanation.Verdict#VALID_UNLISTED}
 * when their check digit is right.
 *
 * <p>{@link #standard()} loads the lists once; the instance is immutable and thread-safe.
 * {@link #isListed(CharSequence)} allocates nothing and is meant for per-cell checks.
 *
 * <pre>{@code
 * CodeLists codes = CodeLists.standard();
 * codes.municipality("131016").map(Municipality::name);   // Optional[千代田区]
 * codes.explain("92011").normalized();                     // Optional[092011]
 * codes.fullName("011011");                                // Optional[北海道札幌市中央区]
 * }</pre>
 */
public final class CodeLists {

    private static final String DATA = "/io/github/civicdata/vocab/data/codes/";

    private static final class Holder {
        static final CodeLists INSTANCE = load();
    }

    private final Map<String, Prefecture> prefectures;
    private final Map<String, Prefecture> prefecturesByLgCode;
    private final Map<String, Municipality> municipalities;
    private final BitSet listed;

    private CodeLists(List<Prefecture> prefs, List<Municipality> munis) {
        Map<String, Prefecture> p = new LinkedHashMap<>();
        Map<String, Prefecture> pl = new HashMap<>();
        BitSet bits = new BitSet(1_000_000);
        for (Prefecture x : prefs) {
            p.put(x.code(), x);
            pl.put(x.localGovernmentCode(), x);
            bits.set(Integer.parseInt(x.localGovernmentCode()));
        }
        Map<String, Municipality> m = new LinkedHashMap<>();
        for (Municipality x : munis) {
            m.put(x.code(), x);
            bits.set(Integer.parseInt(x.code()));
        }
        this.prefectures = Collections.unmodifiableMap(p);
        this.prefecturesByLgCode = Collections.unmodifiableMap(pl);
        this.municipalities = Collections.unmodifiableMap(m);
        this.listed = bits;
    }

    /**
     * The shipped code lists, loaded on first use.
     *
     * @return the code lists
     * @throws IllegalStateException if the shipped data is missing or broken (a build error)
     */
    public static CodeLists standard() {
        return Holder.INSTANCE;
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
     * municipality's ({@code 北海道札幌市中央区}), or the prefecture's name for its own code.
     *
     * @param code the 6-digit code
     * @return the name, or empty if the code is not listed
     */
    public Optional<String> fullName(String code) {
        Municipality m = municipalities.get(code);
        if (m != null) {
            return Optional.of(prefectures.get(m.prefectureCode()).name() + m.name());
        }
        return Optional.ofNullable(prefecturesByLgCode.get(code)).map(Prefecture::name);
    }

    /**
     * The administrative hierarchy as plain rows, one per municipality and ward, in code order.
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
     * Explains a value given as a 全国地方公共団体コード: full-width digits and surrounding white
     * space are accepted; 6-digit codes are checked; 5-digit codes get their check digit; codes
     * that lost a leading zero in a spreadsheet ({@code 92011}, {@code 1100}) are restored; 2-digit
     * values are read as prefecture codes, and a single digit as a prefecture code that lost its
     * leading zero ({@code 1} is {@code 01}, restored but not valid as given, like {@code 92011}).
     * Never throws for bad input.
     *
     * @param input the value
     * @return the explanation
     */
    public CodeExplanation explain(CharSequence input) {
        String in = input == null ? "" : input.toString();
        StringBuilder sb = new StringBuilder(in.length());
        for (int i = 0; i < in.length(); i++) {
            char c = in.charAt(i);
            if (c >= '\uFF10' && c <= '\uFF19') {
                c = (char) (c - '\uFF10' + '0');
            }
            sb.append(c);
        }
        String s = sb.toString().strip().replace("\uFEFF", "");
        if (s.isEmpty() || !LocalGovernmentCodes.allDigits(s, 0, s.length())) {
            return simple(in, CodeExplanation.Verdict.MALFORMED, "lgcode.malformed");
        }
        switch (s.length()) {
            case 1:
            case 2: {
                String pc = s.length() == 1 ? "0" + s : s;
                Prefecture p = prefectures.get(pc);
                if (p == null) {
                    return simple(in, CodeExplanation.Verdict.UNKNOWN_PREFECTURE, "lgcode.unknown-prefecture", pc);
                }
                if (s.length() == 1) {
                    // "1" is "01" that lost its leading zero, just as 92011 is 092011
                    return new CodeExplanation(in, CodeExplanation.Verdict.LEADING_ZERO_RESTORED,
                            Optional.of(p.localGovernmentCode()), Optional.of(p), Optional.empty(), List.of(),
                            "lgcode.prefecture-leading-zero", List.of(s, pc, p.name(), p.localGovernmentCode()));
                }
                return new CodeExplanation(in, CodeExplanation.Verdict.PREFECTURE_CODE,
                        Optional.of(p.localGovernmentCode()), Optional.of(p), Optional.empty(), List.of(),
                        "lgcode.prefecture-code", List.of(pc, p.name(), p.localGovernmentCode()));
            }
            case 6:
                return explainSix(in, s);
            case 5:
                return explainFive(in, s);
            case 4: {
                String six = LocalGovernmentCodes.withCheckDigit("0" + s);
                if (isListed(six)) {
                    return found(in, CodeExplanation.Verdict.LEADING_ZERO_RESTORED, six, "lgcode.leading-zero");
                }
                return simple(in, CodeExplanation.Verdict.MALFORMED, "lgcode.malformed");
            }
            default:
                return simple(in, CodeExplanation.Verdict.MALFORMED, "lgcode.malformed");
        }
    }

    private CodeExplanation explainSix(String in, String s) {
        int cd = LocalGovernmentCodes.checkDigitUnchecked(s);
        int found = s.charAt(5) - '0';
        if (cd != found) {
            String fixed = s.substring(0, 5) + cd;
            return new CodeExplanation(in, CodeExplanation.Verdict.WRONG_CHECK_DIGIT,
                    isListed(fixed) ? Optional.of(fixed) : Optional.empty(), Optional.empty(), Optional.empty(),
                    List.of(), "lgcode.wrong-check-digit", List.of(s, Integer.toString(cd), Integer.toString(found)));
        }
        if (!prefectures.containsKey(s.substring(0, 2))) {
            return simple(in, CodeExplanation.Verdict.UNKNOWN_PREFECTURE, "lgcode.unknown-prefecture", s.substring(0, 2));
        }
        if (isListed(s)) {
            return found(in, CodeExplanation.Verdict.VALID, s, "lgcode.valid");
        }
        Prefecture p = prefectures.get(s.substring(0, 2));
        return new CodeExplanation(in, CodeExplanation.Verdict.VALID_UNLISTED, Optional.of(s), Optional.of(p),
                Optional.empty(), List.of(), "lgcode.valid-unlisted", List.of(s, p.name()));
    }

    private CodeExplanation explainFive(String in, String s) {
        String asFive = LocalGovernmentCodes.withCheckDigit(s);
        String asLostZero = s.charAt(0) != '0' ? "0" + s : null;
        boolean fiveListed = isListed(asFive);
        boolean zeroListed = asLostZero != null && LocalGovernmentCodes.hasValidCheckDigit(asLostZero)
                && isListed(asLostZero);
        if (fiveListed && zeroListed) {
            return new CodeExplanation(in, CodeExplanation.Verdict.AMBIGUOUS, Optional.empty(), Optional.empty(),
                    Optional.empty(), List.of(asFive, asLostZero), "lgcode.ambiguous",
                    List.of(s, asFive, fullName(asFive).orElse(""), asLostZero, fullName(asLostZero).orElse("")));
        }
        if (fiveListed) {
            return found(in, CodeExplanation.Verdict.FIVE_DIGIT_FORM, asFive, "lgcode.five-digit");
        }
        if (zeroListed) {
            return found(in, CodeExplanation.Verdict.LEADING_ZERO_RESTORED, asLostZero, "lgcode.leading-zero");
        }
        if (prefectures.containsKey(s.substring(0, 2))) {
            Prefecture p = prefectures.get(s.substring(0, 2));
            return new CodeExplanation(in, CodeExplanation.Verdict.FIVE_DIGIT_FORM, Optional.of(asFive),
                    Optional.of(p), Optional.empty(), List.of(), "lgcode.five-digit-unlisted",
                    List.of(s, asFive, p.name()));
        }
        return simple(in, CodeExplanation.Verdict.UNKNOWN_PREFECTURE, "lgcode.unknown-prefecture", s.substring(0, 2));
    }

    private CodeExplanation found(String in, CodeExplanation.Verdict v, String six, String key) {
        Optional<Municipality> m = municipality(six);
        Optional<Prefecture> p = m.isPresent() ? prefecture(m.get().prefectureCode()) : prefecture(six);
        List<Object> args = v == CodeExplanation.Verdict.VALID ? List.of(six, fullName(six).orElse(""))
                : List.of(io.github.civicdata.core.Values.truncate(in.strip()), six, fullName(six).orElse(""));
        return new CodeExplanation(in, v, Optional.of(six), p, m, List.of(), key, args);
    }

    private static CodeExplanation simple(String in, CodeExplanation.Verdict v, String key, Object... args) {
        List<Object> a = new ArrayList<>();
        a.add(io.github.civicdata.core.Values.truncate(in.strip()));
        a.addAll(List.of(args));
        return new CodeExplanation(in, v, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), key, a);
    }

    private static CodeLists load() {
        List<List<String>> prefRows = Csv.parse(read("prefjp-utf8.csv"));
        Map<String, Integer> ph = header(prefRows.get(0));
        List<Prefecture> prefs = new ArrayList<>();
        Map<String, String> prefNames = new HashMap<>();
        for (List<String> r : prefRows.subList(1, prefRows.size())) {
            String code = String.format("%02d", Integer.parseInt(r.get(ph.get("pid"))));
            String lg = String.format("%06d", Integer.parseInt(r.get(ph.get("lgcode"))));
            prefs.add(new Prefecture(code, lg, r.get(ph.get("pref")), r.get(ph.get("prefkana")),
                    r.get(ph.get("pref_en")), r.get(ph.get("ISO3166-2"))));
            prefNames.put(code, r.get(ph.get("pref")));
        }
        List<List<String>> rows = Csv.parse(read("localgovjp-utf8.csv"));
        Map<String, Integer> h = header(rows.get(0));
        record Row(String code, String pref, String city, String ward, String kana) {
        }
        List<Row> lrows = new ArrayList<>();
        Map<String, String> cityCodeByName = new HashMap<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            String code = r.get(h.get("lgcode"));
            String pref = String.format("%02d", Integer.parseInt(r.get(h.get("pid"))));
            String name = r.get(h.get("city")).strip();
            String kana = r.get(h.get("citykana")).replace(" ", "").replace("\u3000", "").strip();
            int sp = name.indexOf(' ');
            String city = sp < 0 ? name : name.substring(0, sp);
            String ward = sp < 0 ? null : name.substring(sp + 1).strip();
            lrows.add(new Row(code, pref, city, ward, kana));
            if (ward == null) {
                cityCodeByName.put(pref + city, code);
            }
        }
        Map<String, Boolean> hasWards = new HashMap<>();
        for (Row r : lrows) {
            if (r.ward() != null) {
                hasWards.put(r.pref() + r.city(), Boolean.TRUE);
            }
        }
        Map<String, Municipality> munis = new java.util.TreeMap<>();
        for (Row r : lrows) {
            Municipality.Kind kind;
            Optional<String> cityCode = Optional.empty();
            String name;
            if (r.ward() != null) {
                kind = Municipality.Kind.WARD;
                String cc = cityCodeByName.get(r.pref() + r.city());
                if (cc == null) {
                    throw new IllegalStateException("ward " + r.code() + " without its city " + r.city());
                }
                cityCode = Optional.of(cc);
                name = r.city() + r.ward();
            } else {
                name = r.city();
                kind = kindOf(r.pref(), name, hasWards.containsKey(r.pref() + name));
            }
            munis.put(r.code(), new Municipality(r.code(), name, r.kana().isEmpty() ? Optional.empty()
                    : Optional.of(r.kana()), r.pref(), kind, cityCode));
        }
        // municipalities that only the LGCode list names (the six 北方領土 villages)
        List<List<String>> lg = Csv.parse(read("code4fukui-LGCode_LG_CODE.csv"));
        for (List<String> r : lg.subList(1, lg.size())) {
            String five = String.format("%05d", Integer.parseInt(r.get(0)));
            String name = r.get(1).strip();
            if (five.endsWith("000") || five.equals("00000")) {
                continue; // the country and the prefectures
            }
            boolean body = (name.endsWith("市") || name.endsWith("町") || name.endsWith("村")
                    || name.endsWith("区")) && !name.equals("特別区部");
            String six = LocalGovernmentCodes.withCheckDigit(five);
            if (body && !munis.containsKey(six)) {
                String pref = five.substring(0, 2);
                munis.put(six, new Municipality(six, name, Optional.empty(), pref, kindOf(pref, name, false),
                        Optional.empty()));
            }
        }
        return new CodeLists(prefs, new ArrayList<>(munis.values()));
    }

    private static Municipality.Kind kindOf(String pref, String name, boolean hasWards) {
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

    private static Map<String, Integer> header(List<String> row) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < row.size(); i++) {
            m.put(row.get(i).strip(), i);
        }
        return m;
    }

    private static String read(String name) {
        try (InputStream in = CodeLists.class.getResourceAsStream(DATA + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DATA + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
