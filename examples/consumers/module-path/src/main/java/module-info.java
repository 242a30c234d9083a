/** A consumer of every civicdata library module on the module path. */
module io.github.civicdata.it.modulepath {
    requires io.github.civicdata.validation;
    requires io.github.civicdata.anonymize;
    requires io.github.civicdata.rdf;
}
