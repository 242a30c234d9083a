package io.github.civicdata.anonymize;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.civicdata.core.encoding.DetectedEncoding;
import io.github.civicdata.core.encoding.EncodingDetector;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A generalisation hierarchy for one quasi-identifier: for every original value (a leaf, level 0)
 * the value it becomes at each level 1, 2, …, the most general level last (usually {@code *}).
 *
 * <p>Level 0 is the data value itself ({@code generalize(v, 0)} is {@code v}). A hierarchy is
 * valid when every row has the same number of levels, every original value appears once, it is
 * monotone (the value at level {@code i + 1} is determined by the value at level {@code i}), no
 * generalised value is the original value of another row (a hierarchy {@code 男;女} /
 * {@code 女;男} would swap the values), and it is a tree (a value has one parent whatever its
 * level, and no chain of generalisations comes back to a value). Every factory checks this and
 * throws an {@link AnonymizationException} naming the source, lines and levels, never a value.
 * Whether the hierarchy covers every value of a data column is checked when the anonymiser meets
 * the data.
 *
 * <p>Sources: ARX-format CSV files ({@link #read(Path)}: one row per leaf, levels separated by
 * {@code ;}), explicit rows ({@link #of(List)}), and builders for intervals with top and bottom
 * coding ({@link #intervals()}), dates ({@link #dates()}), masking ({@link #masking()}), ordered
 * groupings ({@link #ordered(List)}) and administrative areas ({@link #areas()}).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Hierarchy age = Hierarchy.read(Path.of("adult_hierarchy_age.csv"));
 * Hierarchy sex = Hierarchy.of(List.of(List.of("Male", "*"), List.of("Female", "*")));
 * Hierarchy zip = Hierarchy.masking().maskRight(4).build(List.of("8600001", "8600002"));
 * }</pre>
 */
public final class Hierarchy {

    private final String source;
    private final List<List<String>> rows;
    private final int levels;
    private final Map<String, Integer> leafRow;

    private Hierarchy(String source, List<List<String>> rows, List<Long> lines, boolean derived) {
        this.source = source;
        List<List<String>> copy = new ArrayList<>(rows.size());
        for (List<String> r : rows) {
            copy.add(List.copyOf(r));
        }
        this.rows = List.copyOf(copy);
        this.leafRow = HierarchyShape.check(source, this.rows, lines, derived);
        this.levels = this.rows.get(0).size();
    }

    /**
     * A hierarchy from explicit rows, leaf first.
     *
     * @param rows one row per leaf; every row the same length (at least 1)
     * @return the hierarchy
     * @throws AnonymizationException if the rows are empty, of different lengths, repeat a leaf or
     *     are not monotone
     */
    public static Hierarchy of(List<? extends List<String>> rows) {
        return of("hierarchy", rows);
    }

    /**
     * A hierarchy from explicit rows, leaf first, named for error messages.
     *
     * @param source the name used in error messages
     * @param rows one row per leaf
     * @return the hierarchy
     * @throws AnonymizationException if the rows are invalid
     */
    public static Hierarchy of(String source, List<? extends List<String>> rows) {
        Objects.requireNonNull(source, "source");
        List<List<String>> copy = new ArrayList<>();
        for (List<String> r : rows) {
            for (String v : r) {
                Objects.requireNonNull(v, "value");
            }
            copy.add(List.copyOf(r));
        }
        return new Hierarchy(source, copy, null, false);
    }

    /**
     * Reads an ARX-format hierarchy: one row per leaf, levels separated by {@code ;}, encoding
     * detected (UTF-8 with or without BOM, Shift_JIS / CP932).
     *
     * @param file the file
     * @return the hierarchy
     * @throws AnonymizationException of kind {@code INPUT} if it cannot be read, of kind
     *     {@code CONFIGURATION} if it is not a valid hierarchy
     */
    public static Hierarchy read(Path file) {
        return read(file, ';');
    }

    /**
     * Reads a hierarchy file with another delimiter.
     *
     * @param file the file
     * @param delimiter the level delimiter
     * @return the hierarchy
     * @throws AnonymizationException if it cannot be read or is not valid
     */
    public static Hierarchy read(Path file, char delimiter) {
        String name = file.toString();
        try {
            DetectedEncoding enc = EncodingDetector.detect(file);
            try (InputStream in = Files.newInputStream(file)) {
                in.skipNBytes(enc.bomLength());
                return read(new InputStreamReader(in, enc.charset().newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), name, delimiter);
            }
        } catch (NoSuchFileException e) {
            throw AnonymizationException.input(e, "anon.input.not-found", name);
        } catch (IOException e) {
            throw AnonymizationException.input(e, "anon.input.unreadable", name, String.valueOf(e.getMessage()));
        }
    }

    /**
     * Reads hierarchy rows from text.
     *
     * @param reader the text (not closed)
     * @param sourceName the name used in error messages
     * @param delimiter the level delimiter
     * @return the hierarchy
     * @throws AnonymizationException if the text is not a valid hierarchy
     */
    public static Hierarchy read(Reader reader, String sourceName, char delimiter) {
        List<List<String>> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        try {
            CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(delimiter).skipEmptyLines(true)
                    .ignoreDifferentFieldCount(true).ofCsvRecord(reader);
            for (CsvRecord rec : csv) {
                List<String> f = new ArrayList<>(rec.getFields());
                if (rows.isEmpty() && !f.isEmpty() && f.get(0).startsWith("\uFEFF")) {
                    f.set(0, f.get(0).substring(1));
                }
                rows.add(f);
                lines.add(rec.getStartingLineNumber());
            }
        } catch (CsvParseException | UncheckedIOException e) {
            // FastCSV wraps the reader's failure ("Exception when reading first record"): report the cause
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            if (cause instanceof java.nio.charset.CharacterCodingException) {
                throw AnonymizationException.input(e, "anon.input.encoding", sourceName);
            }
            throw AnonymizationException.input(e, "anon.input.unreadable", sourceName, String.valueOf(cause.getMessage()));
        }
        return new Hierarchy(sourceName, rows, lines, false);
    }

    /**
     * @return the name of the source (file name, builder, or {@code hierarchy})
     */
    public String source() {
        return source;
    }

    /**
     * @return the number of levels, the original values (level 0) included
     */
    public int levels() {
        return levels;
    }

    /**
     * @return the highest level, {@code levels() - 1}
     */
    public int height() {
        return levels - 1;
    }

    /**
     * @return the rows, leaf first, in the order given
     */
    public List<List<String>> rows() {
        return rows;
    }

    /**
     * @return the original values (level 0) in order
     */
    public List<String> leaves() {
        List<String> l = new ArrayList<>(rows.size());
        for (List<String> r : rows) {
            l.add(r.get(0));
        }
        return l;
    }

    /**
     * @param value an original value
     * @return whether the hierarchy has a row for it
     */
    public boolean contains(String value) {
        return leafRow.containsKey(value);
    }

    /**
     * The value {@code value} becomes at {@code level}.
     *
     * @param value an original value
     * @param level 0 … {@link #height()}
     * @return the generalised value, or empty if the value is not a leaf
     * @throws IndexOutOfBoundsException if the level is out of range
     */
    public Optional<String> generalize(String value, int level) {
        Objects.checkIndex(level, levels);
        Integer r = leafRow.get(value);
        return r == null ? Optional.empty() : Optional.of(rows.get(r).get(level));
    }

    /**
     * The hierarchy seen from {@code level} up: its leaves are the distinct values at that level.
     * This is the hierarchy to use when checking or anonymising again a table that was already
     * generalised to that level.
     *
     * @param level 0 … {@link #height()}
     * @return the truncated hierarchy
     * @throws IndexOutOfBoundsException if the level is out of range
     */
    public Hierarchy fromLevel(int level) {
        Objects.checkIndex(level, levels);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (List<String> r : rows) {
            out.putIfAbsent(r.get(level), r.subList(level, levels));
        }
        return new Hierarchy(source + "@" + level, new ArrayList<>(out.values()), null, true);
    }

    /**
     * Checks that every value is a leaf of this hierarchy.
     *
     * <p>The message names the value, so call it for quasi-identifiers only: for a sensitive
     * column, let {@link Anonymizer#anonymize(Table)} check the coverage (its message gives the
     * data row and the count of missing values, never a value).
     *
     * @param values the distinct values of a data column
     * @param column the column's name (for the message)
     * @throws AnonymizationException naming the first value not covered
     */
    public void checkCovers(Collection<String> values, String column) {
        for (String v : values) {
            if (!leafRow.containsKey(v)) {
                throw AnonymizationException.config("anon.hierarchy.not-covered", source, column, v);
            }
        }
    }

    int leafRowIndex(String value) {
        Integer r = leafRow.get(value);
        return r == null ? -1 : r;
    }

    @Override
    public String toString() {
        return "Hierarchy[" + source + ", " + rows.size() + " leaves, " + levels + " levels]";
    }

    /**
     * Starts a builder for numeric intervals with bottom and top coding (e.g. ages 0–4, 5–9, …).
     *
     * @return a new builder
     */
    public static HierarchyBuilders.Intervals intervals() {
        return new HierarchyBuilders.Intervals();
    }

    /**
     * Starts a builder for dates: day → month → year → decade → {@code *}; the date parser (for
     * 和暦 input, for example) is supplied by the caller.
     *
     * @return a new builder
     */
    public static HierarchyBuilders.Dates dates() {
        return new HierarchyBuilders.Dates();
    }

    /**
     * Starts a builder that masks characters from the right ({@code 1234567} → {@code 123****} → {@code *}).
     *
     * @return a new builder
     */
    public static HierarchyBuilders.Masking masking() {
        return new HierarchyBuilders.Masking();
    }

    /**
     * Starts a builder that groups ordered values into consecutive groups, level by level.
     *
     * @param order every value in its order (e.g. age classes, education stages)
     * @return a new builder
     */
    public static HierarchyBuilders.Ordered ordered(List<String> order) {
        return new HierarchyBuilders.Ordered(order);
    }

    /**
     * Starts a builder for administrative areas: 町字 → 市区町村 → 都道府県 → {@code *}, from plain
     * rows (for example a municipality code list).
     *
     * @return a new builder
     */
    public static HierarchyBuilders.Areas areas() {
        return new HierarchyBuilders.Areas();
    }
}
