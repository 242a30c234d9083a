package io.github.civicdata.vocab;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The constraints on the values of a {@link DataItem}: a {@link NamedFormat}, a regular expression,
 * an enumeration of allowed values, numeric bounds, a maximum length, and a list separator.
 *
 * <p>All parts are optional; blank values are never constrained (presence is the template column's
 * {@link Obligation}). When a separator is set (e.g. {@code ;} for 診療科目), the value is a list
 * and every other constraint applies to each element. The pattern must match the whole value
 * ({@link java.util.regex.Matcher#matches()}), Java syntax. Immutable and thread-safe.
 *
 * <pre>{@code
 * FormatConstraints c = FormatConstraints.builder().format(NamedFormat.LATITUDE)
 *         .minimum(new BigDecimal("-90")).maximum(new BigDecimal("90")).build();
 * }</pre>
 *
 * @param format the named format, if any
 * @param pattern a regular expression the whole value must match, if any
 * @param enumeration the allowed values (empty: any value)
 * @param minimum the inclusive numeric minimum, if any
 * @param maximum the inclusive numeric maximum, if any
 * @param maxLength the maximum length in code points, if any
 * @param separator the list separator, if the value is a list
 */
public record FormatConstraints(
        Optional<NamedFormat> format,
        Optional<String> pattern,
        List<String> enumeration,
        Optional<BigDecimal> minimum,
        Optional<BigDecimal> maximum,
        OptionalInt maxLength,
        Optional<String> separator) {

    private static final FormatConstraints NONE = new FormatConstraints(Optional.empty(), Optional.empty(),
            List.of(), Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty());

    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if a part or an enumeration value is null
     * @throws IllegalArgumentException if the pattern does not compile, the minimum exceeds the
     *     maximum, the maximum length is below 1, or the separator is empty
     */
    public FormatConstraints {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(pattern, "pattern");
        enumeration = List.copyOf(enumeration);
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(maximum, "maximum");
        Objects.requireNonNull(maxLength, "maxLength");
        Objects.requireNonNull(separator, "separator");
        if (pattern.isPresent()) { // not ifPresent: a lambda here spins a class on every start
            try {
                Pattern.compile(pattern.get());
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("pattern does not compile: " + e.getDescription(), e);
            }
        }
        if (minimum.isPresent() && maximum.isPresent() && minimum.get().compareTo(maximum.get()) > 0) {
            throw new IllegalArgumentException("minimum " + minimum.get() + " exceeds maximum " + maximum.get());
        }
        if (maxLength.isPresent() && maxLength.getAsInt() < 1) {
            throw new IllegalArgumentException("maxLength must be >= 1: " + maxLength.getAsInt());
        }
        if (separator.isPresent() && separator.get().isEmpty()) {
            throw new IllegalArgumentException("separator is empty");
        }
    }

    /**
     * No constraints.
     *
     * @return the empty constraints
     */
    public static FormatConstraints none() {
        return NONE;
    }

    /**
     * Starts a builder with no constraints.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether no constraint is set.
     *
     * @return {@code true} if every part is empty
     */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /** Builds {@link FormatConstraints}; not thread-safe. */
    public static final class Builder {
        private NamedFormat format;
        private String pattern;
        private final List<String> enumeration = new ArrayList<>();
        private BigDecimal minimum;
        private BigDecimal maximum;
        private Integer maxLength;
        private String separator;

        private Builder() {
        }

        /**
         * @param format the named format
         * @return this builder
         */
        public Builder format(NamedFormat format) {
            this.format = Objects.requireNonNull(format, "format");
            return this;
        }

        /**
         * @param pattern a regular expression the whole value must match
         * @return this builder
         */
        public Builder pattern(String pattern) {
            this.pattern = Objects.requireNonNull(pattern, "pattern");
            return this;
        }

        /**
         * @param values the allowed values (replaces earlier ones)
         * @return this builder
         */
        public Builder enumeration(List<String> values) {
            enumeration.clear();
            enumeration.addAll(values);
            return this;
        }

        /**
         * @param minimum the inclusive minimum
         * @return this builder
         */
        public Builder minimum(BigDecimal minimum) {
            this.minimum = Objects.requireNonNull(minimum, "minimum");
            return this;
        }

        /**
         * @param maximum the inclusive maximum
         * @return this builder
         */
        public Builder maximum(BigDecimal maximum) {
            this.maximum = Objects.requireNonNull(maximum, "maximum");
            return this;
        }

        /**
         * @param maxLength the maximum length in code points
         * @return this builder
         */
        public Builder maxLength(int maxLength) {
            this.maxLength = maxLength;
            return this;
        }

        /**
         * @param separator the list separator, e.g. {@code ;}
         * @return this builder
         */
        public Builder separator(String separator) {
            this.separator = Objects.requireNonNull(separator, "separator");
            return this;
        }

        /**
         * @return the constraints
         * @throws IllegalArgumentException if the constraints are inconsistent (see the record)
         */
        public FormatConstraints build() {
            return new FormatConstraints(Optional.ofNullable(format), Optional.ofNullable(pattern), enumeration,
                    Optional.ofNullable(minimum), Optional.ofNullable(maximum),
                    maxLength == null ? OptionalInt.empty() : OptionalInt.of(maxLength),
                    Optional.ofNullable(separator));
        }
    }
}
