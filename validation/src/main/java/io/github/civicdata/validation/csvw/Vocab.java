package io.github.civicdata.validation.csvw;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CSVW context (https://www.w3.org/ns/csvw): its prefixes (the RDFa 1.1 initial context plus
 * {@code csvw}), which metadata may not override, and its terms (datatype names, class names and
 * the metadata properties). Expands prefixed names and terms to absolute URLs and compacts URLs
 * back, as "URL Compaction" of the metadata vocabulary describes.
 *
 * <p>Stateless and thread-safe.
 */
final class Vocab {

    static final String CSVW = "http://www.w3.org/ns/csvw#";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    static final String RDF_TYPE = RDF + "type";

    private static final Map<String, String> PREFIXES;
    private static final Map<String, String> TERMS;

    static {
        Map<String, String> p = new LinkedHashMap<>();
        String[] prefixes = {
            "as", "https://www.w3.org/ns/activitystreams#",
            "cc", "http://creativecommons.org/ns#",
            "csvw", CSVW,
            "ctag", "http://commontag.org/ns#",
            "dc", "http://purl.org/dc/terms/",
            "dc11", "http://purl.org/dc/elements/1.1/",
            "dcat", "http://www.w3.org/ns/dcat#",
            "dcterms", "http://purl.org/dc/terms/",
            "dctypes", "http://purl.org/dc/dcmitype/",
            "dqv", "http://www.w3.org/ns/dqv#",
            "duv", "https://www.w3.org/TR/vocab-duv#",
            "foaf", "http://xmlns.com/foaf/0.1/",
            "gr", "http://purl.org/goodrelations/v1#",
            "grddl", "http://www.w3.org/2003/g/data-view#",
            "ical", "http://www.w3.org/2002/12/cal/icaltzd#",
            "ldp", "http://www.w3.org/ns/ldp#",
            "ma", "http://www.w3.org/ns/ma-ont#",
            "oa", "http://www.w3.org/ns/oa#",
            "og", "http://ogp.me/ns#",
            "org", "http://www.w3.org/ns/org#",
            "owl", "http://www.w3.org/2002/07/owl#",
            "prov", "http://www.w3.org/ns/prov#",
            "qb", "http://purl.org/linked-data/cube#",
            "rdf", RDF,
            "rdfa", "http://www.w3.org/ns/rdfa#",
            "rdfs", "http://www.w3.org/2000/01/rdf-schema#",
            "rev", "http://purl.org/stuff/rev#",
            "rif", "http://www.w3.org/2007/rif#",
            "rr", "http://www.w3.org/ns/r2rml#",
            "schema", "http://schema.org/",
            "sd", "http://www.w3.org/ns/sparql-service-description#",
            "sioc", "http://rdfs.org/sioc/ns#",
            "skos", "http://www.w3.org/2004/02/skos/core#",
            "skosxl", "http://www.w3.org/2008/05/skos-xl#",
            "v", "http://rdf.data-vocabulary.org/#",
            "vcard", "http://www.w3.org/2006/vcard/ns#",
            "void", "http://rdfs.org/ns/void#",
            "wdr", "http://www.w3.org/2007/05/powder#",
            "wrds", "http://www.w3.org/2007/05/powder-s#",
            "xhv", "http://www.w3.org/1999/xhtml/vocab#",
            "xsd", XSD,
        };
        for (int i = 0; i < prefixes.length; i += 2) {
            p.put(prefixes[i], prefixes[i + 1]);
        }
        PREFIXES = Collections.unmodifiableMap(p);
        Map<String, String> t = new LinkedHashMap<>();
        // classes first: they are what @type values compact to
        for (String c : new String[] {"Cell", "Column", "Datatype", "Dialect", "Direction", "ForeignKey",
            "NumericFormat", "Row", "Schema", "Table", "TableGroup", "TableReference", "Transformation"}) {
            t.put(c, CSVW + c);
        }
        t.put("JSON", CSVW + "JSON");
        t.put("uriTemplate", CSVW + "uriTemplate");
        for (String d : Datatypes.NAMES) {
            t.putIfAbsent(d, Datatypes.iri(d));
        }
        String[] properties = {"aboutUrl", "aboutUrl", "base", "base", "columnReference", "columnReference",
            "columns", "column", "commentPrefix", "commentPrefix", "datatype", "datatype", "decimalChar",
            "decimalChar", "default", "default", "describes", "describes", "delimiter", "delimiter", "dialect",
            "dialect", "doubleQuote", "doubleQuote", "encoding", "encoding", "foreignKeys", "foreignKey", "format",
            "format", "groupChar", "groupChar", "header", "header", "headerRowCount", "headerRowCount", "lang",
            "lang", "length", "length", "lineTerminators", "lineTerminators", "maxExclusive", "maxExclusive",
            "maxInclusive", "maxInclusive", "maxLength", "maxLength", "minExclusive", "minExclusive",
            "minInclusive", "minInclusive", "minLength", "minLength", "name", "name", "notes", "note", "null",
            "null", "ordered", "ordered", "pattern", "pattern", "primaryKey", "primaryKey", "propertyUrl",
            "propertyUrl", "quoteChar", "quoteChar", "reference", "reference", "referencedRows", "referencedRow",
            "required", "required", "resource", "resource", "row", "row", "rowTitles", "rowTitle", "rownum",
            "rownum", "scriptFormat", "scriptFormat", "schemaReference", "schemaReference", "separator",
            "separator", "skipBlankRows", "skipBlankRows", "skipColumns", "skipColumns", "skipInitialSpace",
            "skipInitialSpace", "skipRows", "skipRows", "source", "source", "suppressOutput", "suppressOutput",
            "tables", "table", "tableDirection", "tableDirection", "tableSchema", "tableSchema", "targetFormat",
            "targetFormat", "transformations", "transformations", "textDirection", "textDirection", "titles",
            "title", "trim", "trim", "url", "url", "valueUrl", "valueUrl", "virtual", "virtual"};
        for (int i = 0; i < properties.length; i += 2) {
            t.put(properties[i], CSVW + properties[i + 1]);
        }
        t.put("describedby", "http://www.w3.org/2007/05/powder-s#describedby");
        t.put("license", "http://www.w3.org/1999/xhtml/vocab#license");
        t.put("role", "http://www.w3.org/1999/xhtml/vocab#role");
        t.put("maximum", CSVW + "maxInclusive");
        t.put("minimum", CSVW + "minInclusive");
        TERMS = Collections.unmodifiableMap(t);
    }

