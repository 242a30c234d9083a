package io.github.civicdata.vocab;

/**
 * The value type of a {@link DataItem}, as the cell text of a CSV file is to be read.
 *
 * <p>Exports map it to JSON Schema ({@code string}, {@code integer}, {@code number}), Frictionless
 * Table Schema and CSVW ({@code xsd:*}) types. Immutable.
 *
 * <pre>{@code
 * if (item.datatype() == Datatype.INTEGER) { ... }
 * }</pre>
 */
public enum Datatype {
    /** Free text. */
    STRING("string", "string", "http://www.w3.org/2001/XMLSchema#string"),
    /** A whole number written with half-width digits and an optional leading minus. */
    INTEGER("integer", "integer", "http://www.w3.org/2001/XMLSchema#integer"),
    /** A decimal number written with half-width digits, optional minus and decimal point. */
    DECIMAL("number", "number", "http://www.w3.org/2001/XMLSchema#decimal"),
    /** A calendar date ({@code YYYY-MM-DD} unless the item's format says otherwise). */
    DATE("string", "date", "http://www.w3.org/2001/XMLSchema#date"),
    /** A time of day ({@code hh:mm} in the standard datasets). */
    TIME("string", "time", "http://www.w3.org/2001/XMLSchema#time"),
    /** A date and time (ISO 8601). */
    DATETIME("string", "datetime", "http://www.w3.org/2001/XMLSchema#dateTime"),
    /** An absolute URL. */
    URI("string", "string", "http://www.w3.org/2001/XMLSchema#anyURI"),
    /**
     * A period: one ISO 8601 time interval ({@code 2024-06-01/2024-07-31}, {@code 2024-04-01/P1Y},
     * {@code 2024-10-01/..}); checked as {@link NamedFormat#ISO_INTERVAL}. One interval is one value
     * (rule L1-07 does not count its two ends as two values); XML Schema has no interval type, so
     * exports give {@code xsd:string} with a pattern.
     */
    PERIOD("string", "string", "http://www.w3.org/2001/XMLSchema#string");

    private final String jsonSchemaType;
    private final String tableSchemaType;
    private final String xsd;

    Datatype(String jsonSchemaType, String tableSchemaType, String xsd) {
        this.jsonSchemaType = jsonSchemaType;
        this.tableSchemaType = tableSchemaType;
        this.xsd = xsd;
    }

    /**
     * The JSON Schema type of a value of this datatype.
     *
     * @return {@code string}, {@code integer} or {@code number}
     */
    public String jsonSchemaType() {
        return jsonSchemaType;
    }

    /**
     * The Frictionless Table Schema field type.
     *
     * @return the type name
     */
    public String tableSchemaType() {
        return tableSchemaType;
    }

    /**
     * The XML Schema datatype IRI (used by CSVW and RDF exports).
     *
     * @return the IRI
     */
    public String xsdIri() {
        return xsd;
    }
}
