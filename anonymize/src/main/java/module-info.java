/**
 * civicdata anonymize: generalisation hierarchies, privacy models (k-anonymity, l-diversity,
 * t-closeness), optimal lattice search, risk and information loss ({@link
 * io.github.civicdata.anonymize.Anonymizer}). Depends on core and FastCSV only.
 */
module io.github.civicdata.anonymize {
    requires transitive io.github.civicdata.core;
    requires org.slf4j;
    requires de.siegmar.fastcsv;

    exports io.github.civicdata.anonymize;

    provides io.github.civicdata.core.MessageBundle with io.github.civicdata.anonymize.AnonymizeMessages;
}
