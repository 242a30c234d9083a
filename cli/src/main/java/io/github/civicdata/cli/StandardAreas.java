package io.github.civicdata.cli;

import io.github.civicdata.vocab.code.CodeLists;
import io.github.civicdata.vocab.code.Municipality;
import io.github.civicdata.vocab.code.Prefecture;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The municipalities of vocab's shipped code list as plain rows for the {@code areas} hierarchy
 * builder of {@code civicdata anonymize} ({@code "municipalities": "standard"}): the wiring between
 * vocab and anonymize, which do not know each other.
 *
 * <p>A municipality label is found by its 6-digit 全国地方公共団体コード ({@code 431001}), its name
 * ({@code 熊本市}, {@code 熊本市中央区}) or its prefecture and name ({@code 熊本県熊本市}); a name shared
 * by municipalities of several prefectures ({@code 府中市}) must be given with its prefecture or as
 * a code. Immutable and thread-safe.
 */
final class StandardAreas {

    private static final class Holder {
        static final StandardAreas INSTANCE = new StandardAreas(CodeLists.standard());
    }

    private final CodeLists codes;
    private final Map<String, List<Municipality>> byName = new HashMap<>();

    private StandardAreas(CodeLists codes) {
        this.codes = codes;
        for (Municipality m : codes.municipalities()) {
            byName.computeIfAbsent(m.name(), n -> new ArrayList<>()).add(m);
            byName.computeIfAbsent(prefecture(m).name() + m.name(), n -> new ArrayList<>()).add(m);
        }
    }

    static StandardAreas get() {
        return Holder.INSTANCE;
    }

    private Prefecture prefecture(Municipality m) {
        return codes.prefecture(m.prefectureCode()).orElseThrow();
    }

    /**
     * The prefecture (its name) of a municipality label.
     *
     * @param label a code, a name or prefecture + name
     * @param where where the label was found (for the message)
     * @return the prefecture's name
     * @throws UserException if the label is not listed or names municipalities of several prefectures
     */
    String prefectureOf(String label, String where) {
        String key = label.strip();
        List<Municipality> found = codes.municipality(key).map(List::of).orElseGet(() -> byName.getOrDefault(key, List.of()));
        if (found.isEmpty()) {
            throw UserException.usage("anonymize.config-area-unknown", where, label);
        }
        List<String> prefectures = found.stream().map(m -> prefecture(m).name()).distinct().toList();
        if (prefectures.size() > 1) {
            throw UserException.usage("anonymize.config-area-ambiguous", where, label, found.size(),
                    found.stream().map(m -> m.code() + " " + prefecture(m).name() + m.name())
                            .collect(Collectors.joining(", ")));
        }
        return prefectures.get(0);
    }
}
