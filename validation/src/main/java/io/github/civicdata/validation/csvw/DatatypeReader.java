package io.github.civicdata.validation.csvw;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the {@code datatype} property: a built-in datatype's name or a datatype description
 * ("Metadata Vocabulary", 5.11), compiling its format and checking its constraints. Invalid values
 * are warnings and ignored; contradictory constraints, constraints that do not apply to the base,
 * and a bad {@code @id} are errors, as the specification says.
 *
 * <p>Stateless and thread-safe.
 */
final class DatatypeReader {

    private static final Set<String> KEYS = Set.of("@id", "@type", "base", "format", "length", "minLength",
            "maxLength", "minimum", "maximum", "minInclusive", "maxInclusive", "minExclusive", "maxExclusive");

    private DatatypeReader() {
    }

    /**
     * @return the datatype, or empty when the value is not a valid datatype (a warning was added)
     */
    static Optional<Datatype> read(JsonNode v, String ptr, DocContext ctx) {
        if (v.isTextual()) {
            Optional<String> name = Datatypes.canonical(v.asText());
            if (name.isEmpty()) {
                ctx.warn(ptr, "csvw.metadata.property.datatype", DocContext.show(v));
                return Optional.empty();
            }
            return Optional.of(Datatype.builtin(name.get()));
        }
        if (!v.isObject()) {
            ctx.warn(ptr, "csvw.metadata.property.datatype", DocContext.show(v));
            return Optional.empty();
        }
        String base = "string";
        String id = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            String p = Problems.child(ptr, key);
            JsonNode x = e.getValue();
            switch (key) {
                case "base" -> {
                    Optional<String> b = x.isTextual() ? Datatypes.canonical(x.asText()) : Optional.empty();
                    if (b.isEmpty()) {
                        ctx.warn(p, "csvw.metadata.property.base", DocContext.show(x));
                    } else {
                        base = b.get();
                    }
                }
                case "@id" -> {
                    if (!x.isTextual()) {
                        ctx.warn(p, "csvw.metadata.property.link", key, DocContext.show(x));
                    } else if (x.asText().startsWith("_:")) {
                        ctx.error(CsvwRules.METADATA_STRUCTURE, p, "csvw.metadata.structure.blank-id", x.asText());
                    } else {
                        id = ctx.resolve(Vocab.expand(x.asText()));
                        if (Datatypes.byIri(id).isPresent()) {
                            ctx.error(CsvwRules.METADATA_STRUCTURE, p, "csvw.metadata.structure.builtin-id", id);
                            id = null;
                        }
                    }
                }
                case "@type" -> {
                    if (!x.isTextual() || !x.asText().equals("Datatype")) {
                        ctx.error(CsvwRules.METADATA_STRUCTURE, p, "csvw.metadata.structure.type", DocContext.show(x),
                                "Datatype");
                    }
                }
                default -> {
                    if (!KEYS.contains(key) && !Vocab.isCommonPropertyName(key)) {
                        ctx.warn(p, "csvw.metadata.property.unknown", key, "datatype");
                    }
                }
            }
        }
        Long length = count(v, "length", ptr, ctx);
        Long minLength = count(v, "minLength", ptr, ctx);
        Long maxLength = count(v, "maxLength", ptr, ctx);
        String minimum = bound(v, "minimum", base, ptr, ctx);
        String maximum = bound(v, "maximum", base, ptr, ctx);
        String minInclusive = bound(v, "minInclusive", base, ptr, ctx);
        String maxInclusive = bound(v, "maxInclusive", base, ptr, ctx);
        String minExclusive = bound(v, "minExclusive", base, ptr, ctx);
        String maxExclusive = bound(v, "maxExclusive", base, ptr, ctx);
        String c = CsvwRules.METADATA_CONSTRAINT;
        if (minimum != null && minInclusive != null && !same(base, minimum, minInclusive)) {
            ctx.error(c, ptr, "csvw.metadata.constraint.differ", "minimum", "minInclusive");
        }
        if (maximum != null && maxInclusive != null && !same(base, maximum, maxInclusive)) {
            ctx.error(c, ptr, "csvw.metadata.constraint.differ", "maximum", "maxInclusive");
        }
        String min = minInclusive != null ? minInclusive : minimum;
        String max = maxInclusive != null ? maxInclusive : maximum;
        if (length != null && minLength != null && length < minLength) {
            ctx.error(c, ptr, "csvw.metadata.constraint.order", "length", length, "minLength", minLength);
        }
        if (length != null && maxLength != null && length > maxLength) {
            ctx.error(c, ptr, "csvw.metadata.constraint.order", "maxLength", maxLength, "length", length);
        }
        if (minLength != null && maxLength != null && minLength > maxLength) {
            ctx.error(c, ptr, "csvw.metadata.constraint.order", "maxLength", maxLength, "minLength", minLength);
        }
        if ((length != null || minLength != null || maxLength != null) && !Datatypes.hasLength(base)) {
            ctx.error(c, ptr, "csvw.metadata.constraint.length-on", base);
        }
        if ((min != null || max != null || minExclusive != null || maxExclusive != null) && !Datatypes.hasRange(base)) {
            ctx.error(c, ptr, "csvw.metadata.constraint.range-on", base);
        } else {
            if (min != null && minExclusive != null) {
                ctx.error(c, ptr, "csvw.metadata.constraint.both", "minInclusive", "minExclusive");
            }
            if (max != null && maxExclusive != null) {
                ctx.error(c, ptr, "csvw.metadata.constraint.both", "maxInclusive", "maxExclusive");
            }
            if (min != null && max != null && less(base, max, min)) {
                ctx.error(c, ptr, "csvw.metadata.constraint.order", "maxInclusive", max, "minInclusive", min);
            }
            if (min != null && maxExclusive != null && !less(base, min, maxExclusive)) {
                ctx.error(c, ptr, "csvw.metadata.constraint.order", "maxExclusive", maxExclusive, "minInclusive", min);
            }
            if (minExclusive != null && maxExclusive != null && less(base, maxExclusive, minExclusive)) {
                ctx.error(c, ptr, "csvw.metadata.constraint.order", "maxExclusive", maxExclusive, "minExclusive",
                        minExclusive);
            }
            if (minExclusive != null && max != null && !less(base, minExclusive, max)) {
                ctx.error(c, ptr, "csvw.metadata.constraint.order", "maxInclusive", max, "minExclusive", minExclusive);
            }
        }
        NumberFormat number = null;
        DateFormat date = null;
        String[] booleans = null;
        Pattern regex = null;
        String formatText = null;
        JsonNode f = v.get("format");
        if (f != null) {
            String fp = Problems.child(ptr, "format");
            Datatypes.Family family = Datatypes.family(base);
            try {
                if (family == Datatypes.Family.DECIMAL || family == Datatypes.Family.FLOATING) {
                    number = numberFormat(f, fp, ctx);
                    formatText = number == null ? null : f.isTextual() ? f.asText() : f.toString();
                } else if (!f.isTextual()) {
                    ctx.warn(fp, "csvw.metadata.property.format-object", DocContext.show(f), base);
                } else if (family == Datatypes.Family.BOOLEAN) {
                    String[] parts = f.asText().split("\\|", -1);
                    if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
                        ctx.warn(fp, "csvw.metadata.property.format-boolean", f.asText());
                    } else {
                        booleans = parts;
                        formatText = f.asText();
                    }
                } else if (family == Datatypes.Family.TEMPORAL) {
                    date = DateFormat.of(f.asText(), base);
                    formatText = f.asText();
                } else {
                    regex = Pattern.compile(f.asText());
                    formatText = f.asText();
                }
            } catch (IllegalArgumentException e) { // PatternSyntaxException included
                String why = e instanceof PatternSyntaxException pse ? pse.getDescription() : e.getMessage();
                ctx.warn(fp, "csvw.metadata.property.format", f.isTextual() ? f.asText() : f.toString(), base, why);
            }
        }
        return Optional.of(new Datatype(base, id, number, date, booleans, regex, formatText, length, minLength,
                maxLength, min, max, minExclusive, maxExclusive, true));
    }

    private static NumberFormat numberFormat(JsonNode f, String fp, DocContext ctx) {
        if (f.isTextual()) {
            return NumberFormat.of(f.asText(), null, null);
        }
        if (!f.isObject()) {
            ctx.warn(fp, "csvw.metadata.property.format-object", DocContext.show(f), "number");
            return null;
        }
        String pattern = null;
        String group = null;
        String decimal = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = f.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String p = Problems.child(fp, e.getKey());
            JsonNode x = e.getValue();
            switch (e.getKey()) {
                case "pattern", "groupChar", "decimalChar" -> {
                    if (!x.isTextual()) {
                        ctx.warn(p, "csvw.metadata.property.string", e.getKey(), DocContext.show(x));
                    } else if (e.getKey().equals("pattern")) {
                        pattern = x.asText();
                    } else if (e.getKey().equals("groupChar")) {
                        group = x.asText();
                    } else {
                        decimal = x.asText();
                    }
                }
                default -> ctx.warn(p, "csvw.metadata.property.unknown", e.getKey(), "format");
            }
        }
        try {
            return NumberFormat.of(pattern, group, decimal);
        } catch (IllegalArgumentException e) {
            ctx.warn(Problems.child(fp, "pattern"), "csvw.metadata.property.format", pattern, "number", e.getMessage());
            return NumberFormat.of(null, group, decimal);
        }
    }

    private static Long count(JsonNode v, String key, String ptr, DocContext ctx) {
        JsonNode x = v.get(key);
        if (x == null) {
            return null;
        }
        if (x.isIntegralNumber() && !x.canConvertToLong() && x.bigIntegerValue().signum() > 0) {
            // a valid non-negative integer, but beyond what a length can be here: say so, not "invalid"
            ctx.warn(Problems.child(ptr, key), "csvw.metadata.property.too-large", key, DocContext.show(x),
                    Long.MAX_VALUE);
            return null;
        }
        if (!x.isIntegralNumber() || !x.canConvertToLong() || x.asLong() < 0) {
            ctx.warn(Problems.child(ptr, key), "csvw.metadata.property.non-negative", key, DocContext.show(x));
            return null;
        }
        return x.asLong();
    }

    private static String bound(JsonNode v, String key, String base, String ptr, DocContext ctx) {
        JsonNode x = v.get(key);
        if (x == null) {
            return null;
        }
        String s = x.isNumber() ? x.numberValue().toString() : x.isTextual() ? x.asText() : null;
        if (s != null && x.isNumber() && x.isFloatingPointNumber()) {
            s = x.decimalValue().toPlainString();
        }
        if (s == null || !Datatypes.hasRange(base)) {
            // a bound on a type without order is an error reported by the caller; keep the text
            return s;
        }
        Optional<String> lit = XsdValues.literal(base, s);
        if (lit.isEmpty()) {
            ctx.warn(Problems.child(ptr, key), "csvw.metadata.property.bound", key, DocContext.show(x), base);
            return null;
        }
        return lit.get();
    }

    private static boolean same(String base, String a, String b) {
        if (!Datatypes.hasRange(base)) {
            return a.equals(b);
        }
        return XsdValues.compare(base, a, b).map(c -> c == 0).orElse(false);
    }

    private static boolean less(String base, String a, String b) {
        return XsdValues.compare(base, a, b).map(c -> c < 0).orElse(false);
    }
}
