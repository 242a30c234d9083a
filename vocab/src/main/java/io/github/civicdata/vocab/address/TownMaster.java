package io.github.civicdata.vocab.address;

import io.github.civicdata.core.Location;
import io.github.civicdata.vocab.VocabularyException;
import io.github.civicdata.vocab.internal.Csv;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An アドレス・ベース・レジストリ 町字マスター file (mt_town_all.csv or one prefecture's
 * mt_town_pref{NN}.csv, 38 columns, UTF-8): 町字ID → 町字 → 市区町村 → 都道府県.
 *
 * <p>The file is read once, streaming, keeping the names of each 町字 (about 100 bytes per 町字; the
 * national file's 500,000 町字 need some 60 MB). The columns are found by the ABR header names
 * ({@code lg_code}, {@code machiaza_id}, {@code pref}, {@code city}, {@code ward}, {@code oaza_cho},
 * {@code chome}, {@code koaza} …), so a file with its columns in another order or extra columns is
 * read the same. Rows with the same key that differ only in columns not kept (the ABR lists a 町字
 * twice when only part of it has 住居表示: 住居表示フラグ 0 and 1) are merged and counted
 * ({@link #rows()}, {@link #towns()}); rows with the same key and different names are refused. A
 * file that is not such a file, or a row with a malformed code, is refused with a
 * {@link VocabularyException} naming the file, line and column. Immutable and thread-safe once read.
 *
 * <pre>{@code
 * TownMaster towns = TownMaster.read(Path.of("mt_town_pref30.csv"));
 * towns.town("302015", "0001000").map(Town::name);   // Optional[葵町]
 * towns.towns().size();                               // 3544
 * }</pre>
 */
public final class TownMaster {

    /** The ABR header names this reader needs. */
    static final List<String> REQUIRED = List.of("lg_code", "machiaza_id", "pref", "county", "city", "ward",
            "oaza_cho", "chome", "koaza");
    /** Fields longer than this are refused (the ABR's longest, 小字名, has 120 characters). */
    static final int MAX_FIELD = 4096;

    private final String source;
    private final Map<String, Town> byKey;
    private final long rows;

    private TownMaster(String source, Map<String, Town> byKey, long rows) {
        this.source = source;
        this.byKey = Collections.unmodifiableMap(byKey);
        this.rows = rows;
    }

    /**
     * The number of data rows read (more than {@link #towns()} when rows were merged).
     *
     * @return the rows
     */
    public long rows() {
        return rows;
    }

    /**
     * Whether a header row is that of an ABR 町字マスター file (it has {@code lg_code} and
     * {@code machiaza_id}).
     *
     * @param header the header names
     * @return {@code true} if it is
     */
    public static boolean isTownHeader(List<String> header) {
        return header.contains("lg_code") && header.contains("machiaza_id");
    }

    /**
     * Reads a file.
     *
     * @param file the file
     * @return the 町字
     * @throws VocabularyException if the file cannot be read or is not an ABR 町字 file
     */
    public static TownMaster read(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw error(file.toString(), 0, "vocab.towns.unreadable", String.valueOf(e.getMessage()));
        }
    }

    /**
     * Reads a stream (UTF-8, with or without BOM), not closed.
     *
     * @param in the stream
     * @param name the source name for messages
     * @return the 町字
     * @throws VocabularyException if the stream cannot be read or is not an ABR 町字 file
     */
    public static TownMaster read(InputStream in, String name) {
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        Map<String, Town> towns = new LinkedHashMap<>();
        long[] count = new long[1];
        Map<String, Integer> index = new java.util.HashMap<>();
        try {
            List<List<String>> header = new ArrayList<>(1);
            Csv.read(r, MAX_FIELD, (fields, line) -> {
                if (header.isEmpty()) {
                    header.add(fields);
                    for (int i = 0; i < fields.size(); i++) {
                        index.put(fields.get(i).strip(), i);
                    }
                    List<String> missing = REQUIRED.stream().filter(c -> !index.containsKey(c)).toList();
                    if (!missing.isEmpty()) {
                        throw error(name, line, "vocab.towns.not-abr", String.join(", ", missing));
                    }
                    return true;
                }
                Town t = town(fields, index, name, line);
                count[0]++;
                Town prev = towns.putIfAbsent(t.key(), t);
                if (prev != null && !prev.equals(t)) {
                    throw error(name, line, "vocab.towns.conflict", t.lgCode(), t.machiazaId());
                }
                return true;
            });
            if (header.isEmpty()) {
                throw error(name, 0, "vocab.towns.not-abr", String.join(", ", REQUIRED));
            }
        } catch (CharacterCodingException e) {
            throw error(name, 0, "vocab.towns.encoding", "UTF-8");
        } catch (IOException e) {
            throw error(name, 0, "vocab.towns.unreadable", String.valueOf(e.getMessage()));
        }
        return new TownMaster(name, towns, count[0]);
    }

    private static Town town(List<String> f, Map<String, Integer> index, String name, long line) {
        String lg = get(f, index, "lg_code");
        String id = get(f, index, "machiaza_id");
        if (lg.length() != 6 || !digits(lg)) {
            throw error(name, line, "vocab.towns.bad-value", "lg_code", "6 digits");
        }
        if (id.length() != 7 || !digits(id)) {
            throw error(name, line, "vocab.towns.bad-value", "machiaza_id", "7 digits");
        }
        String town = get(f, index, "oaza_cho") + get(f, index, "chome") + get(f, index, "koaza");
        String kana = get(f, index, "oaza_cho_kana") + get(f, index, "chome_kana") + get(f, index, "koaza_kana");
        String county = get(f, index, "county");
        List<String> post = new ArrayList<>();
        for (String p : get(f, index, "post_code").split(";")) {
            if (!p.isBlank()) {
                post.add(p.strip());
            }
        }
        return new Town(lg, id, town, kana, get(f, index, "city") + get(f, index, "ward"),
                county.isEmpty() ? Optional.empty() : Optional.of(county), get(f, index, "pref"), post,
                date(f, index, "efct_date", name, line), date(f, index, "ablt_date", name, line));
    }

    private static Optional<LocalDate> date(List<String> f, Map<String, Integer> index, String column, String name,
            long line) {
        String v = get(f, index, column);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(v));
        } catch (DateTimeParseException e) {
            throw error(name, line, "vocab.towns.bad-value", column, "YYYY-MM-DD");
        }
    }

    private static String get(List<String> f, Map<String, Integer> index, String column) {
        Integer i = index.get(column);
        return i == null || i >= f.size() ? "" : f.get(i).strip();
    }

    private static boolean digits(String s) {
        return s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static VocabularyException error(String name, long line, String key, Object... args) {
        Location.Builder b = Location.builder(name);
        if (line > 0) {
            b.line(line);
        }
        List<Object> a = new ArrayList<>();
        a.add(name);
        a.add(line > 0 ? Long.toString(line) : "?");
        a.addAll(Arrays.asList(args));
        return VocabularyException.of(b.build(), key, a);
    }

    /**
     * The name the file was read from.
     *
     * @return the source name
     */
    public String source() {
        return source;
    }

    /**
     * A 町字 by municipality code and 町字ID.
     *
     * @param lgCode the 6-digit 全国地方公共団体コード
     * @param machiazaId the 7-digit 町字ID
     * @return the 町字, or empty
     */
    public Optional<Town> town(String lgCode, String machiazaId) {
        return Optional.ofNullable(byKey.get(lgCode + machiazaId));
    }

    /**
     * Every 町字 in file order.
     *
     * @return the 町字
     */
    public List<Town> towns() {
        return List.copyOf(byKey.values());
    }

    /**
     * Whether the file has 町字 of a municipality.
     *
     * @param lgCode the 6-digit 全国地方公共団体コード
     * @return {@code true} if at least one 町字 has that code
     */
    public boolean covers(String lgCode) {
        for (Town t : byKey.values()) {
            if (t.lgCode().equals(lgCode)) {
                return true;
            }
        }
        return false;
    }
}
