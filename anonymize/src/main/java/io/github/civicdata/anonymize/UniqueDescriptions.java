package io.github.civicdata.anonymize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds 特異な記述等 (unusual descriptions that single a person out, e.g. an age of 116, a
 * diagnosis held by one person), which the processing standards require to be deleted or
 * replaced (個人情報保護法 施行規則 第34条第4号; for 行政機関等匿名加工情報 the same item of the
 * public-sector standard), and suggests top or bottom coding. Per column:
 *
 * <ul>
 * <li>{@link Kind#RARE_VALUE}: values held by fewer than {@code k} records (columns that are not
 * numeric);</li>
 * <li>{@link Kind#ABOVE_LIMIT}: numeric values at or above a limit (by default 100 for a column named
 * {@code 年齢} or {@code age}; an interval label such as {@code 100-109} counts by its lower end);
 * suggestion: top-code at the limit;</li>
 * <li>{@link Kind#HIGH_OUTLIER} / {@link Kind#LOW_OUTLIER}: numeric values beyond the upper or lower
 * percentile (default 99.5 % and 0.5 % of the records); suggestion: top-code (bottom-code) at that
 * percentile.</li>
 * </ul>
 * For sensitive columns no value and no threshold derived from the values is ever part of a
 * finding: the counts and the percentile are given instead.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * List<UniqueDescriptions.Description> found = UniqueDescriptions.builder().k(5)
 *         .sensitive(Set.of("病名")).build().detect(table, List.of("年齢", "病名"));
 * }</pre>
 */
public final class UniqueDescriptions {

    /** What makes a value unusual. */
    public enum Kind {
        /** Held by fewer than k records. */
        RARE_VALUE,
        /** At or above the column's limit. */
        ABOVE_LIMIT,
        /** Above the upper percentile. */
        HIGH_OUTLIER,
        /** Below the lower percentile. */
        LOW_OUTLIER
    }

    /**
     * One finding.
     *
     * @param column the column
     * @param kind what is unusual
     * @param values distinct values concerned
     * @param records records concerned
     * @param examples up to 5 of the values (empty for sensitive columns)
     * @param threshold the limit or percentile value (empty for sensitive columns and rare values)
     * @param percentile the percentile used (outliers), e.g. 99.5
     */
    public record Description(String column, Kind kind, long values, long records, List<String> examples,
            Optional<String> threshold, Optional<Double> percentile) {
        /**
         * Copies the examples.
         */
        public Description {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(kind, "kind");
            examples = List.copyOf(examples);
            Objects.requireNonNull(threshold, "threshold");
            Objects.requireNonNull(percentile, "percentile");
        }
    }

    private final int k;
    private final double low;
    private final double high;
    private final Map<String, BigDecimal> limits;
    private final Set<String> sensitive;

    private UniqueDescriptions(Builder b) {
        this.k = b.k;
        this.low = b.low;
        this.high = b.high;
        this.limits = Map.copyOf(b.limits);
        this.sensitive = Set.copyOf(b.sensitive);
    }

    /**
     * @return a builder (k = 2, percentiles 0.5 % and 99.5 %, limit 100 for 年齢 / age)
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures the detector; not thread-safe. */
    public static final class Builder {
        private int k = 2;
        private double low = 0.005;
        private double high = 0.995;
        private final Map<String, BigDecimal> limits = new LinkedHashMap<>();
        private Set<String> sensitive = Set.of();

        private Builder() {
        }

        /**
         * @param k values held by fewer records are rare (at least 2)
         * @return this builder
         * @throws AnonymizationException if below 2
         */
        public Builder k(int k) {
            if (k < 2) {
                throw AnonymizationException.config("anon.config.k-too-small", k);
            }
            this.k = k;
            return this;
        }

        /**
         * @param low share of records below which a numeric value is an outlier (e.g. 0.005)
         * @param high share of records above which a numeric value is an outlier (e.g. 0.995)
         * @return this builder
         * @throws AnonymizationException unless 0 ≤ low < high ≤ 1
         */
        public Builder percentiles(double low, double high) {
            if (!(low >= 0 && low < high && high <= 1)) {
                throw AnonymizationException.config("anon.config.percentiles", String.valueOf(low), String.valueOf(high));
            }
            this.low = low;
            this.high = high;
            return this;
        }

