package io.github.civicdata.vocab.code;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The name index behind {@link CodeLists#lookup(String)}: every record under its name, its name
 * with prefecture and county, its earlier names, its reading and its romanised name (with and
 * without the {@code -shi}/{@code -ku}/{@code -cho} … suffixes), all as {@link Kana#key} search
 * keys. Immutable once built; not API.
 */
final class CodeIndex {

    private static final Set<String> ROMAN_SUFFIXES = Set.of("shi", "ku", "cho", "machi", "mura", "son", "gun",
            "to", "fu", "ken");

    private final Map<String, Set<String>> byKey = new HashMap<>();

    CodeIndex(Map<String, CodeRecord> records, Map<String, Prefecture> prefectures) {
        for (CodeRecord r : records.values()) {
            Prefecture p = prefectures.get(r.prefectureCode());
            List<String> names = new ArrayList<>();
            names.add(r.name());
            names.addAll(r.otherNames());
            for (String n : names) {
                add(n, r);
                if (r.kind() != CodeRecord.Kind.PREFECTURE) {
                    add(p.name() + n, r);
                    r.county().ifPresent(c -> {
                        add(c + n, r);
                        add(p.name() + c + n, r);
                    });
                    int city = n.indexOf('市');
                    if (r.kind() == CodeRecord.Kind.WARD && city > 0 && city < n.length() - 1) {
                        add(n.substring(city + 1), r); // 中区 alone: many results
                    }
                }
            }
            r.nameKana().ifPresent(k -> {
                add(k, r);
                if (r.kind() != CodeRecord.Kind.PREFECTURE) {
                    add(p.nameKana() + k, r);
                }
            });
            r.nameRoman().ifPresent(rom -> {
                add(rom, r);
                add(withoutSuffixes(rom), r);
                if (r.kind() != CodeRecord.Kind.PREFECTURE) {
                    add(p.nameEn() + rom, r);
                    add(p.nameEn() + withoutSuffixes(rom), r);
                }
            });
        }
    }

    /** {@code Hamamatsu-shi Chuo-ku} → {@code Hamamatsu Chuo}. */
    static String withoutSuffixes(String roman) {
        StringBuilder sb = new StringBuilder();
        for (String part : roman.split(" ")) {
            int dash = part.lastIndexOf('-');
            String p = dash > 0 && ROMAN_SUFFIXES.contains(part.substring(dash + 1).toLowerCase(java.util.Locale.ROOT))
                    ? part.substring(0, dash) : part;
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(p);
        }
        return sb.toString();
    }

    private void add(String text, CodeRecord r) {
        String k = Kana.key(text);
        if (!k.isEmpty()) {
            byKey.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(r.code());
        }
    }

    /** The codes whose names match the query exactly after folding, current codes first. */
    List<String> find(String query, Map<String, CodeRecord> records) {
        Set<String> found = byKey.get(Kana.key(query));
        if (found == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(found);
        out.sort(Comparator.comparing((String c) -> !records.get(c).isCurrent()).thenComparing(c -> c));
        return out;
    }
}
