package io.github.civicdata.cli;

import io.github.civicdata.vocab.VocabularyException;
import io.github.civicdata.vocab.address.Town;
import io.github.civicdata.vocab.address.TownMaster;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An アドレス・ベース・レジストリ 町字マスター file as plain rows (町字, 市区町村, 都道府県) for the
 * {@code areas} hierarchy builder of {@code civicdata anonymize}: the wiring between vocab's
 * {@link TownMaster} and anonymize, which do not know each other.
 *
 * <p>A town's label is chosen by {@code townLabel}: {@code name} (the 町字 as in a 町字 column,
 * {@code 葵町}; the default), {@code full-name} (municipality and 町字, {@code 和歌山市葵町}) or {@code id}
 * (全国地方公共団体コード and 町字ID, {@code 3020150001000}). The municipality is its name with the ward
 * for a designated city, the prefecture its name. With {@code name}, only the 町字 named in the
 * column are declared, and a name that several municipalities of the file have is refused unless
 * {@code lgCodes} narrows the file to some municipalities. Stateless.
 */
final class AbrTowns {

    /** A row of the hierarchy: town, municipality, prefecture. */
    record Row(String town, String municipality, String prefecture) {
    }

    private AbrTowns() {
    }

    /** Whether the file's first line is an ABR 町字 header ({@code lg_code}, {@code machiaza_id}). */
    static boolean isTownFile(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            if (first == null) {
                return false;
            }
            List<String> header = new ArrayList<>();
            for (String h : first.replace("\uFEFF", "").split(",", -1)) {
                header.add(h.strip().replace("\"", ""));
            }
            return TownMaster.isTownHeader(header);
        } catch (IOException | RuntimeException e) {
            return false; // not readable as UTF-8 text: the ordinary towns file reader reports it
        }
    }

    /**
     * The rows for the column's values.
     *
     * @param file the ABR file
     * @param label {@code name}, {@code full-name} or {@code id}
     * @param lgCodes the municipalities to keep (empty: all of the file)
     * @param values the distinct values of the column (used with {@code name})
     * @param where the config file and pointer, for messages
     * @return the rows
     * @throws UserException if the file is not an ABR file, the label is unknown, or a name is ambiguous
     */
    static List<Row> rows(Path file, String label, Collection<String> lgCodes, Collection<String> values, String where) {
        TownMaster master;
        try {
            master = TownMaster.read(file);
        } catch (VocabularyException e) {
            io.github.civicdata.core.LocalizedText head = CliMessages.localize("anonymize.config-towns-abr", where);
            throw new UserException(ExitCode.USAGE, new io.github.civicdata.core.LocalizedText(
                    head.ja() + e.text().ja(), head.en() + e.text().en()));
        }
        Set<String> keep = new HashSet<>(lgCodes);
        List<Row> out = new ArrayList<>();
        switch (label) {
            case "id", "full-name" -> {
                for (Town t : master.towns()) {
                    if (!t.name().isEmpty() && (keep.isEmpty() || keep.contains(t.lgCode()))) {
                        out.add(new Row(label.equals("id") ? t.key() : t.municipality() + t.name(), t.municipality(),
                                t.prefecture()));
                    }
                }
            }
            case "name" -> {
                Set<String> wanted = new LinkedHashSet<>(values);
                Map<String, Map<String, Town>> byName = new LinkedHashMap<>();
                for (Town t : master.towns()) {
                    if (wanted.contains(t.name()) && (keep.isEmpty() || keep.contains(t.lgCode()))) {
                        byName.computeIfAbsent(t.name(), n -> new LinkedHashMap<>()).putIfAbsent(t.municipality(), t);
                    }
                }
                for (Map.Entry<String, Map<String, Town>> e : byName.entrySet()) {
                    if (e.getValue().size() > 1) {
                        List<String> where2 = new ArrayList<>();
                        e.getValue().values().forEach(t -> where2.add(t.lgCode() + " " + t.municipality()));
                        throw UserException.usage("anonymize.config-town-ambiguous", where, e.getKey(),
                                e.getValue().size(), String.join(", ", where2));
                    }
                    Town t = e.getValue().values().iterator().next();
                    out.add(new Row(t.name(), t.municipality(), t.prefecture()));
                }
            }
            default -> throw UserException.usage("anonymize.config-value", where, "townLabel", label,
                    String.join(", ", Arrays.asList("name", "full-name", "id")));
        }
        return out;
    }
}
