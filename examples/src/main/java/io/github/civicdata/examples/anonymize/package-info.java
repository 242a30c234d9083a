/**
 * Runnable examples of the anonymize module. Entry points:
 * {@link io.github.civicdata.examples.anonymize.ResidentTableExample} (a synthetic municipal resident
 * table with an administrative-area hierarchy), {@link io.github.civicdata.examples.anonymize.AdultExample}
 * (the Adult benchmark) and {@link io.github.civicdata.examples.anonymize.GenerateResidentData} (how the
 * example data were made).
 */
package io.github.civicdata.examples.anonymize;
