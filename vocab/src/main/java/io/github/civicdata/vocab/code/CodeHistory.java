package io.github.civicdata.vocab.code;

import io.github.civicdata.vocab.internal.Csv;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the e-Stat 廃置分合等情報 CSV (one row per municipality and event; columns 標準地域コード,
 * 都道府県, 政令市・郡・支庁・振興局等 and its reading, 市区町村 and its reading, 廃置分合等施行年月日,
 * 改正事由) into the life of every 5-digit code it names: names, readings, when it began, when it
 * ended and what it became.
 *
 * <p>The 改正事由 is free text. Each line (and each part separated by an ideographic space, as in
 * the 浜松市 区の再編) is one clause; a clause names its bodies as {@code name(code)} or
 * {@code name（code）}, sometimes with a reading ({@code 須玉町(すだまちょう、19403)}), and ends in one of
 * a fixed set of verbs ({@link CodeChange.Kind}). A clause is read by the position of the codes
 * relative to the verb's marker ({@code が合併し、}, {@code に編入}, {@code から分離し、} …), never by
 * guessing names: names can contain が, の and と (かすみがうら市, 紀の川市). Bracketed remarks without a
 * code ({@code （三方原地区以外）}) are ignored. A merger that names its new body without a code
 * ({@code …が合併し、北見市を新設}) keeps the code of the merging body of that name. A clause that fits
 * none of the patterns is kept in {@link #unparsed()}, so a test can require that there are none.
 *
 * <p>Not thread-safe while loading; the result is read-only.
 */
final class CodeHistory {

    /** A code in the text: {@code (01101)}, {@code （22131）}, {@code (すだまちょう、19403)}. */
    static final Pattern REF = Pattern.compile("[（(]\\s*(?:[ぁ-ゖー]+\\s*[、,]\\s*)?([0-9０-９]{5})\\s*[)）]");
    /** A bracketed remark (no code inside), removed before the clause is read. */
    private static final Pattern REMARK = Pattern.compile("[（(][^（）()]*[)）]");

    /** What the history knows about one 5-digit code. */
    static final class Entry {
        final String code5;
        String prefecture = "";
        /** Names with their readings, latest row last. */
        final LinkedHashMap<String, String> names = new LinkedHashMap<>();
        String county = "";
        boolean ward;
        boolean textOnly = true;
        LocalDate lastRow;
        LocalDate start;
        LocalDate end;
        final List<String> successors = new ArrayList<>();
        final List<CodeChange> changes = new ArrayList<>();

        Entry(String code5) {
            this.code5 = code5;
        }

        String name() {
            String last = null;
            for (String n : names.keySet()) {
                last = n;
            }
            return last == null ? "" : last;
        }
    }

    /** One clause of a row, classified. */
    record Clause(LocalDate date, CodeChange.Kind kind, List<String> from, List<String> to, String text,
            List<String> ended, List<String> started, Map<String, List<String>> successors) {
    }

    private final Map<String, Entry> entries = new TreeMap<>();
    private final List<String> unparsed = new ArrayList<>();
    private final List<String> conflicts = new ArrayList<>();
    private int rows;

    private CodeHistory() {
    }

    /** The entries by 5-digit code. */
    Map<String, Entry> entries() {
        return entries;
    }

    /** Clauses that fit no pattern ({@code date: text}); empty for the shipped file. */
    List<String> unparsed() {
        return unparsed;
    }

    /** Codes given two different end dates by different clauses; empty for the shipped file. */
    List<String> conflicts() {
        return conflicts;
    }

    /** Number of rows (events) read. */
    int rows() {
        return rows;
    }

    static CodeHistory parse(String csv) {
        CodeHistory h = new CodeHistory();
        List<List<String>> table = Csv.parse(csv);
        List<String> head = table.get(0);
        int cCode = head.indexOf("標準地域コード");
        int cPref = head.indexOf("都道府県");
        int cParent = head.indexOf("政令市・郡・支庁・振興局等");
        int cParentKana = head.indexOf("政令市・郡・支庁・振興局等（ふりがな）");
        int cName = head.indexOf("市区町村");
        int cNameKana = head.indexOf("市区町村（ふりがな）");
        int cDate = head.indexOf("廃置分合等施行年月日");
        int cText = head.indexOf("改正事由");
        if (cCode < 0 || cPref < 0 || cParent < 0 || cParentKana < 0 || cName < 0 || cNameKana < 0 || cDate < 0
                || cText < 0) {
            throw new IllegalStateException("unexpected history header: " + head);
        }
        Map<String, Clause> clauses = new LinkedHashMap<>();
        for (List<String> r : table.subList(1, table.size())) {
            h.rows++;
            String code = r.get(cCode).strip();
            LocalDate date = date(r.get(cDate));
            Entry e = h.entry(code);
            e.textOnly = false;
            e.prefecture = r.get(cPref).strip();
            String parent = r.get(cParent).strip();
            String name = r.get(cName).strip();
            String kana = r.get(cNameKana).strip();
            String full;
            String fullKana;
            if (name.isEmpty()) {
                full = parent; // a designated city's own row
                fullKana = r.get(cParentKana).strip();
            } else if (name.endsWith("区") && parent.endsWith("市")) {
                full = parent + name;
                fullKana = r.get(cParentKana).strip() + kana;
                e.ward = true;
            } else {
                full = name;
                fullKana = kana;
            }
            if (e.lastRow == null || !date.isBefore(e.lastRow)) {
                e.lastRow = date;
                e.names.remove(full);
                e.names.put(full, fullKana);
                e.county = parent.endsWith("市") ? "" : parent;
            } else {
                e.names.putIfAbsent(full, fullKana);
            }
            for (String text : clauses(r.get(cText))) {
                clauses.computeIfAbsent(date + "\u0000" + text, k -> h.classify(date, text));
            }
        }
        List<Clause> ordered = new ArrayList<>();
        for (Clause c : clauses.values()) {
            if (c != null) {
                ordered.add(c);
            }
        }
        ordered.sort((a, b) -> a.date().compareTo(b.date()));
        for (Clause c : ordered) {
            h.apply(c);
        }
        return h;
    }

    /** The clauses of one 改正事由: its lines, split again at ideographic spaces. */
    static List<String> clauses(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\r' || c == '\u3000') {
                String p = text.substring(start, i).strip();
                if (!p.isEmpty()) {
                    out.add(p);
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** {@code YYYY-MM-DD}, read without a formatter (thousands of rows at start-up). */
    static LocalDate date(String s) {
        String t = s.strip();
        if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
            throw new IllegalStateException("bad date in the code history: " + t);
        }
        return LocalDate.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5, 7)),
                Integer.parseInt(t.substring(8, 10)));
    }

    private Entry entry(String code5) {
        return entries.computeIfAbsent(code5, Entry::new);
    }

    private record Ref(int start, int end, String code) {
    }

    private static List<Ref> refs(String s) {
        List<Ref> out = new ArrayList<>();
        Matcher m = REF.matcher(s);
        while (m.find()) {
            out.add(new Ref(m.start(), m.end(), digits(m.group(1))));
        }
        return out;
    }

    private static String digits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        }
        return sb.toString();
    }

    /** The clause with bracketed remarks (no code inside) removed. */
    private static String clean(String s) {
        StringBuilder out = new StringBuilder();
        Matcher m = REMARK.matcher(s);
        int last = 0;
        while (m.find()) {
            if (REF.matcher(m.group()).matches()) {
                continue;
            }
            out.append(s, last, m.start());
            last = m.end();
        }
        out.append(s.substring(last));
        return out.toString();
    }

    private static List<String> codes(List<Ref> refs) {
        List<String> out = new ArrayList<>();
        for (Ref r : refs) {
            out.add(r.code());
        }
        return out;
    }

    private static List<String> before(List<Ref> refs, int at) {
        List<String> out = new ArrayList<>();
        for (Ref r : refs) {
            if (r.end() <= at) {
                out.add(r.code());
            }
        }
        return out;
    }

    private static List<String> after(List<Ref> refs, int at) {
        List<String> out = new ArrayList<>();
        for (Ref r : refs) {
            if (r.start() >= at) {
                out.add(r.code());
            }
        }
        return out;
    }

    /** Reads one clause; null (and an entry in {@link #unparsed}) if it fits no pattern. */
    Clause classify(LocalDate date, String text) {
        String c = clean(text);
        List<Ref> refs = refs(c);
        Map<String, List<String>> succ = new LinkedHashMap<>();
        List<String> ended = new ArrayList<>();
        List<String> started = new ArrayList<>();
        CodeChange.Kind kind;
        List<String> from;
        List<String> to;
        int at;
        if ((at = c.indexOf("が合併し、")) >= 0 && c.endsWith("を新設")) {
            kind = CodeChange.Kind.MERGER;
            from = before(refs, at);
            to = after(refs, at + "が合併し、".length());
            if (to.isEmpty()) {
                String newName = c.substring(at + "が合併し、".length(), c.length() - "を新設".length()).strip();
                String same = null;
                for (Ref r : refs) {
                    if (r.end() <= at && nameBefore(c, r).equals(newName)) {
                        same = r.code();
                    }
                }
                if (same == null) {
                    return unparsed(date, text);
                }
                to = List.of(same);
            }
            if (from.isEmpty() || to.size() != 1) {
                return unparsed(date, text);
            }
            for (String o : from) {
                if (!to.contains(o)) {
                    ended.add(o);
                    succ.put(o, to);
                }
            }
            if (!from.contains(to.get(0))) {
                started.add(to.get(0));
            }
        } else if (c.endsWith("に編入")) {
            kind = CodeChange.Kind.INCORPORATION;
            from = new ArrayList<>();
            to = new ArrayList<>();
            List<String> inherited = List.of();
            String[] subs = c.split("に編入し、");
            for (int i = 0; i < subs.length; i++) {
                List<Ref> r = refs(subs[i]);
                if (r.isEmpty()) {
                    return unparsed(date, text);
                }
                String target = r.get(r.size() - 1).code();
                List<String> olds = codes(r.subList(0, r.size() - 1));
                if (olds.isEmpty()) {
                    olds = inherited; // 上九一色村(19341)…が甲府市に編入し、大字精進…が富士河口湖町に編入
                }
                if (olds.isEmpty()) {
                    return unparsed(date, text);
                }
                inherited = olds;
                for (String o : olds) {
                    if (!from.contains(o)) {
                        from.add(o);
                        ended.add(o);
                    }
                    succ.computeIfAbsent(o, k -> new ArrayList<>()).add(target);
                }
                if (!to.contains(target)) {
                    to.add(target);
                }
            }
        } else if (c.endsWith("政令指定都市施行") || c.endsWith("政令指定都市移行")) {
            kind = CodeChange.Kind.DESIGNATED_CITY;
            if (refs.size() != 2) {
                return unparsed(date, text);
            }
            from = List.of(refs.get(0).code());
            to = List.of(refs.get(1).code());
            change(from, to, ended, started, succ);
        } else if (c.endsWith("の新設") && !c.contains("を新設")) {
            kind = CodeChange.Kind.ESTABLISHMENT;
            from = List.of();
            to = codes(refs);
            started.addAll(to);
        } else if (c.endsWith("の廃止")) {
            kind = CodeChange.Kind.ABOLITION;
            from = codes(refs);
            to = List.of();
            ended.addAll(from);
            from.forEach(o -> succ.put(o, List.of()));
        } else if (c.endsWith("特例市に移行") || c.endsWith("中核市に移行")) {
            kind = CodeChange.Kind.STATUS_CHANGE;
            from = codes(refs);
            to = from;
        } else if ((at = c.indexOf("から分離し、")) >= 0 && c.endsWith("を新設")) {
            kind = CodeChange.Kind.SEPARATION;
            from = before(refs, at);
            to = after(refs, at);
            started.addAll(to);
        } else if ((at = c.indexOf("を分割し、")) >= 0 && c.endsWith("を新設")) {
            kind = CodeChange.Kind.DIVISION;
            from = before(refs, at);
            to = after(refs, at);
            change(from, to, ended, started, succ);
        } else if ((at = c.indexOf("が統合し、")) >= 0 && c.endsWith("を新設")) {
            kind = CodeChange.Kind.UNIFICATION;
            from = before(refs, at);
            to = after(refs, at);
            change(from, to, ended, started, succ);
        } else if (c.endsWith("区域変更")) {
            kind = CodeChange.Kind.AREA_CHANGE;
            at = firstGa(c, refs);
            from = before(refs, at);
            to = after(refs, at);
            if (from.size() != to.size() || from.isEmpty()) {
                return unparsed(date, text);
            }
            for (int i = 0; i < from.size(); i++) {
                change(List.of(from.get(i)), List.of(to.get(i)), ended, started, succ);
            }
        } else if (c.endsWith("に再編")) {
            kind = CodeChange.Kind.WARD_REORGANISATION;
            at = c.lastIndexOf('を');
            from = before(refs, at);
            to = after(refs, at);
            change(from, to, ended, started, succ);
        } else if (c.endsWith("の区の再編")) {
            kind = CodeChange.Kind.WARD_REORGANISATION; // the heading: names the city, changes nothing
            from = codes(refs);
            to = from;
        } else if (c.endsWith("市制施行") || c.endsWith("町制施行") || c.endsWith("名称変更")) {
            kind = c.endsWith("市制施行") ? CodeChange.Kind.CITY_STATUS
                    : c.endsWith("町制施行") ? CodeChange.Kind.TOWN_STATUS : CodeChange.Kind.RENAME;
            if (refs.isEmpty()) {
                return unparsed(date, text);
            }
            from = List.of(refs.get(0).code());
            to = List.of(refs.get(refs.size() - 1).code());
            change(from, to, ended, started, succ);
        } else {
            return unparsed(date, text);
        }
        if (from.isEmpty() && to.isEmpty()) {
            return unparsed(date, text);
        }
        return new Clause(date, kind, List.copyOf(from), List.copyOf(to), text, ended, started, succ);
    }

    /** Every old code not among the new ones ends, leading to all new ones; new ones not among the old begin. */
    private static void change(List<String> from, List<String> to, List<String> ended, List<String> started,
            Map<String, List<String>> succ) {
        for (String o : from) {
            if (!to.contains(o)) {
                ended.add(o);
                succ.computeIfAbsent(o, k -> new ArrayList<>()).addAll(to);
            }
        }
        for (String n : to) {
            if (!from.contains(n) && !started.contains(n)) {
                started.add(n);
            }
        }
    }

    /** The position of the が after the last code of the subject (区域変更: old codes が new codes). */
    private static int firstGa(String c, List<Ref> refs) {
        for (Ref r : refs) {
            if (r.end() < c.length() && c.charAt(r.end()) == 'が') {
                return r.end();
            }
        }
        return -1;
    }

    /** The name written before a code: back to the previous 、 or the start of the clause. */
    private static String nameBefore(String c, Ref r) {
        int from = Math.max(c.lastIndexOf('、', r.start() - 1), c.lastIndexOf('，', r.start() - 1)) + 1;
        return c.substring(from, r.start()).strip();
    }

    private Clause unparsed(LocalDate date, String text) {
        unparsed.add(date + ": " + text);
        return null;
    }

    private void apply(Clause c) {
        Set<String> named = new LinkedHashSet<>(c.from());
        named.addAll(c.to());
        CodeChange change = new CodeChange(c.date(), c.kind(), sixes(c.from()), sixes(c.to()), c.text());
        for (String code : named) {
            Entry e = entry(code);
            e.changes.add(change);
            if (e.textOnly && e.names.isEmpty()) {
                String n = textName(c.text(), code);
                if (!n.isEmpty()) {
                    e.names.put(n, "");
                }
            }
        }
        for (String code : c.ended()) {
            Entry e = entry(code);
            if (e.end != null && !e.end.equals(c.date())) {
                conflicts.add(code + " ends " + e.end + " and " + c.date());
            }
            e.end = c.date();
            for (String s : c.successors().getOrDefault(code, List.of())) {
                String six = LocalGovernmentCodes.withCheckDigit(s);
                if (!e.successors.contains(six)) {
                    e.successors.add(six);
                }
            }
        }
        for (String code : c.started()) {
            Entry e = entry(code);
            if (e.start == null) {
                e.start = c.date();
            }
        }
    }

    /** The name written before a code in the clause (for codes that have no row: counties). */
    private static String textName(String text, String code) {
        String c = clean(text);
        for (Ref r : refs(c)) {
            if (r.code().equals(code)) {
                int from = 0;
                for (int i = r.start() - 1; i >= 0; i--) {
                    char ch = c.charAt(i);
                    if (ch == '、' || ch == '，' || ch == ' ' || ch == '　' || ch == ')' || ch == '）') {
                        from = i + 1;
                        break;
                    }
                }
                return c.substring(from, r.start()).strip();
            }
        }
        return "";
    }

    private static List<String> sixes(List<String> fives) {
        List<String> out = new ArrayList<>(fives.size());
        for (String f : fives) {
            out.add(LocalGovernmentCodes.withCheckDigit(f));
        }
        return out;
    }

    /** For tests: every code named in any clause of the file, with the dates it is named. */
    static Map<String, List<LocalDate>> namedCodes(String csv) {
        Map<String, List<LocalDate>> out = new HashMap<>();
        List<List<String>> table = Csv.parse(csv);
        List<String> head = table.get(0);
        int cText = head.indexOf("改正事由");
        int cDate = head.indexOf("廃置分合等施行年月日");
        for (List<String> r : table.subList(1, table.size())) {
            LocalDate d = date(r.get(cDate));
            for (Ref ref : refs(r.get(cText))) {
                out.computeIfAbsent(ref.code(), k -> new ArrayList<>()).add(d);
            }
        }
        return out;
    }
}
