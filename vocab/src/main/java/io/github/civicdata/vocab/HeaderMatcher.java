package io.github.civicdata.vocab;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Matches header spellings to data items and to the columns of a template, in tiers: exact
 * header, item name or listed alias (items.json and the header alias file's Japanese spellings),
 * normalised spelling ({@link HeaderKeys#loose}, also with a trailing note in brackets dropped),
 * English or property name ({@link HeaderKeys#english} of the item id, its English name and the
 * alias file's English spellings), and within a template a spelling one letter away
 * ({@link HeaderKeys#similar}). The first tier that names exactly one column or item wins.
 *
 * <p>Immutable once built (the indexes of the vocabulary's templates are made by the constructor).
 * Thread-safe.
 */
final class HeaderMatcher {

    /** Header aliases by item id. */
    private final Map<String, List<String>> ja;
    private final Map<String, List<String>> en;
    /** Indexes of the vocabulary's own templates (by identity; filled once, then only read). */
    private final Map<DatasetTemplate, Index> own = new IdentityHashMap<>();

    /**
     * Builds the indexes of the vocabulary's templates with the keys known so far (the snapshot's, or
     * an empty cache), adding those it computes: the vocabulary passes the same cache on to
     * {@link #itemIndex(Iterable, KeyCache)}, as the items' spellings are mostly the templates' own.
     */
    HeaderMatcher(Map<String, List<String>> ja, Map<String, List<String>> en, List<DatasetTemplate> templates,
            KeyCache keys) {
        this.ja = copy(ja);
        this.en = copy(en);
        for (DatasetTemplate t : templates) {
            own.put(t, build(t, keys));
        }
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> m) {
        Map<String, List<String>> out = new HashMap<>();
        for (Map.Entry<String, List<String>> e : m.entrySet()) {
            out.put(e.getKey(), List.copyOf(e.getValue()));
        }
        return Map.copyOf(out);
    }

    /** The header aliases by item id (unmodifiable). */
    Map<String, List<String>> aliases(boolean english) {
        return english ? en : ja;
    }

    List<String> japaneseAliases(DataItem item) {
        return ja.getOrDefault(item.id(), List.of());
    }

    List<String> englishAliases(DataItem item) {
        return en.getOrDefault(item.id(), List.of());
    }

    /**
     * The spellings of one tier of an item or template column. A column of a GIF core data model
     * item is known by its own header and the item id only: the item's names ({@code ID},
     * {@code Identification} of 施設 and of 設備 alike) are names within a GIF class, not column
     * names (see {@link io.github.civicdata.vocab.gif.CoreDataModel}).
     */
    private void keys(HeaderMatch.Kind tier, TemplateColumn c, DataItem item, List<String> out,
            KeyCache cache) {
        if (c != null && item.id().startsWith(io.github.civicdata.vocab.gif.CoreDataModel.ID_PREFIX)) {
            switch (tier) {
                case EXACT -> out.add(c.header());
                case NORMALIZED -> out.add(loose(cache, c.header()));
                case ENGLISH -> out.add(english(cache, item.id())); // gif-facility-identification is unique
                case ALIAS -> {
                    // no other spellings
                }
                default -> throw new IllegalArgumentException(tier.name());
            }
            dropEmpty(out);
            return;
        }
        switch (tier) {
            case EXACT -> {
                if (c != null) {
                    out.add(c.header());
                } else {
                    out.add(item.name());
                }
            }
            case ALIAS -> {
                if (c != null && !c.header().equals(item.name())) {
                    out.add(item.name());
                }
                out.addAll(item.aliases());
                out.addAll(japaneseAliases(item));
            }
            case NORMALIZED -> {
                if (c != null) {
                    out.add(loose(cache, c.header()));
                }
                out.add(loose(cache, item.name()));
                for (String a : item.aliases()) {
                    out.add(loose(cache, a));
                }
                for (String a : japaneseAliases(item)) {
                    out.add(loose(cache, a));
                }
            }
            case ENGLISH -> {
                out.add(english(cache, item.id()));
                out.add(english(cache, item.nameEn()));
                for (String a : englishAliases(item)) {
                    out.add(english(cache, a));
                }
            }
            default -> throw new IllegalArgumentException(tier.name());
        }
        dropEmpty(out);
    }

    /**
     * The keys of spellings computed so far, while the indexes of the vocabulary's templates and
     * items are built (they share most items and aliases: each spelling is normalised once). The
     * standard vocabulary's comes filled from its snapshot ({@link VocabSnapshot}), which stores the
     * keys of every spelling its indexes hold. Not thread-safe: used by one thread while a vocabulary
     * is built, then dropped.
     */
    static final class KeyCache {
        final Map<String, String> loose = new HashMap<>();
        final Map<String, String> english = new HashMap<>();
    }

    /** {@link HeaderKeys#loose}, remembered in {@code cache} if there is one. */
    private static String loose(KeyCache cache, String s) {
        return key(cache == null ? null : cache.loose, s, false);
    }

    /** {@link HeaderKeys#english}, remembered in {@code cache} if there is one. */
    private static String english(KeyCache cache, String s) {
        return key(cache == null ? null : cache.english, s, true);
    }

    /** The loose or English key of {@code s}, looked up in and added to {@code known} if not null. */
    private static String key(Map<String, String> known, String s, boolean english) {
        String k = known == null ? null : known.get(s);
        if (k == null) {
            k = english ? HeaderKeys.english(s) : HeaderKeys.loose(s);
            if (known != null) {
                known.put(s, k);
            }
        }
        return k;
    }

    /** Removes the empty keys (a loop: a method reference spins a class at its first use, on every start). */
    private static void dropEmpty(List<String> keys) {
        for (int i = keys.size() - 1; i >= 0; i--) {
            if (keys.get(i).isEmpty()) {
                keys.remove(i);
            }
        }
    }

    private static final List<HeaderMatch.Kind> KEYED = List.of(HeaderMatch.Kind.EXACT, HeaderMatch.Kind.ALIAS,
            HeaderMatch.Kind.NORMALIZED, HeaderMatch.Kind.ENGLISH);

    /** The key a header is looked up under in a tier. */
    private static String lookupKey(HeaderMatch.Kind tier, String header) {
        return switch (tier) {
            case EXACT, ALIAS -> header.strip();
            case NORMALIZED -> HeaderKeys.loose(header);
            case ENGLISH -> HeaderKeys.english(header);
            default -> throw new IllegalArgumentException(tier.name());
        };
    }

    // ------------------------------------------------------------------ items (no template)

    /** Every item's keys by tier, for lookups without a template. */
    static final class ItemIndex {
        final Map<HeaderMatch.Kind, Map<String, List<DataItem>>> tiers = new EnumMap<>(HeaderMatch.Kind.class);
    }

    ItemIndex itemIndex(Iterable<DataItem> items, KeyCache keys) {
        ItemIndex x = new ItemIndex();
        for (HeaderMatch.Kind tier : KEYED) {
            Map<String, List<DataItem>> m = new HashMap<>();
            for (DataItem i : items) {
                List<String> ks = new ArrayList<>();
                keys(tier, null, i, ks, keys);
                for (String k : ks) {
                    List<DataItem> l = m.get(k);
                    if (l == null) {
                        l = new ArrayList<>(1);
                        m.put(k, l);
                    }
                    if (!containsSame(l, i)) { // items differ by id: identity is equality
                        l.add(i);
                    }
                }
            }
            x.tiers.put(tier, m);
        }
        return x;
    }

    /**
     * The items of the first tier that knows the header (with a trailing note in brackets
     * dropped as a last resort), and that tier; empty if no tier knows it.
     */
    static Optional<Map.Entry<HeaderMatch.Kind, List<DataItem>>> lookup(ItemIndex x, String header) {
        for (String h : new String[] {header, HeaderKeys.withoutNote(header)}) {
            if (h.isBlank()) {
                continue;
            }
            for (HeaderMatch.Kind tier : KEYED) {
                String k = lookupKey(tier, h);
                if (k.isEmpty()) {
                    continue;
                }
                List<DataItem> l = x.tiers.get(tier).get(k);
                if (l != null && !l.isEmpty()) {
                    HeaderMatch.Kind kind = h.equals(header) ? tier : HeaderMatch.Kind.NORMALIZED;
                    return Optional.of(Map.entry(kind, List.copyOf(l)));
                }
            }
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ templates

    /** One template's keys by tier: key → indices of the columns it names. */
    static final class Index {
        final Map<HeaderMatch.Kind, Map<String, List<Integer>>> tiers = new EnumMap<>(HeaderMatch.Kind.class);
        /**
         * Every normalised and English key of each column, for the similarity tier, under its
         * length with its first and with its last character (one edit or swap of keys of five or
         * more characters keeps one of the two).
         */
        final Map<Long, List<Map.Entry<String, Integer>>> similar = new HashMap<>();

        static long bucket(int length, char c, boolean last) {
            return ((long) length << 17) | ((long) c << 1) | (last ? 1 : 0);
        }
    }

    /**
     * The index of the last other template asked for, with that template (compared by identity):
     * a validator with one template or schema validates file after file against the same instance,
     * and building the index took megabytes per file. Written once per new template; an index is
     * only read once built, and is published through this volatile field.
     */
    private volatile Map.Entry<DatasetTemplate, Index> lastOther;

    /**
     * The index of a template: prepared for the vocabulary's own, built for others (a schema) and
     * kept for the next call with the same instance.
     */
    Index index(DatasetTemplate t) {
        Index x = own.get(t);
        if (x != null) {
            return x;
        }
        Map.Entry<DatasetTemplate, Index> last = lastOther;
        if (last != null && last.getKey() == t) {
            return last.getValue();
        }
        x = build(t, null);
        lastOther = Map.entry(t, x);
        return x;
    }

    private Index build(DatasetTemplate t, KeyCache cache) {
        Index x = new Index();
        List<TemplateColumn> cols = t.columns();
        for (HeaderMatch.Kind tier : KEYED) {
            Map<String, List<Integer>> m = new LinkedHashMap<>();
            for (int c = 0; c < cols.size(); c++) {
                List<String> ks = new ArrayList<>();
                keys(tier, cols.get(c), cols.get(c).item(), ks, cache);
                for (String k : ks) {
                    List<Integer> l = m.get(k);
                    if (l == null) {
                        l = new ArrayList<>(1);
                        m.put(k, l);
                    }
                    if (!l.contains(c)) {
                        l.add(c);
                    }
                }
            }
            x.tiers.put(tier, m);
        }
        for (int c = 0; c < cols.size(); c++) {
            List<String> ks = new ArrayList<>();
            keys(HeaderMatch.Kind.NORMALIZED, cols.get(c), cols.get(c).item(), ks, cache);
            keys(HeaderMatch.Kind.ENGLISH, cols.get(c), cols.get(c).item(), ks, cache);
            for (String k : ks) {
                if (k.length() >= 5) {
                    Map.Entry<String, Integer> e = Map.entry(k, c);
                    addSimilar(x, Index.bucket(k.length(), k.charAt(0), false), e);
                    addSimilar(x, Index.bucket(k.length(), k.charAt(k.length() - 1), true), e);
                }
            }
        }
        return x;
    }

    private static void addSimilar(Index x, long bucket, Map.Entry<String, Integer> e) {
        List<Map.Entry<String, Integer>> l = x.similar.get(bucket);
        if (l == null) {
            l = new ArrayList<>();
            x.similar.put(bucket, l);
        }
        l.add(e);
    }

    private static boolean containsSame(List<DataItem> l, DataItem i) {
        for (DataItem x : l) {
            if (x == i) {
                return true;
            }
        }
        return false;
    }

    /**
     * A spelling that names two or more columns of a template in the same tier (the match would
     * depend on column order).
     *
     * @param template the template key
     * @param tier the tier
     * @param key the spelling as compared in that tier
     * @param headers the headers of the columns it names
     */
    record Clash(String template, HeaderMatch.Kind tier, String key, List<String> headers) {
        /** Whether an alias spelling produces this clash's key. */
        boolean involves(String alias, boolean english) {
            if (english) {
                return tier == HeaderMatch.Kind.ENGLISH && key.equals(HeaderKeys.english(alias));
            }
            return (tier == HeaderMatch.Kind.ALIAS && key.equals(alias.strip()))
                    || (tier == HeaderMatch.Kind.NORMALIZED && key.equals(HeaderKeys.loose(alias)));
        }

        @Override
        public String toString() {
            return template + ": '" + key + "' (" + tier + ") names " + String.join(", ", headers);
        }
    }

    List<Clash> collisions(DatasetTemplate t) {
        Index x = index(t);
        List<Clash> out = new ArrayList<>();
        for (HeaderMatch.Kind tier : KEYED) {
            for (Map.Entry<String, List<Integer>> e : x.tiers.get(tier).entrySet()) {
                if (e.getValue().size() > 1) {
                    List<String> hs = new ArrayList<>();
                    for (int c : e.getValue()) {
                        hs.add(t.columns().get(c).header());
                    }
                    out.add(new Clash(t.key(), tier, e.getKey(), hs));
                }
            }
        }
        return out;
    }

    /** Adds this matcher's aliases to the maps (for a builder that starts from this vocabulary). */
    void copyAliasesTo(Map<String, List<String>> jaOut, Map<String, List<String>> enOut) {
        ja.forEach((k, v) -> jaOut.computeIfAbsent(k, z -> new ArrayList<>()).addAll(v));
        en.forEach((k, v) -> enOut.computeIfAbsent(k, z -> new ArrayList<>()).addAll(v));
    }

    /** The keys of one spelling, computed once per mapping. */
    record Spelling(String name, String exact, String loose, String english, String note) {
        static Spelling of(String name) {
            return new Spelling(name, name.strip(), HeaderKeys.loose(name), HeaderKeys.english(name),
                    HeaderKeys.withoutNote(name));
        }

        String key(HeaderMatch.Kind tier) {
            return switch (tier) {
                case EXACT, ALIAS -> exact;
                case NORMALIZED -> loose;
                case ENGLISH -> english;
                default -> throw new IllegalArgumentException(tier.name());
            };
        }
    }

    HeaderMapping map(DatasetTemplate t, List<String> headers, List<List<String>> others) {
        return mapSpellings(t, headers, spellings(headers, others));
    }

    /** Every spelling of every column, with its keys (computed once for any number of templates). */
    static List<List<Spelling>> spellings(List<String> headers, List<List<String>> others) {
        int n = headers.size();
        List<List<Spelling>> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<String> l = new ArrayList<>();
            String h = headers.get(i) == null ? "" : headers.get(i).strip();
            if (!h.isEmpty()) {
                l.add(h);
            }
            if (others != null && i < others.size() && others.get(i) != null) {
                for (String o : others.get(i)) {
                    String s = o == null ? "" : o.strip();
                    if (!s.isEmpty() && !l.contains(s)) {
                        l.add(s);
                    }
                }
            }
            List<Spelling> sp = new ArrayList<>(l.size());
            for (String s : l) {
                sp.add(Spelling.of(s));
            }
            names.add(sp);
        }
        return names;
    }

    HeaderMapping mapSpellings(DatasetTemplate t, List<String> headers, List<List<Spelling>> names) {
        Index x = index(t);
        int n = headers.size();
        int size = t.columns().size();
        int[] target = new int[n];
        HeaderMatch.Kind[] kind = new HeaderMatch.Kind[n];
        String[] matched = new String[n];
        boolean[] taken = new boolean[size];
        java.util.Arrays.fill(target, -1);
        // keyed tiers, then a trailing note dropped (normalised), then similar spellings
        for (int pass = 0; pass < KEYED.size() + 2; pass++) {
            for (int i = 0; i < n; i++) {
                if (target[i] >= 0) {
                    continue;
                }
                for (Spelling name : names.get(i)) {
                    int c = find(x, pass, name, taken);
                    if (c >= 0) {
                        target[i] = c;
                        taken[c] = true;
                        kind[i] = pass < KEYED.size() ? KEYED.get(pass)
                                : pass == KEYED.size() ? HeaderMatch.Kind.NORMALIZED : HeaderMatch.Kind.SIMILAR;
                        matched[i] = name.name();
                        break;
                    }
                }
            }
        }
        List<HeaderMapping.Column> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String h = headers.get(i) == null ? "" : headers.get(i);
            if (target[i] < 0) {
                out.add(new HeaderMapping.Column(i, h, Optional.empty(), Optional.empty(), ""));
            } else {
                out.add(new HeaderMapping.Column(i, h, Optional.of(t.columns().get(target[i])),
                        Optional.of(kind[i]), matched[i]));
            }
        }
        return new HeaderMapping(t, out);
    }

    /** The one free column a name matches in a pass, or -1 (none, or several: ambiguous). */
    private static int find(Index x, int pass, Spelling name, boolean[] taken) {
        if (pass < KEYED.size()) {
            HeaderMatch.Kind tier = KEYED.get(pass);
            String k = name.key(tier);
            return k.isEmpty() ? -1 : one(x.tiers.get(tier).get(k), taken);
        }
        if (pass == KEYED.size()) {
            if (name.note().isEmpty()) {
                return -1;
            }
            for (HeaderMatch.Kind tier : KEYED) {
                String k = lookupKey(tier, name.note());
                int c = k.isEmpty() ? -1 : one(x.tiers.get(tier).get(k), taken);
                if (c >= 0) {
                    return c;
                }
            }
            return -1;
        }
        String k = name.loose();
        if (k.length() < 5) {
            return -1;
        }
        int found = -1;
        for (int len = k.length() - 1; len <= k.length() + 1; len++) {
            for (int end = 0; end < 2; end++) {
                char ch = end == 0 ? k.charAt(0) : k.charAt(k.length() - 1);
                for (Map.Entry<String, Integer> e : x.similar.getOrDefault(Index.bucket(len, ch, end == 1), List.of())) {
                    int c = e.getValue();
                    if (!taken[c] && HeaderKeys.similar(k, e.getKey())) {
                        if (found >= 0 && found != c) {
                            return -1;
                        }
                        found = c;
                    }
                }
            }
        }
        return found;
    }

    private static int one(List<Integer> cols, boolean[] taken) {
        if (cols == null) {
            return -1;
        }
        int found = -1;
        for (int c : cols) {
            if (!taken[c]) {
                if (found >= 0) {
                    return -1;
                }
                found = c;
            }
        }
        return found;
    }
}
