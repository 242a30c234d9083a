package io.github.civicdata.rdf;

import java.util.Set;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.FactoryRDFStd;

/**
 * Makes the nodes of a parse, turning a malformed language tag into a syntax error (Jena itself
 * fails with an unrelated exception on some), and refusing literals whose value Jena would compute
 * from a long lexical form: numbers, dates, times and durations ({@code "1111…"^^xsd:integer} with a million digits
 * takes Jena about a minute, in time that grows with the square of the length). Strings, language
 * strings and other datatypes are not limited (their size is bounded by the file's).
 *
 * <p>One per parse (it numbers blank nodes); not thread-safe.
 */
final class LiteralGuard extends FactoryRDFStd {

    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final Set<String> PARSED = Set.of("integer", "decimal", "long", "int", "short", "byte",
            "nonNegativeInteger", "nonPositiveInteger", "negativeInteger", "positiveInteger", "unsignedLong",
            "unsignedInt", "unsignedShort", "unsignedByte", "double", "float", "precisionDecimal",
            "date", "dateTime", "dateTimeStamp", "time", "gYear", "gYearMonth", "gMonth", "gMonthDay", "gDay",
            "duration", "dayTimeDuration", "yearMonthDuration");

    /** Thrown out of the parser for a literal that is too long; carries what the finding needs. */
    static final class TooLong extends RiotException {
        private static final long serialVersionUID = 1L;

        private final transient String lexical;
        private final String datatype;

        TooLong(String lexical, String datatype) {
            super("literal too long: " + lexical.length() + " characters of " + datatype);
            this.lexical = lexical;
            this.datatype = datatype;
        }

        String lexical() {
            return lexical;
        }

        String datatype() {
            return datatype;
        }
    }

    private final int maxLength;
    private TooLong tripped;

    LiteralGuard(int maxLength) {
        this.maxLength = maxLength;
    }

    @Override
    public Node createTypedLiteral(String lexical, RDFDatatype datatype) {
        if (lexical.length() > maxLength && datatype != null && isParsed(datatype.getURI())) {
            tripped = new TooLong(lexical, datatype.getURI());
            throw tripped;
        }
        return super.createTypedLiteral(lexical, datatype);
    }

    /**
     * The refusal, if there was one: some readers (JSON-LD) wrap the exception in their own.
     *
     * @return the refusal
     */
    java.util.Optional<TooLong> tripped() {
        return java.util.Optional.ofNullable(tripped);
    }

    /**
     * Jena 5.6 fails with an {@code IllegalFormatConversionException} (a bug in its error message)
     * on some malformed language tags, e.g. one ending in a tab; that is a syntax error of the file.
     */
    @Override
    public Node createLangLiteral(String lexical, String lang) {
        try {
            return super.createLangLiteral(lexical, lang);
        } catch (IllegalArgumentException e) {
            throw new RiotException("language tag \"" + lang + "\" is not well-formed");
        }
    }

    @Override
    public Node createLangDirLiteral(String lexical, String lang, String direction) {
        try {
            return super.createLangDirLiteral(lexical, lang, direction);
        } catch (IllegalArgumentException e) {
            throw new RiotException("language tag \"" + lang + "\" or direction \"" + direction + "\" is not well-formed");
        }
    }

    static boolean isParsed(String datatypeUri) {
        return datatypeUri != null && datatypeUri.startsWith(XSD) && PARSED.contains(datatypeUri.substring(XSD.length()));
    }
}