        /**
         * @param column a numeric column
         * @param limit values at or above it are unusual (e.g. 100 for an age)
         * @return this builder
         */
        public Builder upperLimit(String column, long limit) {
            limits.put(Objects.requireNonNull(column, "column"), BigDecimal.valueOf(limit));
            return this;
        }

        /**
         * @param columns columns whose values are never shown
         * @return this builder
         */
        public Builder sensitive(Set<String> columns) {
            this.sensitive = Set.copyOf(columns);
            return this;
        }

        /**
         * @return the detector
         */
        public UniqueDescriptions build() {
            return new UniqueDescriptions(this);
        }
    }

    /**
     * Looks at the given columns of a table.
     *
     * @param table the table
     * @param columns the columns to look at
     * @return the findings, column by column
     * @throws AnonymizationException if a column is unknown
     */
    public List<Description> detect(Table table, List<String> columns) {
        List<Description> out = new ArrayList<>();
        for (String c : columns) {
            int col = table.columnIndex(c).orElseThrow(
                    () -> AnonymizationException.config("anon.config.unknown-column", c, table.source()));
            String[] dict = table.dictionary(col);
            long[] counts = new long[dict.length];
            CodeColumn codes = table.codes(col);
            for (int r = 0; r < table.rowCount(); r++) {
                counts[codes.get(r)]++;
            }
            out.addAll(detect(c, dict, counts));
        }
        return out;
    }

    /** The findings for one column given its values and how many records hold each. */
    List<Description> detect(String column, String[] values, long[] counts) {
        boolean hidden = sensitive.contains(column);
        List<Description> out = new ArrayList<>();
        BigDecimal[] numbers = numbers(values, counts);
        BigDecimal limit = limits.get(column);
        if (limit == null && (column.equalsIgnoreCase("age") || column.equals("年齢"))) {
            limit = BigDecimal.valueOf(100);
        }
        if (numbers == null) {
            List<String> examples = new ArrayList<>();
            long vals = 0;
            long recs = 0;
            for (int v = 0; v < values.length; v++) {
                if (counts[v] > 0 && counts[v] < k) {
                    vals++;
                    recs += counts[v];
                    if (!hidden && examples.size() < 5) {
                        examples.add(values[v]);
                    }
                }
            }
            if (vals > 0) {
                out.add(new Description(column, Kind.RARE_VALUE, vals, recs, examples, Optional.of(String.valueOf(k)),
                        Optional.empty()));
            }
            return out;
        }
        if (limit != null) {
            BigDecimal l = limit;
            addRange(out, column, Kind.ABOVE_LIMIT, values, counts, numbers, x -> x.compareTo(l) >= 0, hidden,
                    Optional.of(l.toPlainString()), Optional.empty());
        }
        // percentiles over the records
        Integer[] order = new Integer[values.length];
        int n = 0;
        long total = 0;
        for (int v = 0; v < values.length; v++) {
            if (numbers[v] != null && counts[v] > 0) {
                order[n++] = v;
                total += counts[v];
            }
        }
        if (total == 0) {
            return out;
        }
        Integer[] sorted = Arrays.copyOf(order, n);
        Arrays.sort(sorted, (a, b) -> numbers[a].compareTo(numbers[b]));
        BigDecimal lowValue = quantile(sorted, counts, numbers, total, low);
        BigDecimal highValue = quantile(sorted, counts, numbers, total, high);
        addRange(out, column, Kind.HIGH_OUTLIER, values, counts, numbers, x -> x.compareTo(highValue) > 0, hidden,
                hidden ? Optional.empty() : Optional.of(highValue.toPlainString()), Optional.of(high * 100));
        addRange(out, column, Kind.LOW_OUTLIER, values, counts, numbers, x -> x.compareTo(lowValue) < 0, hidden,
                hidden ? Optional.empty() : Optional.of(lowValue.toPlainString()), Optional.of(low * 100));
        return out;
    }

