package io.github.civicdata.vocab;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the columns of a file map to the columns of a {@link DatasetTemplate}: for each file
 * column, the template column it was taken as (if any), how its header matched and which
 * spelling matched (the header itself, or a name from a second header row such as a LinkData
 * label row).
 *
 * <p>Made by {@link Vocabulary#mapHeader(DatasetTemplate, List, List)}. Each template column is
 * matched by at most one file column (the first, for duplicated headers). The matching order is
 * exact header, item name or listed alias, normalised spelling, English or property name, and
 * last a spelling one letter away from a single column ({@link HeaderMatch.Kind}).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * DatasetTemplate aed = vocabulary.template("aed").orElseThrow();
 * HeaderMapping m = vocabulary.mapHeader(aed, List.of("#property", "name", "address", "location"));
 * m.matched().size();   // 2: name → 名称, address → 住所 (both ENGLISH)
 * m.missing();          // 名称_カナ, 設置位置, … (the template columns no file column matched)
 * }</pre>
 *
 * @param template the template
 * @param columns one entry per file column, in file order
 */
public record HeaderMapping(DatasetTemplate template, List<Column> columns) {

    /**
     * @throws NullPointerException if a part is null
     */
    public HeaderMapping {
        Objects.requireNonNull(template, "template");
        columns = List.copyOf(columns);
    }

    /**
     * One column of the file and what it was matched to.
     *
     * @param index the 0-based column index in the file
     * @param header the column's header as found
     * @param target the template column it was taken as, if any
     * @param kind how it matched, if it matched
     * @param matchedName the spelling that matched (the header, or a name from a second header
     *     row); empty if it did not match
     */
    public record Column(int index, String header, Optional<TemplateColumn> target, Optional<HeaderMatch.Kind> kind,
            String matchedName) {

        /**
         * @throws NullPointerException if a part is null
         * @throws IllegalArgumentException if the index is negative, or only one of target and
         *     kind is present
         */
        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(matchedName, "matchedName");
            if (index < 0) {
                throw new IllegalArgumentException("negative column index " + index);
            }
            if (target.isPresent() != kind.isPresent()) {
                throw new IllegalArgumentException("target and kind go together");
            }
        }
    }

    /**
     * The file columns that were matched, in file order.
     *
     * @return the matched columns
     */
    public List<Column> matched() {
        List<Column> out = new ArrayList<>(columns.size());
        for (Column c : columns) {
            if (c.target().isPresent()) {
                out.add(c);
            }
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /**
     * The template columns that no file column matched, in template order.
     *
     * @return the missing columns
     */
    public List<TemplateColumn> missing() {
        List<TemplateColumn> out = new ArrayList<>();
        for (TemplateColumn t : template.columns()) {
            if (of(t).isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The file column matched to a template column.
     *
     * @param column a column of the template
     * @return the file column, or empty if none matched it
     */
    public Optional<Column> of(TemplateColumn column) {
        for (Column c : columns) {
            if (c.target().isPresent() && c.target().get() == column) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * How many file columns matched in a given way.
     *
     * @param kind the kind of match
     * @return the count
     */
    public int count(HeaderMatch.Kind kind) {
        int n = 0;
        for (Column c : columns) {
            if (c.kind().isPresent() && c.kind().get() == kind) {
                n++;
            }
        }
        return n;
    }
}
