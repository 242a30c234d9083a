/**
 * JMH benchmarks of the anonymize module on the Adult workload. Entry points:
 * {@link io.github.civicdata.benchmarks.anonymize.AdultSearchBenchmark} (k-anonymity, Loss and DM*,
 * 0 % and 2 % suppression) and {@link io.github.civicdata.benchmarks.anonymize.AdultSensitiveBenchmark}
 * (recursive (c,l)-diversity and t-closeness on occupation).
 */
package io.github.civicdata.benchmarks.anonymize;