    private static BigDecimal quantile(Integer[] sorted, long[] counts, BigDecimal[] numbers, long total, double share) {
        long target = (long) Math.ceil(share * total);
        long cum = 0;
        for (int v : sorted) {
            cum += counts[v];
            if (cum >= Math.max(1, target)) {
                return numbers[v];
            }
        }
        return numbers[sorted[sorted.length - 1]];
    }

    private static void addRange(List<Description> out, String column, Kind kind, String[] values, long[] counts,
            BigDecimal[] numbers, java.util.function.Predicate<BigDecimal> beyond, boolean hidden,
            Optional<String> threshold, Optional<Double> percentile) {
        long vals = 0;
        long recs = 0;
        List<String> examples = new ArrayList<>();
        for (int v = 0; v < values.length; v++) {
            if (numbers[v] != null && counts[v] > 0 && beyond.test(numbers[v])) {
                vals++;
                recs += counts[v];
                if (!hidden && examples.size() < 5) {
                    examples.add(values[v]);
                }
            }
        }
        if (vals > 0) {
            out.add(new Description(column, kind, vals, recs, examples, threshold, percentile));
        }
    }

    /**
     * The numeric value of every value (an interval label {@code a-b} or {@code [a,b)} counts by
     * {@code a}; {@code *} and empty cells are not numbers), or null if a value is neither.
     */
    static BigDecimal[] numbers(String[] values, long[] counts) {
        BigDecimal[] out = new BigDecimal[values.length];
        int numeric = 0;
        for (int v = 0; v < values.length; v++) {
            if (counts[v] == 0) {
                continue;
            }
            String s = values[v].trim();
            if (s.isEmpty() || s.equals(HierarchyBuilders.TOP)) {
                continue;
            }
            BigDecimal x = parse(s);
            if (x == null) {
                return null;
            }
            out[v] = x;
            numeric++;
        }
        return numeric == 0 ? null : out;
    }

    private static BigDecimal parse(String s) {
        String t = s;
        if (t.startsWith("[")) {
            int comma = t.indexOf(',');
            t = comma > 0 ? t.substring(1, comma) : t;
        } else {
            int dash = t.indexOf('-', 1);
            if (dash > 0) {
                t = t.substring(0, dash);
            }
        }
        try {
            return new BigDecimal(t.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A finding as the text of a report, in one language.
     *
     * @param d the finding
     * @param locale {@link Locale#JAPANESE} or another locale for English
     * @return the text
     */
    public static String describe(Description d, Locale locale) {
        return io.github.civicdata.core.Messages.get().format(locale, messageKey(d), messageArgs(d).toArray());
    }

    /** The rule id of a finding's kind (also its message key when values are shown). */
    static String ruleId(Kind kind) {
        return switch (kind) {
            case RARE_VALUE -> "anon.unique.rare-value";
            case ABOVE_LIMIT -> "anon.unique.above-limit";
            case HIGH_OUTLIER -> "anon.unique.high-outlier";
            case LOW_OUTLIER -> "anon.unique.low-outlier";
        };
    }

    /** The message key: the rule id, or {@code <rule>.hidden} for a sensitive column (no values shown). */
    static String messageKey(Description d) {
        return d.examples().isEmpty() ? ruleId(d.kind()) + ".hidden" : ruleId(d.kind());
    }

    /**
     * The message arguments: column, values, records, then for rare values k and the examples, for
     * values above the limit the limit and the examples, for outliers the percentile, the threshold
     * and the examples (the hidden wordings stop before what they do not show).
     */
    static List<Object> messageArgs(Description d) {
        List<Object> a = new ArrayList<>();
        a.add(d.column());
        a.add(d.values());
        a.add(d.records());
        if (d.kind() == Kind.HIGH_OUTLIER || d.kind() == Kind.LOW_OUTLIER) {
            a.add(d.percentile().map(p -> new BigDecimal(Double.toString(p)).stripTrailingZeros().toPlainString())
                    .orElse(""));
        }
        a.add(d.threshold().orElse(""));
        a.add(String.join(", ", d.examples()));
        return a;
    }

}
