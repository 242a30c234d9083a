package io.github.civicdata.validation.csvw;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in datatypes of CSVW ("Metadata Vocabulary for Tabular Data", 5.11.1): the XML Schema
 * types derived from {@code anyAtomicType}, the aliases {@code number}, {@code binary},
 * {@code datetime} and {@code any}, and {@code xml}, {@code html} and {@code json}, with the type
 * each derives from and the family it belongs to.
 *
 * <p>Stateless and thread-safe.
 */
final class Datatypes {

    /** The families whose values are parsed alike. */
    enum Family {
        /** Strings and their subtypes (also xml, html, json): no whitespace normalisation by default. */
        STRING,
        /** decimal and the integer types. */
        DECIMAL,
        /** double and float. */
        FLOATING,
        BOOLEAN,
        /** date, time, dateTime, dateTimeStamp and the g* types. */
        TEMPORAL,
        DURATION,
        BINARY,
        ANY_URI,
        QNAME,
        ANY
    }

    private record Type(String parent, Family family) {
    }

    private static final Map<String, Type> TYPES;
    private static final Map<String, String> ALIASES = Map.of("number", "double", "binary", "base64Binary",
            "datetime", "dateTime", "any", "anyAtomicType");

    /** Every name a metadata document may use for a built-in datatype, aliases included. */
    static final List<String> NAMES;

    static {
        Map<String, Type> t = new LinkedHashMap<>();
        t.put("anyAtomicType", new Type(null, Family.ANY));
        t.put("anyURI", new Type("anyAtomicType", Family.ANY_URI));
        t.put("base64Binary", new Type("anyAtomicType", Family.BINARY));
        t.put("hexBinary", new Type("anyAtomicType", Family.BINARY));
        t.put("boolean", new Type("anyAtomicType", Family.BOOLEAN));
        t.put("date", new Type("anyAtomicType", Family.TEMPORAL));
        t.put("dateTime", new Type("anyAtomicType", Family.TEMPORAL));
        t.put("dateTimeStamp", new Type("dateTime", Family.TEMPORAL));
        t.put("time", new Type("anyAtomicType", Family.TEMPORAL));
        t.put("gDay", new Type("anyAtomicType", Family.TEMPORAL));
        t.put("gMonth", new Type("anyAtomicType", Family.TEMPORAL));
        t.put("gMonthDay", new Type("anyAtomicType", Family.TEMPORAL));
        t.put("gYear", new Type("anyAtomicType", Family.TEMPORAL));
        t.put("gYearMonth", new Type("anyAtomicType", Family.TEMPORAL));
        t.put("decimal", new Type("anyAtomicType", Family.DECIMAL));
        t.put("integer", new Type("decimal", Family.DECIMAL));
        t.put("long", new Type("integer", Family.DECIMAL));
        t.put("int", new Type("long", Family.DECIMAL));
        t.put("short", new Type("int", Family.DECIMAL));
        t.put("byte", new Type("short", Family.DECIMAL));
        t.put("nonNegativeInteger", new Type("integer", Family.DECIMAL));
        t.put("positiveInteger", new Type("nonNegativeInteger", Family.DECIMAL));
        t.put("unsignedLong", new Type("nonNegativeInteger", Family.DECIMAL));
        t.put("unsignedInt", new Type("unsignedLong", Family.DECIMAL));
        t.put("unsignedShort", new Type("unsignedInt", Family.DECIMAL));
        t.put("unsignedByte", new Type("unsignedShort", Family.DECIMAL));
        t.put("nonPositiveInteger", new Type("integer", Family.DECIMAL));
        t.put("negativeInteger", new Type("nonPositiveInteger", Family.DECIMAL));
        t.put("double", new Type("anyAtomicType", Family.FLOATING));
        t.put("float", new Type("anyAtomicType", Family.FLOATING));
        t.put("duration", new Type("anyAtomicType", Family.DURATION));
        t.put("dayTimeDuration", new Type("duration", Family.DURATION));
        t.put("yearMonthDuration", new Type("duration", Family.DURATION));
        t.put("QName", new Type("anyAtomicType", Family.QNAME));
        t.put("string", new Type("anyAtomicType", Family.STRING));
        t.put("normalizedString", new Type("string", Family.STRING));
        t.put("token", new Type("normalizedString", Family.STRING));
        t.put("language", new Type("token", Family.STRING));
        t.put("Name", new Type("token", Family.STRING));
        t.put("NCName", new Type("Name", Family.STRING));
        t.put("NMTOKEN", new Type("token", Family.STRING));
        t.put("xml", new Type("string", Family.STRING));
        t.put("html", new Type("string", Family.STRING));
        t.put("json", new Type("string", Family.STRING));
        TYPES = Collections.unmodifiableMap(t);
        java.util.ArrayList<String> names = new java.util.ArrayList<>(t.keySet());
        names.addAll(ALIASES.keySet());
        NAMES = List.copyOf(names);
    }


    private Datatypes() {
    }

    /**
     * The canonical name of a built-in datatype ({@code number} is {@code double}).
     *
     * @return the name, or empty when {@code name} is no built-in datatype
     */
    static Optional<String> canonical(String name) {
        String n = ALIASES.getOrDefault(name, name);
        return TYPES.containsKey(n) ? Optional.of(n) : Optional.empty();
    }

    /** The built-in datatype whose URL this is ({@code xsd:string} is {@code string}). */
    static Optional<String> byIri(String iri) {
        for (String n : TYPES.keySet()) {
            if (iri(n).equals(iri)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** The URL of a built-in datatype (canonical name or alias). */
    static String iri(String name) {
        String n = ALIASES.getOrDefault(name, name);
        return switch (n) {
            case "xml" -> Vocab.RDF + "XMLLiteral";
            case "html" -> Vocab.RDF + "HTML";
            case "json" -> Vocab.CSVW + "JSON";
            default -> Vocab.XSD + n;
        };
    }

    static Family family(String name) {
        return TYPES.get(name).family();
    }

    /** Whether {@code name} is {@code ancestor} or derives from it. */
    static boolean derivesFrom(String name, String ancestor) {
        String n = name;
        while (n != null) {
            if (n.equals(ancestor)) {
                return true;
            }
            n = TYPES.get(n).parent();
        }
        return false;
    }

    static boolean isInteger(String name) {
        return derivesFrom(name, "integer");
    }

    /** Types whose cells keep their whitespace as it is (the first two steps of "Parsing Cells"). */
    static boolean keepsWhitespace(String name) {
        return "string".equals(name) || "json".equals(name) || "xml".equals(name) || "html".equals(name)
                || "anyAtomicType".equals(name);
    }

    /** Types whose cells keep leading and trailing whitespace but have CR, LF and TAB replaced. */
    static boolean keepsSpaces(String name) {
        return keepsWhitespace(name) || "normalizedString".equals(name);
    }

    /** Types that {@code length}, {@code minLength} and {@code maxLength} apply to. */
    static boolean hasLength(String name) {
        Family f = family(name);
        return f == Family.STRING || f == Family.BINARY;
    }

    /** Types that {@code minimum} … {@code maxExclusive} apply to. */
    static boolean hasRange(String name) {
        Family f = family(name);
        return f == Family.DECIMAL || f == Family.FLOATING || f == Family.TEMPORAL || f == Family.DURATION;
    }
}
