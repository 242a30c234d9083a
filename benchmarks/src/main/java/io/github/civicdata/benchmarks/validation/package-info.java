/**
 * Benchmarks of the validation module. Entry point: {@link
 * io.github.civicdata.benchmarks.validation.ValidationBenchmark}; {@link
 * io.github.civicdata.benchmarks.validation.ConformingCsv} generates its input (and the 1 GB file of
 * {@code benchmarks/scripts/validate-1gb.sh}).
 */
package io.github.civicdata.benchmarks.validation;