    private Vocab() {
    }

    /** The namespace of a predefined prefix. */
    static Optional<String> prefix(String prefix) {
        return Optional.ofNullable(PREFIXES.get(prefix));
    }

    /** Whether {@code name} is a term of the context (a datatype, class or property name). */
    static boolean isTerm(String name) {
        return TERMS.containsKey(name);
    }

    /**
     * Whether {@code key} names a common property: a prefixed name with a predefined prefix, or an
     * absolute URL.
     */
    static boolean isCommonPropertyName(String key) {
        int colon = key.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        return PREFIXES.containsKey(key.substring(0, colon)) || Urls.isAbsolute(key);
    }

    /**
     * Expands a term or a prefixed name with a predefined prefix; anything else is returned as it
     * is.
     */
    static String expand(String name) {
        String term = TERMS.get(name);
        if (term != null) {
            return term;
        }
        int colon = name.indexOf(':');
        if (colon > 0) {
            String ns = PREFIXES.get(name.substring(0, colon));
            if (ns != null && !name.startsWith("//", colon + 1)) {
                return ns + name.substring(colon + 1);
            }
        }
        return name;
    }

    /**
     * Expands a prefixed name with a predefined prefix (not a term): what URI template properties
     * do with their expanded value before resolving it.
     */
    static String expandPrefixed(String name) {
        int colon = name.indexOf(':');
        if (colon > 0) {
            String ns = PREFIXES.get(name.substring(0, colon));
            if (ns != null && !name.startsWith("//", colon + 1)) {
                return ns + name.substring(colon + 1);
            }
        }
        return name;
    }

    /**
     * Compacts a URL: the term whose URL it is, else a prefixed name ({@code rdf:type} becomes
     * {@code @type}), else the URL itself.
     */
    static String compact(String url) {
        for (Map.Entry<String, String> e : TERMS.entrySet()) {
            if (e.getValue().equals(url)) {
                return e.getKey();
            }
        }
        for (Map.Entry<String, String> e : PREFIXES.entrySet()) {
            if (url.startsWith(e.getValue()) && url.length() > e.getValue().length()) {
                String c = e.getKey() + ":" + url.substring(e.getValue().length());
                return "rdf:type".equals(c) ? "@type" : c;
            }
        }
        return url;
    }
}
