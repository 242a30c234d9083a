package io.github.civicdata.validation.csvw;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A column's datatype with its format and constraints, compiled once from the metadata (see
 * {@link DatatypeReader}): parses and checks the string of one cell (or one item of a list).
 *
 * <p>Immutable and thread-safe.
 */
final class Datatype {

    /** The outcome of parsing one string: its literal, or the message of what is wrong. */
    record Parsed(String literal, String rule, String key, Object[] args) {
        static Parsed ok(String literal) {
            return new Parsed(literal, null, null, new Object[0]);
        }

        static Parsed error(String rule, String key, Object... args) {
            return new Parsed(null, rule, key, args);
        }

        boolean valid() {
            return literal != null;
        }
    }

    static final Datatype STRING = builtin("string");

    final String base;
    /** The {@code @id} of the datatype, or null. */
    final String id;
    final NumberFormat number;
    final DateFormat date;
    final String[] booleans;
    final Pattern regex;
    final String formatText;
    final Long length;
    final Long minLength;
    final Long maxLength;
    final String minInclusive;
    final String maxInclusive;
    final String minExclusive;
    final String maxExclusive;
    /** Whether the datatype was written as an object or a name (JSON output keeps names simple). */
    final boolean described;

    Datatype(String base, String id, NumberFormat number, DateFormat date, String[] booleans, Pattern regex,
            String formatText, Long length, Long minLength, Long maxLength, String minInclusive, String maxInclusive,
            String minExclusive, String maxExclusive, boolean described) {
        this.base = base;
        this.id = id;
        this.number = number;
        this.date = date;
        this.booleans = booleans;
        this.regex = regex;
        this.formatText = formatText;
        this.length = length;
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.minInclusive = minInclusive;
        this.maxInclusive = maxInclusive;
        this.minExclusive = minExclusive;
        this.maxExclusive = maxExclusive;
        this.described = described;
    }

    static Datatype builtin(String name) {
        return new Datatype(name, null, null, null, null, null, null, null, null, null, null, null, null, null, false);
    }

    /** The RDF datatype URL of valid values: the {@code @id}, else the base's URL. */
    String iri() {
        return id != null ? id : Datatypes.iri(base);
    }

    /**
     * Parses one string (whitespace already normalised for the base).
     *
     * @return the literal, or what is wrong
     */
    Parsed parse(String s) {
        String literal;
        if (number != null) {
            Optional<String> n = number.parse(s);
            if (n.isEmpty()) {
                return Parsed.error(CsvwRules.DATATYPE, "csvw.datatype.format", s, base, formatText);
            }
            literal = n.get();
            String plain = literal.startsWith("+") || literal.startsWith("-") ? literal.substring(1) : literal;
            if (Datatypes.derivesFrom(base, "decimal")) {
                if (plain.contains("e") || plain.contains("E") || plain.equals("NaN") || plain.equals("INF")) {
                    return Parsed.error(CsvwRules.DATATYPE, "csvw.datatype.value", s, base);
                }
            }
        } else if (date != null) {
            Optional<String> d = date.parse(s);
            if (d.isEmpty()) {
                return Parsed.error(CsvwRules.DATATYPE, "csvw.datatype.format", s, base, formatText);
            }
            literal = d.get();
        } else if (booleans != null) {
            if (s.equals(booleans[0])) {
                return check(s, "true");
            }
            if (s.equals(booleans[1])) {
                return check(s, "false");
            }
            return Parsed.error(CsvwRules.DATATYPE, "csvw.datatype.format", s, base, formatText);
        } else {
            literal = s;
        }
        Optional<String> lit = XsdValues.literal(base, literal);
        if (lit.isEmpty()) {
            return Parsed.error(CsvwRules.DATATYPE, "csvw.datatype.value", s, base);
        }
        if (regex != null) {
            try {
                if (!regex.matcher(BoundedChars.of(lit.get())).find()) {
                    return Parsed.error(CsvwRules.DATATYPE, "csvw.datatype.pattern", s, formatText);
                }
            } catch (BoundedChars.Exhausted e) {
                return Parsed.error(CsvwRules.DATATYPE, "csvw.datatype.pattern-budget", s, formatText);
            } catch (StackOverflowError e) {
                return Parsed.error(CsvwRules.DATATYPE, "csvw.datatype.pattern-budget", s, formatText);
            }
        }
        return check(s, lit.get());
    }

    private Parsed check(String s, String literal) {
        if (length != null || minLength != null || maxLength != null) {
            long len = XsdValues.length(base, literal);
            if (length != null && len != length) {
                return Parsed.error(CsvwRules.CONSTRAINT, "csvw.constraint.length", s, len, length);
            }
            if (minLength != null && len < minLength) {
                return Parsed.error(CsvwRules.CONSTRAINT, "csvw.constraint.min-length", s, len, minLength);
            }
            if (maxLength != null && len > maxLength) {
                return Parsed.error(CsvwRules.CONSTRAINT, "csvw.constraint.max-length", s, len, maxLength);
            }
        }
        if (minInclusive != null && !holds(literal, minInclusive, c -> c >= 0)) {
            return Parsed.error(CsvwRules.CONSTRAINT, "csvw.constraint.min-inclusive", s, minInclusive);
        }
        if (minExclusive != null && !holds(literal, minExclusive, c -> c > 0)) {
            return Parsed.error(CsvwRules.CONSTRAINT, "csvw.constraint.min-exclusive", s, minExclusive);
        }
        if (maxInclusive != null && !holds(literal, maxInclusive, c -> c <= 0)) {
            return Parsed.error(CsvwRules.CONSTRAINT, "csvw.constraint.max-inclusive", s, maxInclusive);
        }
        if (maxExclusive != null && !holds(literal, maxExclusive, c -> c < 0)) {
            return Parsed.error(CsvwRules.CONSTRAINT, "csvw.constraint.max-exclusive", s, maxExclusive);
        }
        return Parsed.ok(literal);
    }

    private boolean holds(String literal, String bound, java.util.function.IntPredicate test) {
        return XsdValues.compare(base, literal, bound).map(test::test).orElse(false);
    }
}
