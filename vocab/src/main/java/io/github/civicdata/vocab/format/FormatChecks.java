package io.github.civicdata.vocab.format;

import io.github.civicdata.vocab.DataItem;
import io.github.civicdata.vocab.Datatype;
import io.github.civicdata.vocab.FormatConstraints;
import io.github.civicdata.vocab.NamedFormat;
import io.github.civicdata.vocab.code.CodeLists;
import io.github.civicdata.vocab.code.ReferencePeriod;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reusable checks of cell values: each {@link NamedFormat}, and every constraint of a
 * {@link DataItem} (format, datatype, enumeration, pattern, bounds, length, list separator).
 *
 * <p>A check never throws because of the value: it returns {@link FormatResult#valid()} (a shared
 * instance, so valid data allocates nothing) or a {@link FormatResult.Invalid} with a message key
 * of the vocab bundle, arguments that never contain the value itself, a suggested replacement where
 * one is obvious (和暦 → ISO date, full-width → half-width digits, {@code 9:00} → {@code 09:00},
 * half-width or hiragana → full-width katakana, {@code あり} → {@code 有}, {@code 92011} →
 * {@code 092011}), and a suggested severity (WARNING for plausibility: outside the configured
 * area, a code not in the shipped list). Blank values are valid: presence is the template
 * column's obligation.
 *
 * <p>For many values, compile a {@link ValueChecker} once with {@link #checker(DataItem)} or
 * {@link #checker(NamedFormat)}. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * FormatChecks checks = FormatChecks.standard();
 * checks.check(NamedFormat.TIME_HHMM, "9:00").suggestion();     // Optional[09:00]
 * ValueChecker lat = checks.checker(Vocabulary.standard().item("latitude").orElseThrow());
 * lat.check("369.56056");                                       // Invalid format.latitude.range
 *
 * FormatChecks islands = FormatChecks.builder().plausibleArea(new GeoBox(24, 28, 122, 132)).build();
 * FormatChecks fy2023 = FormatChecks.builder()
 *         .referencePeriod(ReferencePeriod.parse("2023-04-01/2024-03-31").orElseThrow()).build(); // old codes of then
 * }</pre>
 */
public final class FormatChecks {

    private static final class Standard {
        static final FormatChecks INSTANCE = builder().build();
    }

    private final GeoBox area;
    private final Supplier<CodeLists> codes;
    private final ReferencePeriod period;
    private final Map<NamedFormat, ValueChecker> checkers = new EnumMap<>(NamedFormat.class);
    private final ConcurrentHashMap<String, Compiled> byItem = new ConcurrentHashMap<>();

    private record Compiled(DataItem item, ValueChecker checker) {
    }

    private FormatChecks(GeoBox area, Supplier<CodeLists> codes, ReferencePeriod period) {
        this.area = area;
        this.codes = codes;
        this.period = period;
        for (NamedFormat f : NamedFormat.values()) {
            checkers.put(f, new NamedCheck(f));
        }
    }

    /**
     * The check of one named format; a blank value is valid. One class with a switch rather than a
     * lambda per format: each lambda spins a class at its first use, on every start.
     */
    private final class NamedCheck implements ValueChecker {
        private final NamedFormat format;

        NamedCheck(NamedFormat format) {
            this.format = format;
        }

        @Override
        public FormatResult check(CharSequence v) {
            if (v.length() == 0) {
                return FormatResult.valid();
            }
            return switch (format) {
                case ISO_DATE -> Checks.isoDate(v);
                case WAREKI_OR_ISO_DATE -> Checks.warekiOrIsoDate(v);
                case ISO_TIME -> Checks.isoTime(v);
                case TIME_HHMM -> Checks.timeHhMm(v);
                case ISO_DATETIME -> Checks.isoDateTime(v);
                case PHONE -> Checks.phone(v);
                case POSTAL_CODE -> Checks.postal(v);
                case LATITUDE -> Checks.coordinate(v, true, area.minLatitude(), area.maxLatitude());
                case LONGITUDE -> Checks.coordinate(v, false, area.minLongitude(), area.maxLongitude());
                case KATAKANA -> Checks.katakana(v);
                case UMU -> Checks.umu(v);
                case LOCAL_GOVERNMENT_CODE -> Checks.localGovernmentCode(v, codes.get(), period);
                case CORPORATE_NUMBER -> Checks.corporateNumber(v);
                case URI -> Checks.uri(v);
                case EMAIL -> Checks.email(v);
                case HALF_WIDTH -> Checks.halfWidth(v);
                case ISO_INTERVAL -> Periods.interval(v);
            };
        }
    }

    /**
     * The checks with default settings ({@link GeoBox#JAPAN}, the shipped code lists).
     *
     * @return the shared instance
     */
    public static FormatChecks standard() {
        return Standard.INSTANCE;
    }

    /**
     * Starts a builder with default settings.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The configured plausible area for coordinates.
     *
     * @return the area
     */
    public GeoBox plausibleArea() {
        return area;
    }

    /**
     * The days the checked data describe, if configured: a former 全国地方公共団体コード in effect
     * then is valid.
     *
     * @return the period
     */
    public Optional<ReferencePeriod> referencePeriod() {
        return Optional.ofNullable(period);
    }

    /**
     * Checks a value against a named format.
     *
     * @param format the format
     * @param value the value
     * @return the result
     */
    public FormatResult check(NamedFormat format, CharSequence value) {
        return checker(format).check(Objects.requireNonNull(value, "value"));
    }

    /**
     * The compiled check of a named format.
     *
     * @param format the format
     * @return the checker
     */
    public ValueChecker checker(NamedFormat format) {
        return checkers.get(Objects.requireNonNull(format, "format"));
    }

    /**
     * Checks a value against every constraint of an item (compiling the item's checker on first
     * use and caching it by item id).
     *
     * @param item the item
     * @param value the value
     * @return the result
     */
    public FormatResult check(DataItem item, CharSequence value) {
        Compiled c = byItem.get(item.id());
        if (c == null || c.item() != item) {
            c = new Compiled(item, checker(item));
            byItem.put(item.id(), c);
        }
        return c.checker().check(Objects.requireNonNull(value, "value"));
    }

    /**
     * Compiles the check of every constraint of an item: the named format, else the datatype
     * (INTEGER, DECIMAL, DATE as ISO date, TIME as ISO time, DATETIME, URI, PERIOD as one ISO 8601
     * interval); then the enumeration,
     * the pattern, the numeric bounds and the maximum length. With a list separator, each
     * non-empty element is checked. The first failure is returned.
     *
     * @param item the item
     * @return the checker
     */
    public ValueChecker checker(DataItem item) {
        FormatConstraints c = item.constraints();
        // ifs, not Optional.map with lambdas: each lambda spins a class at its first use, on every start
        ValueChecker syntax = c.format().isPresent() ? checker(c.format().get()) : datatypeChecker(item.datatype());
        Pattern pattern = c.pattern().isPresent() ? Pattern.compile(c.pattern().get()) : null;
        BigDecimal min = c.minimum().orElse(null);
        BigDecimal max = c.maximum().orElse(null);
        boolean numeric = item.datatype() == Datatype.INTEGER || item.datatype() == Datatype.DECIMAL;
        int maxLength = c.maxLength().orElse(-1);
        if (syntax == null && c.enumeration().isEmpty() && pattern == null && !(numeric && (min != null || max != null))
                && maxLength <= 0) {
            return ACCEPTS_ALL; // nothing to check, with or without a separator
        }
        NamedFormat format = c.format().isPresent() ? c.format().get() : datatypeFormat(item.datatype());
        ItemCheck one = new ItemCheck(syntax, format, c.format().isEmpty(), item.datatype() == Datatype.INTEGER,
                item.datatype() == Datatype.DECIMAL, c.enumeration(), pattern, c.pattern().orElse(null), min, max,
                numeric, maxLength);
        if (c.separator().isPresent()) {
            Pattern split = Pattern.compile(Pattern.quote(c.separator().get()));
            return v -> {
                if (v.length() == 0) {
                    return FormatResult.valid();
                }
                for (String part : split.split(v, -1)) {
                    if (!part.isEmpty()) {
                        FormatResult r = one.check(part);
                        if (!r.isValid()) {
                            return r;
                        }
                    }
                }
                return FormatResult.valid();
            };
        }
        return one;
    }

    /** The checker of an item that constrains nothing: every value is valid. */
    private static final ValueChecker ACCEPTS_ALL = new AcceptsAll();

    /** A class rather than a lambda: no class spun at start-up. */
    private static final class AcceptsAll implements ValueChecker {
        @Override
        public FormatResult check(CharSequence v) {
            return FormatResult.valid();
        }
    }

    /**
     * Whether a checker made by {@link #checker(DataItem)} finds every value valid (its item has no
     * format, no checked datatype and no constraint), so that a caller may skip calling it.
     *
     * @param checker a checker
     * @return true when {@code checker.check(v)} is valid for every value
     */
    public static boolean acceptsEverything(ValueChecker checker) {
        return checker == ACCEPTS_ALL;
    }

    private ValueChecker datatypeChecker(Datatype t) {
        if (t == Datatype.INTEGER || t == Datatype.DECIMAL) {
            return t == Datatype.INTEGER ? NumberSyntax.INTEGER : NumberSyntax.DECIMAL;
        }
        NamedFormat f = datatypeFormat(t);
        return f == null ? null : checker(f);
    }

    /** The syntax check of the integer and decimal datatypes; a class, not method references spun at start-up. */
    private static final class NumberSyntax implements ValueChecker {
        static final NumberSyntax INTEGER = new NumberSyntax(true);
        static final NumberSyntax DECIMAL = new NumberSyntax(false);
        private final boolean integer;

        private NumberSyntax(boolean integer) {
            this.integer = integer;
        }

        @Override
        public FormatResult check(CharSequence v) {
            return integer ? Checks.integer(v) : Checks.decimal(v);
        }
    }

    /** The named format a datatype is checked as, or null (integer, decimal and string have none). */
    private static NamedFormat datatypeFormat(Datatype t) {
        // ifs, not a switch on the enum: that makes a synthetic class of its own
        if (t == Datatype.DATE) {
            return NamedFormat.ISO_DATE;
        }
        if (t == Datatype.TIME) {
            return NamedFormat.ISO_TIME;
        }
        if (t == Datatype.DATETIME) {
            return NamedFormat.ISO_DATETIME;
        }
        if (t == Datatype.URI) {
            return NamedFormat.URI;
        }
        return t == Datatype.PERIOD ? NamedFormat.ISO_INTERVAL : null;
    }

    /** Builds {@link FormatChecks}; not thread-safe. */
    public static final class Builder {
        private GeoBox area = GeoBox.JAPAN;
        private CodeLists codes;
        private ReferencePeriod period;

        private Builder() {
        }

        /**
         * The area within which coordinates are plausible (default {@link GeoBox#JAPAN}).
         *
         * @param area the area
         * @return this builder
         */
        public Builder plausibleArea(GeoBox area) {
            this.area = Objects.requireNonNull(area, "area");
            return this;
        }

        /**
         * The code lists used by {@link NamedFormat#LOCAL_GOVERNMENT_CODE} (default
         * {@link CodeLists#standard()}, loaded on first use).
         *
         * @param codes the code lists
         * @return this builder
         */
        public Builder codeLists(CodeLists codes) {
            this.codes = Objects.requireNonNull(codes, "codes");
            return this;
        }

        /**
         * The days the checked data describe (their reference date, or the temporal coverage of
         * their metadata record). Without one, a former 全国地方公共団体コード is an error ("old code,
         * valid until …, now …"); with one, it is valid when it was in effect during the period,
         * and a code that took effect after the period is an error.
         *
         * @param period the period, or null for the present (the default)
         * @return this builder
         */
        public Builder referencePeriod(ReferencePeriod period) {
            this.period = period;
            return this;
        }

        /**
         * @return the checks
         */
        public FormatChecks build() {
            CodeLists c = codes;
            return new FormatChecks(area, c != null ? () -> c : CodeLists::standard, period);
        }
    }
}
