package io.github.civicdata.anonymize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The builders behind {@link Hierarchy#intervals()}, {@link Hierarchy#dates()},
 * {@link Hierarchy#masking()}, {@link Hierarchy#ordered(List)} and {@link Hierarchy#areas()}.
 *
 * <p>Each builder is configured with setters and turned into a {@link Hierarchy} for a given set
 * of values with {@code build(values)}; the most general level is always {@code *}. Builders are
 * not thread-safe; the hierarchies they build are immutable.
 *
 * <pre>{@code
 * Hierarchy age = Hierarchy.intervals().width(5).width(10).width(20)
 *         .bottomCoding(15, "<15").topCoding(90, ">=90").build(List.of("12", "34", "91"));
 * }</pre>
 */
public final class HierarchyBuilders {

    /** The label of the most general level. */
    public static final String TOP = "*";

    private HierarchyBuilders() {
    }

    private static List<String> distinct(Collection<String> values) {
        Set<String> s = new LinkedHashSet<>();
        for (String v : values) {
            s.add(Objects.requireNonNull(v, "value"));
        }
        return new ArrayList<>(s);
    }

    /**
     * Numeric intervals: level 0 is the value, level {@code i} the interval of the {@code i}-th width
     * that holds it (intervals start at the origin; integer values are labelled {@code 20-24},
     * decimals {@code [20,25)}), then {@code *}. Values below the bottom-coding threshold become
     * its label at every level above 0, values at or above the top-coding threshold likewise.
     * Each width must be a multiple of the previous one, so the hierarchy is monotone.
     */
    public static final class Intervals {
        private final List<BigDecimal> widths = new ArrayList<>();
        private BigDecimal origin = BigDecimal.ZERO;
        private BigDecimal bottom;
        private String bottomLabel;
        private BigDecimal top;
        private String topLabel;

        Intervals() {
        }

        /**
         * @param origin where the first interval starts (default 0)
         * @return this builder
         */
        public Intervals origin(long origin) {
            this.origin = BigDecimal.valueOf(origin);
            return this;
        }

        /**
         * Adds a level of intervals of this width.
         *
         * @param width positive, a multiple of the previous level's width
         * @return this builder
         * @throws AnonymizationException ({@code anon.hierarchy.width-not-positive},
         *     {@code anon.hierarchy.width-not-multiple}) if not positive or not a multiple of the
         *     previous width
         */
        public Intervals width(long width) {
            BigDecimal w = BigDecimal.valueOf(width);
            if (width <= 0) {
                throw AnonymizationException.config("anon.hierarchy.width-not-positive", width);
            }
            if (!widths.isEmpty() && w.remainder(widths.get(widths.size() - 1)).signum() != 0) {
                throw AnonymizationException.config("anon.hierarchy.width-not-multiple", width,
                        widths.get(widths.size() - 1).longValueExact());
            }
            widths.add(w);
            return this;
        }

        /**
         * Bottom coding: values below {@code threshold} become {@code label} at every level above 0.
         *
         * @param threshold the smallest value kept in intervals
         * @param label e.g. {@code <15}
         * @return this builder
         */
        public Intervals bottomCoding(long threshold, String label) {
            this.bottom = BigDecimal.valueOf(threshold);
            this.bottomLabel = Objects.requireNonNull(label, "label");
            return this;
        }

        /**
         * Top coding: values at or above {@code threshold} become {@code label} at every level above 0.
         *
         * @param threshold the smallest value coded as the top group
         * @param label e.g. {@code 90+}
         * @return this builder
         */
        public Intervals topCoding(long threshold, String label) {
            this.top = BigDecimal.valueOf(threshold);
            this.topLabel = Objects.requireNonNull(label, "label");
            return this;
        }

        /**
         * Builds the hierarchy for these values.
         *
         * @param values the values of the column (duplicates ignored)
         * @return the hierarchy
         * @throws AnonymizationException ({@code anon.hierarchy.not-a-number}) if a value is not a
         *     number; the message names its 1-based position in {@code values}, never the value (it
         *     may be of a sensitive column)
         */
        public Hierarchy build(Collection<String> values) {
            List<List<String>> rows = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            int position = 0;
            for (String v : values) {
                position++;
                if (!seen.add(Objects.requireNonNull(v, "value"))) {
                    continue;
                }
                BigDecimal x;
                try {
                    x = new BigDecimal(v.trim());
                } catch (NumberFormatException e) {
                    // the position, never the value: it may be of a sensitive column
                    throw AnonymizationException.config("anon.hierarchy.not-a-number", "intervals", position);
                }
                List<String> row = new ArrayList<>();
                row.add(v);
                for (BigDecimal w : widths) {
                    if (bottom != null && x.compareTo(bottom) < 0) {
                        row.add(bottomLabel);
                    } else if (top != null && x.compareTo(top) >= 0) {
                        row.add(topLabel);
                    } else {
                        BigDecimal k = x.subtract(origin).divide(w, 0, RoundingMode.FLOOR);
                        BigDecimal lo = origin.add(k.multiply(w));
                        BigDecimal hi = lo.add(w);
                        if (bottom != null && lo.compareTo(bottom) < 0) {
                            lo = bottom;
                        }
                        if (top != null && hi.compareTo(top) > 0) {
                            hi = top;
                        }
                        boolean integral = x.stripTrailingZeros().scale() <= 0 && lo.stripTrailingZeros().scale() <= 0
                                && hi.stripTrailingZeros().scale() <= 0;
                        row.add(integral ? lo.toBigInteger() + "-" + hi.subtract(BigDecimal.ONE).toBigInteger()
                                : "[" + lo.toPlainString() + "," + hi.toPlainString() + ")");
                    }
                }
                row.add(TOP);
                rows.add(row);
            }
            return Hierarchy.of("intervals", rows);
        }
    }

    /** The levels a date hierarchy can have above the day. */
    public enum DateLevel {
        /** {@code 2024-03}. */
        MONTH,
        /** {@code 2024}. */
        YEAR,
        /** {@code 2020-2029}. */
        DECADE;

        /**
         * The level for its configuration name ({@code month}, {@code year}, {@code decade}; case
         * ignored).
         *
         * @param name the name
         * @return the level
         * @throws AnonymizationException ({@code anon.hierarchy.date-level}) if no level has that name
         */
        public static DateLevel ofConfigName(String name) {
            for (DateLevel l : values()) {
                if (l.configName().equalsIgnoreCase(name.strip())) {
                    return l;
                }
            }
            throw AnonymizationException.config("anon.hierarchy.date-level", name, "month, year, decade");
        }

        /**
         * @return the configuration name ({@code month}, {@code year}, {@code decade})
         */
        public String configName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Dates: day (the value as given) → month → year → decade → {@code *}. Values are parsed by a
     * function supplied by the caller (ISO {@code 2024-03-01} by default), so 和暦 such as
     * {@code 令和6年3月1日} can be read with a parser of the caller's choice.
     */
    public static final class Dates {
        private Function<String, LocalDate> parser = LocalDate::parse;
        private List<DateLevel> levels = List.of(DateLevel.MONTH, DateLevel.YEAR, DateLevel.DECADE);

        Dates() {
        }

        /**
         * @param parser turns a cell into a date; throws (any runtime exception) if it cannot
         * @return this builder
         */
        public Dates parser(Function<String, LocalDate> parser) {
            this.parser = Objects.requireNonNull(parser, "parser");
            return this;
        }

        /**
         * @param levels the levels above the day, in increasing order (default month, year, decade)
         * @return this builder
         * @throws AnonymizationException ({@code anon.hierarchy.date-levels-order}) if the levels
         *     do not increase
         */
        public Dates levels(DateLevel... levels) {
            for (int i = 1; i < levels.length; i++) {
                if (levels[i].ordinal() <= levels[i - 1].ordinal()) {
                    throw AnonymizationException.config("anon.hierarchy.date-levels-order",
                            levels[i - 1].configName(), levels[i].configName());
                }
            }
            this.levels = List.of(levels);
            return this;
        }

        /**
         * @param values the column values (duplicates ignored)
         * @return the hierarchy
         * @throws AnonymizationException ({@code anon.hierarchy.not-a-date}) if the parser rejects a
         *     value; the message names its 1-based position in {@code values}, never the value
         */
        public Hierarchy build(Collection<String> values) {
            List<List<String>> rows = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            int position = 0;
            for (String v : values) {
                position++;
                if (!seen.add(Objects.requireNonNull(v, "value"))) {
                    continue;
                }
                LocalDate d;
                try {
                    d = Objects.requireNonNull(parser.apply(v), "parser returned null");
                } catch (RuntimeException e) {
                    // the position, never the value: it may be of a sensitive column
                    throw AnonymizationException.config("anon.hierarchy.not-a-date", "dates", position);
                }
                List<String> row = new ArrayList<>();
                row.add(v);
                for (DateLevel l : levels) {
                    switch (l) {
                        case MONTH -> row.add(String.format("%04d-%02d", d.getYear(), d.getMonthValue()));
                        case YEAR -> row.add(String.format("%04d", d.getYear()));
                        case DECADE -> {
                            int dec = Math.floorDiv(d.getYear(), 10) * 10;
                            row.add(String.format("%04d-%04d", dec, dec + 9));
                        }
                        default -> throw new IllegalStateException();
                    }
                }
                row.add(TOP);
                rows.add(row);
            }
            return Hierarchy.of("dates", rows);
        }
    }

    /**
     * Masking from the right: each level masks more trailing characters with {@code *}
     * ({@code 1234567} → {@code 123****} → {@code *}); shorter values are masked entirely.
     */
    public static final class Masking {
        private final List<Integer> counts = new ArrayList<>();
        private char mask = '*';

        Masking() {
        }

        /**
         * Adds levels masking these numbers of trailing characters.
         *
         * @param counts increasing, positive
         * @return this builder
         * @throws AnonymizationException ({@code anon.hierarchy.mask-not-positive},
         *     {@code anon.hierarchy.mask-not-increasing}) if a count is not positive or not larger
         *     than the previous one
         */
        public Masking maskRight(int... counts) {
            for (int c : counts) {
                if (c <= 0) {
                    throw AnonymizationException.config("anon.hierarchy.mask-not-positive", c);
                }
                if (!this.counts.isEmpty() && c <= this.counts.get(this.counts.size() - 1)) {
                    throw AnonymizationException.config("anon.hierarchy.mask-not-increasing", c,
                            this.counts.get(this.counts.size() - 1));
                }
                this.counts.add(c);
            }
            return this;
        }

        /**
         * @param mask the mask character (default {@code *})
         * @return this builder
         */
        public Masking maskCharacter(char mask) {
            this.mask = mask;
            return this;
        }

        /**
         * @param values the column values
         * @return the hierarchy
         */
        public Hierarchy build(Collection<String> values) {
            List<List<String>> rows = new ArrayList<>();
            for (String v : distinct(values)) {
                List<String> row = new ArrayList<>();
                row.add(v);
                int[] cps = v.codePoints().toArray();
                for (int c : counts) {
                    int keep = Math.max(0, cps.length - c);
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < keep; i++) {
                        sb.appendCodePoint(cps[i]);
                    }
                    for (int i = keep; i < cps.length; i++) {
                        sb.append(mask);
                    }
                    row.add(sb.toString());
                }
                row.add(TOP);
                rows.add(row);
            }
            return Hierarchy.of("masking", rows);
        }
    }

    /**
     * Ordered groupings: the values in their given order are cut into consecutive groups of the
     * first size at level 1 (labelled {@code first～last}), those groups into groups of the second
     * size at level 2, and so on, then {@code *}.
     */
    public static final class Ordered {
        private final List<String> order;
        private final List<Integer> sizes = new ArrayList<>();

        Ordered(List<String> order) {
            this.order = distinct(order);
        }

        /**
         * Adds a level grouping this many groups of the level below.
         *
         * @param size at least 2
         * @return this builder
         * @throws AnonymizationException ({@code anon.hierarchy.group-size}) if less than 2
         */
        public Ordered groupSize(int size) {
            if (size < 2) {
                throw AnonymizationException.config("anon.hierarchy.group-size", size);
            }
            sizes.add(size);
            return this;
        }

        /**
         * Builds the hierarchy over every value of the order.
         *
         * @return the hierarchy
         */
        public Hierarchy build() {
            int n = order.size();
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                List<String> row = new ArrayList<>();
                row.add(order.get(i));
                long span = 1;
                for (int s : sizes) {
                    span *= s;
                    int first = (int) (i / span * span);
                    int last = (int) Math.min(n - 1, first + span - 1);
                    row.add(first == last ? order.get(first) : order.get(first) + "～" + order.get(last));
                }
                row.add(TOP);
                rows.add(row);
            }
            return Hierarchy.of("ordered", rows);
        }
    }

    /**
     * Administrative areas from plain rows: 町字 → 市区町村 → 都道府県 → {@code *}, or
     * 市区町村 → 都道府県 → {@code *} when no town is given. The caller supplies the rows (for example
     * from a municipality code list) and chooses the labels (codes or names).
     */
    public static final class Areas {
        private final Map<String, String> prefectureOf = new LinkedHashMap<>();
        private final Map<String, String> municipalityOf = new LinkedHashMap<>();

        Areas() {
        }

        /**
         * Declares a municipality (市区町村) and its prefecture (都道府県).
         *
         * @param municipality the municipality label (code or name)
         * @param prefecture the prefecture label
         * @return this builder
         * @throws AnonymizationException if the municipality was declared with another prefecture
         */
        public Areas municipality(String municipality, String prefecture) {
            String prev = prefectureOf.putIfAbsent(Objects.requireNonNull(municipality, "municipality"),
                    Objects.requireNonNull(prefecture, "prefecture"));
            if (prev != null && !prev.equals(prefecture)) {
                throw AnonymizationException.config("anon.hierarchy.area-conflict", municipality, prev, prefecture);
            }
            return this;
        }

        /**
         * Declares a town (町字) in a municipality declared before or after.
         *
         * @param town the town label as it appears in the data
         * @param municipality the municipality label
         * @return this builder
         * @throws AnonymizationException if the town was declared in another municipality
         */
        public Areas town(String town, String municipality) {
            String prev = municipalityOf.putIfAbsent(Objects.requireNonNull(town, "town"),
                    Objects.requireNonNull(municipality, "municipality"));
            if (prev != null && !prev.equals(municipality)) {
                throw AnonymizationException.config("anon.hierarchy.area-conflict", town, prev, municipality);
            }
            return this;
        }

        /**
         * Builds the hierarchy: with towns, 町字 → 市区町村 → 都道府県 → *; without, 市区町村 → 都道府県 → *.
         *
         * @return the hierarchy
         * @throws AnonymizationException if a town names an undeclared municipality, or nothing was declared
         */
        public Hierarchy build() {
            List<List<String>> rows = new ArrayList<>();
            if (municipalityOf.isEmpty()) {
                prefectureOf.forEach((m, p) -> rows.add(List.of(m, p, TOP)));
            } else {
                municipalityOf.forEach((t, m) -> {
                    String p = prefectureOf.get(m);
                    if (p == null) {
                        throw AnonymizationException.config("anon.hierarchy.area-unknown", t, m);
                    }
                    rows.add(List.of(t, m, p, TOP));
                });
            }
            return Hierarchy.of("areas", rows);
        }
    }
}
