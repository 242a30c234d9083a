/**
 * civicdata validation: streaming validation of CSV, TSV and XLSX files against the
 * machine-readability rules and dataset templates ({@link io.github.civicdata.validation.Validator}).
 * Workbooks are read with the JDK alone (zip and a hardened SAX parser): no Apache POI, no Jena.
 */
module io.github.civicdata.validation {
    requires transitive io.github.civicdata.core;
    requires transitive io.github.civicdata.vocab;
    requires org.slf4j;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires java.xml;

    exports io.github.civicdata.validation;

    provides io.github.civicdata.core.MessageBundle with io.github.civicdata.validation.ValidationMessages;
}
